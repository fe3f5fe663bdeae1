// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/createdate.h"

#include <QDateTime>
#include <QTimeZone>

#include <chrono>

namespace Retort::Core {
namespace {

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

//! "+HH:MM" (and ":SS" when the offset has seconds), as Python prints a utcoffset.
QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int magnitude = seconds < 0 ? -seconds : seconds;
    QString text
        = sign + twoDigits(magnitude / 3600) + QLatin1Char(':') + twoDigits((magnitude / 60) % 60);
    if (magnitude % 60 != 0)
        text += QLatin1Char(':') + twoDigits(magnitude % 60);
    return text;
}

QString pythonText(const CreateDate &d, QChar separator)
{
    QString text = d.date.toString(QStringLiteral("yyyy-MM-dd")) + separator
        + d.time.toString(QStringLiteral("HH:mm:ss"));
    if (d.microsecond != 0)
        text += QLatin1Char('.')
            + QString::number(d.microsecond).rightJustified(6, QLatin1Char('0'));
    if (d.utcOffsetSeconds)
        text += offsetText(*d.utcOffsetSeconds);
    return text;
}

std::optional<QTimeZone> findZone(const QString &name)
{
    if (name.isEmpty())
        return QTimeZone::systemTimeZone();
    for (const QString &candidate : {name, name.toUpper()}) {
        const QByteArray id = candidate.toUtf8();
        if (QTimeZone::isTimeZoneIdAvailable(id))
            return QTimeZone(id);
        if (candidate == QLatin1String("UTC"))
            return QTimeZone::utc();
    }
    return std::nullopt;
}

} // namespace

QString CreateDate::toPythonString() const
{
    return pythonText(*this, QLatin1Char(' '));
}

QString CreateDate::toIsoString() const
{
    return pythonText(*this, QLatin1Char('T'));
}

Expected<CreateDate, Diagnostic> CreateDate::now(const std::optional<QString> &timezone)
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(sinceEpoch).count();
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(micros / 1000);
    CreateDate result;
    result.microsecond = int(micros % 1000000);
    result.epochSeconds = micros / 1000000;
    QDateTime wall;
    if (timezone) {
        const std::optional<QTimeZone> zone = findZone(*timezone);
        if (!zone)
            return Diagnostic::error(QStringLiteral("timezone-unknown"),
                QStringLiteral("Can't locate timezone: %1").arg(*timezone));
        wall = instant.toTimeZone(*zone);
        result.utcOffsetSeconds = wall.offsetFromUtc();
    } else {
        wall = instant.toLocalTime();
    }
    result.date = wall.date();
    result.time = QTime(wall.time().hour(), wall.time().minute(), wall.time().second());
    return result;
}

CreateDate CreateDate::fromFields(
    const QDate &date, const QTime &time, int microsecond, std::optional<int> utcOffsetSeconds)
{
    CreateDate result;
    result.date = date;
    result.time = QTime(time.hour(), time.minute(), time.second());
    result.microsecond = microsecond;
    result.utcOffsetSeconds = utcOffsetSeconds;
    const QDateTime instant = utcOffsetSeconds
        ? QDateTime(date, result.time, QTimeZone(*utcOffsetSeconds))
        : QDateTime(date, result.time);
    result.epochSeconds = instant.toSecsSinceEpoch();
    return result;
}

} // namespace Retort::Core

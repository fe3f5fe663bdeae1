// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/connectiontexts.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Retort::Ui::ConnectionTexts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Retort::Ui::ConnectionTexts", text);
}

} // namespace

QString kindName(const Core::ConnectionProfile &profile)
{
    return profile.isSqlite() ? tr("SQLite") : tr("PostgreSQL");
}

QString databaseName(const Core::ConnectionProfile &profile)
{
    if (profile.isSqlite())
        return profile.isInMemory() ? QStringLiteral(":memory:")
                                    : QFileInfo(profile.sqlitePath).fileName();
    return profile.database.isEmpty() ? profile.user : profile.database;
}

QString hostName(const Core::ConnectionProfile &profile)
{
    if (profile.isSqlite())
        return tr("this computer");
    if (profile.host.isEmpty() || profile.host.startsWith(QLatin1Char('/')))
        return tr("the local server");
    QString host = profile.host.contains(QLatin1Char(':'))
        ? QLatin1Char('[') + profile.host + QLatin1Char(']')
        : profile.host;
    if (profile.port != 0)
        host += QLatin1Char(':') + QString::number(profile.port);
    return host;
}

QString describe(const Core::ConnectionProfile &profile)
{
    if (profile.isSqlite())
        return databaseName(profile);
    return tr("%1 on %2").arg(databaseName(profile), hostName(profile));
}

} // namespace Retort::Ui::ConnectionTexts

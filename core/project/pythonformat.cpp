// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/pythonformat.h"

namespace Retort::Core {
namespace {

struct Spec
{
    bool left = false;
    bool plus = false;
    bool space = false;
    bool zero = false;
    bool alternate = false;
    int width = 0;
    int precision = -1;
    QChar conversion;
};

QString pad(const QString &body, const Spec &spec)
{
    if (body.size() >= spec.width)
        return body;
    return spec.left ? body.leftJustified(spec.width, QLatin1Char(' '))
                     : body.rightJustified(spec.width, QLatin1Char(' '));
}

Expected<QString, MakoError> formatInteger(const MakoValue &value, const Spec &spec)
{
    if (!value.isInt()) {
        const QString kind = spec.conversion == QLatin1Char('d')
                || spec.conversion == QLatin1Char('i') || spec.conversion == QLatin1Char('u')
            ? QStringLiteral("a real number")
            : QStringLiteral("an integer");
        return MakoError {QStringLiteral("TypeError: %") + spec.conversion
            + QStringLiteral(" format: %1 is required, not %2").arg(kind, value.typeName())};
    }
    const qint64 n = value.intValue();
    const quint64 magnitude = n < 0 ? quint64(0) - quint64(n) : quint64(n);
    int base = 10;
    QString prefix;
    if (spec.conversion == QLatin1Char('x') || spec.conversion == QLatin1Char('X')) {
        base = 16;
        prefix = spec.alternate ? QStringLiteral("0") + spec.conversion : QString();
    } else if (spec.conversion == QLatin1Char('o')) {
        base = 8;
        prefix = spec.alternate ? QStringLiteral("0o") : QString();
    }
    QString digits = QString::number(magnitude, base);
    if (spec.conversion == QLatin1Char('X'))
        digits = digits.toUpper();
    if (spec.precision > digits.size())
        digits = digits.rightJustified(spec.precision, QLatin1Char('0'));
    QString sign = n < 0 ? QStringLiteral("-")
        : spec.plus      ? QStringLiteral("+")
        : spec.space     ? QStringLiteral(" ")
                         : QString();
    sign += prefix;
    if (spec.zero && !spec.left && sign.size() + digits.size() < spec.width)
        digits = digits.rightJustified(spec.width - sign.size(), QLatin1Char('0'));
    return pad(sign + digits, spec);
}

Expected<QString, MakoError> formatOne(const MakoValue &value, const Spec &spec)
{
    const QChar c = spec.conversion;
    if (c == QLatin1Char('s') || c == QLatin1Char('r') || c == QLatin1Char('a')) {
        QString text = c == QLatin1Char('s') ? value.toStr() : value.toRepr();
        if (spec.precision >= 0)
            text.truncate(spec.precision);
        return pad(text, spec);
    }
    if (c == QLatin1Char('c')) {
        if (value.isString() && value.text().size() == 1)
            return pad(value.text(), spec);
        if (value.isInt()) {
            const char32_t cp = char32_t(value.intValue());
            return pad(QString::fromUcs4(&cp, 1), spec);
        }
        return MakoError {QStringLiteral("TypeError: %c requires int or char")};
    }
    static const QString integerConversions = QStringLiteral("diuxXo");
    if (integerConversions.contains(c))
        return formatInteger(value, spec);
    return MakoError {
        QStringLiteral("ValueError: unsupported format character '") + c + QLatin1Char('\'')};
}

//! Reads flags, width and precision at \a pos (after the '%' and an optional key).
bool readSpec(const QString &format, qsizetype &pos, Spec &spec)
{
    for (; pos < format.size(); ++pos) {
        const QChar c = format.at(pos);
        if (c == QLatin1Char('-'))
            spec.left = true;
        else if (c == QLatin1Char('+'))
            spec.plus = true;
        else if (c == QLatin1Char(' '))
            spec.space = true;
        else if (c == QLatin1Char('0'))
            spec.zero = true;
        else if (c == QLatin1Char('#'))
            spec.alternate = true;
        else
            break;
    }
    while (pos < format.size() && format.at(pos).isDigit())
        spec.width = spec.width * 10 + format.at(pos++).digitValue();
    if (pos < format.size() && format.at(pos) == QLatin1Char('.')) {
        ++pos;
        spec.precision = 0;
        while (pos < format.size() && format.at(pos).isDigit())
            spec.precision = spec.precision * 10 + format.at(pos++).digitValue();
    }
    // Length modifiers are accepted and ignored, as Python does.
    while (pos < format.size()
        && (format.at(pos) == QLatin1Char('l') || format.at(pos) == QLatin1Char('h')
            || format.at(pos) == QLatin1Char('L')))
        ++pos;
    if (pos >= format.size())
        return false;
    spec.conversion = format.at(pos++);
    return true;
}

//! Reads "(key)" at \a pos, honouring nested parentheses as Python does.
bool readKey(const QString &format, qsizetype &pos, QString &key)
{
    int depth = 1;
    const qsizetype start = ++pos;
    for (; pos < format.size(); ++pos) {
        if (format.at(pos) == QLatin1Char('('))
            ++depth;
        else if (format.at(pos) == QLatin1Char(')') && --depth == 0)
            break;
    }
    if (pos >= format.size())
        return false;
    key = format.mid(start, pos - start);
    ++pos;
    return true;
}

} // namespace

Expected<QString, MakoError> pythonPercentFormat(const QString &format,
    const std::vector<MakoValue> &positional, const QHash<QString, MakoValue> *mapping)
{
    QString out;
    size_t next = 0;
    qsizetype pos = 0;
    while (pos < format.size()) {
        const qsizetype percent = format.indexOf(QLatin1Char('%'), pos);
        if (percent < 0) {
            out += QStringView(format).mid(pos);
            break;
        }
        out += QStringView(format).mid(pos, percent - pos);
        pos = percent + 1;
        QString key;
        const bool keyed = pos < format.size() && format.at(pos) == QLatin1Char('(');
        if (keyed) {
            if (!mapping)
                return MakoError {QStringLiteral("TypeError: format requires a mapping")};
            if (!readKey(format, pos, key))
                return MakoError {QStringLiteral("ValueError: incomplete format key")};
        }
        Spec spec;
        if (!readSpec(format, pos, spec))
            return MakoError {QStringLiteral("ValueError: incomplete format")};
        if (spec.conversion == QLatin1Char('%')) {
            out += QLatin1Char('%');
            continue;
        }
        MakoValue value;
        if (keyed) {
            const auto it = mapping->constFind(key);
            if (it == mapping->constEnd())
                return MakoError {QStringLiteral("KeyError: %1").arg(pythonStringRepr(key))};
            value = it.value();
        } else {
            if (next >= positional.size())
                return MakoError {
                    QStringLiteral("TypeError: not enough arguments for format string")};
            value = positional[next++];
        }
        const auto piece = formatOne(value, spec);
        if (!piece)
            return piece.error();
        out += piece.value();
    }
    if (!mapping && next < positional.size())
        return MakoError {
            QStringLiteral("TypeError: not all arguments converted during string formatting")};
    return out;
}

} // namespace Retort::Core

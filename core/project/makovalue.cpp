// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/makovalue.h"

#include <QChar>

namespace Retort::Core {
namespace {

//! Python's str.isprintable() for one code point outside ASCII.
bool isPrintable(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Separator_Space:
        return false;
    default:
        return true;
    }
}

QString hexEscape(char32_t codePoint)
{
    if (codePoint <= 0xff)
        return QStringLiteral("\\x")
            + QString::number(codePoint, 16).rightJustified(2, QLatin1Char('0'));
    if (codePoint <= 0xffff)
        return QStringLiteral("\\u")
            + QString::number(codePoint, 16).rightJustified(4, QLatin1Char('0'));
    return QStringLiteral("\\U")
        + QString::number(codePoint, 16).rightJustified(8, QLatin1Char('0'));
}

QString sequenceRepr(const std::vector<MakoValue> &items, bool isTuple)
{
    QString text = isTuple ? QStringLiteral("(") : QStringLiteral("[");
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += QLatin1String(", ");
        text += items[i].toRepr();
    }
    if (isTuple && items.size() == 1)
        text += QLatin1Char(',');
    text += isTuple ? QLatin1Char(')') : QLatin1Char(']');
    return text;
}

QString dateTimeRepr(const CreateDate &d)
{
    QString text = QStringLiteral("datetime.datetime(%1, %2, %3, %4, %5")
                       .arg(d.date.year())
                       .arg(d.date.month())
                       .arg(d.date.day())
                       .arg(d.time.hour())
                       .arg(d.time.minute());
    if (d.time.second() != 0 || d.microsecond != 0)
        text += QStringLiteral(", %1").arg(d.time.second());
    if (d.microsecond != 0)
        text += QStringLiteral(", %1").arg(d.microsecond);
    return text + QLatin1Char(')');
}

} // namespace

QString pythonStringRepr(const QString &value)
{
    const bool useDouble = value.contains(QLatin1Char('\'')) && !value.contains(QLatin1Char('"'));
    const QChar quote = useDouble ? QLatin1Char('"') : QLatin1Char('\'');
    QString out;
    out.reserve(value.size() + 2);
    out += quote;
    const auto codePoints = value.toUcs4();
    for (const auto cp : codePoints) {
        const char32_t c = char32_t(cp);
        if (c == quote.unicode() || c == U'\\') {
            out += QLatin1Char('\\');
            out += QChar(char16_t(c));
        } else if (c == U'\t') {
            out += QLatin1String("\\t");
        } else if (c == U'\n') {
            out += QLatin1String("\\n");
        } else if (c == U'\r') {
            out += QLatin1String("\\r");
        } else if (c < 0x20 || c == 0x7f) {
            out += hexEscape(c);
        } else if (c < 0x7f || isPrintable(c)) {
            out += QString::fromUcs4(&c, 1);
        } else {
            out += hexEscape(c);
        }
    }
    out += quote;
    return out;
}

MakoValue MakoValue::none()
{
    MakoValue v;
    v.m_kind = Kind::None;
    return v;
}

MakoValue MakoValue::boolean(bool value)
{
    MakoValue v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    return v;
}

MakoValue MakoValue::integer(qint64 value)
{
    MakoValue v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    return v;
}

MakoValue MakoValue::string(const QString &value)
{
    MakoValue v;
    v.m_kind = Kind::String;
    v.m_text = value;
    return v;
}

MakoValue MakoValue::tuple(std::vector<MakoValue> items)
{
    MakoValue v;
    v.m_kind = Kind::Tuple;
    v.m_items = std::move(items);
    return v;
}

MakoValue MakoValue::list(std::vector<MakoValue> items)
{
    MakoValue v = tuple(std::move(items));
    v.m_kind = Kind::List;
    return v;
}

MakoValue MakoValue::dateTime(const CreateDate &value)
{
    MakoValue v;
    v.m_kind = Kind::DateTime;
    v.m_date = value;
    return v;
}

MakoValue MakoValue::callable(const QString &name)
{
    MakoValue v;
    v.m_kind = Kind::Callable;
    v.m_text = name;
    return v;
}

MakoValue MakoValue::object(const QString &name)
{
    MakoValue v;
    v.m_kind = Kind::Object;
    v.m_text = name;
    return v;
}

MakoValue MakoValue::strings(const QStringList &values, Kind sequenceKind)
{
    std::vector<MakoValue> items;
    items.reserve(size_t(values.size()));
    for (const QString &value : values)
        items.push_back(string(value));
    return sequenceKind == Kind::List ? list(std::move(items)) : tuple(std::move(items));
}

MakoValue MakoValue::scalarOrSequence(const QStringList &values, Kind sequenceKind)
{
    if (values.isEmpty())
        return none();
    if (values.size() == 1)
        return string(values.first());
    return strings(values, sequenceKind);
}

MakoValue MakoValue::tupleOrNone(const QStringList &values)
{
    return values.isEmpty() ? none() : strings(values, Kind::Tuple);
}

bool MakoValue::isTruthy() const
{
    switch (m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return false;
    case Kind::Bool:
        return m_bool;
    case Kind::Int:
        return m_int != 0;
    case Kind::String:
        return !m_text.isEmpty();
    case Kind::Tuple:
    case Kind::List:
        return !m_items.empty();
    case Kind::DateTime:
    case Kind::Callable:
    case Kind::Object:
        return true;
    }
    return false;
}

QString MakoValue::toStr() const
{
    switch (m_kind) {
    case Kind::String:
        return m_text;
    case Kind::DateTime:
        return m_date.toPythonString();
    case Kind::Undefined:
        return QString();
    default:
        return toRepr();
    }
}

QString MakoValue::toRepr() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return QStringLiteral("UNDEFINED");
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Bool:
        return m_bool ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Int:
        return QString::number(m_int);
    case Kind::String:
        return pythonStringRepr(m_text);
    case Kind::Tuple:
        return sequenceRepr(m_items, true);
    case Kind::List:
        return sequenceRepr(m_items, false);
    case Kind::DateTime:
        return dateTimeRepr(m_date);
    case Kind::Callable:
        return QStringLiteral("<built-in function %1>").arg(m_text);
    case Kind::Object:
        return QStringLiteral("<%1 object>").arg(m_text);
    }
    return QString();
}

QString MakoValue::typeName() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return QStringLiteral("Undefined");
    case Kind::None:
        return QStringLiteral("NoneType");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::String:
        return QStringLiteral("str");
    case Kind::Tuple:
        return QStringLiteral("tuple");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::DateTime:
        return QStringLiteral("datetime");
    case Kind::Callable:
        return QStringLiteral("builtin_function_or_method");
    case Kind::Object:
        return m_text;
    }
    return QString();
}

bool MakoValue::operator==(const MakoValue &other) const
{
    if (isInt() && other.isInt())
        return intValue() == other.intValue();
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return true;
    case Kind::String:
    case Kind::Callable:
    case Kind::Object:
        return m_text == other.m_text;
    case Kind::Tuple:
    case Kind::List:
        return m_items == other.m_items;
    case Kind::DateTime:
        return m_date == other.m_date;
    default:
        return false;
    }
}

} // namespace Retort::Core

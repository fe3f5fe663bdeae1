// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Builtins, methods, subscripts and filters of the template evaluator (see makoevaluator.h).
#include "core/project/makoevaluator.h"

#include <algorithm>
#include <cctype>

namespace Retort::Core::Mako {

using Python::Expr;
using Python::ExprKind;

namespace {

MakoError typeError(const QString &text)
{
    return MakoError {QStringLiteral("TypeError: ") + text};
}

MakoError argumentCount(const QString &name, size_t given)
{
    return typeError(
        QStringLiteral("%1() got a wrong number of arguments (%2)").arg(name).arg(given));
}

//! Python's len() of a str counts code points, not UTF-16 units.
qint64 codePointLength(const QString &text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

std::vector<MakoValue> characters(const QString &text)
{
    std::vector<MakoValue> items;
    for (const auto cp : text.toUcs4()) {
        const char32_t c = char32_t(cp);
        items.push_back(MakoValue::string(QString::fromUcs4(&c, 1)));
    }
    return items;
}

//! Mako's html/xml escape (markupsafe): & < > " '.
QString xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&#34;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

//! urllib.parse.quote_plus of the UTF-8 bytes (Mako's `u` filter).
QString urlEscape(const QString &text)
{
    QString out;
    for (const char byte : text.toUtf8()) {
        const auto c = uchar(byte);
        if (std::isalnum(c) || c == '_' || c == '.' || c == '-' || c == '~')
            out += QLatin1Char(char(c));
        else if (c == ' ')
            out += QLatin1Char('+');
        else
            out += QLatin1Char('%')
                + QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0'));
    }
    return out;
}

//! str.strip family: \a chars null means whitespace.
QString stripped(const QString &text, const MakoValue *chars, bool left, bool right)
{
    auto strip = [&](QChar c) { return chars ? chars->text().contains(c) : c.isSpace(); };
    qsizetype begin = 0, end = text.size();
    while (left && begin < end && strip(text.at(begin)))
        ++begin;
    while (right && end > begin && strip(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

Expected<MakoValue, MakoError> split(const QString &text, const std::vector<MakoValue> &args)
{
    const bool whitespace = args.empty() || args[0].isNone();
    if (!whitespace && !args[0].isString())
        return typeError(QStringLiteral("must be str or None, not %1").arg(args[0].typeName()));
    qint64 maxSplit = args.size() > 1 && args[1].isInt() ? args[1].intValue() : -1;
    QStringList parts;
    if (whitespace) {
        QString rest = stripped(text, nullptr, true, false);
        while (!rest.isEmpty()) {
            qsizetype i = 0;
            while (i < rest.size() && !rest.at(i).isSpace())
                ++i;
            if (maxSplit == 0 || i == rest.size()) {
                parts << (maxSplit == 0 ? stripped(rest, nullptr, false, true) : rest);
                break;
            }
            parts << rest.left(i);
            rest = stripped(rest.mid(i), nullptr, true, false);
            --maxSplit;
        }
    } else {
        const QString sep = args[0].text();
        if (sep.isEmpty())
            return MakoError {QStringLiteral("ValueError: empty separator")};
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = maxSplit == 0 ? -1 : text.indexOf(sep, from);
            if (at < 0) {
                parts << text.mid(from);
                break;
            }
            parts << text.mid(from, at - from);
            from = at + sep.size();
            --maxSplit;
        }
    }
    return MakoValue::strings(parts, MakoValue::Kind::List);
}

Expected<MakoValue, MakoError> join(const QString &separator, const MakoValue &iterable)
{
    if (iterable.isString())
        return join(separator, MakoValue::list(characters(iterable.text())));
    if (!iterable.isSequence())
        return typeError(QStringLiteral("can only join an iterable"));
    QStringList parts;
    for (size_t i = 0; i < iterable.items().size(); ++i) {
        const MakoValue &item = iterable.items()[i];
        if (!item.isString())
            return typeError(QStringLiteral("sequence item %1: expected str instance, %2 found")
                                 .arg(i)
                                 .arg(item.typeName()));
        parts << item.text();
    }
    return MakoValue::string(parts.join(separator));
}

bool affixMatches(const QString &text, const MakoValue &affix, bool prefix)
{
    const auto one
        = [&](const QString &a) { return prefix ? text.startsWith(a) : text.endsWith(a); };
    if (affix.isString())
        return one(affix.text());
    return std::any_of(affix.items().begin(), affix.items().end(),
        [&](const MakoValue &v) { return v.isString() && one(v.text()); });
}

//! str.format() with automatic or numbered fields and no format specs.
Expected<MakoValue, MakoError> format(const QString &text, const std::vector<MakoValue> &args)
{
    QString out;
    size_t automatic = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == QLatin1Char('{') || c == QLatin1Char('}')) && i + 1 < text.size()
            && text.at(i + 1) == c) {
            out += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            out += c;
            continue;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), i);
        if (close < 0)
            return MakoError {
                QStringLiteral("ValueError: Single '{' encountered in format string")};
        const QString field = text.mid(i + 1, close - i - 1);
        bool numbered = false;
        const int index = field.toInt(&numbered);
        if (!field.isEmpty() && !numbered)
            return MakoError {
                QStringLiteral("str.format fields other than {} and {N} are not supported")};
        const size_t at = numbered ? size_t(index) : automatic++;
        if (at >= args.size())
            return MakoError {
                QStringLiteral("IndexError: Replacement index %1 out of range").arg(at)};
        out += args[at].toStr();
        i = close;
    }
    return MakoValue::string(out);
}

//! One strftime directive of a datetime (C locale); nullopt for directives not supported.
std::optional<QString> strftimeField(const CreateDate &d, char code)
{
    static const char *const days[]
        = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static const char *const months[] = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};
    auto pad = [](int v, int width) {
        return QString::number(v).rightJustified(width, QLatin1Char('0'));
    };
    switch (code) {
    case 'Y':
        return pad(d.date.year(), 4);
    case 'y':
        return pad(d.date.year() % 100, 2);
    case 'm':
        return pad(d.date.month(), 2);
    case 'd':
        return pad(d.date.day(), 2);
    case 'H':
        return pad(d.time.hour(), 2);
    case 'M':
        return pad(d.time.minute(), 2);
    case 'S':
        return pad(d.time.second(), 2);
    case 'f':
        return pad(d.microsecond, 6);
    case 'j':
        return pad(d.date.dayOfYear(), 3);
    case 'a':
        return QLatin1String(days[d.date.dayOfWeek() - 1]).left(3);
    case 'A':
        return QString(QLatin1String(days[d.date.dayOfWeek() - 1]));
    case 'b':
        return QLatin1String(months[d.date.month() - 1]).left(3);
    case 'B':
        return QString(QLatin1String(months[d.date.month() - 1]));
    case '%':
        return QStringLiteral("%");
    case 'z': {
        if (!d.utcOffsetSeconds)
            return QString();
        const int s = *d.utcOffsetSeconds, m = (s < 0 ? -s : s) / 60;
        return (s < 0 ? QStringLiteral("-") : QStringLiteral("+")) + pad(m / 60, 2)
            + pad(m % 60, 2);
    }
    default:
        return std::nullopt;
    }
}

QString strftime(const CreateDate &d, const QString &pattern, bool *ok)
{
    QString out;
    *ok = true;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += pattern.at(i);
            continue;
        }
        const auto field = strftimeField(d, pattern.at(++i).toLatin1());
        if (!field) {
            *ok = false;
            return QString();
        }
        out += *field;
    }
    return out;
}

//! Python's slice.indices() followed by the selection, for str, tuple and list.
Expected<MakoValue, MakoError> sliceOf(const MakoValue &seq, const MakoValue *bounds[3])
{
    qint64 values[3] = {0, 0, 1};
    bool given[3] = {false, false, false};
    for (int i = 0; i < 3; ++i) {
        if (bounds[i] && !bounds[i]->isNone()) {
            if (!bounds[i]->isInt())
                return typeError(QStringLiteral("slice indices must be integers or None"));
            values[i] = bounds[i]->intValue();
            given[i] = true;
        }
    }
    if (values[2] == 0)
        return MakoError {QStringLiteral("ValueError: slice step cannot be zero")};
    const std::vector<MakoValue> items = seq.isString() ? characters(seq.text()) : seq.items();
    const qint64 n = qint64(items.size()), step = values[2];
    auto clamp = [&](qint64 v, bool isGiven, qint64 forward, qint64 backward) {
        if (!isGiven)
            return step > 0 ? forward : backward;
        if (v < 0)
            v += n;
        return step > 0 ? std::clamp(v, qint64(0), n) : std::clamp(v, qint64(-1), n - 1);
    };
    const qint64 start = clamp(values[0], given[0], 0, n - 1),
                 stop = clamp(values[1], given[1], n, -1);
    std::vector<MakoValue> picked;
    for (qint64 i = start; step > 0 ? i < stop : i > stop; i += step)
        picked.push_back(items[size_t(i)]);
    if (seq.isString()) {
        QString text;
        for (const MakoValue &c : picked)
            text += c.text();
        return MakoValue::string(text);
    }
    return seq.kind() == MakoValue::Kind::List ? MakoValue::list(std::move(picked))
                                               : MakoValue::tuple(std::move(picked));
}

//! int(), tuple(), list() and sorted() of one argument.
Expected<MakoValue, MakoError> conversion(const QString &name, const MakoValue &x)
{
    if (name == QLatin1String("int")) {
        if (x.isInt())
            return MakoValue::integer(x.intValue());
        bool ok = false;
        const qint64 value = x.isString() ? x.text().trimmed().toLongLong(&ok) : 0;
        if (ok)
            return MakoValue::integer(value);
        return MakoError {QStringLiteral("ValueError: invalid literal for int() with base 10: %1")
                              .arg(x.toRepr())};
    }
    if (name != QLatin1String("tuple") && name != QLatin1String("list")
        && name != QLatin1String("sorted"))
        return typeError(QStringLiteral("%1() does not accept a %2 here").arg(name, x.typeName()));
    if (!x.isString() && !x.isSequence())
        return typeError(QStringLiteral("'%1' object is not iterable").arg(x.typeName()));
    std::vector<MakoValue> items = x.isString() ? characters(x.text()) : x.items();
    if (name == QLatin1String("sorted")) {
        for (const MakoValue &item : items) {
            if (!item.isString() && !item.isInt())
                return typeError(
                    QStringLiteral("sorting %1 values is not supported").arg(item.typeName()));
        }
        std::stable_sort(items.begin(), items.end(), [](const MakoValue &a, const MakoValue &b) {
            return a.isInt() && b.isInt() ? a.intValue() < b.intValue() : a.toStr() < b.toStr();
        });
    }
    return name == QLatin1String("tuple") ? MakoValue::tuple(std::move(items))
                                          : MakoValue::list(std::move(items));
}

//! The string methods without arguments that change case or split lines; nullopt otherwise.
std::optional<MakoValue> caseMethod(const QString &self, const QString &name)
{
    if (name == QLatin1String("lower"))
        return MakoValue::string(self.toLower());
    if (name == QLatin1String("upper"))
        return MakoValue::string(self.toUpper());
    if (name == QLatin1String("capitalize"))
        return MakoValue::string(self.left(1).toUpper() + self.mid(1).toLower());
    if (name == QLatin1String("title")) {
        QString out = self;
        bool previousCased = false;
        for (QChar &c : out) {
            c = previousCased ? c.toLower() : c.toUpper();
            previousCased = c.isLetter();
        }
        return MakoValue::string(out);
    }
    if (name == QLatin1String("splitlines")) {
        QStringList lines = QString(self)
                                .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                .split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return MakoValue::strings(lines, MakoValue::Kind::List);
    }
    return std::nullopt;
}

} // namespace

Expected<MakoValue, MakoError> Evaluator::evalSubscript(const Expr *e)
{
    const auto object = eval(e->children[0]);
    if (!object)
        return object;
    if (!object->isString() && !object->isSequence())
        return typeError(
            QStringLiteral("'%1' object is not subscriptable").arg(object->typeName()));
    const Expr *index = e->children[1];
    if (index->kind == ExprKind::Slice) {
        MakoValue parts[3];
        const MakoValue *bounds[3] = {nullptr, nullptr, nullptr};
        for (int i = 0; i < 3; ++i) {
            if (const Expr *bound = index->child(size_t(i))) {
                auto value = eval(bound);
                if (!value)
                    return value;
                parts[i] = std::move(value).value();
                bounds[i] = &parts[i];
            }
        }
        return sliceOf(*object, bounds);
    }
    const auto key = eval(index);
    if (!key)
        return key;
    if (!key->isInt())
        return typeError(QStringLiteral("indices must be integers, not %1").arg(key->typeName()));
    const std::vector<MakoValue> items
        = object->isString() ? characters(object->text()) : object->items();
    qint64 i = key->intValue();
    if (i < 0)
        i += qint64(items.size());
    if (i < 0 || i >= qint64(items.size()))
        return MakoError {
            QStringLiteral("IndexError: %1 index out of range").arg(object->typeName())};
    return items[size_t(i)];
}

Expected<MakoValue, MakoError> Evaluator::callBuiltin(
    const QString &name, const std::vector<MakoValue> &args)
{
    const size_t n = args.size();
    if (name == QLatin1String("str") && n == 0)
        return MakoValue::string(QString());
    if (name == QLatin1String("isinstance")) {
        if (n != 2)
            return argumentCount(name, n);
        const std::vector<MakoValue> types
            = args[1].isSequence() ? args[1].items() : std::vector<MakoValue> {args[1]};
        const QString type = args[0].typeName();
        return MakoValue::boolean(std::any_of(types.begin(), types.end(), [&](const MakoValue &t) {
            return t.kind() == MakoValue::Kind::Callable
                && (t.text() == type
                    || (t.text() == QLatin1String("int") && type == QLatin1String("bool")));
        }));
    }
    if (n != 1)
        return argumentCount(name, n);
    const MakoValue &x = args[0];
    if (x.isUndefined() && name != QLatin1String("bool"))
        return MakoError {QStringLiteral("NameError: Undefined")};
    if (name == QLatin1String("repr"))
        return MakoValue::string(x.toRepr());
    if (name == QLatin1String("str"))
        return MakoValue::string(x.toStr());
    if (name == QLatin1String("bool"))
        return MakoValue::boolean(x.isTruthy());
    if (name == QLatin1String("comma")) {
        if (x.isNone())
            return MakoValue::string(QString());
        if (x.isString())
            return x;
        if (x.isSequence())
            return join(QStringLiteral(", "), x);
        return MakoError {
            QStringLiteral("ValueError: Don't know how to comma-format %1").arg(x.toRepr())};
    }
    if (name == QLatin1String("len")) {
        if (x.isString())
            return MakoValue::integer(codePointLength(x.text()));
        if (x.isSequence())
            return MakoValue::integer(qint64(x.items().size()));
        return typeError(QStringLiteral("object of type '%1' has no len()").arg(x.typeName()));
    }
    if (name == QLatin1String("chr") && x.isInt()) {
        const char32_t cp = char32_t(x.intValue());
        return MakoValue::string(QString::fromUcs4(&cp, 1));
    }
    if (name == QLatin1String("ord") && x.isString() && codePointLength(x.text()) == 1)
        return MakoValue::integer(qint64(x.text().toUcs4().first()));
    return conversion(name, x);
}

Expected<MakoValue, MakoError> Evaluator::callMethod(
    const MakoValue &self, const QString &name, const std::vector<MakoValue> &args)
{
    if (self.isString())
        return stringMethod(self.text(), name, args);
    if (self.kind() == MakoValue::Kind::Object || self.kind() == MakoValue::Kind::DateTime)
        return objectMethod(self, name, args);
    if (self.isUndefined())
        return MakoError {
            QStringLiteral("AttributeError: 'Undefined' object has no attribute '%1'").arg(name)};
    return MakoError {QStringLiteral("AttributeError: '%1' object has no supported method '%2'")
                          .arg(self.typeName(), name)};
}

Expected<MakoValue, MakoError> Evaluator::stringMethod(
    const QString &self, const QString &name, const std::vector<MakoValue> &args)
{
    const size_t n = args.size();
    const bool allStrings
        = std::all_of(args.begin(), args.end(), [](const MakoValue &v) { return v.isString(); });
    if (n == 0) {
        if (auto value = caseMethod(self, name))
            return *value;
    }
    if (name == QLatin1String("strip") || name == QLatin1String("lstrip")
        || name == QLatin1String("rstrip")) {
        if (n > 1 || (n == 1 && !args[0].isString() && !args[0].isNone()))
            return argumentCount(name, n);
        const MakoValue *chars = n == 1 && args[0].isString() ? &args[0] : nullptr;
        return MakoValue::string(stripped(
            self, chars, name != QLatin1String("rstrip"), name != QLatin1String("lstrip")));
    }
    if (name == QLatin1String("split") && n <= 2)
        return split(self, args);
    if (name == QLatin1String("join") && n == 1)
        return join(self, args[0]);
    if (name == QLatin1String("format"))
        return format(self, args);
    if (name == QLatin1String("replace") && (n == 2 || n == 3) && args[0].isString()
        && args[1].isString()) {
        qint64 count = n == 3 && args[2].isInt() ? args[2].intValue() : -1;
        QString out;
        qsizetype from = 0;
        while (count != 0 && !args[0].text().isEmpty()) {
            const qsizetype at = self.indexOf(args[0].text(), from);
            if (at < 0)
                break;
            out += QStringView(self).mid(from, at - from) + args[1].text();
            from = at + args[0].text().size();
            --count;
        }
        return MakoValue::string(out + QStringView(self).mid(from));
    }
    if ((name == QLatin1String("startswith") || name == QLatin1String("endswith")) && n == 1)
        return MakoValue::boolean(affixMatches(self, args[0], name == QLatin1String("startswith")));
    if ((name == QLatin1String("find") || name == QLatin1String("count")) && n == 1 && allStrings)
        return MakoValue::integer(name == QLatin1String("find") ? self.indexOf(args[0].text())
                                                                : self.count(args[0].text()));
    if ((name == QLatin1String("ljust") || name == QLatin1String("rjust")
            || name == QLatin1String("zfill"))
        && n >= 1 && args[0].isInt()) {
        const int width = int(args[0].intValue());
        if (name == QLatin1String("zfill"))
            return MakoValue::string(self.rightJustified(width, QLatin1Char('0')));
        const QChar fill = n > 1 && args[1].isString() && args[1].text().size() == 1
            ? args[1].text().at(0)
            : QLatin1Char(' ');
        return MakoValue::string(name == QLatin1String("ljust") ? self.leftJustified(width, fill)
                                                                : self.rightJustified(width, fill));
    }
    return MakoError {
        QStringLiteral("str.%1() with %2 argument(s) is not supported").arg(name).arg(n)};
}

Expected<MakoValue, MakoError> Evaluator::objectMethod(
    const MakoValue &self, const QString &name, const std::vector<MakoValue> &args)
{
    const size_t n = args.size();
    const QString &object = self.text();
    if (self.kind() == MakoValue::Kind::DateTime) {
        if (name == QLatin1String("isoformat") && n == 0)
            return MakoValue::string(self.date().toIsoString());
        if (name == QLatin1String("strftime") && n == 1 && args[0].isString()) {
            bool ok = false;
            const QString text = strftime(self.date(), args[0].text(), &ok);
            if (ok)
                return MakoValue::string(text);
            return MakoError {QStringLiteral("strftime(%1) uses a directive that is not supported")
                                  .arg(args[0].toRepr())};
        }
    } else if (object == QLatin1String("config") && name == QLatin1String("get_main_option")
        && (n == 1 || n == 2) && args[0].isString()) {
        if (!m_input.mainOption)
            return MakoError {
                QStringLiteral("AttributeError: this template has no configuration to read")};
        const std::optional<QString> value = m_input.mainOption(args[0].text());
        return value ? MakoValue::string(*value) : n == 2 ? args[1] : MakoValue::none();
    } else if (object == QLatin1String("context") && name == QLatin1String("get")
        && (n == 1 || n == 2) && args[0].isString()) {
        const auto var = m_input.variables.constFind(args[0].text());
        if (var != m_input.variables.constEnd())
            return var.value();
        return n == 2 ? args[1] : MakoValue::none();
    } else if (object == QLatin1String("module:re")) {
        return regexCall(name, args);
    } else if (object.startsWith(QLatin1String("module:"))) {
        return MakoError {
            QStringLiteral("the module '%1' is not available to templates").arg(object.mid(7))};
    }
    return MakoError {QStringLiteral("AttributeError: %1.%2() with %3 argument(s) is not supported")
                          .arg(self.typeName(), name)
                          .arg(n)};
}

const QRegularExpression &Evaluator::regex(const QString &pattern)
{
    auto it = m_regexCache.find(pattern);
    if (it == m_regexCache.end())
        it = m_regexCache.insert(
            pattern, QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption));
    return it.value();
}

Expected<MakoValue, MakoError> Evaluator::regexCall(
    const QString &name, const std::vector<MakoValue> &args)
{
    const bool isSplit = name == QLatin1String("split"), isSub = name == QLatin1String("sub");
    const size_t textArg = isSub ? 2 : 1;
    if ((!isSplit && !isSub) || args.size() <= textArg || args.size() > textArg + 2)
        return MakoError {QStringLiteral("re.%1() with %2 argument(s) is not supported")
                              .arg(name)
                              .arg(args.size())};
    for (size_t i = 0; i <= textArg; ++i) {
        if (!args[i].isString())
            return typeError(QStringLiteral("expected string, got %1").arg(args[i].typeName()));
    }
    const QRegularExpression &re = regex(args[0].text());
    if (!re.isValid())
        return MakoError {QStringLiteral("re.error: %1").arg(re.errorString())};
    const QString &text = args[textArg].text();
    qint64 limit
        = args.size() > textArg + 1 && args[textArg + 1].isInt() ? args[textArg + 1].intValue() : 0;
    if (isSub) {
        if (limit != 0)
            return MakoError {QStringLiteral("re.sub() with a count is not supported")};
        return MakoValue::string(QString(text).replace(re, args[1].text()));
    }
    QStringList parts;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext() && (limit <= 0 || parts.size() < limit * (1 + re.captureCount()))) {
        const QRegularExpressionMatch m = it.next();
        parts << text.mid(last, m.capturedStart() - last);
        for (int group = 1; group <= re.captureCount(); ++group)
            parts << m.captured(group);
        last = m.capturedEnd();
    }
    parts << text.mid(last);
    return MakoValue::strings(parts, MakoValue::Kind::List);
}

Expected<QString, MakoError> Evaluator::filter(
    const MakoValue &value, const QStringList &filters, bool defaultFilters)
{
    QStringList chain = filters;
    if (defaultFilters)
        chain.prepend(QStringLiteral("str"));
    MakoValue current = value;
    for (const QString &name : chain) {
        if ((name == QLatin1String("str") || name == QLatin1String("unicode")
                || name == QLatin1String("h") || name == QLatin1String("x")
                || name == QLatin1String("u") || name == QLatin1String("trim"))
            && current.isUndefined())
            return MakoError {QStringLiteral("NameError: Undefined")};
        if (name == QLatin1String("str") || name == QLatin1String("unicode")) {
            current = MakoValue::string(current.toStr());
        } else if (name == QLatin1String("h") || name == QLatin1String("x")) {
            current = MakoValue::string(xmlEscape(current.toStr()));
        } else if (name == QLatin1String("u")) {
            current = MakoValue::string(urlEscape(current.toStr()));
        } else if (name == QLatin1String("trim")) {
            if (!current.isString())
                return MakoError {
                    QStringLiteral("AttributeError: '%1' object has no attribute 'strip'")
                        .arg(current.typeName())};
            current = MakoValue::string(current.text().trimmed());
        } else {
            const MakoValue function = lookup(name);
            if (function.kind() != MakoValue::Kind::Callable)
                return MakoError {function.isUndefined()
                        ? QStringLiteral("NameError: the filter '%1' is not defined").arg(name)
                        : QStringLiteral("TypeError: '%1' is not callable").arg(name)};
            auto result = callBuiltin(function.text(), {current});
            if (!result)
                return result.error();
            current = std::move(result).value();
        }
    }
    if (!current.isString())
        return typeError(QStringLiteral(
            "a template expression must produce a str, not %1 (a filter list with 'n' "
            "skips str())")
                             .arg(current.typeName()));
    return current.text();
}

} // namespace Retort::Core::Mako

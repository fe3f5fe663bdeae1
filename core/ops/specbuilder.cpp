// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/machine.h"

namespace Retort::Core::Ops {

using Python::Expr;

namespace {

bool isTypeName(const QString &canonicalName)
{
    static const QSet<QString> nonTypes = {
        QStringLiteral("sa.Column"), QStringLiteral("sa.ForeignKey"), QStringLiteral("sa.PrimaryKeyConstraint"),
        QStringLiteral("sa.ForeignKeyConstraint"), QStringLiteral("sa.UniqueConstraint"),
        QStringLiteral("sa.CheckConstraint"), QStringLiteral("sa.Index"), QStringLiteral("sa.text"),
        QStringLiteral("sa.literal_column"), QStringLiteral("sa.true"), QStringLiteral("sa.false"),
        QStringLiteral("sa.null"), QStringLiteral("sa.table"), QStringLiteral("sa.column"),
        QStringLiteral("sa.Identity"), QStringLiteral("sa.Computed"), QStringLiteral("sa.conv")};
    const QString module = canonicalName.section(QLatin1Char('.'), 0, 0);
    const QString name = canonicalName.section(QLatin1Char('.'), 1);
    if (name.isEmpty() || !name.at(0).isUpper() || name.contains(QLatin1Char('.')))
        return false;
    return module != QLatin1String("sa") || !nonTypes.contains(canonicalName);
}

} // namespace

QString Machine::toStr(const Value *v, const QString &what, const Expr *call) const
{
    if (!v)
        fail(call, QStringLiteral("missing argument '%1'").arg(what));
    if (!v->isString())
        fail(v->node ? v->node : call, QStringLiteral("'%1' must be a string, not '%2'")
                                           .arg(what, v->node ? sourceText(v->node->range) : QString()));
    return v->text;
}

std::optional<QString> Machine::toOptStr(const Value *v, const QString &what, const Expr *call) const
{
    if (!v || v->isNone())
        return std::nullopt;
    return toStr(v, what, call);
}

bool Machine::toBool(const Value *v, bool fallback, const QString &what) const
{
    const std::optional<bool> b = toOptBool(v, what);
    return b.value_or(fallback);
}

std::optional<bool> Machine::toOptBool(const Value *v, const QString &what) const
{
    if (!v || v->isNone())
        return std::nullopt;
    if (v->kind == Value::Kind::Bool)
        return v->flag;
    if (v->kind == Value::Kind::Int)
        return v->text.toLongLong(nullptr, 0) != 0;
    fail(v->node, QStringLiteral("'%1' must be True or False").arg(what));
}

ObjectName Machine::toName(const Value *v, const QString &what, const Expr *call) const
{
    if (!v || v->isNone())
        return ObjectName{};
    if (v->kind == Value::Kind::Object && v->text == QLatin1String("sa.conv") && v->items.size() == 1)
        return ObjectName::named(toStr(&v->items[0], what, call), true);
    return ObjectName::named(toStr(v, what, call), v->flag);
}

QStringList Machine::toStrList(const Value *v, const QString &what, const Expr *call) const
{
    if (!v)
        fail(call, QStringLiteral("missing argument '%1'").arg(what));
    if (!v->isSequence())
        fail(v->node ? v->node : call, QStringLiteral("'%1' must be a list of strings").arg(what));
    QStringList out;
    for (const Value &item : v->items)
        out << toStr(&item, what, call);
    return out;
}

Literal Machine::toLiteral(const Value &v) const
{
    Literal l;
    switch (v.kind) {
    case Value::Kind::None: return l;
    case Value::Kind::Bool: return Literal::boolean(v.flag);
    case Value::Kind::Int: l.kind = Literal::Kind::Int; l.text = str(v); return l;
    case Value::Kind::Float: l.kind = Literal::Kind::Float; l.text = v.text; return l;
    case Value::Kind::String: return Literal::string(v.text);
    case Value::Kind::List:
    case Value::Kind::Tuple:
    case Value::Kind::Dict:
        l.kind = v.kind == Value::Kind::List ? Literal::Kind::List
               : v.kind == Value::Kind::Tuple ? Literal::Kind::Tuple : Literal::Kind::Dict;
        l.keys = v.keys;
        for (const Value &i : v.items)
            l.items.push_back(toLiteral(i));
        return l;
    default:
        break;
    }
    if (isType(v)) {
        l.kind = Literal::Kind::Type;
        l.type = std::make_shared<const TypeSpec>(toType(v));
        return l;
    }
    if (v.kind == Value::Kind::Object) {
        l.kind = Literal::Kind::Expr;
        l.expr = toSqlExpr(v, true);
        return l;
    }
    fail(v.node, QStringLiteral("'%1' is not a literal").arg(v.node ? sourceText(v.node->range) : QString()));
}

bool Machine::isType(const Value &v) const
{
    if (v.kind == Value::Kind::Object)
        return v.text.startsWith(QLatin1String("app:")) || isTypeName(v.text);
    if (v.kind == Value::Kind::Ref) {
        const QString c = canonical(v.text);
        return c.isEmpty() ? m_context.maps.hasType(v.text) : isTypeName(c);
    }
    return false;
}

TypeSpec Machine::toType(const Value &v) const
{
    if (!isType(v)) {
        const QString text = v.node ? sourceText(v.node->range) : QString();
        if (v.kind == Value::Kind::Ref && canonical(v.text).isEmpty())
            fail(v.node, QStringLiteral("type '%1' is not known; map it in [retort] types.%2").arg(text, v.text));
        fail(v.node, QStringLiteral("'%1' is not a type Retort knows").arg(text));
    }
    TypeSpec t;
    const QString full = v.kind == Value::Kind::Ref ? (canonical(v.text).isEmpty() ? QStringLiteral("app:") + v.text
                                                                                    : canonical(v.text))
                                                    : v.text;
    if (full.startsWith(QLatin1String("app:"))) {
        t.module = QStringLiteral("app");
        t.name = full.mid(4);
        t.sql = m_context.maps.type(t.name, m_context.dialect);
    } else {
        t.module = full.section(QLatin1Char('.'), 0, 0);
        t.name = full.section(QLatin1Char('.'), 1);
    }
    if (v.kind == Value::Kind::Object) {
        for (const Value &a : v.items)
            t.args.push_back(toLiteral(a));
        for (const auto &kv : v.kwargs)
            t.kwargs.push_back(KeywordLiteral{kv.first, toLiteral(kv.second)});
    }
    return t;
}

SqlExpr Machine::toSqlExpr(const Value &v, bool stringIsText) const
{
    switch (v.kind) {
    case Value::Kind::String:
        return SqlExpr{stringIsText ? SqlExpr::Kind::Text : SqlExpr::Kind::String, v.text, {}};
    case Value::Kind::Int:
    case Value::Kind::Float:
        return SqlExpr{SqlExpr::Kind::Number, v.kind == Value::Kind::Int ? str(v) : v.text, {}};
    case Value::Kind::None:
        return SqlExpr{SqlExpr::Kind::Null, QString(), {}};
    case Value::Kind::Object: {
        const QString &c = v.text;
        const bool oneString = v.items.size() == 1 && v.items[0].isString();
        if (c == QLatin1String("sa.text") && oneString && v.kwargs.empty())
            return SqlExpr{SqlExpr::Kind::Text, v.items[0].text, {}};
        if (c == QLatin1String("sa.literal_column") && oneString)
            return SqlExpr{SqlExpr::Kind::LiteralColumn, v.items[0].text, {}};
        if ((c == QLatin1String("sa.true") || c == QLatin1String("sa.false") || c == QLatin1String("sa.null"))
            && v.items.empty() && v.kwargs.empty())
            return SqlExpr{c == QLatin1String("sa.true") ? SqlExpr::Kind::True
                           : c == QLatin1String("sa.false") ? SqlExpr::Kind::False : SqlExpr::Kind::Null, QString(), {}};
        if (c.startsWith(QLatin1String("sa.func.")) && v.kwargs.empty()) {
            SqlExpr f{SqlExpr::Kind::Function, c.mid(8), {}};
            for (const Value &a : v.items)
                f.args.push_back(toSqlExpr(a, false));
            return f;
        }
        break;
    }
    default:
        break;
    }
    fail(v.node, QStringLiteral("the SQL expression '%1' needs Python").arg(v.node ? sourceText(v.node->range) : QString()));
}

KeywordList Machine::toKeywordList(const std::vector<std::pair<QString, const Value *>> &kw) const
{
    KeywordList out;
    for (const auto &kv : kw)
        out.push_back(KeywordLiteral{kv.first, toLiteral(*kv.second)});
    return out;
}

bool Machine::isConstraintObject(const Value &v)
{
    return v.kind == Value::Kind::Object
        && (v.text == QLatin1String("sa.PrimaryKeyConstraint") || v.text == QLatin1String("sa.ForeignKeyConstraint")
            || v.text == QLatin1String("sa.UniqueConstraint") || v.text == QLatin1String("sa.CheckConstraint"));
}

} // namespace Retort::Core::Ops

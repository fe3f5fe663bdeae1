// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/machine.h"
#include "core/ops/vocabulary.h"

#include <algorithm>

namespace Retort::Core::Ops {

using Python::Expr;
using Python::ExprKind;
using Python::Operator;

namespace {

//! SQLAlchemy names (after canonical()) the interpreter accepts as constructors or types.
const QSet<QString> &knownSqlAlchemy()
{
    static const QSet<QString> names = [] {
        QSet<QString> s;
        for (const ApiEntry &entry : sqlAlchemyNames())
            s.insert(QStringLiteral("sa.") + entry.name);
        return s;
    }();
    return names;
}

bool isDialectModule(const QString &m)
{
    return m == QLatin1String("postgresql") || m == QLatin1String("mysql") || m == QLatin1String("sqlite")
        || m == QLatin1String("mssql") || m == QLatin1String("oracle");
}

bool sameValue(const Value &a, const Value &b)
{
    if (a.kind != b.kind) {
        const bool numA = a.kind == Value::Kind::Int || a.kind == Value::Kind::Float;
        const bool numB = b.kind == Value::Kind::Int || b.kind == Value::Kind::Float;
        return numA && numB && a.text.toDouble() == b.text.toDouble();
    }
    if (a.items.size() != b.items.size() || a.keys != b.keys)
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!sameValue(a.items[i], b.items[i]))
            return false;
    if (a.kind == Value::Kind::Bool)
        return a.flag == b.flag;
    if (a.kind == Value::Kind::Int)
        return a.text.toLongLong(nullptr, 0) == b.text.toLongLong(nullptr, 0);
    return a.text == b.text;
}

} // namespace

Value Machine::evalRefCall(const Value &callee, const Expr *call, Value args)
{
    const QString calleeText = sourceText(call->child(0)->range);
    if (callee.kind == Value::Kind::Ref) {
        const QString c = canonical(callee.text);
        if (c.startsWith(QLatin1String("op.")))
            return callOp(c.mid(3), args, call, nullptr);
        if (c == QLatin1String("context.get_context")) {
            Value v;
            v.kind = Value::Kind::Context;
            v.node = call;
            return v;
        }
        if (c.startsWith(QLatin1String("context.")))
            fail(call, QStringLiteral("%1() needs a live migration context").arg(calleeText));
        const QString module = c.section(QLatin1Char('.'), 0, 0);
        const QString name = c.section(QLatin1Char('.'), 1);
        const bool known = c.startsWith(QLatin1String("sa.func.")) || knownSqlAlchemy().contains(c)
            || (isDialectModule(module) && !name.isEmpty() && name.at(0).isUpper()
                && name != QLatin1String("ExcludeConstraint") && name != QLatin1String("Insert"));
        if (known) {
            if (c == QLatin1String("sa.Enum") || (isDialectModule(module) && name == QLatin1String("ENUM")))
                expandEnumClass(args);
            args.kind = Value::Kind::Object;
            args.text = c;
            args.node = call;
            return args;
        }
        if (!c.isEmpty())
            fail(call, QStringLiteral("'%1' is not supported without Python").arg(calleeText));
        if (m_context.maps.hasType(callee.text)) {
            args.kind = Value::Kind::Object;
            args.text = QStringLiteral("app:") + callee.text;
            args.node = call;
            return args;
        }
    }
    if (callee.kind == Value::Kind::Function || callee.kind == Value::Kind::Class || callee.kind == Value::Kind::Ref)
        fail(call, QStringLiteral("call to '%1' needs Python").arg(calleeText));
    fail(call, QStringLiteral("'%1' needs Python").arg(sourceText(call->range)));
}

Value Machine::evalMethodCall(const Value &self, const QString &method, const Expr *call,
                              const Value &args)
{
    const QString calleeText = sourceText(call->child(0)->range);
    switch (self.kind) {
    case Value::Kind::Bind:
    case Value::Kind::Dialect:
        fail(call, QStringLiteral("%1(...) needs a live database").arg(calleeText));
    case Value::Kind::Context:
        fail(call, QStringLiteral("%1(...) needs a live migration context").arg(calleeText));
    case Value::Kind::Batch:
        return callOp(method, args, call, &self);
    case Value::Kind::Object:
        if ((method == QLatin1String("create") || method == QLatin1String("drop"))
            && (self.text == QLatin1String("sa.Enum") || self.text.endsWith(QLatin1String(".ENUM")))) {
            opEnumType(self, method == QLatin1String("create"), args, call);
            Value none;
            none.node = call;
            return none;
        }
        break;
    case Value::Kind::String:
        if (args.items.empty() && args.kwargs.empty()) {
            Value v = self;
            v.node = call;
            if (method == QLatin1String("upper"))
                v.text = v.text.toUpper();
            else if (method == QLatin1String("lower"))
                v.text = v.text.toLower();
            else if (method == QLatin1String("strip"))
                v.text = v.text.trimmed();
            else
                break;
            return v;
        }
        break;
    default:
        break;
    }
    fail(call, QStringLiteral("'%1(...)' needs Python").arg(calleeText));
}

Value Machine::evalBinOp(const Expr *e)
{
    const Value l = eval(e->child(0));
    const Value r = eval(e->child(1));
    Value v;
    v.node = e;
    if (e->op == Operator::Add && l.kind == r.kind && (l.isString() || l.isSequence())) {
        v = l;
        v.node = e;
        v.text += r.text;
        v.items.insert(v.items.end(), r.items.begin(), r.items.end());
        return v;
    }
    if (e->op == Operator::Mod && l.isString())
        return Value{Value::Kind::String, false, percentFormat(l, r), {}, {}, {}, e};
    if (l.kind == Value::Kind::Int && r.kind == Value::Kind::Int) {
        bool ok1 = false, ok2 = false;
        const qint64 a = l.text.toLongLong(&ok1, 0), b = r.text.toLongLong(&ok2, 0);
        if (ok1 && ok2 && (e->op == Operator::Add || e->op == Operator::Sub || e->op == Operator::Mult)) {
            const qint64 x = e->op == Operator::Add ? a + b : e->op == Operator::Sub ? a - b : a * b;
            return Value{Value::Kind::Int, false, QString::number(x), {}, {}, {}, e};
        }
    }
    fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
}

QString Machine::str(const Value &v)
{
    switch (v.kind) {
    case Value::Kind::None: return QStringLiteral("None");
    case Value::Kind::Bool: return v.flag ? QStringLiteral("True") : QStringLiteral("False");
    case Value::Kind::Int: {
        bool ok = false;
        const qint64 n = v.text.toLongLong(&ok, 0);
        return ok ? QString::number(n) : v.text;
    }
    default: return v.text;
    }
}

QString Machine::percentFormat(const Value &format, const Value &args) const
{
    std::vector<Value> values;
    if (args.kind == Value::Kind::Tuple)
        values = args.items;
    else
        values.push_back(args);
    const QString &f = format.text;
    QString out;
    size_t next = 0;
    for (int i = 0; i < f.size(); ++i) {
        if (f[i] != QLatin1Char('%')) {
            out += f[i];
            continue;
        }
        const QChar spec = i + 1 < f.size() ? f[i + 1] : QChar();
        ++i;
        if (spec == QLatin1Char('%')) {
            out += QLatin1Char('%');
        } else if ((spec == QLatin1Char('s') || spec == QLatin1Char('d')) && next < values.size()
                   && values[next].kind <= Value::Kind::String) {
            out += str(values[next++]);
        } else {
            fail(format.node, QStringLiteral("this %-format needs Python"));
        }
    }
    if (next != values.size())
        fail(format.node, QStringLiteral("this %-format needs Python"));
    return out;
}

Value Machine::evalFString(const Expr *e)
{
    Value v;
    v.kind = Value::Kind::String;
    v.node = e;
    for (const Expr *part : e->children) {
        if (part->kind == ExprKind::String) {
            v.text += part->value;
            continue;
        }
        const Value x = eval(part->child(0));
        if (part->child(1) || !(part->value.isEmpty() || part->value == QLatin1String("s"))
            || x.kind > Value::Kind::String)
            fail(part, QStringLiteral("this f-string field needs Python"));
        v.text += str(x);
    }
    return v;
}

Value Machine::evalCompare(const Expr *e)
{
    Value left = eval(e->child(0));
    for (size_t i = 0; i < e->compareOps.size(); ++i) {
        const Value right = eval(e->child(i + 1));
        bool result = false;
        const Operator op = e->compareOps[i];
        if (left.kind > Value::Kind::Dict || right.kind > Value::Kind::Dict)
            fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
        switch (op) {
        case Operator::Eq: result = sameValue(left, right); break;
        case Operator::NotEq: result = !sameValue(left, right); break;
        case Operator::Is: result = left.isNone() && right.isNone(); break;
        case Operator::IsNot: result = !(left.isNone() && right.isNone()); break;
        case Operator::In:
        case Operator::NotIn: {
            if (right.isString() && left.isString())
                result = right.text.contains(left.text);
            else if (right.isSequence())
                result = std::any_of(right.items.begin(), right.items.end(),
                                     [&](const Value &x) { return sameValue(left, x); });
            else if (right.kind == Value::Kind::Dict && left.isString())
                result = std::find(right.keys.begin(), right.keys.end(), left.text) != right.keys.end();
            else
                fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
            if (op == Operator::NotIn)
                result = !result;
            break;
        }
        default:
            fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
        }
        if (!result || i + 1 == e->compareOps.size()) {
            Value b;
            b.kind = Value::Kind::Bool;
            b.flag = result;
            b.node = e;
            return b;
        }
        left = right;
    }
    return left;
}

bool Machine::truth(const Value &v) const
{
    switch (v.kind) {
    case Value::Kind::None: return false;
    case Value::Kind::Bool: return v.flag;
    case Value::Kind::Int:
    case Value::Kind::Float: return v.text.toDouble() != 0.0;
    case Value::Kind::String: return !v.text.isEmpty();
    case Value::Kind::List:
    case Value::Kind::Tuple:
    case Value::Kind::Dict: return !v.items.empty();
    default:
        fail(v.node, QStringLiteral("the truth of '%1' needs Python").arg(v.node ? sourceText(v.node->range) : QString()));
    }
}

} // namespace Retort::Core::Ops

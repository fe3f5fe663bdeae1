// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/machine.h"

#include "core/python/parser.h"

#include <utility>

namespace Retort::Core::Ops {

using Python::Expr;
using Python::ExprKind;
using Python::Operator;

namespace {

Value make(Value::Kind kind, const Expr *node, const QString &text = QString())
{
    Value v;
    v.kind = kind;
    v.node = node;
    v.text = text;
    return v;
}

} // namespace

QString Machine::canonical(const QString &dotted)
{
    if (dotted == QLatin1String("alembic.op"))
        return QStringLiteral("op");
    if (dotted.startsWith(QLatin1String("alembic.op.")))
        return dotted.mid(8);
    if (dotted == QLatin1String("alembic.context"))
        return QStringLiteral("context");
    if (dotted.startsWith(QLatin1String("alembic.context.")))
        return dotted.mid(8);
    static const QString dialects = QStringLiteral("sqlalchemy.dialects.");
    if (dotted.startsWith(dialects)) {
        const QString rest = dotted.mid(dialects.size());
        const QString dialect = rest.section(QLatin1Char('.'), 0, 0);
        if (!rest.contains(QLatin1Char('.')))
            return dialect;
        return dialect + QLatin1Char('.') + rest.section(QLatin1Char('.'), -1);
    }
    if (dotted == QLatin1String("sqlalchemy"))
        return QStringLiteral("sa");
    if (!dotted.startsWith(QLatin1String("sqlalchemy.")))
        return QString();
    QString rest = dotted.mid(11);
    static const char *const prefixes[] = {"sql.sqltypes.", "sql.expression.", "sql.functions.",
        "sql.schema.", "sql.elements.", "sql.", "types.", "schema.", "sqltypes."};
    for (const char *p : prefixes) {
        if (rest.startsWith(QLatin1String(p)) && rest != QLatin1String(p).chopped(1)) {
            rest = rest.mid(int(qstrlen(p)));
            break;
        }
    }
    return QStringLiteral("sa.") + rest;
}

Value Machine::eval(const Expr *e)
{
    switch (e->kind) {
    case ExprKind::NoneLiteral: return make(Value::Kind::None, e);
    case ExprKind::True:
    case ExprKind::False: {
        Value v = make(Value::Kind::Bool, e);
        v.flag = e->kind == ExprKind::True;
        return v;
    }
    case ExprKind::Int: return make(Value::Kind::Int, e, e->value);
    case ExprKind::Float: return make(Value::Kind::Float, e, e->value);
    case ExprKind::String: return make(Value::Kind::String, e, e->value);
    case ExprKind::FString: return evalFString(e);
    case ExprKind::Name: return evalName(e);
    case ExprKind::Attribute: return evalAttribute(e);
    case ExprKind::Call: return evalCall(e);
    case ExprKind::BinOp: return evalBinOp(e);
    case ExprKind::Compare: return evalCompare(e);
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Dict:
        return evalDisplay(e);
    case ExprKind::BoolOp:
    case ExprKind::UnaryOp:
        return evalLogic(e);
    case ExprKind::IfExp:
        return truth(eval(e->child(0))) ? eval(e->child(1)) : eval(e->child(2));
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
        fail(e, QStringLiteral("a comprehension needs Python"));
    case ExprKind::Lambda:
        fail(e, QStringLiteral("a lambda needs Python"));
    default:
        break;
    }
    fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
}

Value Machine::evalDisplay(const Expr *e)
{
    if (e->kind != ExprKind::Dict) {
        Value v = make(e->kind == ExprKind::List ? Value::Kind::List : Value::Kind::Tuple, e);
        for (const Expr *c : e->children) {
            if (c->kind == ExprKind::Starred)
                fail(c, QStringLiteral("unpacking with * needs Python"));
            v.items.push_back(eval(c));
        }
        return v;
    }
    Value v = make(Value::Kind::Dict, e);
    for (const Expr *entry : e->children) {
        if (entry->kind != ExprKind::DictEntry)
            fail(entry, QStringLiteral("unpacking with ** needs Python"));
        const Value key = eval(entry->child(0));
        if (!key.isString())
            fail(entry->child(0), QStringLiteral("a dictionary key that is not a string needs Python"));
        v.keys.push_back(key.text);
        v.items.push_back(eval(entry->child(1)));
    }
    return v;
}

Value Machine::evalLogic(const Expr *e)
{
    if (e->kind == ExprKind::BoolOp) {
        Value last;
        for (const Expr *c : e->children) {
            last = eval(c);
            if (truth(last) == (e->op == Operator::Or))
                return last;
        }
        return last;
    }
    Value v = eval(e->child(0));
    if (e->op == Operator::Not) {
        Value b = make(Value::Kind::Bool, e);
        b.flag = !truth(v);
        return b;
    }
    if (e->op == Operator::USub && (v.kind == Value::Kind::Int || v.kind == Value::Kind::Float)) {
        v.text = v.text.startsWith(QLatin1Char('-')) ? v.text.mid(1) : QLatin1Char('-') + v.text;
        v.node = e;
        return v;
    }
    if (e->op == Operator::UAdd && (v.kind == Value::Kind::Int || v.kind == Value::Kind::Float))
        return v;
    fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
}

Value Machine::evalName(const Expr *e)
{
    auto it = m_locals.constFind(e->value);
    if (it != m_locals.constEnd()) {
        Value v = *it;
        if (!v.node)
            v.node = e;
        return v;
    }
    return evalGlobal(e->value, e);
}

Value Machine::evalGlobal(const QString &name, const Expr *use)
{
    auto it = m_globals.constFind(name);
    if (it != m_globals.constEnd()) {
        if (it->kind == Value::Kind::Ref && canonical(it->text).isEmpty()
            && !m_context.maps.constant(it->text).isNull())
            return constantFromMap(it->text, use);
        Value v = *it;
        if (!v.node) // imports, defs and classes: diagnostics point at the use
            v.node = use;
        return v;
    }
    const Expr *def = m_globalExprs.value(name, nullptr);
    if (!def)
        fail(use, QStringLiteral("name '%1' is not known without Python").arg(name));
    if (m_evaluating.contains(name))
        fail(use, QStringLiteral("name '%1' refers to itself").arg(name));
    m_evaluating.insert(name);
    const QHash<QString, Value> savedLocals = std::exchange(m_locals, {});
    ++m_moduleScope;
    Value v = eval(def); // failures point into the module-level assignment
    --m_moduleScope;
    m_locals = savedLocals;
    m_evaluating.remove(name);
    m_globals.insert(name, v);
    return v;
}

Value Machine::constantFromMap(const QString &dotted, const Expr *use)
{
    const QString literal = m_context.maps.constant(dotted);
    const Python::ParseResult parsed = Python::parseModule(literal, QStringLiteral("<retort constant>"));
    const auto &body = parsed.module->body();
    if (!parsed.ok() || body.size() != 1 || body.front()->kind != Python::StmtKind::Expr)
        fail(use, QStringLiteral("the [retort] constant for '%1' is not a Python literal").arg(dotted));
    // Evaluate in a scope where nothing is bound, so only literals are accepted.
    const auto savedLocals = std::exchange(m_locals, {});
    const auto savedGlobals = std::exchange(m_globals, {});
    const auto savedExprs = std::exchange(m_globalExprs, {});
    std::optional<NeedsPython> error;
    Value v;
    try {
        v = eval(body.front()->value);
    } catch (const NeedsPython &) {
        error = NeedsPython{};
    }
    m_locals = savedLocals;
    m_globals = savedGlobals;
    m_globalExprs = savedExprs;
    if (error)
        fail(use, QStringLiteral("the [retort] constant for '%1' is not a Python literal").arg(dotted));
    auto clearNodes = [use](auto &self, Value &x) -> void {
        x.node = use;
        for (Value &i : x.items)
            self(self, i);
    };
    clearNodes(clearNodes, v);
    return v;
}

Value Machine::evalAttribute(const Expr *e)
{
    const Value obj = eval(e->child(0));
    const QString &attr = e->value;
    switch (obj.kind) {
    case Value::Kind::Ref: {
        const QString dotted = obj.text + QLatin1Char('.') + attr;
        if (canonical(dotted).isEmpty() && !m_context.maps.constant(dotted).isNull())
            return constantFromMap(dotted, e);
        return make(Value::Kind::Ref, e, dotted);
    }
    case Value::Kind::Bind:
    case Value::Kind::Context:
        if (attr == QLatin1String("dialect") || (obj.kind == Value::Kind::Bind && attr == QLatin1String("engine")))
            return make(Value::Kind::Dialect, e);
        fail(e, QStringLiteral("%1 needs a live database").arg(sourceText(e->range)));
    case Value::Kind::Dialect:
        if (attr == QLatin1String("name"))
            return make(Value::Kind::String, e, m_context.dialect);
        if (attr == QLatin1String("dialect"))
            return obj;
        fail(e, QStringLiteral("%1 needs a live database").arg(sourceText(e->range)));
    default:
        break;
    }
    fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
}

Value Machine::evalCall(const Expr *e)
{
    Value args = make(Value::Kind::Tuple, e);
    const Expr *calleeExpr = e->child(0);
    // The callee first (Python's order), then the arguments.
    Value callee;
    QString method;
    const bool builtinStr = calleeExpr->kind == ExprKind::Name && calleeExpr->value == QLatin1String("str")
        && !m_locals.contains(calleeExpr->value) && !m_globals.contains(calleeExpr->value)
        && !m_globalExprs.contains(calleeExpr->value);
    if (builtinStr) {
        if (e->children.size() != 2 || e->child(1)->kind == ExprKind::Keyword
            || e->child(1)->kind == ExprKind::Starred)
            fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
        const Value x = eval(e->child(1));
        if (x.kind > Value::Kind::String)
            fail(e, QStringLiteral("'%1' needs Python").arg(sourceText(e->range)));
        return make(Value::Kind::String, e, str(x));
    }
    if (calleeExpr->kind == ExprKind::Name && !m_locals.contains(calleeExpr->value)
        && !m_globals.contains(calleeExpr->value) && !m_globalExprs.contains(calleeExpr->value))
        fail(e, QStringLiteral("call to '%1' needs Python").arg(calleeExpr->value));
    if (calleeExpr->kind == ExprKind::Attribute) {
        Value self = eval(calleeExpr->child(0));
        if (self.kind == Value::Kind::Ref) {
            callee = make(Value::Kind::Ref, calleeExpr, self.text + QLatin1Char('.') + calleeExpr->value);
        } else {
            callee = self;
            method = calleeExpr->value;
        }
    } else {
        callee = eval(calleeExpr);
    }
    for (size_t i = 1; i < e->children.size(); ++i) {
        const Expr *a = e->children[i];
        if (a->kind == ExprKind::Starred || (a->kind == ExprKind::Keyword && a->value.isEmpty()))
            fail(a, QStringLiteral("*args/**kwargs need Python"));
        if (a->kind == ExprKind::Keyword)
            args.kwargs.emplace_back(a->value, eval(a->child(0)));
        else
            args.items.push_back(eval(a));
    }
    if (!method.isEmpty())
        return evalMethodCall(callee, method, e, args);
    return evalRefCall(callee, e, std::move(args));
}

} // namespace Retort::Core::Ops

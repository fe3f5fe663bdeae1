// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/interpreter.h"

#include "core/ops/machine.h"

namespace Retort::Core::Ops {

using Python::Expr;
using Python::ExprKind;
using Python::Stmt;
using Python::StmtKind;

Machine::Machine(const RevisionScript &script, const InterpreterContext &context)
    : m_script(script), m_context(context), m_module(*script.module)
{
    const QString &src = m_module.source();
    m_lineStarts.push_back(0);
    for (int i = 0; i < src.size(); ++i) {
        if (src[i] == QLatin1Char('\n'))
            m_lineStarts.push_back(i + 1);
    }
    // Module scope: imports and defs bind at once; constants are evaluated when used.
    // Names bound inside module-level blocks are left unknown.
    for (const Stmt *s : m_module.body()) {
        switch (s->kind) {
        case StmtKind::Import:
        case StmtKind::ImportFrom:
            execImport(s, m_globals);
            break;
        case StmtKind::FunctionDef:
        case StmtKind::ClassDef: {
            Value f;
            f.kind = s->kind == StmtKind::ClassDef ? Value::Kind::Class : Value::Kind::Function;
            f.text = s->name;
            m_globals.insert(s->name, f);
            m_globalExprs.remove(s->name);
            if (s->kind == StmtKind::ClassDef)
                m_classes.insert(s->name, s);
            break;
        }
        case StmtKind::Assign:
        case StmtKind::AnnAssign:
            for (const Expr *t : s->targets) {
                if (t->kind == ExprKind::Name && s->value) {
                    m_globalExprs.insert(t->value, s->value);
                    m_globals.remove(t->value);
                }
            }
            break;
        default:
            break;
        }
    }
}

void Machine::fail(const Python::SourceRange &at, const QString &message) const
{
    throw NeedsPython{at, message};
}

void Machine::fail(const Expr *at, const QString &message) const
{
    fail(at ? at->range : Python::SourceRange{}, message);
}

QString Machine::sourceText(const Python::SourceRange &r) const
{
    if (r.line < 1 || r.endLine < r.line || size_t(r.endLine) > m_lineStarts.size())
        return QString();
    const int begin = m_lineStarts[size_t(r.line - 1)] + r.column - 1;
    const int end = m_lineStarts[size_t(r.endLine - 1)] + r.endColumn - 1;
    return m_module.source().mid(begin, end - begin);
}

OperationList Machine::run(const Stmt *function)
{
    OperationList list;
    list.file = m_script.filePath;
    m_out.push_back(&list.operations);
    if (function->parameters && !function->parameters->list.empty())
        fail(function->range, QStringLiteral("%1() takes parameters; it needs Python").arg(function->name));
    if (!function->decorators.empty())
        fail(function->decorators.front(), QStringLiteral("a decorated %1() needs Python").arg(function->name));
    execBlock(function->body);
    m_out.pop_back();
    return list;
}

void Machine::addOp(const Python::SourceRange &at, OperationData data)
{
    m_out.back()->push_back(Operation{std::move(data), at});
}

void Machine::execBlock(const std::vector<const Stmt *> &body)
{
    for (const Stmt *s : body) {
        if (m_stopped)
            return;
        execStmt(s);
    }
}

static QString statementName(StmtKind kind)
{
    switch (kind) {
    case StmtKind::While: return QStringLiteral("a while loop");
    case StmtKind::Try: case StmtKind::TryStar: return QStringLiteral("a try statement");
    case StmtKind::FunctionDef: return QStringLiteral("a nested def");
    case StmtKind::ClassDef: return QStringLiteral("a class definition");
    case StmtKind::Global: case StmtKind::Nonlocal: return QStringLiteral("a global statement");
    case StmtKind::Delete: return QStringLiteral("a del statement");
    case StmtKind::Assert: return QStringLiteral("an assert statement");
    case StmtKind::Break: case StmtKind::Continue: return QStringLiteral("break/continue");
    case StmtKind::Match: return QStringLiteral("a match statement");
    default: return Python::stmtKindName(kind);
    }
}

void Machine::execStmt(const Stmt *s)
{
    switch (s->kind) {
    case StmtKind::Pass:
        return;
    case StmtKind::Expr:
        if (s->value->kind != ExprKind::String) // docstrings and bare strings do nothing
            eval(s->value);
        return;
    case StmtKind::Assign: {
        const Value v = eval(s->value);
        for (const Expr *t : s->targets)
            assign(t, v);
        return;
    }
    case StmtKind::AnnAssign:
        if (s->value)
            assign(s->targets[0], eval(s->value));
        return;
    case StmtKind::AugAssign: {
        const Expr *t = s->targets[0];
        if (t->kind != ExprKind::Name || s->op != Python::Operator::Add)
            fail(s->range, QStringLiteral("this augmented assignment needs Python"));
        const Value left = evalName(t);
        const Value right = eval(s->value);
        if (left.kind != right.kind || (!left.isString() && !left.isSequence()))
            fail(s->range, QStringLiteral("this augmented assignment needs Python"));
        Value sum = left;
        sum.text += right.text;
        sum.items.insert(sum.items.end(), right.items.begin(), right.items.end());
        m_locals.insert(t->value, sum);
        return;
    }
    case StmtKind::Import:
    case StmtKind::ImportFrom:
        execImport(s, m_locals);
        return;
    case StmtKind::If: execIf(s); return;
    case StmtKind::For: execFor(s); return;
    case StmtKind::With: execWith(s); return;
    case StmtKind::Raise: execRaise(s); return;
    case StmtKind::Return:
        if (s->value && s->value->kind != ExprKind::NoneLiteral)
            fail(s->value, QStringLiteral("returning a value needs Python"));
        m_stopped = true;
        return;
    default:
        fail(s->range, QStringLiteral("%1 needs Python").arg(statementName(s->kind)));
    }
}

void Machine::assign(const Expr *target, const Value &v)
{
    if (target->kind == ExprKind::Name) {
        m_locals.insert(target->value, v);
        return;
    }
    if ((target->kind == ExprKind::Tuple || target->kind == ExprKind::List) && v.isSequence()
        && v.items.size() == target->children.size()) {
        for (size_t i = 0; i < v.items.size(); ++i)
            assign(target->children[i], v.items[i]);
        return;
    }
    fail(target, QStringLiteral("assignment to '%1' needs Python").arg(sourceText(target->range)));
}

void Machine::execIf(const Stmt *s)
{
    if (truth(eval(s->value)))
        execBlock(s->body);
    else
        execBlock(s->orelse);
}

void Machine::execFor(const Stmt *s)
{
    if (s->isAsync)
        fail(s->range, QStringLiteral("async for needs Python"));
    const Value iter = eval(s->value);
    if (!iter.isSequence() && iter.kind != Value::Kind::Dict && iter.kind != Value::Kind::String)
        fail(s->value, QStringLiteral("a loop over '%1' needs Python").arg(sourceText(s->value->range)));
    if (iter.kind == Value::Kind::String) {
        for (const QChar c : iter.text) {
            Value ch;
            ch.kind = Value::Kind::String;
            ch.text = QString(c);
            assign(s->targets[0], ch);
            execBlock(s->body);
        }
    } else {
        const bool dict = iter.kind == Value::Kind::Dict;
        for (size_t i = 0; i < iter.items.size() && !m_stopped; ++i) {
            Value item = iter.items[i];
            if (dict) {
                item = Value{};
                item.kind = Value::Kind::String;
                item.text = iter.keys[i];
            }
            assign(s->targets[0], item);
            execBlock(s->body);
        }
    }
    execBlock(s->orelse);
}

void Machine::execWith(const Stmt *s)
{
    if (s->items.size() != 1 || s->isAsync)
        fail(s->range, QStringLiteral("this with statement needs Python"));
    const Python::WithItem &item = s->items.front();
    const Expr *ctx = item.context;
    if (ctx->kind == ExprKind::Call) {
        const Expr *callee = ctx->child(0);
        if (callee->kind == ExprKind::Attribute && callee->value == QLatin1String("autocommit_block")) {
            const Value self = eval(callee->child(0));
            if (self.kind == Value::Kind::Context && ctx->children.size() == 1 && !item.target) {
                AutocommitBlock block;
                m_out.push_back(&block.operations);
                execBlock(s->body);
                m_out.pop_back();
                addOp(s->range, std::move(block));
                return;
            }
        }
        if (callee->kind == ExprKind::Attribute && callee->value == QLatin1String("batch_alter_table")) {
            const Value self = eval(callee->child(0));
            if (self.kind == Value::Kind::Ref && canonical(self.text) == QLatin1String("op")) {
                Value args;
                args.kind = Value::Kind::Tuple;
                for (size_t i = 1; i < ctx->children.size(); ++i) {
                    const Expr *a = ctx->children[i];
                    if (a->kind == ExprKind::Keyword && !a->value.isEmpty())
                        args.kwargs.emplace_back(a->value, eval(a->child(0)));
                    else if (a->kind == ExprKind::Keyword || a->kind == ExprKind::Starred)
                        fail(a, QStringLiteral("*args/**kwargs need Python"));
                    else
                        args.items.push_back(eval(a));
                }
                execBatch(s, args, ctx);
                return;
            }
        }
    }
    fail(ctx, QStringLiteral("with %1 needs Python").arg(sourceText(ctx->range)));
}

void Machine::execRaise(const Stmt *s)
{
    Irreversible marker;
    if (s->value && s->value->kind == ExprKind::Call) {
        const Expr *first = s->value->child(1);
        if (first && first->kind == ExprKind::String)
            marker.message = first->value;
    }
    addOp(s->range, std::move(marker));
    m_stopped = true;
}

void Machine::execImport(const Stmt *s, QHash<QString, Value> &scope)
{
    for (const Python::Alias &a : s->aliases) {
        Value ref;
        ref.kind = Value::Kind::Ref;
        if (s->kind == StmtKind::Import) {
            ref.text = a.asName.isEmpty() ? a.name.section(QLatin1Char('.'), 0, 0) : a.name;
            scope.insert(a.asName.isEmpty() ? ref.text : a.asName, ref);
            continue;
        }
        if (a.name == QLatin1String("*"))
            continue; // names from a star import stay unknown
        const QString module = QString(s->level, QLatin1Char('.')) + s->name;
        ref.text = module.isEmpty() || module.endsWith(QLatin1Char('.')) ? QString(module + a.name)
                                                                          : QString(module + QLatin1Char('.') + a.name);
        scope.insert(a.asName.isEmpty() ? a.name : a.asName, ref);
    }
}

Expected<OperationList, Diagnostic> interpret(const RevisionScript &script, Direction direction,
                                              const InterpreterContext &context)
{
    const QString fnName = direction == Direction::Upgrade ? QStringLiteral("upgrade")
                                                           : QStringLiteral("downgrade");
    if (!script.module) {
        return Diagnostic::warning(QStringLiteral("needs-python"),
            QStringLiteral("%1() was not parsed; read the revision in full").arg(fnName),
            SourceLocation{script.filePath, 0, 0});
    }
    const Python::Stmt *fn = direction == Direction::Upgrade ? script.upgrade : script.downgrade;
    if (!fn)
        return OperationList{script.filePath, {}};
    if (fn->bodySkipped) {
        return Diagnostic::warning(QStringLiteral("needs-python"),
            QStringLiteral("%1() was not parsed; read the revision in full").arg(fnName),
            SourceLocation{script.filePath, fn->range.line, fn->range.column});
    }
    Machine machine(script, context);
    try {
        return machine.run(fn);
    } catch (const NeedsPython &e) {
        return Diagnostic::warning(QStringLiteral("needs-python"), e.message,
            SourceLocation{script.filePath, e.range.line, e.range.column});
    }
}

} // namespace Retort::Core::Ops

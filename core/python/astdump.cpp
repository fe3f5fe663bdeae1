// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/astdump.h"

namespace Retort::Core::Python {

QString AstDump::module(const Module &module)
{
    QString all;
    for (const Stmt *s : module.body())
        all += statement(s) + QLatin1Char('\n');
    return all;
}

QString AstDump::statement(const Stmt *s)
{
    m_out.clear();
    stmt(s);
    return m_out;
}

QString AstDump::expression(const Expr *e)
{
    m_out.clear();
    expr(e);
    return m_out;
}

void AstDump::open(const char *kind, const SourceRange &r, bool ranged)
{
    if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('(')))
        m_out += QLatin1Char(' ');
    m_out += QLatin1Char('(') + QLatin1String(kind);
    if (m_withRanges && ranged && m_inFString == 0) {
        m_out += QStringLiteral("@%1:%2-%3:%4").arg(r.line).arg(r.column).arg(r.endLine).arg(r.endColumn);
    }
}

void AstDump::word(const QString &w)
{
    m_out += QLatin1Char(' ') + w;
}

void AstDump::string(const QString &s)
{
    m_out += QLatin1String(" \"");
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F && u != '"' && u != '\\')
            m_out += c;
        else
            m_out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
    }
    m_out += QLatin1Char('"');
}

void AstDump::optional(const Expr *e)
{
    if (e)
        expr(e);
    else
        word(QStringLiteral("_"));
}

void AstDump::exprList(const std::vector<const Expr *> &list)
{
    for (const Expr *e : list)
        expr(e);
}

void AstDump::parameters(const Parameters *ps)
{
    static const char *const kinds[] = {"posonly", "arg", "vararg", "kwonly", "kwarg"};
    open("Params", {}, false);
    for (const Parameter &p : ps->list) {
        open("Param", p.range);
        word(QLatin1String(kinds[int(p.kind)]));
        word(p.name);
        optional(p.annotation);
        optional(p.defaultValue);
        m_out += QLatin1Char(')');
    }
    m_out += QLatin1Char(')');
}

void AstDump::expr(const Expr *e)
{
    const QByteArray kind = exprKindName(e->kind).toLatin1();
    const bool ranged = e->kind != ExprKind::Comprehension && e->kind != ExprKind::DoubleStarred;
    open(kind.constData(), e->range, ranged);
    switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Int:
    case ExprKind::Float:
    case ExprKind::Imaginary:
        word(e->value);
        break;
    case ExprKind::String:
    case ExprKind::Bytes:
        string(e->value);
        break;
    case ExprKind::FString:
        ++m_inFString;
        exprList(e->children);
        --m_inFString;
        break;
    case ExprKind::FormattedValue:
        expr(e->children[0]);
        word(e->value.isEmpty() ? QStringLiteral("_") : e->value);
        if (e->children.size() > 1)
            string(e->children[1]->value);
        break;
    case ExprKind::Attribute:
        expr(e->children[0]);
        word(e->value);
        break;
    case ExprKind::Keyword:
        word(e->value.isEmpty() ? QStringLiteral("**") : e->value);
        expr(e->children[0]);
        break;
    case ExprKind::Slice:
        for (const Expr *c : e->children)
            optional(c);
        break;
    case ExprKind::UnaryOp:
    case ExprKind::BinOp:
    case ExprKind::BoolOp:
        word(operatorText(e->op));
        exprList(e->children);
        break;
    case ExprKind::Compare:
        expr(e->children[0]);
        for (size_t i = 0; i < e->compareOps.size(); ++i) {
            word(operatorText(e->compareOps[i]));
            expr(e->children[i + 1]);
        }
        break;
    case ExprKind::Lambda:
        parameters(e->parameters);
        expr(e->children[0]);
        break;
    case ExprKind::Comprehension:
        if (e->isAsync)
            word(QStringLiteral("async"));
        exprList(e->children);
        break;
    default:
        exprList(e->children);
        break;
    }
    m_out += QLatin1Char(')');
}

void AstDump::body(const char *label, const std::vector<const Stmt *> &stmts)
{
    open(label, {}, false);
    for (const Stmt *s : stmts)
        stmt(s);
    m_out += QLatin1Char(')');
}

void AstDump::stmt(const Stmt *s)
{
    const QByteArray kind = stmtKindName(s->kind).toLatin1();
    open(kind.constData(), s->range);
    switch (s->kind) {
    case StmtKind::Expr:
    case StmtKind::Return:
        optional(s->value);
        break;
    case StmtKind::Assign:
        open("Targets", {}, false);
        exprList(s->targets);
        m_out += QLatin1Char(')');
        expr(s->value);
        break;
    case StmtKind::AugAssign:
        expr(s->targets[0]);
        word(operatorText(s->op));
        expr(s->value);
        break;
    case StmtKind::AnnAssign:
        expr(s->targets[0]);
        expr(s->annotation);
        optional(s->value);
        break;
    case StmtKind::ImportFrom:
        word(s->name.isEmpty() ? QStringLiteral("_") : s->name);
        word(QString::number(s->level));
        Q_FALLTHROUGH();
    case StmtKind::Import:
        for (const Alias &a : s->aliases) {
            open("Alias", a.range);
            word(a.name);
            word(a.asName.isEmpty() ? QStringLiteral("_") : a.asName);
            m_out += QLatin1Char(')');
        }
        break;
    case StmtKind::FunctionDef: case StmtKind::ClassDef: case StmtKind::If: case StmtKind::While:
    case StmtKind::For: case StmtKind::With: case StmtKind::Try: case StmtKind::TryStar:
        compound(s);
        break;
    case StmtKind::Raise:
        optional(s->value);
        optional(s->cause);
        break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
        for (const QString &n : s->names)
            word(n);
        break;
    case StmtKind::Delete:
        exprList(s->targets);
        break;
    case StmtKind::Assert:
        expr(s->value);
        optional(s->message);
        break;
    default:
        break;
    }
    m_out += QLatin1Char(')');
}

void AstDump::compound(const Stmt *s)
{
    switch (s->kind) {
    case StmtKind::FunctionDef:
        word(s->name);
        if (s->isAsync)
            word(QStringLiteral("async"));
        parameters(s->parameters);
        optional(s->annotation);
        open("Decorators", {}, false);
        exprList(s->decorators);
        m_out += QLatin1Char(')');
        body("Body", s->body);
        break;
    case StmtKind::ClassDef:
        word(s->name);
        open("Bases", {}, false);
        exprList(s->bases);
        m_out += QLatin1Char(')');
        open("Decorators", {}, false);
        exprList(s->decorators);
        m_out += QLatin1Char(')');
        body("Body", s->body);
        break;
    case StmtKind::If:
    case StmtKind::While:
        expr(s->value);
        body("Body", s->body);
        body("Else", s->orelse);
        break;
    case StmtKind::For:
        if (s->isAsync)
            word(QStringLiteral("async"));
        expr(s->targets[0]);
        expr(s->value);
        body("Body", s->body);
        body("Else", s->orelse);
        break;
    case StmtKind::With:
        if (s->isAsync)
            word(QStringLiteral("async"));
        for (const WithItem &item : s->items) {
            open("Item", {}, false);
            expr(item.context);
            optional(item.target);
            m_out += QLatin1Char(')');
        }
        body("Body", s->body);
        break;
    case StmtKind::Try:
    case StmtKind::TryStar:
        body("Body", s->body);
        for (const ExceptHandler &h : s->handlers) {
            open("Handler", h.range);
            optional(h.type);
            word(h.name.isEmpty() ? QStringLiteral("_") : h.name);
            body("Body", h.body);
            m_out += QLatin1Char(')');
        }
        body("Else", s->orelse);
        body("Finally", s->finalBody);
        break;
    default:
        break;
    }
}

} // namespace Retort::Core::Python

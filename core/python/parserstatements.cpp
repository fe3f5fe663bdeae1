// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Statements: simple statements, blocks, compound statements.
#include "core/python/parser.h"
#include "core/python/parserutil.h"

namespace Retort::Core::Python {

namespace {

Operator augmentedOperator(const Token &t)
{
    if (t.kind != TokenKind::Op || t.sub < quint8(Punct::PlusEqual))
        return Operator::None;
    static constexpr Operator ops[] = {
        Operator::Add, Operator::Sub, Operator::Mult, Operator::Pow, Operator::Div, Operator::FloorDiv,
        Operator::Mod, Operator::MatMult, Operator::BitOr, Operator::BitAnd, Operator::BitXor,
        Operator::LShift, Operator::RShift,
    };
    return ops[t.sub - quint8(Punct::PlusEqual)];
}

//! Kinds for which CPython adds "here. Maybe you meant '==' instead of '='?".
bool suggestsComparison(const Expr *e)
{
    switch (e->kind) {
    case ExprKind::Int: case ExprKind::Float: case ExprKind::Imaginary: case ExprKind::String:
    case ExprKind::Bytes: case ExprKind::FString: case ExprKind::Call: case ExprKind::BinOp:
    case ExprKind::Await: case ExprKind::Dict: case ExprKind::Set: case ExprKind::Ellipsis:
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp:
        return true;
    case ExprKind::UnaryOp:
        return e->op != Operator::Not;
    default:
        return false;
    }
}

} // namespace

void Parser::parseStatement(std::vector<const Stmt *> &out)
{
    const Token &t = peek();
    if (t.kind == TokenKind::Indent)
        failInvalid(t);
    if (t.kind == TokenKind::Keyword) {
        switch (Keyword(t.sub)) {
        case Keyword::Def: case Keyword::Class: case Keyword::If: case Keyword::For:
        case Keyword::While: case Keyword::With: case Keyword::Try:
            out.push_back(parseCompound());
            return;
        case Keyword::Async:
            if (peek(1).is(Keyword::Def) || peek(1).is(Keyword::For) || peek(1).is(Keyword::With)) {
                out.push_back(parseCompound());
                return;
            }
            break;
        default:
            break;
        }
    } else if (t.is(Punct::At)) {
        out.push_back(parseDecorated());
        return;
    } else if (isSoftKeyword(t, "match") && looksLikeMatch()) {
        out.push_back(skipMatch());
        return;
    }
    parseSimpleStatements(out);
}

void Parser::parseSimpleStatements(std::vector<const Stmt *> &out)
{
    for (;;) {
        out.push_back(parseSimpleStatement());
        if (!accept(Punct::Semi) || at(TokenKind::Newline))
            break;
    }
    if (!at(TokenKind::Newline))
        failInvalid(peek());
    next();
}

const Stmt *Parser::parseSimpleStatement()
{
    const Token &t = peek();
    if (t.kind != TokenKind::Keyword)
        return parseExpressionStatement();
    Stmt *s = nullptr;
    switch (Keyword(t.sub)) {
    case Keyword::Pass: s = newStmt(StmtKind::Pass, next()); break;
    case Keyword::Break: s = newStmt(StmtKind::Break, next()); break;
    case Keyword::Continue: s = newStmt(StmtKind::Continue, next()); break;
    case Keyword::Return:
        s = newStmt(StmtKind::Return, next());
        if (startsExpression(peek()))
            s->value = parseStarExpressions();
        break;
    case Keyword::Assert:
        s = newStmt(StmtKind::Assert, next());
        s->value = parseExpression();
        if (accept(Punct::Comma))
            s->message = parseExpression();
        break;
    case Keyword::Raise: return parseRaise();
    case Keyword::Global: return parseNameList(StmtKind::Global);
    case Keyword::Nonlocal: return parseNameList(StmtKind::Nonlocal);
    case Keyword::Del: return parseDelete();
    case Keyword::Import: return parseImport();
    case Keyword::From: return parseFromImport();
    default: return parseExpressionStatement();
    }
    finish(s);
    return s;
}

const Stmt *Parser::parseExpressionStatement()
{
    const Token &start = peek();
    const auto rhs = [this] { return at(Keyword::Yield) ? parseYield() : parseStarExpressions(); };
    const Expr *first = rhs();
    Stmt *s = nullptr;
    if (at(Punct::Colon)) {
        if (first->kind == ExprKind::Tuple || first->kind == ExprKind::List) {
            failAt(first->range, start.offset, QStringLiteral("only single target (not %1) can be annotated")
                                                   .arg(first->kind == ExprKind::Tuple ? QLatin1String("tuple") : QLatin1String("list")));
        }
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript)
            failAt(first->range, start.offset, QStringLiteral("illegal target for annotation"));
        next();
        s = newStmt(StmtKind::AnnAssign, start);
        s->targets.push_back(first);
        s->annotation = parseExpression();
        if (accept(Punct::Equal))
            s->value = rhs();
    } else if (const Operator op = augmentedOperator(peek()); op != Operator::None) {
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
            failAt(first->range, start.offset,
                   QStringLiteral("'%1' is an illegal expression for augmented assignment").arg(describeExpr(first)));
        }
        next();
        s = newStmt(StmtKind::AugAssign, start);
        s->targets.push_back(first);
        s->op = op;
        s->value = rhs();
    } else if (at(Punct::Equal)) {
        s = newStmt(StmtKind::Assign, start);
        s->targets.push_back(first);
        for (;;) {
            next();
            const Expr *value = rhs();
            if (!at(Punct::Equal)) {
                s->value = value;
                break;
            }
            s->targets.push_back(value);
        }
        for (const Expr *target : s->targets)
            checkTarget(target, "assign to", s->targets.size() == 1);
    } else {
        if (first->kind == ExprKind::Name && (first->value == QLatin1String("print") || first->value == QLatin1String("exec"))
            && startsExpression(peek()) && !at(Punct::LPar)) {
            failAt(first->range, start.offset, QStringLiteral("Missing parentheses in call to '%1'. Did you mean %1(...)?").arg(first->value));
        }
        s = newStmt(StmtKind::Expr, start);
        s->value = first;
    }
    finish(s);
    return s;
}

void Parser::checkTarget(const Expr *e, const char *verb, bool single) const
{
    switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        return;
    case ExprKind::Starred:
        if (qstrcmp(verb, "delete") != 0) {
            checkTarget(e->children[0], verb, false);
            return;
        }
        break;
    case ExprKind::Tuple:
    case ExprKind::List:
        for (const Expr *c : e->children)
            checkTarget(c, verb, false);
        return;
    default:
        break;
    }
    if (e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom)
        failAt(e->range, 0, QStringLiteral("assignment to yield expression not possible"));
    QString message = QStringLiteral("cannot %1 %2").arg(QLatin1String(verb), describeExpr(e));
    if (single && suggestsComparison(e))
        message += QStringLiteral(" here. Maybe you meant '==' instead of '='?");
    failAt(e->range, 0, message);
}

const Stmt *Parser::parseImport()
{
    Stmt *s = newStmt(StmtKind::Import, next());
    do {
        parseImportNames(s, true);
    } while (accept(Punct::Comma));
    finish(s);
    return s;
}

void Parser::parseImportNames(Stmt *s, bool dotted)
{
    const Token &first = expectName();
    Alias a;
    a.name = text(first).toString();
    while (dotted && accept(Punct::Dot))
        a.name += QLatin1Char('.') + text(expectName()).toString();
    if (accept(Keyword::As))
        a.asName = text(expectName()).toString();
    a.range = {first.line, first.column, m_prevEndLine, m_prevEndColumn};
    s->aliases.push_back(std::move(a));
}

const Stmt *Parser::parseFromImport()
{
    Stmt *s = newStmt(StmtKind::ImportFrom, next());
    while (at(Punct::Dot) || at(Punct::Ellipsis))
        s->level += next().is(Punct::Dot) ? 1 : 3;
    if (at(TokenKind::Name)) {
        s->name = text(next()).toString();
        while (accept(Punct::Dot))
            s->name += QLatin1Char('.') + text(expectName()).toString();
    } else if (s->level == 0) {
        failInvalid(peek());
    }
    expect(Keyword::Import);
    if (at(Punct::Star)) {
        const Token &star = next();
        s->aliases.push_back(Alias{QStringLiteral("*"), {}, {star.line, star.column, star.endLine, star.endColumn}});
    } else if (accept(Punct::LPar)) {
        while (!at(Punct::RPar)) {
            parseImportNames(s, false);
            if (!accept(Punct::Comma))
                break;
        }
        if (s->aliases.empty())
            failInvalid(peek());
        expect(Punct::RPar);
    } else {
        for (;;) {
            parseImportNames(s, false);
            if (!accept(Punct::Comma))
                break;
            if (at(TokenKind::Newline))
                fail(peek(), QStringLiteral("trailing comma not allowed without surrounding parentheses"));
        }
    }
    finish(s);
    return s;
}

const Stmt *Parser::parseNameList(StmtKind kind)
{
    Stmt *s = newStmt(kind, next());
    do {
        s->names.append(text(expectName()).toString());
    } while (accept(Punct::Comma));
    finish(s);
    return s;
}

const Stmt *Parser::parseRaise()
{
    Stmt *s = newStmt(StmtKind::Raise, next());
    if (startsExpression(peek())) {
        s->value = parseExpression();
        if (accept(Keyword::From))
            s->cause = parseExpression();
    }
    finish(s);
    return s;
}

const Stmt *Parser::parseDelete()
{
    Stmt *s = newStmt(StmtKind::Delete, next());
    do {
        const Expr *target = parseBinary(0);
        checkTarget(target, "delete", false);
        s->targets.push_back(target);
    } while (accept(Punct::Comma) && startsExpression(peek()));
    finish(s);
    return s;
}

bool Parser::looksLikeMatch() const
{
    // A logical line that starts with `match` and ends with ':' before an INDENT can only
    // be a match statement.
    size_t i = m_pos + 1;
    while (i < m_tokens.size() && m_tokens[i].kind != TokenKind::Newline && m_tokens[i].kind != TokenKind::EndMarker
           && m_tokens[i].kind != TokenKind::Error) {
        ++i;
    }
    return i + 1 < m_tokens.size() && i > m_pos + 1 && m_tokens[i].kind == TokenKind::Newline
           && m_tokens[i - 1].is(Punct::Colon) && m_tokens[i + 1].kind == TokenKind::Indent;
}

const Stmt *Parser::skipMatch()
{
    const Token &start = peek();
    Stmt *s = newStmt(StmtKind::Match, start);
    m_diagnostics.append(Diagnostic::warning(QStringLiteral("py-unsupported"),
                                             QStringLiteral("match statements are not supported"),
                                             SourceLocation{m_module->fileName(), start.line, start.column}));
    while (!at(TokenKind::Newline))
        next();
    next();
    int depth = 0;
    do {
        const Token &t = peek();
        if (t.kind == TokenKind::Indent)
            ++depth;
        else if (t.kind == TokenKind::Dedent)
            --depth;
        next();
    } while (depth > 0);
    finish(s);
    return s;
}

} // namespace Retort::Core::Python

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Compound statements: blocks, if/for/while/with/try, def, class, decorators.
#include "core/python/parser.h"
#include "core/python/parserutil.h"

namespace Retort::Core::Python {

std::vector<const Stmt *> Parser::parseBlock(const QString &what, int headerLine)
{
    expectColon();
    std::vector<const Stmt *> body;
    if (!at(TokenKind::Newline)) {
        parseSimpleStatements(body);
        return body;
    }
    next();
    if (!at(TokenKind::Indent)) {
        fail(peek(), QStringLiteral("expected an indented block after %1 on line %2").arg(what).arg(headerLine),
             SyntaxError::Kind::Indentation);
    }
    next();
    DepthGuard guard(*this, peek());
    while (!at(TokenKind::Dedent))
        parseStatement(body);
    next();
    return body;
}

void Parser::skipBlock(const QString &what, int headerLine)
{
    expectColon();
    const auto stopsSkipping = [this] { return at(TokenKind::EndMarker) || at(TokenKind::Error); };
    if (!at(TokenKind::Newline)) {
        while (!at(TokenKind::Newline) && !stopsSkipping())
            next();
        if (at(TokenKind::Newline))
            next();
        return;
    }
    next();
    if (!at(TokenKind::Indent)) {
        fail(peek(), QStringLiteral("expected an indented block after %1 on line %2").arg(what).arg(headerLine),
             SyntaxError::Kind::Indentation);
    }
    next();
    // Indent/Dedent tokens always pair up, so the block ends at the Dedent that balances it.
    for (int level = 1; level > 0 && !stopsSkipping();) {
        const Token &t = next();
        level += t.kind == TokenKind::Indent ? 1 : t.kind == TokenKind::Dedent ? -1 : 0;
    }
}

const Stmt *Parser::parseCompound()
{
    const Token &t = peek();
    const Keyword k = t.is(Keyword::Async) ? Keyword(peek(1).sub) : Keyword(t.sub);
    switch (k) {
    case Keyword::Def: return parseFunctionDef({});
    case Keyword::Class: return parseClassDef({});
    case Keyword::If: return parseIf();
    case Keyword::For: return parseFor();
    case Keyword::While: return parseWhile();
    case Keyword::With: return parseWith();
    case Keyword::Try: return parseTry();
    default: failInvalid(t);
    }
}

const Stmt *Parser::parseIf()
{
    const Token &start = next();
    const bool isElif = start.is(Keyword::Elif);
    Stmt *s = newStmt(StmtKind::If, start);
    s->value = parseNamedExpression();
    s->body = parseBlock(isElif ? QStringLiteral("'elif' statement") : QStringLiteral("'if' statement"), start.line);
    if (at(Keyword::Elif)) {
        DepthGuard guard(*this, peek()); // an elif chain is a nested tree
        s->orelse.push_back(parseIf());
    } else if (at(Keyword::Else)) {
        const Token &e = next();
        s->orelse = parseBlock(QStringLiteral("'else' statement"), e.line);
    }
    finish(s);
    return s;
}

const Stmt *Parser::parseWhile()
{
    const Token &start = next();
    Stmt *s = newStmt(StmtKind::While, start);
    s->value = parseNamedExpression();
    s->body = parseBlock(QStringLiteral("'while' statement"), start.line);
    if (at(Keyword::Else)) {
        const Token &e = next();
        s->orelse = parseBlock(QStringLiteral("'else' statement"), e.line);
    }
    finish(s);
    return s;
}

const Stmt *Parser::parseFor()
{
    const Token &start = peek();
    Stmt *s = newStmt(StmtKind::For, start);
    s->isAsync = accept(Keyword::Async);
    expect(Keyword::For);
    const Expr *target = parseStarTargets();
    checkTarget(target, "assign to", false);
    s->targets.push_back(target);
    expect(Keyword::In);
    s->value = parseStarExpressions();
    s->body = parseBlock(QStringLiteral("'for' statement"), start.line);
    if (at(Keyword::Else)) {
        const Token &e = next();
        s->orelse = parseBlock(QStringLiteral("'else' statement"), e.line);
    }
    finish(s);
    return s;
}

bool Parser::parenthesizedWithItems() const
{
    // `with (a as b, c):` has parenthesised items when the matching ')' is followed by ':'.
    int depth = 0;
    for (size_t i = m_pos; i < m_tokens.size(); ++i) {
        const Token &t = m_tokens[i];
        if (t.kind == TokenKind::Op) {
            const auto p = Punct(t.sub);
            if (p == Punct::LPar || p == Punct::LSqb || p == Punct::LBrace) {
                ++depth;
            } else if (p == Punct::RPar || p == Punct::RSqb || p == Punct::RBrace) {
                if (--depth == 0)
                    return i + 1 < m_tokens.size() && m_tokens[i + 1].is(Punct::Colon);
            }
        } else if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error) {
            return false;
        }
    }
    return false;
}

void Parser::parseWithItem(Stmt *s)
{
    WithItem item;
    item.context = parseExpression();
    if (accept(Keyword::As)) {
        const Expr *target = parseBinary(0);
        checkTarget(target, "assign to", false);
        item.target = target;
    }
    s->items.push_back(item);
}

const Stmt *Parser::parseWith()
{
    const Token &start = peek();
    Stmt *s = newStmt(StmtKind::With, start);
    s->isAsync = accept(Keyword::Async);
    expect(Keyword::With);
    if (at(Punct::LPar) && !peek(1).is(Keyword::Yield) && parenthesizedWithItems()) {
        next();
        while (!at(Punct::RPar)) {
            parseWithItem(s);
            if (!accept(Punct::Comma))
                break;
        }
        expect(Punct::RPar);
    } else {
        do {
            parseWithItem(s);
        } while (accept(Punct::Comma));
    }
    s->body = parseBlock(QStringLiteral("'with' statement"), start.line);
    finish(s);
    return s;
}

const Stmt *Parser::parseTry()
{
    const Token &start = next();
    Stmt *s = newStmt(StmtKind::Try, start);
    s->body = parseBlock(QStringLiteral("'try' statement"), start.line);
    bool plain = false;
    bool star = false;
    while (at(Keyword::Except)) {
        const Token &e = next();
        ExceptHandler h;
        const bool isStar = accept(Punct::Star);
        (isStar ? star : plain) = true;
        if (star && plain)
            fail(e, QStringLiteral("cannot have both 'except' and 'except*' on the same 'try'"));
        if (!at(Punct::Colon)) {
            h.type = parseExpression();
            if (at(Punct::Comma))
                failAt(h.type->range, e.offset, QStringLiteral("multiple exception types must be parenthesized"));
            if (accept(Keyword::As))
                h.name = text(expectName()).toString();
        } else if (isStar) {
            fail(peek(), QStringLiteral("expected one or more exception types"));
        }
        h.body = parseBlock(isStar ? QStringLiteral("'except*' statement") : QStringLiteral("'except' statement"), e.line);
        h.range = {e.line, e.column, m_prevEndLine, m_prevEndColumn};
        s->handlers.push_back(std::move(h));
    }
    if (!s->handlers.empty() && at(Keyword::Else)) {
        const Token &e = next();
        s->orelse = parseBlock(QStringLiteral("'else' statement"), e.line);
    }
    bool hasFinally = false;
    if (at(Keyword::Finally)) {
        const Token &f = next();
        s->finalBody = parseBlock(QStringLiteral("'finally' statement"), f.line);
        hasFinally = true;
    }
    if (s->handlers.empty() && !hasFinally)
        fail(peek(), QStringLiteral("expected 'except' or 'finally' block"));
    if (star)
        s->kind = StmtKind::TryStar;
    finish(s);
    return s;
}

const Stmt *Parser::parseFunctionDef(std::vector<const Expr *> decorators)
{
    const Token &start = peek();
    Stmt *s = newStmt(StmtKind::FunctionDef, start);
    s->isAsync = accept(Keyword::Async);
    expect(Keyword::Def);
    s->name = text(expectName()).toString();
    expect(Punct::LPar);
    s->parameters = parseParameters(Punct::RPar, true);
    expect(Punct::RPar);
    if (accept(Punct::Arrow))
        s->annotation = parseExpression();
    s->decorators = std::move(decorators);
    if (m_skipFunctionBodies) {
        skipBlock(QStringLiteral("function definition"), start.line);
        s->bodySkipped = true;
    } else {
        s->body = parseBlock(QStringLiteral("function definition"), start.line);
    }
    finish(s);
    return s;
}

const Stmt *Parser::parseClassDef(std::vector<const Expr *> decorators)
{
    const Token &start = next();
    Stmt *s = newStmt(StmtKind::ClassDef, start);
    s->name = text(expectName()).toString();
    if (at(Punct::LPar)) {
        const Token &open = next();
        parseArguments(s->bases, Punct::RPar, open);
        expect(Punct::RPar);
    }
    s->decorators = std::move(decorators);
    s->body = parseBlock(QStringLiteral("class definition"), start.line);
    finish(s);
    return s;
}

const Stmt *Parser::parseDecorated()
{
    std::vector<const Expr *> decorators;
    while (accept(Punct::At)) {
        decorators.push_back(parseNamedExpression());
        if (!at(TokenKind::Newline))
            failInvalid(peek());
        next();
    }
    if (at(Keyword::Def) || (at(Keyword::Async) && peek(1).is(Keyword::Def)))
        return parseFunctionDef(std::move(decorators));
    if (at(Keyword::Class))
        return parseClassDef(std::move(decorators));
    failInvalid(peek());
}

} // namespace Retort::Core::Python

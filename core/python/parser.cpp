// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/parser.h"

namespace Retort::Core::Python {

ParseResult parseModule(QStringView source, const QString &fileName)
{
    return parseModule(source, fileName, ParseOptions{});
}

ParseResult parseModule(QStringView source, const QString &fileName, const ParseOptions &options)
{
    if (!source.isEmpty() && source.front() == QChar(0xFEFF))
        source = source.mid(1);
    auto module = std::make_shared<Module>(fileName, source);
    const QStringView text = module->source();
    Tokenizer tokenizer(text);
    std::vector<Token> tokens = tokenizer.tokenize();
    Parser parser(module.get(), text, std::move(tokens), tokenizer.error(), 0);
    parser.setSkipFunctionBodies(options.skipFunctionBodies);
    parser.parseFile();
    return ParseResult{std::move(module), parser.diagnostics()};
}

Parser::Parser(Module *module, QStringView source, std::vector<Token> tokens,
               const std::optional<TokenizerError> &tokenizerError, int depth)
    : m_module(module)
    , m_src(source)
    , m_tokens(std::move(tokens))
    , m_tokenizerError(tokenizerError)
    , m_depth(depth)
{
    if (m_tokens.empty()) {
        Token end;
        end.line = end.endLine = end.column = end.endColumn = 1;
        m_tokens.push_back(end);
    }
}

void Parser::parseFile()
{
    try {
        while (!at(TokenKind::EndMarker)) {
            std::vector<const Stmt *> stmts;
            parseStatement(stmts);
            m_module->m_body.insert(m_module->m_body.end(), stmts.begin(), stmts.end());
        }
    } catch (const SyntaxError &e) {
        const SyntaxError final = resolve(e);
        const QString code = final.kind == SyntaxError::Kind::TooDeep ? QStringLiteral("py-too-deep")
                                                                       : QStringLiteral("py-syntax");
        m_diagnostics.append(Diagnostic::error(
            code, final.message, SourceLocation{m_module->fileName(), final.line, final.column}));
    }
}

/* CPython reports a tokenizer error found anywhere in the file in preference to a parser
   error (it tokenizes the rest of the file before raising), except "unexpected indent"; an
   unclosed bracket wins only over parser errors on a later line or at the end of input. */
Parser::SyntaxError Parser::resolve(const SyntaxError &parserError) const
{
    if (!m_tokenizerError || parserError.kind == SyntaxError::Kind::UnexpectedIndent)
        return parserError;
    const TokenizerError &t = *m_tokenizerError;
    const bool reachedEnd = peek().kind == TokenKind::Error;
    if (t.kind == TokenizerError::Kind::Unclosed && !reachedEnd && parserError.line <= t.line)
        return parserError;
    SyntaxError e;
    e.kind = t.kind == TokenizerError::Kind::TooDeep       ? SyntaxError::Kind::TooDeep
             : t.kind == TokenizerError::Kind::Indentation ? SyntaxError::Kind::Indentation
                                                           : SyntaxError::Kind::Syntax;
    e.message = t.message;
    e.line = t.line;
    e.column = t.column;
    e.offset = t.offset;
    return e;
}

const Token &Parser::next()
{
    const Token &t = m_tokens[m_pos];
    if (t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error)
        failInvalid(t);
    ++m_pos;
    if (t.kind != TokenKind::Newline && t.kind != TokenKind::Indent && t.kind != TokenKind::Dedent) {
        m_prevEndLine = t.endLine;
        m_prevEndColumn = t.endColumn;
    }
    return t;
}

bool Parser::accept(Punct p)
{
    if (!at(p))
        return false;
    next();
    return true;
}

bool Parser::accept(Keyword k)
{
    if (!at(k))
        return false;
    next();
    return true;
}

const Token &Parser::expect(Punct p)
{
    if (!at(p))
        failInvalid(peek());
    return next();
}

const Token &Parser::expect(Keyword k)
{
    if (!at(k))
        failInvalid(peek());
    return next();
}

const Token &Parser::expectName()
{
    if (!at(TokenKind::Name))
        failInvalid(peek());
    return next();
}

void Parser::expectColon()
{
    if (at(Punct::Colon)) {
        next();
        return;
    }
    if (at(TokenKind::Newline))
        fail(peek(), QStringLiteral("expected ':'"));
    failInvalid(peek());
}

bool Parser::isSoftKeyword(const Token &t, const char *word) const
{
    return t.kind == TokenKind::Name && text(t) == QLatin1String(word);
}

void Parser::fail(const Token &at, const QString &message, SyntaxError::Kind kind) const
{
    throw SyntaxError{kind, message, at.line, at.column, at.offset};
}

void Parser::failAt(const SourceRange &at, int offset, const QString &message) const
{
    throw SyntaxError{SyntaxError::Kind::Syntax, message, at.line, at.column, offset};
}

void Parser::failInvalid(const Token &at) const
{
    if (at.kind == TokenKind::Indent)
        fail(at, QStringLiteral("unexpected indent"), SyntaxError::Kind::UnexpectedIndent);
    if (at.kind == TokenKind::Dedent)
        fail(at, QStringLiteral("unexpected unindent"), SyntaxError::Kind::UnexpectedIndent);
    fail(at, QStringLiteral("invalid syntax"));
}

void Parser::failTooDeep(const Token &at) const
{
    fail(at, QStringLiteral("too deeply nested (more than %1 levels)").arg(MaxDepth), SyntaxError::Kind::TooDeep);
}

void Parser::enter(const Token &at)
{
    if (++m_depth > MaxDepth)
        failTooDeep(at);
}

Expr *Parser::newExpr(ExprKind kind, const Token &start)
{
    Expr *e = m_module->m_exprs.create();
    e->kind = kind;
    e->range.line = start.line;
    e->range.column = start.column;
    return e;
}

Expr *Parser::newExprAt(ExprKind kind, const Expr *first)
{
    Expr *e = m_module->m_exprs.create();
    e->kind = kind;
    e->range.line = first->range.line;
    e->range.column = first->range.column;
    return e;
}

Stmt *Parser::newStmt(StmtKind kind, const Token &start)
{
    Stmt *s = m_module->m_stmts.create();
    s->kind = kind;
    s->range.line = start.line;
    s->range.column = start.column;
    return s;
}

void Parser::finish(Expr *e) const
{
    e->range.endLine = m_prevEndLine;
    e->range.endColumn = m_prevEndColumn;
}

void Parser::finish(Stmt *s) const
{
    s->range.endLine = m_prevEndLine;
    s->range.endColumn = m_prevEndColumn;
}

} // namespace Retort::Core::Python

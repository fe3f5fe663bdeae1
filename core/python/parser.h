// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/python/ast.h"
#include "core/python/token.h"
#include "core/python/tokenizer.h"

#include <memory>
#include <vector>

namespace Retort::Core::Python {

struct ParseResult
{
    //! Never null. After a syntax error it holds the statements complete before the error.
    std::shared_ptr<const Module> module;
    /*! At most one error: "py-syntax" (invalid syntax, indentation, unterminated literal, ...)
        or "py-too-deep" (nesting beyond 200 levels). Warnings: "py-unsupported" (a `match`
        statement, skipped). Every diagnostic carries the file name, line and column. */
    DiagnosticList diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
};

/*! Parses Python 3.11 source (a leading U+FEFF is skipped). Linear in the input; recursion
    is bounded by the nesting limit, so any input is safe. Thread-safe (no shared state). */
ParseResult parseModule(QStringView source, const QString &fileName);

/*! How much of a module to build. With `skipFunctionBodies`, every `def` keeps its
    signature but gets an empty body (`Stmt::bodySkipped` is set): the whole source is still
    tokenized, so tokenizer errors (unterminated strings, bad indentation, unbalanced
    brackets) are reported anywhere, but grammar errors inside skipped bodies are not.
    For readers that need only module-level facts (revision headers), at a fraction of the
    time and memory. */
struct ParseOptions
{
    bool skipFunctionBodies = false;
};

ParseResult parseModule(QStringView source, const QString &fileName, const ParseOptions &options);

/*! The recursive-descent parser behind parseModule(). It appends nodes to a Module it does
    not own. Internally a syntax error unwinds with a private exception type that never
    leaves parseModule(). */
class Parser
{
public:
    static constexpr int MaxDepth = 200;

    Parser(Module *module, QStringView source, std::vector<Token> tokens,
           const std::optional<TokenizerError> &tokenizerError, int depth);

    //! Parses the whole token stream as a module; appends the top-level statements to the module.
    void parseFile();
    const DiagnosticList &diagnostics() const { return m_diagnostics; }
    void setSkipFunctionBodies(bool skip) { m_skipFunctionBodies = skip; }

private:
    struct SyntaxError
    {
        enum class Kind : quint8 { Syntax, UnexpectedIndent, Indentation, TooDeep };
        Kind kind = Kind::Syntax;
        QString message;
        int line = 0;
        int column = 0;
        int offset = 0;
    };
    //! Counts one nesting level for the lifetime of the guard (see MaxDepth).
    class DepthGuard
    {
    public:
        DepthGuard(Parser &parser, const Token &at) : m_parser(parser) { parser.enter(at); }
        ~DepthGuard() { m_parser.leave(); }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;

    private:
        Parser &m_parser;
    };

    // tokens
    //! The token `ahead` positions on; the final ENDMARKER/Error token repeats forever.
    const Token &peek(int ahead = 0) const
    {
        const size_t i = m_pos + size_t(ahead);
        return i < m_tokens.size() ? m_tokens[i] : m_tokens.back();
    }
    const Token &next();
    bool at(Punct p) const { return peek().is(p); }
    bool at(Keyword k) const { return peek().is(k); }
    bool at(TokenKind k) const { return peek().kind == k; }
    bool accept(Punct p);
    bool accept(Keyword k);
    const Token &expect(Punct p);
    const Token &expect(Keyword k);
    const Token &expectName();
    void expectColon();
    QStringView text(const Token &t) const { return m_src.mid(t.offset, t.length); }
    bool isSoftKeyword(const Token &t, const char *word) const;

    // errors
    [[noreturn]] void fail(const Token &at, const QString &message,
                           SyntaxError::Kind kind = SyntaxError::Kind::Syntax) const;
    [[noreturn]] void failAt(const SourceRange &at, int offset, const QString &message) const;
    [[noreturn]] void failInvalid(const Token &at) const;
    [[noreturn]] void failTooDeep(const Token &at) const;
    SyntaxError resolve(const SyntaxError &parserError) const;
    void enter(const Token &at);
    void leave() { --m_depth; }

    // nodes
    Expr *newExpr(ExprKind kind, const Token &start);
    Expr *newExprAt(ExprKind kind, const Expr *first);
    Stmt *newStmt(StmtKind kind, const Token &start);
    void finish(Expr *e) const;
    void finish(Stmt *s) const;

    // statements (parserstatements.cpp)
    void parseStatement(std::vector<const Stmt *> &out);
    void parseSimpleStatements(std::vector<const Stmt *> &out);
    const Stmt *parseSimpleStatement();
    const Stmt *parseExpressionStatement();
    const Stmt *parseImport();
    const Stmt *parseFromImport();
    void parseImportNames(Stmt *s, bool dotted); //!< one `name [as alias]`
    const Stmt *parseNameList(StmtKind kind);
    const Stmt *parseRaise();
    const Stmt *parseDelete();
    std::vector<const Stmt *> parseBlock(const QString &what, int headerLine);
    //! Consumes a block like parseBlock() without building it (ParseOptions::skipFunctionBodies).
    void skipBlock(const QString &what, int headerLine);
    const Stmt *parseCompound();
    const Stmt *parseWhile();
    bool parenthesizedWithItems() const;
    const Stmt *parseIf();
    const Stmt *parseFor();
    const Stmt *parseWith();
    void parseWithItem(Stmt *s);
    const Stmt *parseTry();
    const Stmt *parseFunctionDef(std::vector<const Expr *> decorators);
    const Stmt *parseClassDef(std::vector<const Expr *> decorators);
    const Stmt *parseDecorated();
    bool looksLikeMatch() const;
    const Stmt *skipMatch();
    void checkTarget(const Expr *e, const char *verb, bool single) const;

    // expressions (parserexpressions.cpp, parseratoms.cpp)
    const Expr *parseStarExpressions();
    const Expr *parseStarExpression();
    const Expr *parseStarNamedExpression();
    const Expr *parseNamedExpression();
    const Expr *parseExpression();
    /*! After \a first, parsed from \a start: \a first itself when no comma follows, else a
        Tuple of it and the further elements \a parseElement reads (a trailing comma allowed). */
    template<typename ParseElement>
    const Expr *continueTuple(const Token &start, const Expr *first, ParseElement parseElement);
    //! `a or b or c` / `a and b`: one BoolOp node over operands parsed by \a operand.
    const Expr *parseBoolOp(Keyword keyword, Operator op, const Expr *(Parser::*operand)());
    const Expr *parseDisjunction();
    const Expr *parseConjunction();
    const Expr *parseInversion();
    const Expr *parseComparison();
    const Expr *parseBinary(int level);
    const Expr *parseFactor();
    const Expr *parsePower();
    const Expr *parsePrimary();
    const Expr *parseAtom();
    const Expr *parseNumber();
    const Expr *parseParenthesized();
    const Expr *parseListDisplay();
    const Expr *parseBraceDisplay();
    const Expr *parseSequenceRest(Expr *node, const Expr *first, Punct closer);
    void checkMissingComma(const Expr *element) const;
    const Expr *parseComprehension(Expr *node, Punct closer);
    void parseComprehensionClauses(Expr *node);
    void parseArguments(std::vector<const Expr *> &out, Punct closer, const Token &open);
    const Expr *parseSlices();
    const Expr *parseSliceItem();
    const Expr *parseStarTargets();
    const Expr *parseLambda();
    const Expr *parseYield();
    const Parameters *parseParameters(Punct closer, bool annotations);

    // strings (parserstrings.cpp)
    //! Maps source offsets inside one f-string token to line/column, moving forward only.
    struct FieldCursor
    {
        QStringView src;
        int offset;
        int line;
        int lineStart;

        void advanceTo(int target);
        int column() const { return offset - lineStart + 1; }
    };
    const Expr *parseStrings();
    void parseFString(const Token &t, int bodyBegin, int bodyEnd, bool raw, Expr *node, QString &pending);
    int parseField(const Token &t, int begin, int bodyEnd, Expr *node, QString &pending, FieldCursor &cursor);
    //! The index of the '!', ':', '=' or '}' that ends the expression of the field at `begin`.
    int scanFieldExpression(int begin, int bodyEnd, FieldCursor &cursor, bool *selfDocumenting) const;
    [[noreturn]] void failInField(FieldCursor &cursor, int at, const QString &message) const;
    const Expr *parseFieldExpression(int begin, int end, FieldCursor &cursor);
    void flushLiteral(Expr *node, QString &pending, const Token &t);

    Module *m_module;
    QStringView m_src;
    std::vector<Token> m_tokens;
    std::optional<TokenizerError> m_tokenizerError;
    size_t m_pos = 0;
    int m_depth = 0;
    bool m_skipFunctionBodies = false;
    int m_prevEndLine = 1;
    int m_prevEndColumn = 1;
    DiagnosticList m_diagnostics;
};

} // namespace Retort::Core::Python

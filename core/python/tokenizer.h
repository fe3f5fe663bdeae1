// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/python/token.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace Retort::Core::Python {

//! The first error the tokenizer met; tokenizing stops there.
struct TokenizerError
{
    enum class Kind : quint8 {
        Syntax,      //!< SyntaxError (bad literal, unterminated string, bad character, ...)
        Indentation, //!< IndentationError
        Unclosed,    //!< a bracket still open at the end: `line`/`column`/`offset` are the bracket's
        TooDeep,     //!< more than 100 indentation levels or 200 nested brackets
    };
    Kind kind = Kind::Syntax;
    QString message;
    int line = 0;
    int column = 0;
    int offset = 0;
};

/*! Splits Python 3.11 source into tokens the way CPython's tokenizer does: INDENT/DEDENT
    from leading whitespace (tabs to multiples of 8, with the TabError consistency check),
    NEWLINE only at the end of logical lines, implicit joining inside brackets, backslash
    continuation, comments skipped, `\n`, `\r\n` and `\r` line ends. Strings are returned
    whole (prefix and quotes included) and are decoded by the parser.

    The token vector always ends with ENDMARKER, or with one Error token when error() is set.
    Work is linear in the input size; nothing is recursive. */
class Tokenizer
{
public:
    //! Tokenizes a whole module; a leading U+FEFF must already be removed.
    explicit Tokenizer(QStringView source);
    /*! Tokenizes source[begin, end) as the inside of a bracket (an f-string replacement
        field): no NEWLINE/INDENT/DEDENT; positions continue from `line`/`column`. */
    Tokenizer(QStringView source, int begin, int end, int line, int column);

    std::vector<Token> tokenize();
    const std::optional<TokenizerError> &error() const { return m_error; }

private:
    struct Bracket
    {
        QChar ch;
        int line;
        int column;
        int offset;
    };

    QChar at(int pos) const { return pos < m_end ? m_src[pos] : QChar(); }
    int column(int pos) const { return pos - m_lineStart + 1; }
    void push(TokenKind kind, quint8 sub, int begin, int beginLine, int beginColumn);
    bool handleIndentation();
    void newLine(int pos);
    bool lexName();
    bool lexNumber();
    bool lexString(int begin);
    bool lexOperator();
    bool lexBracket(QChar c);
    bool lexOther(QChar c);
    bool checkNumberEnd(int begin, const char *what);
    bool readDigits(bool (*isDigit)(QChar), bool requireFirst);
    void finish();
    bool fail(TokenizerError::Kind kind, const QString &message, int line, int column, int offset);

    QStringView m_src;
    int m_pos = 0;
    int m_end = 0;
    int m_line = 1;
    int m_lineStart = 0;
    bool m_expressionMode = false;
    bool m_atLineStart = true;
    std::vector<int> m_indents{0};
    std::vector<int> m_altIndents{0};
    std::vector<Bracket> m_brackets;
    std::vector<Token> m_tokens;
    std::optional<TokenizerError> m_error;
};

} // namespace Retort::Core::Python

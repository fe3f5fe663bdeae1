// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/tokenizer.h"

#include "core/python/identifier.h"

#include <cstring>

namespace Retort::Core::Python {

namespace {

constexpr int MaxIndentLevels = 100;  // CPython's MAXINDENT
constexpr int MaxBracketLevels = 200; // CPython's MAXLEVEL

bool isDecimal(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}
bool isOctal(QChar c) { return c.unicode() >= '0' && c.unicode() <= '7'; }
bool isBinary(QChar c) { return c.unicode() == '0' || c.unicode() == '1'; }
bool isNewlineChar(QChar c) { return c.unicode() == '\n' || c.unicode() == '\r'; }

struct KeywordEntry
{
    const char *text;
    Keyword keyword;
};

constexpr KeywordEntry keywordTable[] = {
    {"False", Keyword::False}, {"None", Keyword::None}, {"True", Keyword::True},
    {"and", Keyword::And}, {"as", Keyword::As}, {"assert", Keyword::Assert},
    {"async", Keyword::Async}, {"await", Keyword::Await}, {"break", Keyword::Break},
    {"class", Keyword::Class}, {"continue", Keyword::Continue}, {"def", Keyword::Def},
    {"del", Keyword::Del}, {"elif", Keyword::Elif}, {"else", Keyword::Else},
    {"except", Keyword::Except}, {"finally", Keyword::Finally}, {"for", Keyword::For},
    {"from", Keyword::From}, {"global", Keyword::Global}, {"if", Keyword::If},
    {"import", Keyword::Import}, {"in", Keyword::In}, {"is", Keyword::Is},
    {"lambda", Keyword::Lambda}, {"nonlocal", Keyword::Nonlocal}, {"not", Keyword::Not},
    {"or", Keyword::Or}, {"pass", Keyword::Pass}, {"raise", Keyword::Raise},
    {"return", Keyword::Return}, {"try", Keyword::Try}, {"while", Keyword::While},
    {"with", Keyword::With}, {"yield", Keyword::Yield},
};

//! The keyword spelled by `text`, or -1.
int keywordOf(QStringView text)
{
    const qsizetype n = text.size();
    if (n < 2 || n > 8 || text[0].unicode() > 'z')
        return -1;
    const char first = char(text[0].unicode());
    for (const KeywordEntry &e : keywordTable) {
        if (e.text[0] != first || qsizetype(std::strlen(e.text)) != n)
            continue;
        if (text == QLatin1String(e.text))
            return int(e.keyword);
    }
    return -1;
}

//! Whether `text` (the letters before a quote) is a valid string prefix.
bool isStringPrefix(QStringView text)
{
    if (text.size() > 2)
        return false;
    bool r = false, b = false, u = false, f = false;
    for (QChar c : text) {
        switch (c.toLower().unicode()) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    return !(u && text.size() > 1) && !(b && f);
}

} // namespace

Tokenizer::Tokenizer(QStringView source)
    : m_src(source)
    , m_end(int(source.size()))
{
}

Tokenizer::Tokenizer(QStringView source, int begin, int end, int line, int column)
    : m_src(source)
    , m_pos(begin)
    , m_end(end)
    , m_line(line)
    , m_lineStart(begin - (column - 1))
    , m_expressionMode(true)
    , m_atLineStart(false)
{
}

bool Tokenizer::fail(TokenizerError::Kind kind, const QString &message, int line, int column, int offset)
{
    m_error = TokenizerError{kind, message, line, column, offset};
    return false;
}

void Tokenizer::push(TokenKind kind, quint8 sub, int begin, int beginLine, int beginColumn)
{
    Token t;
    t.kind = kind;
    t.sub = sub;
    t.offset = begin;
    t.length = m_pos - begin;
    t.line = beginLine;
    t.column = beginColumn;
    t.endLine = m_line;
    t.endColumn = column(m_pos);
    m_tokens.push_back(t);
}

void Tokenizer::newLine(int pos)
{
    ++m_line;
    m_lineStart = pos;
}

std::vector<Token> Tokenizer::tokenize()
{
    m_tokens.reserve(size_t(m_end - m_pos) / 3 + 16); // dense code has about one token per 3-4 characters
    while (!m_error) {
        if (m_atLineStart && !handleIndentation())
            break;
        while (m_pos < m_end) {
            const char16_t u = m_src[m_pos].unicode();
            if (u != ' ' && u != '\t' && u != '\f')
                break;
            ++m_pos;
        }
        if (m_pos >= m_end)
            break;
        const QChar c = m_src[m_pos];
        const char16_t u = c.unicode();
        if (u == '#') {
            while (m_pos < m_end && !isNewlineChar(m_src[m_pos]))
                ++m_pos;
        } else if (u == '\n' || u == '\r') {
            const int begin = m_pos;
            m_pos += (u == '\r' && at(m_pos + 1) == QLatin1Char('\n')) ? 2 : 1;
            if (!m_expressionMode && m_brackets.empty()) {
                if (!m_tokens.empty() && m_tokens.back().kind != TokenKind::Newline)
                    push(TokenKind::Newline, 0, begin, m_line, column(begin));
                m_atLineStart = true;
            }
            newLine(m_pos);
        } else if (u == '\\') {
            const QChar n = at(m_pos + 1);
            if (m_pos + 1 >= m_end) {
                fail(TokenizerError::Kind::Syntax, QStringLiteral("unexpected EOF while parsing"),
                     m_line, column(m_pos + 1), m_pos + 1);
            } else if (!isNewlineChar(n)) {
                fail(TokenizerError::Kind::Syntax,
                     QStringLiteral("unexpected character after line continuation character"),
                     m_line, column(m_pos + 1), m_pos + 1);
            } else {
                m_pos += (n == QLatin1Char('\r') && at(m_pos + 2) == QLatin1Char('\n')) ? 3 : 2;
                newLine(m_pos);
                if (m_pos >= m_end && !m_expressionMode)
                    fail(TokenizerError::Kind::Syntax, QStringLiteral("unexpected EOF while parsing"),
                         m_line, column(m_pos), m_pos);
            }
        } else if (isIdentifierStart(m_src, m_pos)) {
            lexName();
        } else if (isDecimal(c) || (u == '.' && isDecimal(at(m_pos + 1)))) {
            lexNumber();
        } else if (u == '\'' || u == '"') {
            lexString(m_pos);
        } else {
            lexOperator();
        }
    }
    finish();
    return std::move(m_tokens);
}

bool Tokenizer::handleIndentation()
{
    int col = 0;
    int alt = 0;
    int p = m_pos;
    for (; p < m_end; ++p) {
        const char16_t u = m_src[p].unicode();
        if (u == ' ') {
            ++col;
            ++alt;
        } else if (u == '\t') {
            col = (col / 8 + 1) * 8;
            ++alt;
        } else if (u == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    m_pos = p;
    m_atLineStart = false;
    if (p >= m_end || m_src[p] == QLatin1Char('#') || isNewlineChar(m_src[p]))
        return true; // blank or comment-only line: its indentation does not count
    const int line = m_line;
    const int column = this->column(p);
    const auto tabError = [&] {
        return fail(TokenizerError::Kind::Indentation,
                    QStringLiteral("inconsistent use of tabs and spaces in indentation"), line, column, p);
    };
    if (col == m_indents.back()) {
        if (alt != m_altIndents.back())
            return tabError();
    } else if (col > m_indents.back()) {
        if (alt <= m_altIndents.back())
            return tabError();
        if (int(m_indents.size()) > MaxIndentLevels)
            return fail(TokenizerError::Kind::TooDeep, QStringLiteral("too many levels of indentation"),
                        line, column, p);
        m_indents.push_back(col);
        m_altIndents.push_back(alt);
        push(TokenKind::Indent, 0, p, line, column);
    } else {
        while (m_indents.size() > 1 && col < m_indents.back()) {
            m_indents.pop_back();
            m_altIndents.pop_back();
            push(TokenKind::Dedent, 0, p, line, column);
        }
        if (col != m_indents.back()) {
            return fail(TokenizerError::Kind::Indentation,
                        QStringLiteral("unindent does not match any outer indentation level"), line, column, p);
        }
        if (alt != m_altIndents.back())
            return tabError();
    }
    return true;
}

bool Tokenizer::lexName()
{
    const int begin = m_pos;
    m_pos = skipIdentifier(m_src, m_pos, m_end);
    const QStringView text = m_src.mid(begin, m_pos - begin);
    const QChar next = at(m_pos);
    if ((next == QLatin1Char('\'') || next == QLatin1Char('"')) && isStringPrefix(text))
        return lexString(begin);
    const int kw = keywordOf(text);
    if (kw >= 0)
        push(TokenKind::Keyword, quint8(kw), begin, m_line, column(begin));
    else
        push(TokenKind::Name, 0, begin, m_line, column(begin));
    return true;
}

bool Tokenizer::readDigits(bool (*isDigit)(QChar), bool allowLeadingUnderscore)
{
    bool any = false;
    for (;;) {
        if (at(m_pos) == QLatin1Char('_') && (any || allowLeadingUnderscore)) {
            ++m_pos;
            if (!isDigit(at(m_pos)))
                return false;
        } else if (!isDigit(at(m_pos))) {
            return any;
        }
        while (isDigit(at(m_pos)))
            ++m_pos;
        any = true;
    }
}

bool Tokenizer::checkNumberEnd(int begin, const char *what)
{
    if (m_pos >= m_end || (!isIdentifierStart(m_src, m_pos) && !isDecimal(at(m_pos))))
        return true;
    // CPython 3.11 still accepts `1if x else 2` (with a deprecation warning).
    static const char *const allowed[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    for (const char *kw : allowed) {
        const int n = int(std::strlen(kw));
        if (m_pos + n <= m_end && m_src.mid(m_pos, n) == QLatin1String(kw))
            return true;
    }
    return fail(TokenizerError::Kind::Syntax, QStringLiteral("invalid %1 literal").arg(QLatin1String(what)),
                m_line, column(begin), begin);
}

bool Tokenizer::lexNumber()
{
    const int begin = m_pos;
    const QChar c = m_src[m_pos];
    const QChar radix = at(m_pos + 1).toLower();
    if (c == QLatin1Char('0') && (radix == QLatin1Char('x') || radix == QLatin1Char('o') || radix == QLatin1Char('b'))) {
        m_pos += 2;
        const char16_t r = radix.unicode();
        bool (*pred)(QChar) = r == 'x' ? isHex : r == 'o' ? isOctal : isBinary;
        const char *what = r == 'x' ? "hexadecimal" : r == 'o' ? "octal" : "binary";
        const bool ok = readDigits(pred, true);
        if (r != 'x' && isDecimal(at(m_pos))) {
            return fail(TokenizerError::Kind::Syntax,
                        QStringLiteral("invalid digit '%1' in %2 literal").arg(at(m_pos)).arg(QLatin1String(what)),
                        m_line, column(m_pos), m_pos);
        }
        if (!ok)
            return fail(TokenizerError::Kind::Syntax, QStringLiteral("invalid %1 literal").arg(QLatin1String(what)),
                        m_line, column(begin), begin);
        if (!checkNumberEnd(begin, what))
            return false;
        push(TokenKind::Number, 0, begin, m_line, column(begin));
        return true;
    }
    bool isFloat = false;
    bool leadingZero = false;
    if (c != QLatin1Char('.')) {
        if (!readDigits(isDecimal, false))
            return fail(TokenizerError::Kind::Syntax, QStringLiteral("invalid decimal literal"), m_line, column(begin), begin);
        if (c == QLatin1Char('0')) {
            for (int p = begin; p < m_pos; ++p) {
                if (m_src[p] != QLatin1Char('0') && m_src[p] != QLatin1Char('_'))
                    leadingZero = true;
            }
        }
    }
    if (at(m_pos) == QLatin1Char('.')) {
        isFloat = true;
        ++m_pos;
        if (isDecimal(at(m_pos)) && !readDigits(isDecimal, false))
            return fail(TokenizerError::Kind::Syntax, QStringLiteral("invalid decimal literal"), m_line, column(begin), begin);
    }
    if (at(m_pos).toLower() == QLatin1Char('e')) {
        int p = m_pos + 1;
        if (at(p) == QLatin1Char('+') || at(p) == QLatin1Char('-'))
            ++p;
        if (isDecimal(at(p))) {
            m_pos = p;
            isFloat = true;
            if (!readDigits(isDecimal, false))
                return fail(TokenizerError::Kind::Syntax, QStringLiteral("invalid decimal literal"), m_line, column(begin), begin);
        }
    }
    if (at(m_pos).toLower() == QLatin1Char('j')) {
        isFloat = true;
        ++m_pos;
    }
    if (leadingZero && !isFloat) {
        return fail(TokenizerError::Kind::Syntax,
                    QStringLiteral("leading zeros in decimal integer literals are not permitted; "
                                   "use an 0o prefix for octal integers"),
                    m_line, column(begin), begin);
    }
    if (!checkNumberEnd(begin, "decimal"))
        return false;
    push(TokenKind::Number, 0, begin, m_line, column(begin));
    return true;
}

bool Tokenizer::lexString(int begin)
{
    const int beginLine = m_line;
    const int beginColumn = column(begin);
    const QChar quote = m_src[m_pos];
    const bool triple = at(m_pos + 1) == quote && at(m_pos + 2) == quote;
    m_pos += triple ? 3 : 1;
    for (;;) {
        if (m_pos >= m_end) {
            const bool endsWithNewline = m_end > 0 && isNewlineChar(m_src[m_end - 1]);
            const int detected = endsWithNewline ? m_line - 1 : m_line;
            const QString what = triple ? QStringLiteral("unterminated triple-quoted string literal")
                                        : QStringLiteral("unterminated string literal");
            return fail(TokenizerError::Kind::Syntax, what + QStringLiteral(" (detected at line %1)").arg(detected),
                        beginLine, beginColumn, begin);
        }
        const QChar c = m_src[m_pos];
        if (c == QLatin1Char('\\')) {
            ++m_pos;
            if (m_pos < m_end && isNewlineChar(m_src[m_pos])) {
                m_pos += (m_src[m_pos] == QLatin1Char('\r') && at(m_pos + 1) == QLatin1Char('\n')) ? 2 : 1;
                newLine(m_pos);
            } else if (m_pos < m_end) {
                ++m_pos;
            }
        } else if (isNewlineChar(c)) {
            if (!triple) {
                return fail(TokenizerError::Kind::Syntax,
                            QStringLiteral("unterminated string literal (detected at line %1)").arg(m_line),
                            beginLine, beginColumn, begin);
            }
            m_pos += (c == QLatin1Char('\r') && at(m_pos + 1) == QLatin1Char('\n')) ? 2 : 1;
            newLine(m_pos);
        } else if (c == quote && (!triple || (at(m_pos + 1) == quote && at(m_pos + 2) == quote))) {
            m_pos += triple ? 3 : 1;
            break;
        } else {
            ++m_pos;
        }
    }
    push(TokenKind::String, 0, begin, beginLine, beginColumn);
    return true;
}

bool Tokenizer::lexBracket(QChar c)
{
    const int begin = m_pos;
    const char16_t u = c.unicode();
    if (u == '(' || u == '[' || u == '{') {
        if (int(m_brackets.size()) >= MaxBracketLevels)
            return fail(TokenizerError::Kind::TooDeep, QStringLiteral("too many nested parentheses"),
                        m_line, column(begin), begin);
        m_brackets.push_back(Bracket{c, m_line, column(begin), begin});
        ++m_pos;
        const Punct p = u == '(' ? Punct::LPar : u == '[' ? Punct::LSqb : Punct::LBrace;
        push(TokenKind::Op, quint8(p), begin, m_line, column(begin));
        return true;
    }
    if (m_brackets.empty()) {
        return fail(TokenizerError::Kind::Syntax, QStringLiteral("unmatched '%1'").arg(c),
                    m_line, column(begin), begin);
    }
    const Bracket open = m_brackets.back();
    const char16_t expected = open.ch == QLatin1Char('(') ? ')' : open.ch == QLatin1Char('[') ? ']' : '}';
    if (u != expected) {
        QString message = QStringLiteral("closing parenthesis '%1' does not match opening parenthesis '%2'").arg(c, open.ch);
        if (open.line != m_line)
            message += QStringLiteral(" on line %1").arg(open.line);
        return fail(TokenizerError::Kind::Syntax, message, m_line, column(begin), begin);
    }
    m_brackets.pop_back();
    ++m_pos;
    const Punct p = u == ')' ? Punct::RPar : u == ']' ? Punct::RSqb : Punct::RBrace;
    push(TokenKind::Op, quint8(p), begin, m_line, column(begin));
    return true;
}

bool Tokenizer::lexOperator()
{
    const int begin = m_pos;
    const QChar c = m_src[m_pos];
    const char16_t u = c.unicode();
    const char16_t n1 = at(m_pos + 1).unicode();
    const char16_t n2 = at(m_pos + 2).unicode();
    int len = 1;
    Punct p;
    // Operators that may be followed by '=' to form an augmented assignment.
    const auto withEqual = [&](Punct plain, Punct aug) {
        if (n1 == '=') {
            len = 2;
            return aug;
        }
        return plain;
    };
    switch (u) {
    case '(': case ')': case '[': case ']': case '{': case '}':
        return lexBracket(c);
    case ':': p = n1 == '=' ? (len = 2, Punct::ColonEqual) : Punct::Colon; break;
    case ',': p = Punct::Comma; break;
    case ';': p = Punct::Semi; break;
    case '.': p = (n1 == '.' && n2 == '.') ? (len = 3, Punct::Ellipsis) : Punct::Dot; break;
    case '+': p = withEqual(Punct::Plus, Punct::PlusEqual); break;
    case '-':
        p = n1 == '>' ? (len = 2, Punct::Arrow) : withEqual(Punct::Minus, Punct::MinusEqual);
        break;
    case '*':
        if (n1 == '*')
            p = n2 == '=' ? (len = 3, Punct::DoubleStarEqual) : (len = 2, Punct::DoubleStar);
        else
            p = withEqual(Punct::Star, Punct::StarEqual);
        break;
    case '/':
        if (n1 == '/')
            p = n2 == '=' ? (len = 3, Punct::DoubleSlashEqual) : (len = 2, Punct::DoubleSlash);
        else
            p = withEqual(Punct::Slash, Punct::SlashEqual);
        break;
    case '%': p = withEqual(Punct::Percent, Punct::PercentEqual); break;
    case '@': p = withEqual(Punct::At, Punct::AtEqual); break;
    case '|': p = withEqual(Punct::VBar, Punct::VBarEqual); break;
    case '&': p = withEqual(Punct::Amper, Punct::AmperEqual); break;
    case '^': p = withEqual(Punct::Circumflex, Punct::CircumflexEqual); break;
    case '~': p = Punct::Tilde; break;
    case '=': p = withEqual(Punct::Equal, Punct::EqEqual); break;
    case '<':
        if (n1 == '<')
            p = n2 == '=' ? (len = 3, Punct::LeftShiftEqual) : (len = 2, Punct::LeftShift);
        else
            p = withEqual(Punct::Less, Punct::LessEqual);
        break;
    case '>':
        if (n1 == '>')
            p = n2 == '=' ? (len = 3, Punct::RightShiftEqual) : (len = 2, Punct::RightShift);
        else
            p = withEqual(Punct::Greater, Punct::GreaterEqual);
        break;
    case '!':
        if (n1 != '=')
            return lexOther(c);
        p = Punct::NotEqual;
        len = 2;
        break;
    default:
        return lexOther(c);
    }
    m_pos += len;
    push(TokenKind::Op, quint8(p), begin, m_line, column(begin));
    return true;
}

bool Tokenizer::lexOther(QChar c)
{
    const int begin = m_pos;
    uint code = c.unicode();
    if (c.isHighSurrogate() && at(m_pos + 1).isLowSurrogate())
        code = QChar::surrogateToUcs4(c, at(m_pos + 1));
    const QString hex = QStringLiteral("U+%1").arg(code, 4, 16, QLatin1Char('0')).toUpper();
    QString message;
    if (code < 0x80 && code >= 0x20 && code != 0x7f)
        message = QStringLiteral("invalid syntax");
    else if (!QChar::isPrint(code))
        message = QStringLiteral("invalid non-printable character ") + hex;
    else
    {
        const char32_t ch = code;
        message = QStringLiteral("invalid character '%1' (%2)").arg(QString::fromUcs4(&ch, 1), hex);
    }
    return fail(TokenizerError::Kind::Syntax, message, m_line, column(begin), begin);
}

void Tokenizer::finish()
{
    if (!m_error && !m_brackets.empty()) {
        const Bracket &b = m_brackets.back();
        fail(TokenizerError::Kind::Unclosed, QStringLiteral("'%1' was never closed").arg(b.ch), b.line, b.column, b.offset);
    }
    if (m_error) {
        Token t;
        t.kind = TokenKind::Error;
        t.offset = m_pos;
        t.line = t.endLine = m_line;
        t.column = t.endColumn = column(m_pos);
        m_tokens.push_back(t);
        return;
    }
    if (!m_expressionMode) {
        if (!m_tokens.empty() && m_tokens.back().kind != TokenKind::Newline)
            push(TokenKind::Newline, 0, m_pos, m_line, column(m_pos));
        while (m_indents.size() > 1) {
            m_indents.pop_back();
            push(TokenKind::Dedent, 0, m_pos, m_line, column(m_pos));
        }
    }
    push(TokenKind::EndMarker, 0, m_pos, m_line, column(m_pos));
}

} // namespace Retort::Core::Python

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// String literals: implicit concatenation, decoding, and f-strings (Python 3.11 rules:
// a replacement field may not contain a backslash, a '#' or the enclosing quote).
#include "core/python/parser.h"
#include "core/python/stringliteral.h"

namespace Retort::Core::Python {

namespace {

bool isQuote(QChar c) { return c == QLatin1Char('\'') || c == QLatin1Char('"'); }

} // namespace

void Parser::FieldCursor::advanceTo(int target)
{
    for (; offset < target; ++offset) {
        const QChar c = src[offset];
        if (c == QLatin1Char('\n')
            || (c == QLatin1Char('\r') && (offset + 1 >= src.size() || src[offset + 1] != QLatin1Char('\n')))) {
            ++line;
            lineStart = offset + 1;
        }
    }
}

const Expr *Parser::parseStrings()
{
    const size_t first = m_pos;
    bool anyBytes = false;
    bool anyText = false;
    bool anyFormat = false;
    while (at(TokenKind::String)) {
        const Token &t = next();
        const StringLiteralInfo info = analyzeStringToken(text(t));
        (info.bytes ? anyBytes : anyText) = true;
        anyFormat = anyFormat || info.format;
        if (anyBytes && anyText)
            fail(m_tokens[first], QStringLiteral("cannot mix bytes and nonbytes literals"));
    }
    const Token &start = m_tokens[first];
    Expr *e = newExpr(anyFormat ? ExprKind::FString : anyBytes ? ExprKind::Bytes : ExprKind::String, start);
    QString pending;
    QString decoded;
    QString error;
    for (size_t i = first; i < m_pos; ++i) {
        const Token &t = m_tokens[i];
        const StringLiteralInfo info = analyzeStringToken(text(t));
        if (info.format) {
            parseFString(t, t.offset + info.bodyBegin, t.offset + info.bodyEnd, info.raw, e, pending);
            continue;
        }
        if (!decodeStringBody(text(t).mid(info.bodyBegin, info.bodyEnd - info.bodyBegin), info.raw, info.bytes,
                              &decoded, &error)) {
            fail(t, error);
        }
        pending += decoded;
    }
    if (anyFormat)
        flushLiteral(e, pending, start);
    else
        e->value = pending;
    finish(e);
    return e;
}

void Parser::flushLiteral(Expr *node, QString &pending, const Token &t)
{
    if (pending.isEmpty())
        return;
    Expr *s = newExpr(ExprKind::String, t);
    s->range.endLine = t.endLine;
    s->range.endColumn = t.endColumn;
    s->value = pending;
    pending.clear();
    node->children.push_back(s);
}

void Parser::parseFString(const Token &t, int bodyBegin, int bodyEnd, bool raw, Expr *node, QString &pending)
{
    QString decoded;
    QString error;
    int literalStart = bodyBegin;
    const auto takeLiteral = [&](int end) {
        if (!decodeStringBody(m_src.mid(literalStart, end - literalStart), raw, false, &decoded, &error))
            fail(t, error);
        pending += decoded;
    };
    FieldCursor cursor{m_src, t.offset, t.line, t.offset - (t.column - 1)};
    int i = bodyBegin;
    while (i < bodyEnd) {
        const QChar c = m_src[i];
        if (c == QLatin1Char('\\') && !raw) {
            if (i + 2 < bodyEnd && m_src[i + 1] == QLatin1Char('N') && m_src[i + 2] == QLatin1Char('{')) {
                int close = i + 3;
                while (close < bodyEnd && m_src[close] != QLatin1Char('}'))
                    ++close;
                i = close + 1;
            } else {
                const QChar n = i + 1 < bodyEnd ? m_src[i + 1] : QChar();
                i += (n == QLatin1Char('{') || n == QLatin1Char('}')) ? 1 : 2;
            }
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            if (i + 1 < bodyEnd && m_src[i + 1] == c) {
                takeLiteral(i + 1);
                i += 2;
            } else if (c == QLatin1Char('}')) {
                cursor.advanceTo(i);
                throw SyntaxError{SyntaxError::Kind::Syntax, QStringLiteral("f-string: single '}' is not allowed"),
                                  cursor.line, cursor.column(), i};
            } else {
                takeLiteral(i);
                cursor.advanceTo(i);
                i = parseField(t, i, bodyEnd, node, pending, cursor);
            }
            literalStart = i;
        } else {
            ++i;
        }
    }
    takeLiteral(bodyEnd);
}

void Parser::failInField(FieldCursor &cursor, int at, const QString &message) const
{
    cursor.advanceTo(at);
    throw SyntaxError{SyntaxError::Kind::Syntax, message, cursor.line, cursor.column(), at};
}

int Parser::scanFieldExpression(int begin, int bodyEnd, FieldCursor &cursor, bool *selfDocumenting) const
{
    int i = begin + 1;
    int depth = 0;
    QChar quote;
    bool tripleQuote = false;
    for (; i < bodyEnd; ++i) {
        const QChar c = m_src[i];
        if (c == QLatin1Char('\\'))
            failInField(cursor, i, QStringLiteral("f-string expression part cannot include a backslash"));
        if (!quote.isNull()) {
            if (c == quote && (!tripleQuote || (i + 2 < bodyEnd && m_src[i + 1] == quote && m_src[i + 2] == quote))) {
                i += tripleQuote ? 2 : 0;
                quote = QChar();
            }
            continue;
        }
        const char16_t u = c.unicode();
        const bool nextIsEqual = i + 1 < bodyEnd && m_src[i + 1] == QLatin1Char('=');
        if (isQuote(c)) {
            quote = c;
            tripleQuote = i + 2 < bodyEnd && m_src[i + 1] == c && m_src[i + 2] == c;
            i += tripleQuote ? 2 : 0;
        } else if (u == '#') {
            failInField(cursor, i, QStringLiteral("f-string expression part cannot include '#'"));
        } else if (u == '(' || u == '[' || u == '{') {
            ++depth;
        } else if (u == ')' || u == ']' || u == '}') {
            if (depth == 0) {
                if (u != '}')
                    failInField(cursor, i, QStringLiteral("f-string: unmatched '%1'").arg(c));
                return i;
            }
            --depth;
        } else if (depth == 0 && ((u == '!' && !nextIsEqual) || u == ':')) {
            return i;
        } else if (depth == 0 && u == '=' && !nextIsEqual && QStringView(u"=!<>").indexOf(m_src[i - 1]) < 0) {
            *selfDocumenting = true;
            return i;
        }
    }
    failInField(cursor, bodyEnd, QStringLiteral("f-string: expecting '}'"));
}

int Parser::parseField(const Token &t, int begin, int bodyEnd, Expr *node, QString &pending, FieldCursor &cursor)
{
    const int startLine = cursor.line;
    const int startColumn = cursor.column();
    bool selfDocumenting = false;
    const int exprEnd = scanFieldExpression(begin, bodyEnd, cursor, &selfDocumenting);
    if (m_src.mid(begin + 1, exprEnd - begin - 1).trimmed().isEmpty())
        failInField(cursor, exprEnd, QStringLiteral("f-string: empty expression not allowed"));
    const Expr *expression = parseFieldExpression(begin + 1, exprEnd, cursor);
    int i = exprEnd;
    if (selfDocumenting) {
        ++i;
        while (i < bodyEnd && m_src[i].isSpace())
            ++i;
        pending += m_src.mid(begin + 1, i - begin - 1).toString();
    }
    QString conversion;
    if (i < bodyEnd && m_src[i] == QLatin1Char('!')) {
        const QChar conv = i + 1 < bodyEnd ? m_src[i + 1] : QChar();
        if (conv != QLatin1Char('s') && conv != QLatin1Char('r') && conv != QLatin1Char('a'))
            failInField(cursor, i + 1, QStringLiteral("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
        conversion = conv;
        i += 2;
    }
    Expr *spec = nullptr;
    if (i < bodyEnd && m_src[i] == QLatin1Char(':')) {
        const int specBegin = ++i;
        for (int nested = 0; i < bodyEnd; ++i) { // the spec may hold nested {fields}; kept as text
            if (m_src[i] == QLatin1Char('{'))
                ++nested;
            else if (m_src[i] == QLatin1Char('}') && nested-- == 0)
                break;
        }
        spec = newExpr(ExprKind::String, t);
        spec->value = m_src.mid(specBegin, i - specBegin).toString();
    }
    if (i >= bodyEnd || m_src[i] != QLatin1Char('}'))
        failInField(cursor, qMin(i, bodyEnd), QStringLiteral("f-string: expecting '}'"));
    ++i;
    if (selfDocumenting && conversion.isEmpty() && !spec)
        conversion = QStringLiteral("r");
    flushLiteral(node, pending, t);
    cursor.advanceTo(i);
    Expr *field = m_module->m_exprs.create();
    field->kind = ExprKind::FormattedValue;
    field->range = {startLine, startColumn, cursor.line, cursor.column()};
    field->value = conversion;
    field->children.push_back(expression);
    if (spec) {
        spec->range = field->range;
        field->children.push_back(spec);
    }
    node->children.push_back(field);
    return i;
}

const Expr *Parser::parseFieldExpression(int begin, int end, FieldCursor &cursor)
{
    cursor.advanceTo(begin);
    Tokenizer tokenizer(m_src, begin, end, cursor.line, cursor.column());
    std::vector<Token> tokens = tokenizer.tokenize();
    if (const auto &error = tokenizer.error()) {
        throw SyntaxError{error->kind == TokenizerError::Kind::TooDeep ? SyntaxError::Kind::TooDeep : SyntaxError::Kind::Syntax,
                          QStringLiteral("f-string: ") + error->message, error->line, error->column, error->offset};
    }
    Parser sub(m_module, m_src, std::move(tokens), std::nullopt, m_depth + 1);
    try {
        const Expr *e = sub.at(Keyword::Yield) ? sub.parseYield() : sub.parseStarExpressions();
        if (!sub.at(TokenKind::EndMarker))
            sub.failInvalid(sub.peek());
        return e;
    } catch (SyntaxError &e) {
        if (e.kind == SyntaxError::Kind::Syntax && !e.message.startsWith(QLatin1String("f-string")))
            e.message.prepend(QStringLiteral("f-string: "));
        throw;
    }
}

} // namespace Retort::Core::Python

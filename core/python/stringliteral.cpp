// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/stringliteral.h"

namespace Retort::Core::Python {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

//! Reads exactly `n` hex digits at body[i]; -1 when there are fewer.
qint64 readHex(QStringView body, qsizetype i, int n)
{
    qint64 value = 0;
    for (int k = 0; k < n; ++k) {
        if (i + k >= body.size() || hexValue(body[i + k]) < 0)
            return -1;
        value = value * 16 + hexValue(body[i + k]);
    }
    return value;
}

void appendCodePoint(QString *out, char32_t code)
{
    if (code > 0xFFFF) {
        out->append(QChar::highSurrogate(code));
        out->append(QChar::lowSurrogate(code));
    } else {
        out->append(QChar(char16_t(code)));
    }
}

} // namespace

StringLiteralInfo analyzeStringToken(QStringView token)
{
    StringLiteralInfo info;
    int i = 0;
    while (i < token.size() && token[i] != QLatin1Char('\'') && token[i] != QLatin1Char('"')) {
        switch (token[i].toLower().unicode()) {
        case 'r': info.raw = true; break;
        case 'b': info.bytes = true; break;
        case 'f': info.format = true; break;
        default: break;
        }
        ++i;
    }
    const QChar quote = i < token.size() ? token[i] : QChar();
    const bool triple = i + 5 < token.size() && token[i + 1] == quote && token[i + 2] == quote;
    const int quoteLength = triple ? 3 : 1;
    info.bodyBegin = qMin(int(token.size()), i + quoteLength);
    info.bodyEnd = qMax(info.bodyBegin, int(token.size()) - quoteLength);
    return info;
}

namespace {

//! Decodes the escape whose letter is at body[*i] (just after a backslash); advances *i to its last character.
bool decodeEscape(QStringView body, qsizetype *i, bool bytes, QString *out, QString *error)
{
    const QChar e = body[*i];
    switch (e.unicode()) {
    case '\n': return true; // backslash-newline joins lines
    case '\r':
        if (*i + 1 < body.size() && body[*i + 1] == QLatin1Char('\n'))
            ++*i;
        return true;
    case '\\': out->append(QLatin1Char('\\')); return true;
    case '\'': out->append(QLatin1Char('\'')); return true;
    case '"': out->append(QLatin1Char('"')); return true;
    case 'a': out->append(QChar(7)); return true;
    case 'b': out->append(QChar(8)); return true;
    case 'f': out->append(QChar(12)); return true;
    case 'n': out->append(QLatin1Char('\n')); return true;
    case 'r': out->append(QLatin1Char('\r')); return true;
    case 't': out->append(QLatin1Char('\t')); return true;
    case 'v': out->append(QChar(11)); return true;
    case 'x': {
        const qint64 v = readHex(body, *i + 1, 2);
        if (v < 0) {
            *error = bytes ? QStringLiteral("(value error) invalid \\x escape at position %1").arg(*i - 1)
                           : QStringLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in "
                                            "position %1-%2: truncated \\xXX escape").arg(*i - 1).arg(*i);
            return false;
        }
        out->append(QChar(char16_t(v)));
        *i += 2;
        return true;
    }
    case 'u':
    case 'U': {
        if (bytes)
            break;
        const int n = e == QLatin1Char('u') ? 4 : 8;
        const qint64 v = readHex(body, *i + 1, n);
        if (v < 0 || v > 0x10FFFF) {
            *error = QStringLiteral("(unicode error) 'unicodeescape' codec can't decode bytes in position %1-%2: %3")
                         .arg(*i - 1).arg(v < 0 ? *i : *i + n)
                         .arg(v >= 0 ? QStringLiteral("illegal Unicode character")
                                     : n == 4 ? QStringLiteral("truncated \\uXXXX escape") : QStringLiteral("truncated \\UXXXXXXXX escape"));
            return false;
        }
        appendCodePoint(out, char32_t(v));
        *i += n;
        return true;
    }
    default:
        if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
            int value = e.unicode() - '0';
            for (int k = 0; k < 2 && *i + 1 < body.size() && body[*i + 1] >= QLatin1Char('0') && body[*i + 1] <= QLatin1Char('7'); ++k)
                value = value * 8 + (body[++*i].unicode() - '0');
            out->append(QChar(char16_t(bytes ? (value & 0xFF) : value)));
            return true;
        }
        break;
    }
    // Unknown escapes (and \N{...}, and \u in bytes) stay as written.
    out->append(QLatin1Char('\\'));
    out->append(e);
    return true;
}

} // namespace

bool decodeStringBody(QStringView body, bool raw, bool bytes, QString *out, QString *error)
{
    out->clear();
    out->reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        const char16_t u = c.unicode();
        if (bytes && u > 0x7F) {
            *error = QStringLiteral("bytes can only contain ASCII literal characters");
            return false;
        }
        if (u == '\r') {
            out->append(QLatin1Char('\n'));
            if (i + 1 < body.size() && body[i + 1] == QLatin1Char('\n'))
                ++i;
        } else if (u != '\\' || i + 1 >= body.size()) {
            out->append(c);
        } else if (raw) {
            out->append(c); // a raw backslash still protects the next character
            if (body[i + 1] != QLatin1Char('\r'))
                out->append(body[++i]);
        } else {
            ++i;
            if (!decodeEscape(body, &i, bytes, out, error))
                return false;
        }
    }
    return true;
}

} // namespace Retort::Core::Python

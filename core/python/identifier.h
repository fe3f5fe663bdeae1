// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QChar>
#include <QStringView>

namespace Retort::Core::Python {

/*! Identifier characters after PEP 3131, approximated with Qt's Unicode tables: a start is
    `_` or a letter (letter numbers included), a continuation also allows digits, combining
    marks and connector punctuation. Non-BMP characters are read as surrogate pairs. */
namespace Detail {
inline char32_t codePointAt(QStringView s, int pos, int end, int *width)
{
    const QChar c = s[pos];
    if (c.isHighSurrogate() && pos + 1 < end && s[pos + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s[pos + 1]);
    }
    *width = 1;
    return c.unicode();
}

inline bool isStartCode(char32_t u)
{
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
    return QChar::isLetter(u) || QChar::category(u) == QChar::Number_Letter;
}

inline bool isContinueCode(char32_t u)
{
    if (u < 0x80)
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || (u >= '0' && u <= '9');
    switch (QChar::category(u)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return QChar::isLetter(u);
    }
}
} // namespace Detail

//! Whether an identifier starts at s[pos] (pos must be < s.size()).
inline bool isIdentifierStart(QStringView s, int pos)
{
    const char16_t u = s[pos].unicode();
    if (u < 0x80)
        return Detail::isStartCode(u);
    int width = 1;
    return Detail::isStartCode(Detail::codePointAt(s, pos, int(s.size()), &width));
}

//! The position just past the identifier that starts at `pos` (which must be a start).
inline int skipIdentifier(QStringView s, int pos, int end)
{
    while (pos < end) {
        const char16_t u = s[pos].unicode();
        if (u < 0x80) {
            if (!Detail::isContinueCode(u))
                break;
            ++pos;
            continue;
        }
        int width = 1;
        if (!Detail::isContinueCode(Detail::codePointAt(s, pos, end, &width)))
            break;
        pos += width;
    }
    return pos;
}

} // namespace Retort::Core::Python

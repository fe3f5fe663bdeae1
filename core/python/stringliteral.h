// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>
#include <QStringView>

namespace Retort::Core::Python {

//! The shape of one STRING token: prefix flags and where its body lies.
struct StringLiteralInfo
{
    bool raw = false;
    bool bytes = false;
    bool format = false;
    int bodyBegin = 0; //!< offset of the body inside the token text
    int bodyEnd = 0;   //!< offset of the closing quote(s) inside the token text
};

//! Analyses a complete string token (prefix, quotes, body, quotes) as produced by the Tokenizer.
StringLiteralInfo analyzeStringToken(QStringView token);

/*! Decodes a literal body the way CPython does: `\r\n` and `\r` become `\n`; unless `raw`,
    backslash escapes are decoded (\\ \' \" \a \b \f \n \r \t \v, octal, \xhh, and for
    text also \uXXXX and \UXXXXXXXX; \N{name} is kept undecoded, backslash included; unknown
    escapes are kept as written) and a backslash-newline is removed. For bytes each result
    QChar is one byte (0-255) and a non-ASCII character is an error.
    Returns false and sets `error` (a CPython-style message) on an invalid literal. */
bool decodeStringBody(QStringView body, bool raw, bool bytes, QString *out, QString *error);

} // namespace Retort::Core::Python

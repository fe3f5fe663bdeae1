// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QtGlobal>

namespace Retort::Core::Python {

enum class TokenKind : quint8 {
    EndMarker,
    Name,     //!< an identifier, soft keywords (match, case, _) included
    Keyword,  //!< a hard keyword; `Token::sub` is a Keyword
    Number,
    String,   //!< one string literal with its prefix and quotes (not yet decoded)
    Op,       //!< an operator or delimiter; `Token::sub` is a Punct
    Newline,
    Indent,
    Dedent,
    Error,    //!< where the tokenizer stopped on an error; always the last token
};

enum class Keyword : quint8 {
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif,
    Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or,
    Pass, Raise, Return, Try, While, With, Yield,
};

enum class Punct : quint8 {
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Dot, Ellipsis, Arrow,
    ColonEqual, Equal,
    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, At, VBar, Amper, Circumflex,
    Tilde, LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    // augmented assignments, in the order of the binary operators above (Plus .. RightShift)
    PlusEqual, MinusEqual, StarEqual, DoubleStarEqual, SlashEqual, DoubleSlashEqual,
    PercentEqual, AtEqual, VBarEqual, AmperEqual, CircumflexEqual, LeftShiftEqual,
    RightShiftEqual,
};

/*! One token. Positions follow SourceRange: 1-based lines and UTF-16 columns, end exclusive.
    `offset`/`length` index the source the tokenizer was given (INDENT, DEDENT and
    ENDMARKER have length 0). */
struct Token
{
    TokenKind kind = TokenKind::EndMarker;
    quint8 sub = 0;
    int offset = 0;
    int length = 0;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;

    bool is(Punct p) const { return kind == TokenKind::Op && sub == quint8(p); }
    bool is(Keyword k) const { return kind == TokenKind::Keyword && sub == quint8(k); }
};

} // namespace Retort::Core::Python

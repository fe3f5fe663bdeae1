// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/parserutil.h"

namespace Retort::Core::Python {

bool startsExpression(const Token &t)
{
    switch (t.kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
        return true;
    case TokenKind::Keyword:
        switch (Keyword(t.sub)) {
        case Keyword::None: case Keyword::True: case Keyword::False: case Keyword::Lambda:
        case Keyword::Not: case Keyword::Await:
            return true;
        default:
            return false;
        }
    case TokenKind::Op:
        switch (Punct(t.sub)) {
        case Punct::LPar: case Punct::LSqb: case Punct::LBrace: case Punct::Minus: case Punct::Plus:
        case Punct::Tilde: case Punct::Star: case Punct::Ellipsis:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

QString describeExpr(const Expr *e)
{
    const char *what = "expression";
    switch (e->kind) {
    case ExprKind::NoneLiteral: what = "None"; break;
    case ExprKind::True: what = "True"; break;
    case ExprKind::False: what = "False"; break;
    case ExprKind::Ellipsis: what = "ellipsis"; break;
    case ExprKind::Int: case ExprKind::Float: case ExprKind::Imaginary: case ExprKind::String:
    case ExprKind::Bytes:
        what = "literal"; break;
    case ExprKind::FString: what = "f-string expression"; break;
    case ExprKind::Call: what = "function call"; break;
    case ExprKind::Compare: what = "comparison"; break;
    case ExprKind::IfExp: what = "conditional expression"; break;
    case ExprKind::Lambda: what = "lambda"; break;
    case ExprKind::NamedExpr: what = "named expression"; break;
    case ExprKind::Await: what = "await expression"; break;
    case ExprKind::Yield: case ExprKind::YieldFrom: what = "yield expression"; break;
    case ExprKind::Dict: what = "dict literal"; break;
    case ExprKind::Set: what = "set display"; break;
    case ExprKind::ListComp: what = "list comprehension"; break;
    case ExprKind::SetComp: what = "set comprehension"; break;
    case ExprKind::DictComp: what = "dict comprehension"; break;
    case ExprKind::GeneratorExp: what = "generator expression"; break;
    case ExprKind::Starred: what = "starred"; break;
    case ExprKind::Tuple: what = "tuple"; break;
    case ExprKind::List: what = "list"; break;
    case ExprKind::Name: what = "name"; break;
    case ExprKind::Attribute: what = "attribute"; break;
    case ExprKind::Subscript: what = "subscript"; break;
    default: break;
    }
    return QLatin1String(what);
}

} // namespace Retort::Core::Python

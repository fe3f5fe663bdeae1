// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Expressions from star_expressions down to primary (CPython 3.11 grammar names).
#include "core/python/parser.h"
#include "core/python/parserutil.h"

namespace Retort::Core::Python {

namespace {

//! The binary operator of `t` and its precedence (0 = `|` ... 5 = `*`); level -1 if none.
Operator binaryOperator(const Token &t, int *level)
{
    *level = -1;
    if (t.kind != TokenKind::Op)
        return Operator::None;
    Operator op;
    switch (Punct(t.sub)) {
    case Punct::VBar: *level = 0; op = Operator::BitOr; break;
    case Punct::Circumflex: *level = 1; op = Operator::BitXor; break;
    case Punct::Amper: *level = 2; op = Operator::BitAnd; break;
    case Punct::LeftShift: *level = 3; op = Operator::LShift; break;
    case Punct::RightShift: *level = 3; op = Operator::RShift; break;
    case Punct::Plus: *level = 4; op = Operator::Add; break;
    case Punct::Minus: *level = 4; op = Operator::Sub; break;
    case Punct::Star: *level = 5; op = Operator::Mult; break;
    case Punct::Slash: *level = 5; op = Operator::Div; break;
    case Punct::DoubleSlash: *level = 5; op = Operator::FloorDiv; break;
    case Punct::Percent: *level = 5; op = Operator::Mod; break;
    case Punct::At: *level = 5; op = Operator::MatMult; break;
    default: return Operator::None;
    }
    return op;
}



} // namespace

template<typename ParseElement>
const Expr *Parser::continueTuple(const Token &start, const Expr *first, ParseElement parseElement)
{
    if (!at(Punct::Comma))
        return first;
    Expr *tuple = newExpr(ExprKind::Tuple, start);
    tuple->children.push_back(first);
    while (accept(Punct::Comma)) {
        if (!startsExpression(peek()))
            break;
        tuple->children.push_back(parseElement());
    }
    finish(tuple);
    return tuple;
}

const Expr *Parser::parseStarExpressions()
{
    const Token &start = peek();
    const Expr *first = parseStarExpression();
    if (!at(Punct::Comma)) {
        if (first->kind == ExprKind::Starred)
            failAt(first->range, peek().offset, QStringLiteral("can't use starred expression here"));
        return first;
    }
    return continueTuple(start, first, [this] { return parseStarExpression(); });
}

const Expr *Parser::parseStarExpression()
{
    if (at(Punct::Star)) {
        Expr *e = newExpr(ExprKind::Starred, next());
        e->children.push_back(parseBinary(0));
        finish(e);
        return e;
    }
    return parseExpression();
}

const Expr *Parser::parseStarNamedExpression()
{
    if (at(Punct::Star))
        return parseStarExpression();
    return parseNamedExpression();
}

const Expr *Parser::parseNamedExpression()
{
    if (at(TokenKind::Name) && peek(1).is(Punct::ColonEqual)) {
        const Token &name = next();
        Expr *target = newExpr(ExprKind::Name, name);
        target->value = text(name).toString();
        finish(target);
        next();
        Expr *e = newExpr(ExprKind::NamedExpr, name);
        e->children = {target, parseExpression()};
        finish(e);
        return e;
    }
    const Expr *e = parseExpression();
    if (at(Punct::ColonEqual)) {
        failAt(e->range, peek().offset,
               QStringLiteral("cannot use assignment expressions with %1").arg(describeExpr(e)));
    }
    return e;
}

const Expr *Parser::parseExpression()
{
    DepthGuard guard(*this, peek());
    const Token &start = peek();
    if (at(Keyword::Lambda))
        return parseLambda();
    const Expr *body = parseDisjunction();
    if (!at(Keyword::If))
        return body;
    next();
    const Expr *test = parseDisjunction();
    if (!accept(Keyword::Else)) {
        SourceRange r = body->range;
        failAt(r, peek().offset, QStringLiteral("expected 'else' after 'if' expression"));
    }
    const Expr *orelse = parseExpression();
    Expr *e = newExpr(ExprKind::IfExp, start);
    e->children = {test, body, orelse};
    finish(e);
    return e;
}

const Expr *Parser::parseBoolOp(Keyword keyword, Operator op, const Expr *(Parser::*operand)())
{
    const Token &start = peek();
    const Expr *first = (this->*operand)();
    if (!at(keyword))
        return first;
    Expr *e = newExpr(ExprKind::BoolOp, start);
    e->op = op;
    e->children.push_back(first);
    while (accept(keyword))
        e->children.push_back((this->*operand)());
    finish(e);
    return e;
}

const Expr *Parser::parseDisjunction()
{
    return parseBoolOp(Keyword::Or, Operator::Or, &Parser::parseConjunction);
}

const Expr *Parser::parseConjunction()
{
    return parseBoolOp(Keyword::And, Operator::And, &Parser::parseInversion);
}

const Expr *Parser::parseInversion()
{
    if (!at(Keyword::Not))
        return parseComparison();
    DepthGuard guard(*this, peek());
    Expr *e = newExpr(ExprKind::UnaryOp, next());
    e->op = Operator::Not;
    e->children.push_back(parseInversion());
    finish(e);
    return e;
}

const Expr *Parser::parseComparison()
{
    const Token &start = peek();
    const Expr *left = parseBinary(0);
    Expr *e = nullptr;
    for (;;) {
        Operator op = Operator::None;
        const Token &t = peek();
        if (t.kind == TokenKind::Op) {
            switch (Punct(t.sub)) {
            case Punct::Less: op = Operator::Lt; break;
            case Punct::Greater: op = Operator::Gt; break;
            case Punct::EqEqual: op = Operator::Eq; break;
            case Punct::NotEqual: op = Operator::NotEq; break;
            case Punct::LessEqual: op = Operator::LtE; break;
            case Punct::GreaterEqual: op = Operator::GtE; break;
            default: break;
            }
            if (op != Operator::None)
                next();
        } else if (t.is(Keyword::In)) {
            next();
            op = Operator::In;
        } else if (t.is(Keyword::Not) && peek(1).is(Keyword::In)) {
            next();
            next();
            op = Operator::NotIn;
        } else if (t.is(Keyword::Is)) {
            next();
            op = accept(Keyword::Not) ? Operator::IsNot : Operator::Is;
        }
        if (op == Operator::None)
            break;
        if (!e) {
            e = newExpr(ExprKind::Compare, start);
            e->children.push_back(left);
        }
        e->compareOps.push_back(op);
        e->children.push_back(parseBinary(0));
    }
    if (!e)
        return left;
    finish(e);
    return e;
}

// Precedence climbing over the six binary levels (all left-associative).
const Expr *Parser::parseBinary(int minLevel)
{
    const Token &start = peek(); // CPython's node starts at the first token, a '(' included
    const Expr *left = parseFactor();
    const int savedDepth = m_depth;
    for (;;) {
        int level;
        const Operator op = binaryOperator(peek(), &level);
        if (level < minLevel)
            break;
        enter(peek()); // each link of a left-deep chain is one level of the tree
        next();
        const Expr *right = parseBinary(level + 1);
        Expr *e = newExpr(ExprKind::BinOp, start);
        e->op = op;
        e->children = {left, right};
        finish(e);
        left = e;
    }
    m_depth = savedDepth;
    return left;
}

const Expr *Parser::parseFactor()
{
    Operator op = Operator::None;
    if (at(Punct::Plus))
        op = Operator::UAdd;
    else if (at(Punct::Minus))
        op = Operator::USub;
    else if (at(Punct::Tilde))
        op = Operator::Invert;
    if (op == Operator::None)
        return parsePower();
    DepthGuard guard(*this, peek());
    Expr *e = newExpr(ExprKind::UnaryOp, next());
    e->op = op;
    e->children.push_back(parseFactor());
    finish(e);
    return e;
}

const Expr *Parser::parsePower()
{
    const Token &start = peek();
    const Expr *base;
    if (at(Keyword::Await)) {
        Expr *a = newExpr(ExprKind::Await, next());
        a->children.push_back(parsePrimary());
        finish(a);
        base = a;
    } else {
        base = parsePrimary();
    }
    if (!at(Punct::DoubleStar))
        return base;
    DepthGuard guard(*this, peek());
    next();
    Expr *e = newExpr(ExprKind::BinOp, start);
    e->op = Operator::Pow;
    e->children = {base, parseFactor()};
    finish(e);
    return e;
}

const Expr *Parser::parsePrimary()
{
    const Token &start = peek();
    const Expr *e = parseAtom();
    const int savedDepth = m_depth;
    for (;;) {
        if (at(Punct::Dot)) {
            enter(peek());
            next();
            const Token &name = expectName();
            Expr *a = newExpr(ExprKind::Attribute, start);
            a->children.push_back(e);
            a->value = text(name).toString();
            finish(a);
            e = a;
        } else if (at(Punct::LPar)) {
            enter(peek());
            const Token &open = next();
            Expr *c = newExpr(ExprKind::Call, start);
            c->children.push_back(e);
            parseArguments(c->children, Punct::RPar, open);
            expect(Punct::RPar);
            finish(c);
            e = c;
        } else if (at(Punct::LSqb)) {
            enter(peek());
            next();
            Expr *s = newExpr(ExprKind::Subscript, start);
            s->children = {e, parseSlices()};
            expect(Punct::RSqb);
            finish(s);
            e = s;
        } else {
            break;
        }
    }
    m_depth = savedDepth;
    return e;
}

void Parser::parseArguments(std::vector<const Expr *> &out, Punct closer, const Token &open)
{
    const size_t first = out.size();
    bool seenKeyword = false;
    bool seenUnpack = false;
    while (!at(closer)) {
        const Token &t = peek();
        if (at(Punct::Star)) {
            Expr *s = newExpr(ExprKind::Starred, next());
            s->children.push_back(parseExpression());
            finish(s);
            if (seenUnpack)
                failAt(s->range, t.offset, QStringLiteral("iterable argument unpacking follows keyword argument unpacking"));
            out.push_back(s);
        } else if (at(Punct::DoubleStar)) {
            Expr *k = newExpr(ExprKind::Keyword, next());
            k->children.push_back(parseExpression());
            finish(k);
            seenUnpack = true;
            out.push_back(k);
        } else if (t.kind == TokenKind::Name && peek(1).is(Punct::Equal)) {
            Expr *k = newExpr(ExprKind::Keyword, next());
            k->value = text(t).toString();
            next();
            k->children.push_back(parseExpression());
            finish(k);
            seenKeyword = true;
            out.push_back(k);
        } else {
            const Expr *e = parseNamedExpression();
            if (at(Keyword::For) || (at(Keyword::Async) && peek(1).is(Keyword::For))) {
                Expr *g = newExpr(ExprKind::GeneratorExp, open);
                g->children.push_back(e);
                parseComprehensionClauses(g);
                if (out.size() != first || !at(closer))
                    failAt(g->range, t.offset, QStringLiteral("Generator expression must be parenthesized"));
                g->range.endLine = peek().endLine;
                g->range.endColumn = peek().endColumn;
                e = g;
            } else if (at(Punct::Equal)) {
                failAt(e->range, t.offset,
                       QStringLiteral("expression cannot contain assignment, perhaps you meant \"==\"?"));
            }
            if (seenUnpack)
                failAt(e->range, t.offset, QStringLiteral("positional argument follows keyword argument unpacking"));
            if (seenKeyword)
                failAt(e->range, t.offset, QStringLiteral("positional argument follows keyword argument"));
            out.push_back(e);
        }
        checkMissingComma(out.back());
        if (!accept(Punct::Comma))
            break;
    }
}

const Expr *Parser::parseSlices()
{
    const Token &start = peek();
    const Expr *first = parseSliceItem();
    if (!at(Punct::Comma) && first->kind != ExprKind::Starred)
        return first; // `a[*b]` is `a[(*b,)]`
    Expr *tuple = newExpr(ExprKind::Tuple, start);
    tuple->children.push_back(first);
    while (accept(Punct::Comma)) {
        if (at(Punct::RSqb))
            break;
        tuple->children.push_back(parseSliceItem());
    }
    finish(tuple);
    return tuple;
}

const Expr *Parser::parseSliceItem()
{
    if (at(Punct::Star))
        return parseStarExpression();
    const Token &start = peek();
    const Expr *lower = nullptr;
    if (!at(Punct::Colon)) {
        lower = parseNamedExpression();
        if (!at(Punct::Colon))
            return lower;
    }
    next();
    const auto atEnd = [this] { return at(Punct::Colon) || at(Punct::Comma) || at(Punct::RSqb); };
    const Expr *upper = atEnd() ? nullptr : parseExpression();
    const Expr *step = nullptr;
    if (accept(Punct::Colon) && !at(Punct::Comma) && !at(Punct::RSqb))
        step = parseExpression();
    Expr *s = newExpr(ExprKind::Slice, start);
    s->children = {lower, upper, step};
    finish(s);
    return s;
}

const Expr *Parser::parseStarTargets()
{
    const Token &start = peek();
    const auto target = [this]() -> const Expr * {
        if (!at(Punct::Star))
            return parseBinary(0);
        Expr *s = newExpr(ExprKind::Starred, next());
        s->children.push_back(parseBinary(0));
        finish(s);
        return s;
    };
    return continueTuple(start, target(), target);
}

const Expr *Parser::parseLambda()
{
    Expr *e = newExpr(ExprKind::Lambda, next());
    e->parameters = parseParameters(Punct::Colon, false);
    expect(Punct::Colon);
    e->children.push_back(parseExpression());
    finish(e);
    return e;
}

const Expr *Parser::parseYield()
{
    const Token &start = next();
    if (accept(Keyword::From)) {
        Expr *e = newExpr(ExprKind::YieldFrom, start);
        e->children.push_back(parseExpression());
        finish(e);
        return e;
    }
    Expr *e = newExpr(ExprKind::Yield, start);
    if (startsExpression(peek()))
        e->children.push_back(parseStarExpressions());
    finish(e);
    return e;
}

} // namespace Retort::Core::Python

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Atoms, displays, comprehensions and parameter lists.
#include "core/python/parser.h"
#include "core/python/parserutil.h"

namespace Retort::Core::Python {

const Expr *Parser::parseAtom()
{
    const Token &t = peek();
    switch (t.kind) {
    case TokenKind::Name: {
        Expr *e = newExpr(ExprKind::Name, next());
        e->value = text(t).toString();
        finish(e);
        return e;
    }
    case TokenKind::Number:
        return parseNumber();
    case TokenKind::String:
        return parseStrings();
    case TokenKind::Keyword: {
        ExprKind kind;
        switch (Keyword(t.sub)) {
        case Keyword::None: kind = ExprKind::NoneLiteral; break;
        case Keyword::True: kind = ExprKind::True; break;
        case Keyword::False: kind = ExprKind::False; break;
        default: failInvalid(t);
        }
        Expr *e = newExpr(kind, next());
        finish(e);
        return e;
    }
    case TokenKind::Op:
        switch (Punct(t.sub)) {
        case Punct::LPar: return parseParenthesized();
        case Punct::LSqb: return parseListDisplay();
        case Punct::LBrace: return parseBraceDisplay();
        case Punct::Ellipsis: {
            Expr *e = newExpr(ExprKind::Ellipsis, next());
            finish(e);
            return e;
        }
        default: break;
        }
        break;
    default:
        break;
    }
    failInvalid(t);
}

const Expr *Parser::parseNumber()
{
    const Token &t = next();
    const QStringView raw = text(t);
    QString value;
    value.reserve(raw.size());
    for (QChar c : raw) {
        if (c != QLatin1Char('_'))
            value.append(c);
    }
    ExprKind kind = ExprKind::Int;
    const QChar second = value.size() > 1 ? value[1].toLower() : QChar();
    if (value.startsWith(QLatin1Char('0')) && (second == QLatin1Char('x') || second == QLatin1Char('o') || second == QLatin1Char('b')))
        kind = ExprKind::Int;
    else if (value.endsWith(QLatin1Char('j')) || value.endsWith(QLatin1Char('J')))
        kind = ExprKind::Imaginary;
    else if (value.contains(QLatin1Char('.')) || value.contains(QLatin1Char('e')) || value.contains(QLatin1Char('E')))
        kind = ExprKind::Float;
    Expr *e = newExpr(kind, t);
    e->value = value;
    finish(e);
    return e;
}

const Expr *Parser::parseParenthesized()
{
    const Token &open = next();
    if (at(Punct::RPar)) {
        Expr *e = newExpr(ExprKind::Tuple, open);
        next();
        finish(e);
        return e;
    }
    if (at(Keyword::Yield)) {
        const Expr *y = parseYield();
        expect(Punct::RPar);
        return y;
    }
    const Expr *first = parseStarNamedExpression();
    if (at(Keyword::For) || (at(Keyword::Async) && peek(1).is(Keyword::For))) {
        Expr *g = newExpr(ExprKind::GeneratorExp, open);
        g->children.push_back(first);
        return parseComprehension(g, Punct::RPar);
    }
    if (at(Punct::Comma)) {
        Expr *tuple = newExpr(ExprKind::Tuple, open);
        return parseSequenceRest(tuple, first, Punct::RPar);
    }
    expect(Punct::RPar);
    if (first->kind == ExprKind::Starred)
        failAt(first->range, open.offset, QStringLiteral("cannot use starred expression here"));
    return first;
}

const Expr *Parser::parseListDisplay()
{
    const Token &open = next();
    if (at(Punct::RSqb)) {
        Expr *e = newExpr(ExprKind::List, open);
        next();
        finish(e);
        return e;
    }
    const Expr *first = parseStarNamedExpression();
    if (at(Keyword::For) || (at(Keyword::Async) && peek(1).is(Keyword::For))) {
        Expr *c = newExpr(ExprKind::ListComp, open);
        c->children.push_back(first);
        return parseComprehension(c, Punct::RSqb);
    }
    return parseSequenceRest(newExpr(ExprKind::List, open), first, Punct::RSqb);
}

const Expr *Parser::parseBraceDisplay()
{
    const Token &open = next();
    if (at(Punct::RBrace)) {
        Expr *e = newExpr(ExprKind::Dict, open);
        next();
        finish(e);
        return e;
    }
    // One dict entry: `**mapping` or `key: value`.
    const auto entry = [this](const Expr *key) -> const Expr * {
        if (!key && at(Punct::DoubleStar)) {
            Expr *d = newExpr(ExprKind::DoubleStarred, next());
            d->children.push_back(parseBinary(0));
            finish(d);
            return d;
        }
        if (!key)
            key = parseExpression();
        if (!at(Punct::Colon))
            failAt(key->range, peek().offset, QStringLiteral("':' expected after dictionary key"));
        next();
        Expr *kv = newExprAt(ExprKind::DictEntry, key);
        kv->children = {key, parseExpression()};
        kv->range.endLine = kv->children[1]->range.endLine; // key start to value end, parentheses excluded
        kv->range.endColumn = kv->children[1]->range.endColumn;
        return kv;
    };
    const Expr *first = nullptr;
    if (!at(Punct::DoubleStar)) {
        first = parseStarNamedExpression();
        if (!at(Punct::Colon)) {
            if (at(Keyword::For) || (at(Keyword::Async) && peek(1).is(Keyword::For))) {
                Expr *c = newExpr(ExprKind::SetComp, open);
                c->children.push_back(first);
                return parseComprehension(c, Punct::RBrace);
            }
            return parseSequenceRest(newExpr(ExprKind::Set, open), first, Punct::RBrace);
        }
        if (first->kind == ExprKind::Starred || first->kind == ExprKind::NamedExpr)
            failInvalid(peek());
    }
    const Expr *firstEntry = entry(first);
    if (firstEntry->kind == ExprKind::DictEntry
        && (at(Keyword::For) || (at(Keyword::Async) && peek(1).is(Keyword::For)))) {
        Expr *c = newExpr(ExprKind::DictComp, open);
        c->children = {firstEntry->children[0], firstEntry->children[1]};
        return parseComprehension(c, Punct::RBrace);
    }
    Expr *dict = newExpr(ExprKind::Dict, open);
    dict->children.push_back(firstEntry);
    while (accept(Punct::Comma)) {
        if (at(Punct::RBrace))
            break;
        dict->children.push_back(entry(nullptr));
    }
    expect(Punct::RBrace);
    finish(dict);
    return dict;
}

const Expr *Parser::parseSequenceRest(Expr *node, const Expr *first, Punct closer)
{
    node->children.push_back(first);
    checkMissingComma(first);
    while (accept(Punct::Comma)) {
        if (at(closer))
            break;
        node->children.push_back(parseStarNamedExpression());
        checkMissingComma(node->children.back());
    }
    expect(closer);
    finish(node);
    return node;
}

void Parser::checkMissingComma(const Expr *element) const
{
    // CPython 3.11's hint for two expressions side by side inside brackets.
    const Token &t = peek();
    const bool startsOperand = t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String
                               || t.is(Keyword::None) || t.is(Keyword::True) || t.is(Keyword::False);
    if (startsOperand)
        failAt(element->range, t.offset, QStringLiteral("invalid syntax. Perhaps you forgot a comma?"));
}

const Expr *Parser::parseComprehension(Expr *node, Punct closer)
{
    parseComprehensionClauses(node);
    expect(closer);
    finish(node);
    return node;
}

void Parser::parseComprehensionClauses(Expr *node)
{
    while (at(Keyword::For) || (at(Keyword::Async) && peek(1).is(Keyword::For))) {
        Expr *c = newExpr(ExprKind::Comprehension, peek());
        c->isAsync = accept(Keyword::Async);
        expect(Keyword::For);
        const Expr *target = parseStarTargets();
        checkTarget(target, "assign to", false);
        expect(Keyword::In);
        c->children = {target, parseDisjunction()};
        while (accept(Keyword::If))
            c->children.push_back(parseDisjunction());
        finish(c);
        node->children.push_back(c);
    }
}

const Parameters *Parser::parseParameters(Punct closer, bool annotations)
{
    Parameters *ps = m_module->m_parameters.create();
    bool seenDefault = false, seenStar = false, seenSlash = false, seenVarKeyword = false;
    const Token *bareStar = nullptr;
    while (!at(closer)) {
        const Token &t = peek();
        if (seenVarKeyword)
            fail(t, QStringLiteral("arguments cannot follow var-keyword argument"));
        if (at(Punct::Slash)) {
            if (seenSlash)
                fail(t, QStringLiteral("/ may appear only once"));
            if (seenStar)
                fail(t, QStringLiteral("/ must be ahead of *"));
            if (ps->list.empty())
                fail(t, QStringLiteral("at least one argument must precede /"));
            next();
            for (Parameter &p : ps->list)
                p.kind = ParameterKind::PositionalOnly;
            seenSlash = true;
        } else if (at(Punct::Star) && (peek(1).is(Punct::Comma) || peek(1).is(closer))) {
            if (seenStar)
                fail(t, QStringLiteral("* argument may appear only once"));
            bareStar = &next();
            seenStar = true;
        } else {
            ParameterKind kind = seenStar ? ParameterKind::KeywordOnly : ParameterKind::Regular;
            if (at(Punct::Star) || at(Punct::DoubleStar)) {
                kind = at(Punct::Star) ? ParameterKind::VarPositional : ParameterKind::VarKeyword;
                if (kind == ParameterKind::VarPositional && seenStar)
                    fail(t, QStringLiteral("* argument may appear only once"));
                next();
            }
            const Token &name = expectName();
            Parameter p;
            p.name = text(name).toString();
            p.kind = kind;
            p.range = {name.line, name.column, name.endLine, name.endColumn};
            if (annotations && accept(Punct::Colon))
                p.annotation = kind == ParameterKind::VarPositional ? parseStarExpression() : parseExpression();
            p.range.endLine = m_prevEndLine;
            p.range.endColumn = m_prevEndColumn;
            if (at(Punct::Equal)) {
                if (kind == ParameterKind::VarPositional || kind == ParameterKind::VarKeyword)
                    fail(peek(), QStringLiteral("var-positional or var-keyword argument cannot have default value"));
                next();
                p.defaultValue = parseExpression();
                if (kind == ParameterKind::Regular)
                    seenDefault = true;
            } else if (kind == ParameterKind::Regular && seenDefault) {
                fail(name, QStringLiteral("non-default argument follows default argument"));
            }
            seenStar = seenStar || kind == ParameterKind::VarPositional;
            seenVarKeyword = kind == ParameterKind::VarKeyword;
            ps->list.push_back(std::move(p));
        }
        if (!accept(Punct::Comma))
            break;
    }
    if (bareStar) {
        bool named = false;
        for (const Parameter &p : ps->list)
            named = named || p.kind == ParameterKind::KeywordOnly;
        if (!named)
            fail(*bareStar, QStringLiteral("named arguments must follow bare *"));
    }
    return ps;
}

} // namespace Retort::Core::Python

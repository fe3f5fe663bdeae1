// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/python/ast.h"

namespace Retort::Core::Python {

/*! Writes an AST as S-expressions, e.g. `(BinOp + (Name a) (Int 1))`, for tests and
    debugging. With `withRanges`, each node that has a CPython counterpart with a location
    gets `@line:col-endLine:endCol` after its kind (not inside f-strings, whose inner
    locations CPython 3.11 reports inconsistently). dumpModule() writes one line per
    top-level statement. The format is mirrored by tests/unit/python/pyast_sexpr.py. */
class AstDump
{
public:
    explicit AstDump(bool withRanges) : m_withRanges(withRanges) {}

    QString module(const Module &module);
    QString statement(const Stmt *s);
    QString expression(const Expr *e);

private:
    void stmt(const Stmt *s);
    void compound(const Stmt *s); //!< def, class, if, while, for, with, try
    void expr(const Expr *e);
    void body(const char *label, const std::vector<const Stmt *> &stmts);
    void exprList(const std::vector<const Expr *> &list);
    void parameters(const Parameters *ps);
    void open(const char *kind, const SourceRange &r, bool ranged = true);
    void optional(const Expr *e);
    void word(const QString &w);
    void string(const QString &s);

    bool m_withRanges;
    int m_inFString = 0;
    QString m_out;
};

} // namespace Retort::Core::Python

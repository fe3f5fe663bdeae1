// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Internal to MakoTemplate (makotemplate.cpp, makoevaluator.cpp): the parsed template tree.
#pragma once

#include "core/python/ast.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Retort::Core::Mako {

/*! One node of a parsed template. Python expressions and statements point into modules the
    owning MakoTemplate keeps alive. Fields by kind:
    - Text: `text`, written as is.
    - Expression (`${expr | filters}`): `expr`, `text` (the source, for messages), `filters`
      (names in order, "n" removed) and `defaultFilters` (false when "n" was given).
    - If (`% if` ... `% endif`): `branches`, a null condition for `% else`.
    - For (`% for target in iterable:` ... `% endfor`): `target`, `expr` (the iterable), `body`.
    - Code (`<% ... %>`): `statements`. */
struct Node
{
    enum class Kind { Text, Expression, If, For, Code };

    struct Branch
    {
        const Python::Expr *condition = nullptr;
        int line = 0;
        std::vector<Node> body;
    };

    Kind kind = Kind::Text;
    int line = 0;
    QString text;
    const Python::Expr *expr = nullptr;
    const Python::Expr *target = nullptr;
    QStringList filters;
    bool defaultFilters = true;
    std::vector<const Python::Stmt *> statements;
    std::vector<Branch> branches;
    std::vector<Node> body;
};

} // namespace Retort::Core::Mako

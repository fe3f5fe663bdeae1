// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/python/ast.h"
#include "core/python/token.h"

namespace Retort::Core::Python {

//! Whether an expression can start with `t` (used to end optional expression lists).
bool startsExpression(const Token &t);
//! How CPython names an expression in "cannot assign to ..." messages ("function call", "literal", ...).
QString describeExpr(const Expr *e);

} // namespace Retort::Core::Python

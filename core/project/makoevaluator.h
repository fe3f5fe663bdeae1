// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Internal to MakoTemplate: evaluates the Python subset of templates.
#pragma once

#include "core/common/expected.h"
#include "core/project/makotemplate.h"
#include "core/project/makovalue.h"
#include "core/python/ast.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Retort::Core::Mako {

/*! Evaluates expressions and runs statements of one render, with Python's semantics for the
    supported subset (see MakoTemplate). Names resolve to assignments made during the render
    (`<% %>` blocks, loop targets), then the input variables, then builtins; anything else is
    UNDEFINED. Errors are Python-worded MakoError values. One instance per render; not shared
    between threads. */
class Evaluator
{
public:
    explicit Evaluator(const MakoRenderInput &input);

    Expected<MakoValue, MakoError> eval(const Python::Expr *expr);
    //! Runs one statement of a `<% %>` block.
    std::optional<MakoError> exec(const Python::Stmt *stmt);
    //! Binds \a value to a Name target, or unpacks it into a Tuple/List of targets.
    std::optional<MakoError> assign(const Python::Expr *target, const MakoValue &value);
    //! Applies Mako's filter chain to an expression's value; the result is the text written.
    Expected<QString, MakoError> filter(
        const MakoValue &value, const QStringList &filters, bool defaultFilters);

    //! Calls builtin \a name (also used for filters that name a callable).
    Expected<MakoValue, MakoError> callBuiltin(
        const QString &name, const std::vector<MakoValue> &args);
    Expected<MakoValue, MakoError> callMethod(
        const MakoValue &self, const QString &name, const std::vector<MakoValue> &args);

private:
    MakoValue lookup(const QString &name) const;
    Expected<MakoValue, MakoError> evalCall(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalAttribute(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalUnary(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalBinary(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalBoolOp(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalCompare(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalSubscript(const Python::Expr *expr);
    Expected<MakoValue, MakoError> evalFString(const Python::Expr *expr);
    Expected<std::vector<MakoValue>, MakoError> evalList(
        const std::vector<const Python::Expr *> &exprs, size_t from);
    Expected<MakoValue, MakoError> binary(
        Python::Operator op, const MakoValue &left, const MakoValue &right);
    Expected<bool, MakoError> compare(
        Python::Operator op, const MakoValue &left, const MakoValue &right);

    Expected<MakoValue, MakoError> stringMethod(
        const QString &self, const QString &name, const std::vector<MakoValue> &args);
    Expected<MakoValue, MakoError> objectMethod(
        const MakoValue &self, const QString &name, const std::vector<MakoValue> &args);
    Expected<MakoValue, MakoError> regexCall(
        const QString &name, const std::vector<MakoValue> &args);
    const QRegularExpression &regex(const QString &pattern);

    const MakoRenderInput &m_input;
    QHash<QString, MakoValue> m_locals;
    QHash<QString, QRegularExpression> m_regexCache;
};

} // namespace Retort::Core::Mako

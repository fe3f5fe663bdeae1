// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/python/ast.h"

namespace Retort::Core::Python {

const Parameter *Parameters::find(QStringView name) const
{
    for (const Parameter &p : list) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

Module::Module(const QString &fileName, QStringView source)
    : m_fileName(fileName)
    , m_source(source.toString())
{
}

const Expr *Module::docstringExpr() const
{
    if (m_body.empty())
        return nullptr;
    const Stmt *first = m_body.front();
    if (first->kind != StmtKind::Expr || !first->value || first->value->kind != ExprKind::String)
        return nullptr;
    return first->value;
}

QString Module::docstring() const
{
    const Expr *e = docstringExpr();
    return e ? e->value : QString();
}

const Stmt *Module::function(QStringView name) const
{
    for (auto it = m_body.crbegin(); it != m_body.crend(); ++it) {
        if ((*it)->kind == StmtKind::FunctionDef && (*it)->name == name)
            return *it;
    }
    return nullptr;
}

QString exprKindName(ExprKind kind)
{
    static const char *const names[] = {
        "Name", "None", "True", "False", "Ellipsis", "Int", "Float", "Imaginary", "String",
        "Bytes", "FString", "FormattedValue", "Attribute", "Call", "Keyword", "Subscript",
        "Slice", "Starred", "DoubleStarred", "UnaryOp", "BinOp", "BoolOp", "Compare", "IfExp",
        "Lambda", "NamedExpr", "Await", "Yield", "YieldFrom", "Tuple", "List", "Set", "Dict",
        "DictEntry", "ListComp", "SetComp", "DictComp", "GeneratorExp", "Comprehension",
    };
    static_assert(sizeof(names) / sizeof(names[0]) == size_t(ExprKind::Comprehension) + 1);
    return QLatin1String(names[size_t(kind)]);
}

QString stmtKindName(StmtKind kind)
{
    static const char *const names[] = {
        "Expr", "Assign", "AugAssign", "AnnAssign", "Import", "ImportFrom", "FunctionDef",
        "ClassDef", "If", "For", "While", "With", "Try", "TryStar", "Raise", "Return", "Pass",
        "Break", "Continue", "Global", "Nonlocal", "Delete", "Assert", "Match",
    };
    static_assert(sizeof(names) / sizeof(names[0]) == size_t(StmtKind::Match) + 1);
    return QLatin1String(names[size_t(kind)]);
}

QString operatorText(Operator op)
{
    static const char *const texts[] = {
        "", "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "and", "or",
        "not", "~", "+", "-", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in",
    };
    static_assert(sizeof(texts) / sizeof(texts[0]) == size_t(Operator::NotIn) + 1);
    return QLatin1String(texts[size_t(op)]);
}

} // namespace Retort::Core::Python

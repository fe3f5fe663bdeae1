// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/ops/literal.h"

#include <QString>

namespace Retort::Core::Ops {

/*! A column type as written in the migration, for a renderer to map per dialect.
    `module` is "sa" (anything from sqlalchemy / sqlalchemy.types), "postgresql", "mysql",
    "sqlite", "mssql", "oracle" (from sqlalchemy.dialects.<d>) or "app" (an application
    type resolved through the project's [retort] types map). `name` is the class name as in
    SQLAlchemy ("String", "VARCHAR", "JSONB", "ENUM") or, for "app", the dotted name
    ("myapp.types.GUID"). `args`/`kwargs` are the constructor arguments as literals (a
    nested type such as `ARRAY(sa.Integer)` is a Literal of kind Type); a type given
    uncalled (`sa.Integer`) has none. For "app", `sql` is the mapped SQL type for the
    target dialect (e.g. "CHAR(32)"), to be emitted verbatim. */
struct TypeSpec
{
    QString module;
    QString name;
    std::vector<Literal> args;
    KeywordList kwargs;
    QString sql;

    bool operator==(const TypeSpec &other) const = default;

    //! The keyword argument \a name, or nullptr.
    const Literal *kwarg(const QString &key) const { return findKeyword(kwargs, key); }
};

} // namespace Retort::Core::Ops

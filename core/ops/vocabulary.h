// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Core::Ops {

//! One callable name with its Python parameter list, for completion and call tips.
struct ApiEntry
{
    QString name; //!< e.g. "create_table"
    QString parameters; //!< the text inside the parentheses, e.g. "table_name, *columns, **kw"
};

/*! The `op.*` functions of Alembic 1.8.1 (alembic/op.pyi) a migration script calls, with their
    parameter lists, sorted by name. The plugin API (register_operation, implementation_for,
    invoke) is left out. Built once; safe from any thread. */
const QList<ApiEntry> &alembicOperations();

//! The methods of the `batch_op` object inside `op.batch_alter_table()`, same shape.
const QList<ApiEntry> &alembicBatchOperations();

/*! The SQLAlchemy names (without the "sa." prefix) the interpreter evaluates as
    constructors or types, sorted; parameters are filled for the common constructors and
    empty where the name is usually used bare (types without arguments, `true`, ...).
    The interpreter's own table of known names is built from this list. */
const QList<ApiEntry> &sqlAlchemyNames();

} // namespace Retort::Core::Ops

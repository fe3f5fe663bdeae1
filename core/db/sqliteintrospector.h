// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/schema/schemasnapshot.h"

#include <QString>

class QSqlDatabase;

namespace Retort::Core {

/*! Reads the schema of the `main` database of an open QSQLITE connection: tables (every
    one except SQLite's internal `sqlite_*`, so alembic_version too), columns
    (pragma_table_xinfo), indexes made by CREATE INDEX (pragma_index_list/xinfo, partial
    predicate and expression keys from their DDL text), and constraints (primary key from
    the pragmas, foreign keys from pragma_foreign_key_list; names, CHECK texts, UNIQUE
    constraints and deferrability from the CREATE TABLE text), and views. Types are the
    declared types, upper-cased with normalised spacing (`VARCHAR(50)`, `NUMERIC(10, 2)`).
    Runs only SELECTs; the connection must belong to the calling thread. Errors are the
    driver's message. */
class SqliteIntrospector
{
public:
    static Expected<SchemaSnapshot, QString> introspect(const QSqlDatabase &db);

    //! Upper-cases \a declared outside quotes and normalises spaces around ( , ).
    static QString normalizeType(const QString &declared);
};

} // namespace Retort::Core

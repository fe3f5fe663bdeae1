// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/graph/migrationstep.h"
#include "core/graph/versionstatement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Core {

class DatabaseSession;

/*! What the version table of a database holds. */
struct VersionTableState
{
    bool hasTable = false; //!< false: the table does not exist (a database Alembic never touched)
    QStringList heads;     //!< `SELECT version_num FROM <table>` in database row order

    bool operator==(const VersionTableState &other) const = default;
};

/*! Alembic's version table on a live database (SQLite or PostgreSQL), with the
    `version_table` and `version_table_schema` of env.py's `context.configure(...)`
    (research/alembic-semantics.md §3).

    Transactions: none of these functions begins, commits or rolls back. The caller owns the
    transaction, so that a step's version-table change commits or rolls back together with the
    step (DESIGN.md §4). On PostgreSQL a failed statement aborts the caller's transaction.

    Errors are the driver's text, or Alembic's own message where Alembic has one. Use from the
    thread that owns the session. A cheap value; holds no connection. */
class VersionTable
{
public:
    explicit VersionTable(const QString &table = QStringLiteral("alembic_version"), const QString &schema = {});

    QString table() const { return m_table; }
    QString schema() const { return m_schema; }

    /*! The rows of the table, or hasTable=false when it does not exist. The table is looked
        up as SQLAlchemy's has_table() does: on SQLite in `main` and `temp` (or the attached
        database named by the schema), case-insensitively; on PostgreSQL among the relations
        visible on the search_path (or in the schema). Reads only. */
    Expected<VersionTableState, QString> readHeads(DatabaseSession &session) const;

    /*! Creates the table unless it exists (Alembic's `create(checkfirst=True)`), with
        createStatement(). Returns true when it was created. */
    Expected<bool, QString> ensureTable(DatabaseSession &session) const;

    /*! Runs \a statements in order, as VersionTableSql renders them for the session's dialect.
        An UPDATE or DELETE that does not touch exactly one row fails with Alembic's message
        (`Online migration expected to match one row when updating 'a' to 'b' in
        'alembic_version'; 0 found`); statements already run are not undone (the caller rolls
        back). A revision id containing a quote is refused, since ids are inlined as Alembic
        inlines them. Returns the number of statements run. */
    Expected<int, QString> apply(DatabaseSession &session, const QList<VersionStatement> &statements) const;
    Expected<int, QString> apply(DatabaseSession &session, const MigrationStep &step) const;

    /*! SQLAlchemy 1.4's CREATE TABLE for the table on \a dialect, as Alembic prints it offline
        (without the terminating ';'):
        `CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT
        alembic_version_pkc PRIMARY KEY (version_num)\n)`. */
    QString createStatement(const QString &dialect) const;

private:
    QString m_table;
    QString m_schema;
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/ops/operation.h"
#include "core/sql/sqldialect.h"
#include "core/sql/sqlstatement.h"

#include <QList>
#include <QString>

namespace Retort::Core::Ops {
class SchemaModel;
struct BatchRecreate;
}

namespace Retort::Core::Sql {

/*! Renders operations to the statements Alembic 1.8.1 (SQLAlchemy 1.4.46) prints for them
    in offline `--sql` mode, for one dialect (research note §4.2, §5.1–5.4). Stateless apart
    from the dialect, the file name used in diagnostics and the optional schema model (read
    only); safe to share between threads while nobody changes that model.

    A SQLite batch that needs Alembic's "move and copy" is rendered from the table definition
    in the schema model (setSchemaModel(); sqlrendererbatch.cpp): CREATE TABLE
    `_alembic_tmp_<table>`, INSERT … SELECT (with CAST where the type affinity changes), DROP
    TABLE, ALTER TABLE … RENAME TO, the re-created indexes. `op.execute()` inside a batch runs
    at once, before the batch's own statements, as in Alembic.

    Errors are Diagnostics located at the operation's call:
    - "sql-unsupported" (Error): Alembic itself fails for this dialect (ALTER of constraints
      on SQLite, with Alembic's NotImplementedError text; a column comment on SQLite; a type
      the dialect cannot compile);
    - "batch-needs-table" (Error): a SQLite batch that needs the move-and-copy recreate, and
      no model is set, or the model does not know the table (the message names it), or knows
      it only inexactly (the message says why);
    - "schema-model" (Error): the batch refers to a column, constraint or index the table
      does not have, or does something Alembic's move and copy fails on ("Constraint must
      have a name", "No such index: 'x'"...);
    - "irreversible" (Error): the body raises (the message is the exception's).
    A failing operation yields no statements at all (Alembic may have printed some before
    failing). */
class SqlRenderer
{
public:
    explicit SqlRenderer(const SqlDialect &dialect, const QString &file = {});

    const SqlDialect &dialect() const { return m_dialect; }

    /*! The tables a SQLite batch move-and-copy starts from. Not owned: it must outlive the
        render calls and not change during one. nullptr (the default): no tables known. */
    void setSchemaModel(const Ops::SchemaModel *model) { m_model = model; }
    const Ops::SchemaModel *schemaModel() const { return m_model; }

    Expected<QList<SqlStatement>, Diagnostic> render(const Ops::Operation &op) const;
    /*! All operations in order; stops at the first error. The schema model is only read: to
        let a batch see the tables made by the operations before it, render them one by one
        and apply each to the model (as writeOfflineScript does). */
    Expected<QList<SqlStatement>, Diagnostic> render(const Ops::OperationList &ops) const;

private:
    using Result = Expected<QList<SqlStatement>, Diagnostic>;

    Result fail(const Ops::Operation &op, const QString &code, const QString &message) const;
    QString table(const QString &name, const std::optional<QString> &schema) const;

    // sqlrenderertable.cpp
    //! How a column stands in its table, for its specification.
    struct ColumnRole
    {
        bool inPrimaryKey = false;        //!< SQLAlchemy's column.primary_key
        bool compositeKey = false;        //!< the table's primary key has not exactly one column
        bool autoincrement = false;       //!< the table's autoincrement column (PostgreSQL: SERIAL)
        bool sqliteAutoincrement = false; //!< `PRIMARY KEY AUTOINCREMENT` inline (SQLite)
    };
    struct ColumnRoles
    {
        std::vector<ColumnRole> columns;     //!< one per column of the table
        Ops::PrimaryKeySpec primaryKey;      //!< as rendered (autoincrement column first if implicit)
        bool inlinePrimaryKey = false;       //!< SQLite renders it with the column
        QString autoincrementError;          //!< SQLAlchemy's ArgumentError finding the autoincrement column
    };
    ColumnRoles columnRoles(const Ops::CreateTable &t) const;
    QStringList tableConstraints(const Ops::CreateTable &t, const ColumnRoles &roles, std::size_t leading) const;
    /*! \a leading: how many of t.constraints (primary keys not counted) SQLAlchemy made before the
        Table, so before the constraints its columns make (see tableConstraints()). */
    bool renderCreateTable(const Ops::CreateTable &t, QStringList &out, QString &error,
                           std::size_t leading = std::size_t(-1)) const;
    bool renderColumnSpec(const Ops::ColumnSpec &c, const ColumnRole &role, QString &out, QString &error) const;
    //! ` GENERATED ALWAYS AS (...)[ STORED| VIRTUAL]`; sets \a error where the dialect refuses it.
    QString computedClause(const Ops::ComputedSpec &computed, QString &error) const;
    bool renderAddColumn(const Ops::AddColumn &a, QStringList &out, QString &error) const;
    QString renderConstraint(const Ops::ConstraintSpec &c, const std::optional<QString> &tableSchema) const;
    QString renderForeignKey(const Ops::ForeignKeySpec &fk, const std::optional<QString> &tableSchema) const;
    QString columnIndexStatement(const QString &table, const std::optional<QString> &schema,
                                 const Ops::ColumnSpec &c) const;
    QStringList enumTypesToCreate(const std::vector<Ops::ColumnSpec> &columns) const;

    // sqlrendereralter.cpp
    bool renderAlterColumn(const Ops::AlterColumn &a, QStringList &out, QString &error) const;
    QString renderCreateIndex(const Ops::IndexSpec &index) const;
    QString renderDropIndex(const Ops::DropIndex &index) const;
    bool renderConstraintOp(const Ops::OperationData &data, QStringList &out, QString &error) const;
    static QString renderExecute(const QString &sql);
    bool renderBulkInsert(const Ops::BulkInsert &b, QStringList &out, QString &error) const;

    // sqlrendererbatch.cpp
    Result renderBatch(const Ops::Operation &op, const Ops::BatchAlterTable &batch) const;
    Result renderRecreate(const Ops::Operation &op, const Ops::BatchAlterTable &batch) const;
    //! \a leading: as for renderCreateTable(), for the temporary table.
    bool renderCopy(const Ops::BatchRecreate &plan, std::size_t leading, QStringList &out, QString &error) const;

    SqlDialect m_dialect;
    QString m_file;
    const Ops::SchemaModel *m_model = nullptr;
};

//! Alembic's statement text: tabs → four spaces, surrounding whitespace stripped, ';' appended.
QString finishStatement(const QString &sql);

} // namespace Retort::Core::Sql

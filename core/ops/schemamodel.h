// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/ops/operation.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Retort::Core::Ops {

/*! What Alembic 1.8.1's batch "move and copy" (ApplyBatchImpl) does to one table, worked out
    from the table before the batch. Names and orders are the ones Alembic's statements use:
    - `table`: the new table under its temporary name `_alembic_tmp_<table>` (cut to 50
      characters): columns in their final order (an added column keeps `index=True`, which
      gives the temporary table its own `ix__alembic_tmp_…` index), the primary key, then
      table_args constraints, the named constraints and the unnamed ones that survive, its
      kwargs (table_kwargs over the old table's), table_args indexes in `indexes`;
    - `transfers`: the columns of `INSERT … SELECT`, in the new table's order;
    - `indexes`: created after the rename: the old table's surviving indexes (a column that is
      gone keeps its old name, as in Alembic), then the batch's create_index ones;
    - `result`: the table as it is afterwards, for the model (real name, every index). */
struct BatchRecreate
{
    struct Transfer
    {
        QString column;                 //!< name in the new table
        QString source;               //!< name in the old table (also the label of a CAST)
        std::vector<TypeSpec> casts;  //!< `CAST(source AS type)`, innermost first: the type affinity changed
        bool castUnknown = false;     //!< an application type changed: whether Alembic casts is unknown
    };

    CreateTable table;
    std::vector<Transfer> transfers;
    std::vector<IndexSpec> indexes;
    CreateTable result;
};

/*! The tables of a database as a sequence of operations leaves them: a value type built by
    applying operations in order (CreateTable, DropTable, RenameTable, AddColumn, DropColumn,
    AlterColumn, CreateIndex/DropIndex, Create*Constraint/DropConstraint, table comments,
    BatchAlterTable — as Alembic runs it on the model's dialect, a SQLite move-and-copy
    included — and AutocommitBlock). Execute, BulkInsert and enum types change no table: raw
    SQL is opaque, so a table made or changed by op.execute() is unknown or stale here.

    A table is stored as a CreateTable in a normal form the renderer can render: column
    `unique`, `index` and ForeignKey flags become table constraints and indexes (`ix_<table>_<col>`
    as SQLAlchemy names them), in the order SQLAlchemy creates them; a primary key is a
    PrimaryKeySpec (unnamed when only column flags gave it) and its columns carry
    `primaryKey`. CHECK texts, server defaults and index expressions are opaque text: renaming
    a column does not rewrite them.

    apply() never fails as a whole: an operation on an unknown table, column, constraint or
    index yields Diagnostics (code "schema-model", Error, located at the operation) and leaves
    the model usable; a known table such an operation touched is marked with the first
    problem (tableProblem()), since it may now differ from the database. Not thread-safe for
    writing; const functions may be called from several threads. */
class SchemaModel
{
public:
    //! \a dialect decides how batches run ("sqlite": move-and-copy when Alembic needs it).
    explicit SchemaModel(const QString &dialect = QStringLiteral("sqlite"));

    const QString &dialect() const { return m_dialect; }

    //! Applies \a op; returns its problems (empty when it applied cleanly). \a file locates them.
    DiagnosticList apply(const Operation &op, const QString &file = QString());
    //! Applies every operation of \a ops in order; all problems, in order.
    DiagnosticList apply(const OperationList &ops);

    //! The table, or nullptr when the model does not know it.
    const CreateTable *table(const QString &name, const std::optional<QString> &schema = std::nullopt) const;
    //! The first problem of an operation on a known table, if any.
    std::optional<Diagnostic> tableProblem(const QString &name, const std::optional<QString> &schema = std::nullopt) const;
    //! "name" or "schema.name" of every table, sorted.
    QStringList tableNames() const;
    int tableCount() const { return int(m_tables.size()); }

    /*! The move-and-copy of \a batch applied to the model's table (whatever `recreate` says).
        Errors (unknown table or column, Alembic's "Constraint must have a name", "No such
        constraint: 'x'", "No such index: 'x'", ...) are located at the batch or the inner
        operation, in \a file. */
    Expected<BatchRecreate, Diagnostic> planRecreate(const Operation &batchOp, const QString &file = QString()) const;

private:
    struct Entry
    {
        CreateTable table;
        std::optional<Diagnostic> problem;
    };
    class Applier;
    friend class Applier;

    static QString key(const QString &name, const std::optional<QString> &schema);

    QString m_dialect;
    QHash<QString, Entry> m_tables;
};

/*! Whether Alembic 1.8.1 moves and copies the table for \a batch on \a dialect, judging only
    the first \a upTo inner operations (Alembic asks again at each add_column with
    insert_before/insert_after): recreate="always"; or "auto" on SQLite with any operation but
    create_index, drop_index, execute and an add_column whose column has no SQL-expression
    server default, no persisted Computed and no UNIQUE, foreign key or type-bound CHECK
    (Alembic adds those as constraints, which SQLite cannot ALTER). */
bool batchRecreates(const BatchAlterTable &batch, const QString &dialect, std::size_t upTo = std::size_t(-1));

/*! SQLAlchemy's type affinity (`TypeEngine._type_affinity`) of \a type by class name:
    "Integer", "String", "Numeric", "Boolean", "Date", "DateTime", "Time", "Interval",
    "_Binary", "JSON", ...; "NullType" for no type; empty when unknown (application types). */
QString typeAffinity(const std::optional<TypeSpec> &type);

//! Implementation details shared by schemamodel.cpp and schemamodelbatch.cpp.
namespace Detail {
ObjectName &nameOf(ConstraintSpec &c);
const ObjectName &nameOf(const ConstraintSpec &c);
QStringList *columnsOf(ConstraintSpec &c); //!< nullptr for a CHECK
QStringList columnsOf(const ConstraintSpec &c);
void absorbColumnFlags(CreateTable &t, ColumnSpec &c, std::vector<ConstraintSpec> &constraints,
                       std::vector<IndexSpec> &indexes);
void setPrimaryKey(CreateTable &t, const std::optional<PrimaryKeySpec> &pk);
void normalizeTable(CreateTable &t);
Diagnostic modelError(const QString &message, const Operation &op, const QString &file);
QString qualifiedName(const QString &name, const std::optional<QString> &schema);
} // namespace Detail

} // namespace Retort::Core::Ops

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// The schema-item value types of the operations IR (names, columns, constraints,
// indexes). Grouped in one header because they form one small closed family.

#include "core/ops/literal.h"
#include "core/ops/sqlexpr.h"
#include "core/ops/typespec.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Retort::Core::Ops {

/*! A constraint or index name. `isNull`: None / not given (SQLAlchemy then uses the naming
    convention or renders it unnamed). `isFinal`: written as `op.f('...')` (or
    `sa.schema.conv`), so no naming convention applies again. */
struct ObjectName
{
    QString text;
    bool isNull = true;
    bool isFinal = false;

    bool operator==(const ObjectName &other) const = default;

    static ObjectName named(const QString &name, bool final = false) { return {name, false, final}; }
};

/*! A parameter whose "not given" differs from None (alter_column's server_default,
    comment, existing_server_default): Untouched = not given / False; Drop = None;
    Set = `value`. */
template<typename T>
struct Change
{
    enum class State { Untouched, Drop, Set };
    State state = State::Untouched;
    T value{};

    bool operator==(const Change &other) const = default;
    bool isSet() const { return state == State::Set; }
};

//! FK actions and options shared by sa.ForeignKey, sa.ForeignKeyConstraint, create_foreign_key.
struct ForeignKeyOptions
{
    std::optional<QString> onDelete;
    std::optional<QString> onUpdate;
    std::optional<bool> deferrable;
    std::optional<QString> initially;
    std::optional<QString> match;
    bool useAlter = false;

    bool operator==(const ForeignKeyOptions &other) const = default;
};

//! `sa.ForeignKey('[schema.]table.column', ...)` on a column; `target` as written.
struct ColumnForeignKey
{
    QString target;
    ObjectName name;
    ForeignKeyOptions options;

    bool operator==(const ColumnForeignKey &other) const = default;
};

//! `sa.Identity(...)`: the options as given (start, increment, ...), `always`.
struct IdentitySpec
{
    bool always = false;
    KeywordList options;

    bool operator==(const IdentitySpec &other) const = default;
};

//! `sa.Computed(sqltext, persisted=None)`.
struct ComputedSpec
{
    SqlExpr expression;
    std::optional<bool> persisted;

    bool operator==(const ComputedSpec &other) const = default;
};

//! A CHECK constraint: table-level, op.create_check_constraint, or given inside sa.Column().
struct CheckSpec
{
    ObjectName name;
    SqlExpr condition;
    std::optional<bool> deferrable;
    std::optional<QString> initially;

    bool operator==(const CheckSpec &other) const = default;
};

/*! `sa.Column(...)`. `nullable` is resolved as SQLAlchemy does (default: not primary_key);
    `nullableGiven` says whether it was written. `autoincrement` is "auto" unless given
    ("true"/"false"/"ignore_fk"). `unique`/`index` are nullopt when not given (None).
    `clientDefault`: a Python-side `default=` other than None was given (no DDL, but
    SQLAlchemy then neither picks the column for autoincrement nor makes it SERIAL).
    `checks`: `sa.CheckConstraint(...)` items given inside the Column, in declaration order;
    SQLAlchemy renders them inline after the column's specification (it keeps them in a set,
    so with several its own order is arbitrary). */
struct ColumnSpec
{
    QString name;
    std::optional<TypeSpec> type; //!< nullopt: no type given (NullType, or taken from a ForeignKey)
    bool nullable = true;
    bool nullableGiven = false;
    bool primaryKey = false;
    QString autoincrement = QStringLiteral("auto");
    std::optional<SqlExpr> serverDefault;
    std::optional<bool> unique;
    std::optional<bool> index;
    std::vector<ColumnForeignKey> foreignKeys;
    std::optional<QString> comment;
    std::optional<IdentitySpec> identity;
    std::optional<ComputedSpec> computed;
    KeywordList dialectKwargs; //!< e.g. postgresql_..., sqlite_on_conflict_...
    bool clientDefault = false;
    std::vector<CheckSpec> checks;

    bool operator==(const ColumnSpec &other) const = default;
};

struct PrimaryKeySpec
{
    ObjectName name;
    QStringList columns;
    std::optional<bool> deferrable;
    std::optional<QString> initially;

    bool operator==(const PrimaryKeySpec &other) const = default;
};

/*! A table-level foreign key. `referentTable`/`referentSchema`/`remoteColumns` are split
    from "schema.table.col" strings for sa.ForeignKeyConstraint; create_foreign_key gives
    them directly. */
struct ForeignKeySpec
{
    ObjectName name;
    QStringList localColumns;
    QString referentTable;
    std::optional<QString> referentSchema;
    QStringList remoteColumns;
    ForeignKeyOptions options;
    KeywordList dialectKwargs;

    bool operator==(const ForeignKeySpec &other) const = default;
};

struct UniqueSpec
{
    ObjectName name;
    QStringList columns;
    std::optional<bool> deferrable;
    std::optional<QString> initially;
    KeywordList dialectKwargs; //!< e.g. postgresql_nulls_not_distinct

    bool operator==(const UniqueSpec &other) const = default;
};

//! One index element: a column name (`isExpression` false) or an SQL expression text.
struct IndexElement
{
    QString column;
    std::optional<SqlExpr> expression;

    bool operator==(const IndexElement &other) const = default;
};

/*! An index, from `op.create_index`, `sa.Index` in create_table, or batch_op.create_index.
    The dialect kwargs Retort renders have fields; any other `<dialect>_<arg>` is kept in
    `dialectKwargs`. */
struct IndexSpec
{
    ObjectName name;
    QString table;
    std::optional<QString> schema;
    std::vector<IndexElement> elements;
    bool unique = false;
    std::optional<SqlExpr> postgresqlWhere;
    std::optional<QString> postgresqlUsing;
    QStringList postgresqlInclude;
    bool postgresqlConcurrently = false;
    std::optional<SqlExpr> sqliteWhere;
    bool ifNotExists = false;
    KeywordList dialectKwargs;

    bool operator==(const IndexSpec &other) const = default;
};

//! A table-level constraint inside create_table or batch table_args.
using ConstraintSpec = std::variant<PrimaryKeySpec, ForeignKeySpec, UniqueSpec, CheckSpec>;

//! A column's sa.ForeignKey('[schema.]table.column') as the table-level constraint it stands for.
ForeignKeySpec columnForeignKey(const ColumnSpec &column, const ColumnForeignKey &foreignKey);

} // namespace Retort::Core::Ops

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// The operations IR: what an upgrade()/downgrade() body does, as plain values. One struct
// per Alembic operation; `Operation` holds one of them plus the source range of its call.
// Optional fields are nullopt when the argument was not given (or None where Alembic makes
// no difference); see Change<T> where "not given" and None differ.

#include "core/ops/schemaspecs.h"
#include "core/python/ast.h"

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace Retort::Core::Ops {

struct Operation;

struct CreateTable
{
    QString table;
    std::optional<QString> schema;
    std::vector<ColumnSpec> columns;
    std::vector<ConstraintSpec> constraints; //!< in declaration order
    std::vector<IndexSpec> indexes;          //!< sa.Index items (index=True stays on the column)
    std::optional<QString> comment;
    bool ifNotExists = false;
    KeywordList kwargs; //!< other table kwargs: sqlite_autoincrement, mysql_engine, prefixes, ...
    bool operator==(const CreateTable &) const = default;
};

struct DropTable
{
    QString table;
    std::optional<QString> schema;
    bool ifExists = false;
    KeywordList kwargs;
    bool operator==(const DropTable &) const = default;
};

struct RenameTable
{
    QString oldName;
    QString newName;
    std::optional<QString> schema;
    bool operator==(const RenameTable &) const = default;
};

//! op.add_column / batch_op.add_column (in a batch, `table` is the batch's table).
struct AddColumn
{
    QString table;
    std::optional<QString> schema;
    ColumnSpec column;
    bool ifNotExists = false;
    std::optional<QString> insertBefore; //!< batch only
    std::optional<QString> insertAfter;  //!< batch only
    bool operator==(const AddColumn &) const = default;
};

struct DropColumn
{
    QString table;
    std::optional<QString> schema;
    QString column;
    bool ifExists = false;
    std::optional<TypeSpec> existingType; //!< batch: drops a Boolean/Enum CHECK
    KeywordList kwargs;                   //!< mssql_drop_default, ...
    bool operator==(const DropColumn &) const = default;
};

struct AlterColumn
{
    QString table;
    std::optional<QString> schema;
    QString column;
    std::optional<bool> nullable;
    Change<QString> comment;
    Change<SqlExpr> serverDefault;
    std::optional<QString> newColumnName;
    std::optional<TypeSpec> type;
    std::optional<TypeSpec> existingType;
    Change<SqlExpr> existingServerDefault;
    std::optional<bool> existingNullable;
    std::optional<QString> existingComment;
    std::optional<QString> postgresqlUsing;
    std::optional<bool> autoincrement;
    std::optional<bool> existingAutoincrement;
    std::optional<QString> insertBefore; //!< batch only
    std::optional<QString> insertAfter;  //!< batch only
    KeywordList kwargs;                  //!< any other keyword
    bool operator==(const AlterColumn &) const = default;
};

struct CreateIndex
{
    IndexSpec index;
    bool operator==(const CreateIndex &) const = default;
};

struct DropIndex
{
    ObjectName name;
    std::optional<QString> table;
    std::optional<QString> schema;
    bool ifExists = false;
    bool postgresqlConcurrently = false;
    KeywordList kwargs;
    bool operator==(const DropIndex &) const = default;
};

struct CreateUniqueConstraint
{
    QString table;
    std::optional<QString> schema;
    UniqueSpec constraint;
    bool operator==(const CreateUniqueConstraint &) const = default;
};

struct CreateForeignKey
{
    QString sourceTable;
    std::optional<QString> sourceSchema;
    ForeignKeySpec constraint;
    bool operator==(const CreateForeignKey &) const = default;
};

struct CreateCheckConstraint
{
    QString table;
    std::optional<QString> schema;
    CheckSpec constraint;
    bool operator==(const CreateCheckConstraint &) const = default;
};

struct CreatePrimaryKey
{
    QString table;
    std::optional<QString> schema;
    PrimaryKeySpec constraint;
    bool operator==(const CreatePrimaryKey &) const = default;
};

struct DropConstraint
{
    ObjectName name;
    QString table;
    std::optional<QString> schema;
    std::optional<QString> type; //!< "foreignkey", "primary", "unique", "check"
    bool ifExists = false;
    bool operator==(const DropConstraint &) const = default;
};

struct CreateTableComment
{
    QString table;
    std::optional<QString> schema;
    std::optional<QString> comment; //!< nullopt: None
    std::optional<QString> existingComment;
    bool operator==(const CreateTableComment &) const = default;
};

struct DropTableComment
{
    QString table;
    std::optional<QString> schema;
    std::optional<QString> existingComment;
    bool operator==(const DropTableComment &) const = default;
};

//! op.execute: SQL passed through verbatim ("raw SQL, dialect unknown").
struct Execute
{
    QString sql;
    bool raw = true;
    bool operator==(const Execute &) const = default;
};

struct BulkInsertColumn
{
    QString name;
    std::optional<TypeSpec> type;
    bool operator==(const BulkInsertColumn &) const = default;
};

//! op.bulk_insert(table, rows): each row maps column names (keys[i]) to values.
struct BulkInsert
{
    QString table;
    std::optional<QString> schema;
    std::vector<BulkInsertColumn> columns;
    std::vector<KeywordList> rows;
    bool multiInsert = true;
    bool operator==(const BulkInsert &) const = default;
};

//! `with op.batch_alter_table(...) as batch_op:` and the batch ops inside, in order.
struct BatchAlterTable
{
    QString table;
    std::optional<QString> schema;
    QString recreate = QStringLiteral("auto");
    std::vector<ConstraintSpec> tableArgs;
    std::vector<IndexSpec> tableArgIndexes;
    KeywordList tableKwargs;
    std::vector<std::pair<QString, QString>> namingConvention; //!< key -> template
    std::optional<QStringList> partialReordering;             //!< flattened, if given
    std::vector<Operation> operations;
    bool operator==(const BatchAlterTable &) const;
};

//! `with op.get_context().autocommit_block():` — the statements run outside a transaction.
struct AutocommitBlock
{
    std::vector<Operation> operations;
    bool operator==(const AutocommitBlock &) const;
};

//! `sa.Enum(...).create(op.get_bind(), checkfirst=...)` / `postgresql.ENUM(...).create(...)`.
struct CreateEnumType
{
    TypeSpec type; //!< the Enum/ENUM constructor as written (values in args, name in kwargs)
    QString name;
    std::optional<QString> schema;
    QStringList values;
    bool checkFirst = true;
    bool operator==(const CreateEnumType &) const = default;
};

struct DropEnumType
{
    TypeSpec type;
    QString name;
    std::optional<QString> schema;
    bool checkFirst = true;
    bool operator==(const DropEnumType &) const = default;
};

//! A `raise` in the body: the direction cannot be run. Nothing after it is interpreted.
struct Irreversible
{
    QString message; //!< the exception's literal message if any
    bool operator==(const Irreversible &) const = default;
};

using OperationData = std::variant<CreateTable, DropTable, RenameTable, AddColumn, DropColumn,
    AlterColumn, CreateIndex, DropIndex, CreateUniqueConstraint, CreateForeignKey,
    CreateCheckConstraint, CreatePrimaryKey, DropConstraint, CreateTableComment,
    DropTableComment, Execute, BulkInsert, BatchAlterTable, AutocommitBlock, CreateEnumType,
    DropEnumType, Irreversible>;

/*! One operation and where its call is (the whole call expression; for a batch or
    autocommit block, the `with` statement; for Irreversible, the `raise`). Switch over it
    with std::visit or std::get_if on `data`. */
struct Operation
{
    OperationData data;
    Python::SourceRange range;

    bool operator==(const Operation &other) const = default;

    template<typename T>
    const T *as() const { return std::get_if<T>(&data); }
};

//! The operations of one direction of one revision file, in execution order.
struct OperationList
{
    QString file;
    std::vector<Operation> operations;

    bool operator==(const OperationList &other) const = default;
};

//! A stable name of the operation kind ("create_table", "batch_alter_table", ...).
QString operationName(const Operation &op);

} // namespace Retort::Core::Ops

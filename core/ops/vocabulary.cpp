// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/vocabulary.h"

#include <algorithm>

namespace Retort::Core::Ops {
namespace {

struct RawEntry
{
    const char *name;
    const char *parameters;
};

template<size_t N> QList<ApiEntry> sortedEntries(const RawEntry (&raw)[N])
{
    QList<ApiEntry> entries;
    entries.reserve(qsizetype(N));
    for (const RawEntry &e : raw)
        entries.append(ApiEntry {QString::fromLatin1(e.name), QString::fromLatin1(e.parameters)});
    std::sort(entries.begin(), entries.end(),
        [](const ApiEntry &a, const ApiEntry &b) { return a.name < b.name; });
    return entries;
}

} // namespace

const QList<ApiEntry> &alembicOperations()
{
    // Parameter lists of alembic/op.pyi (Alembic 1.8.1).
    static const RawEntry raw[] = {
        {"add_column", "table_name, column, schema=None"},
        {"alter_column",
            "table_name, column_name, nullable=None, comment=False, server_default=False, "
            "new_column_name=None, type_=None, existing_type=None, existing_server_default=False, "
            "existing_nullable=None, existing_comment=None, schema=None, **kw"},
        {"batch_alter_table",
            "table_name, schema=None, recreate='auto', partial_reordering=None, copy_from=None, "
            "table_args=(), table_kwargs={}, reflect_args=(), reflect_kwargs={}, "
            "naming_convention=None"},
        {"bulk_insert", "table, rows, multiinsert=True"},
        {"create_check_constraint", "constraint_name, table_name, condition, schema=None, **kw"},
        {"create_exclude_constraint", "constraint_name, table_name, *elements, **kw"},
        {"create_foreign_key",
            "constraint_name, source_table, referent_table, local_cols, remote_cols, "
            "onupdate=None, ondelete=None, deferrable=None, initially=None, match=None, "
            "source_schema=None, referent_schema=None, **dialect_kw"},
        {"create_index", "index_name, table_name, columns, schema=None, unique=False, **kw"},
        {"create_primary_key", "constraint_name, table_name, columns, schema=None"},
        {"create_table", "table_name, *columns, **kw"},
        {"create_table_comment", "table_name, comment, existing_comment=None, schema=None"},
        {"create_unique_constraint", "constraint_name, table_name, columns, schema=None, **kw"},
        {"drop_column", "table_name, column_name, schema=None, **kw"},
        {"drop_constraint", "constraint_name, table_name, type_=None, schema=None"},
        {"drop_index", "index_name, table_name=None, schema=None, **kw"},
        {"drop_table", "table_name, schema=None, **kw"},
        {"drop_table_comment", "table_name, existing_comment=None, schema=None"},
        {"execute", "sqltext, execution_options=None"},
        {"f", "name"},
        {"get_bind", ""},
        {"get_context", ""},
        {"inline_literal", "value, type_=None"},
        {"rename_table", "old_table_name, new_table_name, schema=None"},
    };
    static const QList<ApiEntry> entries = sortedEntries(raw);
    return entries;
}

const QList<ApiEntry> &alembicBatchOperations()
{
    // BatchOperations methods of alembic/operations/ops.py (Alembic 1.8.1).
    static const RawEntry raw[] = {
        {"add_column", "column, insert_before=None, insert_after=None"},
        {"alter_column",
            "column_name, nullable=None, comment=False, server_default=False, "
            "new_column_name=None, "
            "type_=None, existing_type=None, existing_server_default=False, "
            "existing_nullable=None, "
            "existing_comment=None, insert_before=None, insert_after=None, **kw"},
        {"create_check_constraint", "constraint_name, condition, **kw"},
        {"create_foreign_key",
            "constraint_name, referent_table, local_cols, remote_cols, referent_schema=None, "
            "onupdate=None, ondelete=None, deferrable=None, initially=None, match=None, "
            "**dialect_kw"},
        {"create_index", "index_name, columns, **kw"},
        {"create_primary_key", "constraint_name, columns"},
        {"create_table_comment", "comment, existing_comment=None"},
        {"create_unique_constraint", "constraint_name, columns, **kw"},
        {"drop_column", "column_name, **kw"},
        {"drop_constraint", "constraint_name, type_=None"},
        {"drop_index", "index_name, **kw"},
        {"drop_table_comment", "existing_comment=None"},
    };
    static const QList<ApiEntry> entries = sortedEntries(raw);
    return entries;
}

const QList<ApiEntry> &sqlAlchemyNames()
{
    // Parameter lists of SQLAlchemy 1.4 (the commonly used ones; private parameters left out).
    static const RawEntry raw[] = {
        {"Column",
            "name, type_, *args, primary_key=False, nullable=True, default=None, "
            "server_default=None, "
            "index=None, unique=None, autoincrement='auto', comment=None"},
        {"ForeignKey",
            "column, name=None, onupdate=None, ondelete=None, deferrable=None, initially=None, "
            "match=None, use_alter=False"},
        {"PrimaryKeyConstraint", "*columns, name=None"},
        {"ForeignKeyConstraint",
            "columns, refcolumns, name=None, onupdate=None, ondelete=None, deferrable=None, "
            "initially=None, match=None, use_alter=False"},
        {"UniqueConstraint", "*columns, name=None, deferrable=None, initially=None"},
        {"CheckConstraint", "sqltext, name=None, deferrable=None, initially=None"},
        {"Index", "name, *expressions, unique=False"},
        {"text", "text"},
        {"literal_column", "text, type_=None"},
        {"true", ""},
        {"false", ""},
        {"null", ""},
        {"table", "name, *columns, schema=None"},
        {"column", "text, type_=None"},
        {"Identity",
            "always=False, on_null=None, start=None, increment=None, minvalue=None, maxvalue=None, "
            "cycle=None, cache=None"},
        {"Computed", "sqltext, persisted=None"},
        {"conv", "value"},
        {"String", "length=None, collation=None"},
        {"VARCHAR", "length=None, collation=None"},
        {"Integer", ""},
        {"INTEGER", ""},
        {"INT", ""},
        {"BigInteger", ""},
        {"BIGINT", ""},
        {"SmallInteger", ""},
        {"SMALLINT", ""},
        {"Boolean", "create_constraint=False, name=None"},
        {"BOOLEAN", "create_constraint=False, name=None"},
        {"DateTime", "timezone=False"},
        {"DATETIME", "timezone=False"},
        {"TIMESTAMP", "timezone=False"},
        {"Date", ""},
        {"DATE", ""},
        {"Time", "timezone=False"},
        {"TIME", "timezone=False"},
        {"Text", "length=None, collation=None"},
        {"TEXT", "length=None, collation=None"},
        {"Unicode", "length=None"},
        {"UnicodeText", "length=None"},
        {"NVARCHAR", "length=None"},
        {"NCHAR", "length=None"},
        {"Float", "precision=None, asdecimal=False, decimal_return_scale=None"},
        {"FLOAT", "precision=None, asdecimal=False, decimal_return_scale=None"},
        {"REAL", "precision=None"},
        {"Double", "precision=None"},
        {"DOUBLE", "precision=None"},
        {"DOUBLE_PRECISION", "precision=None"},
        {"Numeric", "precision=None, scale=None, decimal_return_scale=None, asdecimal=True"},
        {"NUMERIC", "precision=None, scale=None, decimal_return_scale=None, asdecimal=True"},
        {"DECIMAL", "precision=None, scale=None, decimal_return_scale=None, asdecimal=True"},
        {"LargeBinary", "length=None"},
        {"BLOB", "length=None"},
        {"BINARY", "length=None"},
        {"VARBINARY", "length=None"},
        {"CHAR", "length=None, collation=None"},
        {"CLOB", "length=None, collation=None"},
        {"Enum", "*enums, name=None, native_enum=True, create_constraint=False, length=None"},
        {"JSON", "none_as_null=False"},
        {"ARRAY", "item_type, as_tuple=False, dimensions=None, zero_indexes=False"},
        {"UUID", "as_uuid=True"},
        {"Uuid", "as_uuid=True, native_uuid=True"},
        {"Interval", "native=True, second_precision=None, day_precision=None"},
        {"PickleType", "protocol=5, pickler=None, comparator=None, impl=None"},
        {"NullType", ""},
    };
    static const QList<ApiEntry> entries = sortedEntries(raw);
    return entries;
}

} // namespace Retort::Core::Ops

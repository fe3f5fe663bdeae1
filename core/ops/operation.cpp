// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/operation.h"

namespace Retort::Core::Ops {

bool BatchAlterTable::operator==(const BatchAlterTable &o) const
{
    return table == o.table && schema == o.schema && recreate == o.recreate && tableArgs == o.tableArgs
        && tableArgIndexes == o.tableArgIndexes && tableKwargs == o.tableKwargs
        && namingConvention == o.namingConvention && partialReordering == o.partialReordering
        && operations == o.operations;
}

bool AutocommitBlock::operator==(const AutocommitBlock &o) const
{
    return operations == o.operations;
}

QString operationName(const Operation &op)
{
    static const char *const names[] = {"create_table", "drop_table", "rename_table", "add_column",
        "drop_column", "alter_column", "create_index", "drop_index", "create_unique_constraint",
        "create_foreign_key", "create_check_constraint", "create_primary_key", "drop_constraint",
        "create_table_comment", "drop_table_comment", "execute", "bulk_insert", "batch_alter_table",
        "autocommit_block", "create_enum_type", "drop_enum_type", "irreversible"};
    static_assert(std::size(names) == std::variant_size_v<OperationData>);
    return QString::fromLatin1(names[op.data.index()]);
}

ForeignKeySpec columnForeignKey(const ColumnSpec &column, const ColumnForeignKey &foreignKey)
{
    ForeignKeySpec spec;
    spec.name = foreignKey.name;
    spec.localColumns << column.name;
    QStringList parts = foreignKey.target.split(QLatin1Char('.'));
    spec.remoteColumns << parts.takeLast();
    if (!parts.isEmpty())
        spec.referentTable = parts.takeLast();
    if (!parts.isEmpty())
        spec.referentSchema = parts.join(QLatin1Char('.'));
    spec.options = foreignKey.options;
    return spec;
}

} // namespace Retort::Core::Ops

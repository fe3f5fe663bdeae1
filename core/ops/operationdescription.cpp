// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/ops/operationdescription.h"

namespace Retort::Core::Ops {

namespace {

QString qualified(const QString &name, const std::optional<QString> &schema)
{
    return schema && !schema->isEmpty() ? *schema + QLatin1Char('.') + name : name;
}

QString nameOr(const ObjectName &name, const QString &fallback)
{
    return name.isNull ? fallback : name.text;
}

QString oneLine(const QString &sql)
{
    QString line = sql.simplified();
    if (line.size() > 60)
        line = line.left(59) + QChar(0x2026);
    return line;
}

QString plural(size_t n, const char *word)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(word), n == 1 ? QString() : QStringLiteral("s"));
}

//! The object an operation acts on ("book", "book.title", "ix_x on book"); empty when none.
struct TargetNamer
{
    QString operator()(const CreateTable &o) const { return qualified(o.table, o.schema); }
    QString operator()(const DropTable &o) const { return qualified(o.table, o.schema); }
    QString operator()(const RenameTable &o) const { return qualified(o.oldName, o.schema) + QStringLiteral(" to ") + o.newName; }
    QString operator()(const AddColumn &o) const { return qualified(o.table, o.schema) + QLatin1Char('.') + o.column.name; }
    QString operator()(const DropColumn &o) const { return qualified(o.table, o.schema) + QLatin1Char('.') + o.column; }
    QString operator()(const AlterColumn &o) const
    {
        QString text = qualified(o.table, o.schema) + QLatin1Char('.') + o.column;
        return o.newColumnName ? text + QStringLiteral(" to ") + *o.newColumnName : text;
    }
    QString operator()(const CreateIndex &o) const
    {
        return nameOr(o.index.name, QStringLiteral("(unnamed)")) + QStringLiteral(" on ") + qualified(o.index.table, o.index.schema);
    }
    QString operator()(const DropIndex &o) const
    {
        return o.table ? o.name.text + QStringLiteral(" on ") + qualified(*o.table, o.schema) : o.name.text;
    }
    QString operator()(const CreateUniqueConstraint &o) const { return on(o.constraint.name, o.table, o.schema); }
    QString operator()(const CreateForeignKey &o) const { return on(o.constraint.name, o.sourceTable, o.sourceSchema); }
    QString operator()(const CreateCheckConstraint &o) const { return on(o.constraint.name, o.table, o.schema); }
    QString operator()(const CreatePrimaryKey &o) const { return on(o.constraint.name, o.table, o.schema); }
    QString operator()(const DropConstraint &o) const { return on(o.name, o.table, o.schema); }
    QString operator()(const CreateTableComment &o) const { return qualified(o.table, o.schema); }
    QString operator()(const DropTableComment &o) const { return qualified(o.table, o.schema); }
    QString operator()(const Execute &o) const { return oneLine(o.sql); }
    QString operator()(const BulkInsert &o) const
    {
        return qualified(o.table, o.schema) + QStringLiteral(" (") + plural(o.rows.size(), "row") + QLatin1Char(')');
    }
    QString operator()(const BatchAlterTable &o) const
    {
        return qualified(o.table, o.schema) + QStringLiteral(" (") + plural(o.operations.size(), "operation") + QLatin1Char(')');
    }
    QString operator()(const AutocommitBlock &o) const
    {
        return QStringLiteral("(") + plural(o.operations.size(), "operation") + QLatin1Char(')');
    }
    QString operator()(const CreateEnumType &o) const { return qualified(o.name, o.schema); }
    QString operator()(const DropEnumType &o) const { return qualified(o.name, o.schema); }
    QString operator()(const Irreversible &o) const { return o.message; }

    static QString on(const ObjectName &name, const QString &table, const std::optional<QString> &schema)
    {
        return nameOr(name, QStringLiteral("(unnamed)")) + QStringLiteral(" on ") + qualified(table, schema);
    }
};

void describeInto(const std::vector<Operation> &operations, const QString &indent, QStringList &out)
{
    for (const Operation &op : operations) {
        out << indent + describeOperation(op);
        if (const auto *batch = op.as<BatchAlterTable>())
            describeInto(batch->operations, indent + QStringLiteral("  "), out);
        else if (const auto *block = op.as<AutocommitBlock>())
            describeInto(block->operations, indent + QStringLiteral("  "), out);
    }
}

} // namespace

QString describeOperation(const Operation &op)
{
    const QString target = std::visit(TargetNamer{}, op.data);
    const QString name = operationName(op);
    if (target.isEmpty())
        return name;
    return name + (op.as<Execute>() || op.as<Irreversible>() ? QStringLiteral(": ") : QStringLiteral(" ")) + target;
}

QStringList describeOperations(const std::vector<Operation> &operations)
{
    QStringList out;
    describeInto(operations, QString(), out);
    return out;
}

} // namespace Retort::Core::Ops

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// batch_alter_table: the plain ALTER path, and SQLite's "move and copy" from the schema model.
#include "core/ops/schemamodel.h"
#include "core/sql/sqlrenderer.h"

#include <algorithm>

namespace Retort::Core::Sql {

using namespace Ops;

namespace {

QList<SqlStatement> toStatements(const QStringList &texts, const Python::SourceRange &source)
{
    QList<SqlStatement> out;
    out.reserve(texts.size());
    for (const QString &text : texts)
        out.append(SqlStatement{finishStatement(text), true, source});
    return out;
}

QString qualifiedName(const QString &name, const std::optional<QString> &schema)
{
    return schema && !schema->isEmpty() ? *schema + QLatin1Char('.') + name : name;
}

} // namespace

SqlRenderer::Result SqlRenderer::renderBatch(const Operation &op, const BatchAlterTable &batch) const
{
    const QString dialect = m_dialect.name();
    // op.execute() inside the block runs at once; everything else waits for the block's end.
    QList<SqlStatement> all;
    for (const Operation &inner : batch.operations) {
        if (inner.as<Execute>()) {
            auto part = render(inner);
            if (!part)
                return part.error();
            all.append(part.value());
        }
    }
    for (std::size_t i = 0; i < batch.operations.size(); ++i) {
        const auto *add = batch.operations[i].as<AddColumn>();
        if (add && (add->insertBefore || add->insertAfter) && !batchRecreates(batch, dialect, i))
            return fail(batch.operations[i], QStringLiteral("sql-unsupported"),
                        QStringLiteral("Can't specify insert_before or insert_after when using ALTER; please specify "
                                       "recreate='always'"));
    }
    if (batchRecreates(batch, dialect)) {
        if (m_dialect.isPostgres())
            return fail(op, QStringLiteral("sql-unsupported"),
                        QStringLiteral("batch_alter_table('%1', recreate='always'): Retort renders the move and copy "
                                       "for SQLite only").arg(batch.table));
        auto copy = renderRecreate(op, batch);
        if (!copy)
            return copy.error();
        all.append(copy.value());
        return all;
    }
    for (const Operation &inner : batch.operations) {
        if (inner.as<Execute>())
            continue;
        auto part = render(inner);
        if (!part)
            return part.error();
        all.append(part.value());
    }
    return all;
}

SqlRenderer::Result SqlRenderer::renderRecreate(const Operation &op, const BatchAlterTable &batch) const
{
    const QString name = qualifiedName(batch.table, batch.schema);
    const QString prefix = QStringLiteral("batch recreate needs the table definition: ");
    if (!m_model)
        return fail(op, QStringLiteral("batch-needs-table"), prefix + QStringLiteral("table '%1' is unknown").arg(name));
    if (!m_model->table(batch.table, batch.schema))
        return fail(op, QStringLiteral("batch-needs-table"),
                    prefix + QStringLiteral("table '%1' is unknown (no earlier operation creates it; tables made or changed "
                                            "by op.execute() are not modelled)").arg(name));
    if (const auto problem = m_model->tableProblem(batch.table, batch.schema))
        return fail(op, QStringLiteral("batch-needs-table"),
                    prefix + QStringLiteral("table '%1' is not known exactly (%2)").arg(name, problem->toString()));
    const auto plan = m_model->planRecreate(op, m_file);
    if (!plan)
        return plan.error();
    QStringList out;
    QString error;
    // The temporary Table is built with the batch's table_args; the copies are appended later.
    const auto leading = std::count_if(batch.tableArgs.begin(), batch.tableArgs.end(),
                                       [](const ConstraintSpec &c) { return !std::holds_alternative<PrimaryKeySpec>(c); });
    if (!renderCopy(plan.value(), std::size_t(leading), out, error))
        return fail(op, QStringLiteral("sql-unsupported"), error);
    return toStatements(out, op.range);
}

bool SqlRenderer::renderCopy(const BatchRecreate &plan, std::size_t leading, QStringList &out, QString &error) const
{
    const CreateTable &temp = plan.table;
    const CreateTable &result = plan.result;
    if (!renderCreateTable(temp, out, error, leading))
        return false;
    const QString source = table(result.table, result.schema);
    QStringList names;
    QStringList values;
    for (const BatchRecreate::Transfer &t : plan.transfers) {
        if (t.castUnknown) {
            error = QStringLiteral("cannot tell whether Alembic casts column '%1' to its new type in the copy (an "
                                   "application type)").arg(t.source);
            return false;
        }
        names << m_dialect.quote(t.column);
        QString value = source + QLatin1Char('.') + m_dialect.quote(t.source);
        for (const TypeSpec &type : t.casts) {
            const auto rendered = m_dialect.renderType(type);
            if (!rendered) {
                error = rendered.error().message;
                return false;
            }
            value = QStringLiteral("CAST(%1 AS %2)").arg(value, rendered.value());
        }
        if (!t.casts.empty())
            value += QStringLiteral(" AS ") + m_dialect.quote(t.source);
        values << value;
    }
    const QString target = table(temp.table, temp.schema);
    out << QStringLiteral("INSERT INTO %1 (%2) SELECT %3 \nFROM %4")
               .arg(target, names.join(QLatin1String(", ")), values.join(QLatin1String(", ")), source);
    out << QStringLiteral("DROP TABLE ") + source;
    out << QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(target, m_dialect.quote(result.table));
    for (const IndexSpec &index : plan.indexes) {
        if (index.name.isNull) {
            error = QStringLiteral("An index must have a name");
            return false;
        }
        out << renderCreateIndex(index);
    }
    return true;
}

} // namespace Retort::Core::Sql

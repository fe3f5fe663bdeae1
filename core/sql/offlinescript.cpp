// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/offlinescript.h"

#include "core/graph/versiontablesql.h"
#include "core/project/project.h"
#include "core/sql/planrenderer.h"

#include <QSet>


namespace Retort::Core::Sql {
namespace {

//! SQLAlchemy 1.4's DDL for Alembic's version table (research note §3.1), trailing space kept.
QString createVersionTable(const VersionTableSql &table, const QString &tableName, const QString &dialect)
{
    return QStringLiteral("CREATE TABLE %1 (\n    version_num VARCHAR(32) NOT NULL, \n"
                          "    CONSTRAINT %2 PRIMARY KEY (version_num)\n);")
        .arg(table.qualifiedTable(), VersionTableSql::quoteIdentifier(tableName + QLatin1String("_pkc"), dialect));
}

//! Applies a step's version statements to the simulated rows.
void applyVersionStatements(const MigrationStep &step, QSet<QString> &heads)
{
    for (const VersionStatement &v : step.versionStatements) {
        if (v.kind != VersionStatement::Insert)
            heads.remove(v.from);
        if (v.kind != VersionStatement::Delete)
            heads.insert(v.to);
    }
}

} // namespace

Expected<QString, Diagnostic> writeOfflineScript(const Project &project, const MigrationPlan &plan,
                                                 const OfflineScriptOptions &options)
{
    const VersionTableSql versionSql(options.versionTable, options.versionTableSchema, options.dialect.name());
    const bool transactional = options.dialect.transactionalDdl();
    const bool outerTransaction = transactional && !options.transactionPerMigration;
    QString out;
    const auto put = [&out](const QString &item) { out += item + QLatin1String("\n\n"); };
    QSet<QString> heads(plan.initialHeads.cbegin(), plan.initialHeads.cend());

    if (outerTransaction)
        put(QStringLiteral("BEGIN;"));
    const QList<StepRendering> rendered = renderPlanSteps(project, plan, options, /*stopAtFirstError=*/true);
    for (qsizetype index = 0; index < plan.steps.size(); ++index) {
        const MigrationStep &step = plan.steps.at(index);
        const auto &statements = rendered.at(index).statements;
        if (!statements)
            return statements.error();
        if (transactional && options.transactionPerMigration)
            put(QStringLiteral("BEGIN;"));
        if (heads.isEmpty())
            put(createVersionTable(versionSql, options.versionTable, options.dialect.name()));
        put(QLatin1String("-- Running ") + step.shortLog());
        for (const SqlStatement &statement : statements.value()) {
            if (transactional && statement.opensAutocommitBlock)
                put(QStringLiteral("COMMIT;"));
            put(statement.text);
            if (transactional && statement.closesAutocommitBlock)
                put(QStringLiteral("BEGIN;"));
        }
        for (const VersionStatement &v : step.versionStatements)
            put(versionSql.render(v));
        applyVersionStatements(step, heads);
        if (transactional && options.transactionPerMigration)
            put(QStringLiteral("COMMIT;"));
    }
    // Alembic <= 1.18 drops the version table when an offline run ends with no heads.
    if (!plan.steps.isEmpty() && heads.isEmpty())
        put(QLatin1String("DROP TABLE ") + versionSql.qualifiedTable() + QLatin1Char(';'));
    if (outerTransaction)
        put(QStringLiteral("COMMIT;"));
    return out;
}

} // namespace Retort::Core::Sql

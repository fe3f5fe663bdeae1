// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/offlinescript.h"

#include "core/graph/versiontablesql.h"
#include "core/ops/interpreter.h"
#include "core/project/project.h"
#include "core/sql/sqlrenderer.h"

#include <QSet>

namespace Retort::Core::Sql {
namespace {

//! The statements of one step's migration function (none for a stamp step).
Expected<QStringList, Diagnostic> stepStatements(const Project &project, const MigrationStep &step,
                                                 const OfflineScriptOptions &options)
{
    if (step.direction == MigrationStep::Stamp)
        return QStringList();
    const RevisionScript *script = project.scriptFor(step.revision);
    if (!script)
        return Diagnostic::error(QStringLiteral("sql-no-script"),
                                 QStringLiteral("No revision file for %1").arg(step.revision));
    const Ops::Direction direction = step.direction == MigrationStep::Upgrade ? Ops::Direction::Upgrade
                                                                              : Ops::Direction::Downgrade;
    const Ops::InterpreterContext context{options.dialect.name(), options.maps};
    const auto operations = Ops::interpret(*script, direction, context);
    if (!operations)
        return operations.error();
    const auto statements = SqlRenderer(options.dialect, script->filePath).render(operations.value());
    if (!statements)
        return statements.error();
    QStringList texts;
    for (const SqlStatement &statement : statements.value())
        texts << statement.text;
    return texts;
}

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
    for (const MigrationStep &step : plan.steps) {
        const auto statements = stepStatements(project, step, options);
        if (!statements)
            return statements.error();
        if (transactional && options.transactionPerMigration)
            put(QStringLiteral("BEGIN;"));
        if (heads.isEmpty())
            put(createVersionTable(versionSql, options.versionTable, options.dialect.name()));
        put(QLatin1String("-- Running ") + step.shortLog());
        for (const QString &statement : statements.value())
            put(statement);
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

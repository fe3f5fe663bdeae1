// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/runplanner.h"

#include "core/graph/revisionmap.h"
#include "core/project/project.h"
#include "core/sql/executionpreparer.h"
#include "core/sql/planrenderer.h"

namespace Retort::Core {

QString RunRequest::verbName() const
{
    switch (verb) {
    case Verb::Upgrade: return QStringLiteral("upgrade");
    case Verb::Downgrade: return QStringLiteral("downgrade");
    case Verb::Stamp: return QStringLiteral("stamp");
    }
    return {};
}

QString RunRequest::commandLine() const
{
    return verbName() + QLatin1Char(' ') + targets.join(QLatin1Char(' '));
}

Expected<MigrationPlan, RevisionError> RunPlanner::plan(const RevisionMap &map, const RunRequest &request,
                                                        const QStringList &databaseHeads)
{
    const QStringList current = request.purge ? QStringList() : databaseHeads;
    switch (request.verb) {
    case RunRequest::Verb::Upgrade: return map.upgrade(request.targets.value(0), current);
    case RunRequest::Verb::Downgrade: return map.downgrade(request.targets.value(0), current);
    case RunRequest::Verb::Stamp: return map.stamp(request.targets, current);
    }
    return RevisionError::internal(QStringLiteral("unknown verb"));
}

Expected<Sql::OfflineScriptOptions, QString> RunPlanner::renderOptions(const Project &project, const QString &dialect)
{
    const auto sqlDialect = Sql::SqlDialect::fromName(dialect);
    if (!sqlDialect)
        return sqlDialect.error();
    Sql::OfflineScriptOptions options;
    options.dialect = sqlDialect.value();
    if (project.isOpen())
        options.maps = Ops::ProjectMaps::load(project.config().ini(), project.config().iniFilePath());
    const MigrationContextSettings &settings = project.contextSettings();
    options.versionTable = settings.versionTable;
    options.versionTableSchema = settings.versionTableSchema;
    options.transactionPerMigration = settings.transactionPerMigration;
    return options;
}

Expected<PreparedRun, QString> RunPlanner::prepare(const Project &project, const RunRequest &request,
                                                   const QStringList &databaseHeads, const QString &dialect)
{
    auto options = renderOptions(project, dialect);
    if (!options)
        return options.error();
    auto plan = RunPlanner::plan(project.map(), request, databaseHeads);
    if (!plan)
        return plan.error().message;

    PreparedRun run;
    run.request = request;
    run.plan = plan.value();
    run.options = options.value();
    run.execution = Sql::assembleExecution(project, run.plan, run.options, &run.blockers);
    run.execution.purgeVersionTable = request.verb == RunRequest::Verb::Stamp && request.purge;
    run.risks = Sql::assessPlanRisks(project, run.plan, run.options.dialect, run.options.maps);
    return run;
}

} // namespace Retort::Core

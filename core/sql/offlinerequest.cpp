// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/offlinerequest.h"

#include "core/graph/revisionmap.h"
#include "core/project/project.h"
#include "core/sql/renderability.h"

namespace Retort::Core::Sql {
namespace {

Diagnostic rangeProblem(const QString &message)
{
    return Diagnostic::error(QStringLiteral("sql-range"), message);
}

OfflineSql failure(const Diagnostic &problem)
{
    OfflineSql result;
    result.problems.append(problem);
    return result;
}

/*! The other revisions of \a plan that cannot be rendered on their own, after \a first (the
    failure writeOfflineScript() reported). SQLite batches that need the tables of the revisions
    before are not listed: they render as part of a plan. */
void appendFurtherProblems(OfflineSql &result, const Project &project, const MigrationPlan &plan,
    const OfflineScriptOptions &options)
{
    for (const MigrationStep &step : plan.steps) {
        if (step.direction == MigrationStep::Stamp)
            continue;
        const RevisionScript *script = project.scriptFor(step.revision);
        if (!script)
            continue;
        const RevisionRenderability verdict
            = assessRenderability(*script, options.dialect, options.maps);
        const DirectionRenderability &side
            = step.direction == MigrationStep::Upgrade ? verdict.upgrade : verdict.downgrade;
        if (side.renderable || side.needsHistory || !side.problem)
            continue;
        if (!result.problems.contains(*side.problem))
            result.problems.append(*side.problem);
    }
}

OfflineSql renderPlan(const Project &project, const Expected<MigrationPlan, RevisionError> &plan,
    const SqlDialect &dialect)
{
    if (!plan)
        return failure(rangeProblem(plan.error().message));
    const OfflineScriptOptions options = offlineScriptOptions(project, dialect);
    const Expected<QString, Diagnostic> script = writeOfflineScript(project, plan.value(), options);
    OfflineSql result;
    result.warnings = plan.value().warnings;
    if (script) {
        result.script = script.value();
        return result;
    }
    result.problems.append(script.error());
    appendFurtherProblems(result, project, plan.value(), options);
    return result;
}

std::optional<Diagnostic> blockingProblem(const Project &project)
{
    if (!project.isOpen())
        return project.openError().value_or(rangeProblem(QStringLiteral("No project is open")));
    if (!project.canPlan())
        return project.firstBlockingError();
    return std::nullopt;
}

} // namespace

Expected<OfflineRange, QString> parseOfflineRange(
    const RevisionMap &map, const QStringList &arguments)
{
    OfflineRange range;
    QString start;
    for (const QString &argument : arguments) {
        const qsizetype colon = argument.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            range.destinations << argument;
            continue;
        }
        if (!start.isNull() && start != argument.left(colon))
            return QStringLiteral(
                "Stamp operation with --sql only supports a single starting revision at a time");
        start = argument.left(colon);
        range.destinations << argument.mid(colon + 1);
    }
    if (!start.isEmpty() && start != QLatin1String("base")) {
        const Expected<QString, RevisionError> resolved = map.getRevision(start);
        if (!resolved)
            return resolved.error().message;
        if (!resolved.value().isEmpty())
            range.current << resolved.value();
    }
    return range;
}

Expected<MigrationPlan, RevisionError> planOfflineRange(
    const RevisionMap &map, Ops::Direction direction, const OfflineRange &range)
{
    if (direction == Ops::Direction::Upgrade)
        return map.upgrade(range.destinations.value(0), range.current);
    return map.downgrade(range.destinations.value(0), range.current);
}

OfflineScriptOptions offlineScriptOptions(const Project &project, const SqlDialect &dialect)
{
    OfflineScriptOptions options;
    options.dialect = dialect;
    const MigrationContextSettings &settings = project.contextSettings();
    options.versionTable = settings.versionTable;
    options.versionTableSchema = settings.versionTableSchema;
    options.transactionPerMigration = settings.transactionPerMigration;
    if (project.isOpen())
        options.maps
            = Ops::ProjectMaps::load(project.config().ini(), project.config().iniFilePath());
    return options;
}

OfflineSql renderOfflineSql(const Project &project, Ops::Direction direction, const QString &range,
    const SqlDialect &dialect)
{
    const QString text = range.trimmed();
    if (direction == Ops::Direction::Downgrade && !text.contains(QLatin1Char(':')))
        return failure(
            rangeProblem(QStringLiteral("downgrade with --sql requires <fromrev>:<torev>")));
    if (const std::optional<Diagnostic> blocking = blockingProblem(project))
        return failure(*blocking);
    const Expected<OfflineRange, QString> parsed
        = parseOfflineRange(project.map(), QStringList {text});
    if (!parsed)
        return failure(rangeProblem(parsed.error()));
    return renderPlan(project, planOfflineRange(project.map(), direction, parsed.value()), dialect);
}

OfflineSql renderRevisionSql(const Project &project, Ops::Direction direction,
    const QString &revisionId, const SqlDialect &dialect)
{
    if (const std::optional<Diagnostic> blocking = blockingProblem(project))
        return failure(*blocking);
    const std::optional<RevisionInfo> info = project.map().revision(revisionId);
    if (!info)
        return failure(
            rangeProblem(QStringLiteral("No such revision or branch '%1'").arg(revisionId)));
    if (direction == Ops::Direction::Upgrade)
        return renderPlan(project, project.map().upgrade(revisionId, info->downRevisions), dialect);
    return renderPlan(
        project, project.map().downgrade(QStringLiteral("-1"), QStringList {revisionId}), dialect);
}

} // namespace Retort::Core::Sql

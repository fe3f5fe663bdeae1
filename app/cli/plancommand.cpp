// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/plancommand.h"

#include "app/cli/clicommands.h"
#include "core/graph/versiontablesql.h"

#include <QJsonArray>

namespace Retort::Cli {
namespace {

QString kindName(Core::VersionStatement::Kind kind)
{
    switch (kind) {
    case Core::VersionStatement::Insert: return QStringLiteral("insert");
    case Core::VersionStatement::Update: return QStringLiteral("update");
    case Core::VersionStatement::Delete: return QStringLiteral("delete");
    }
    return {};
}

QString directionName(Core::MigrationStep::Direction direction)
{
    switch (direction) {
    case Core::MigrationStep::Upgrade: return QStringLiteral("upgrade");
    case Core::MigrationStep::Downgrade: return QStringLiteral("downgrade");
    case Core::MigrationStep::Stamp: return QStringLiteral("stamp");
    }
    return {};
}

struct PlanRequest
{
    QString command;
    QStringList targets;
    QStringList current;
};

//! Version-table SQL for the project's dialect; dialects without quirks of their own (and a
//! project with no URL) render like sqlite, as VersionTableSql documents.
Core::VersionTableSql versionSql(const CliSession &session)
{
    const auto &values = session.options().values;
    const QString dialectName = session.dialectName().isEmpty() ? QStringLiteral("sqlite") : session.dialectName();
    return Core::VersionTableSql(values.value(QStringLiteral("version-table"), QStringLiteral("alembic_version")),
                                 values.value(QStringLiteral("version-table-schema")), dialectName);
}

QJsonObject stepJson(const Core::MigrationStep &step, const Core::VersionTableSql &sql)
{
    QJsonArray statements;
    for (const Core::VersionStatement &statement : step.versionStatements) {
        statements.append(QJsonObject{{QStringLiteral("kind"), kindName(statement.kind)},
                                      {QStringLiteral("from"), statement.from},
                                      {QStringLiteral("to"), statement.to},
                                      {QStringLiteral("sql"), sql.render(statement)}});
    }
    return QJsonObject{{QStringLiteral("direction"), directionName(step.direction)},
                       {QStringLiteral("revision"), step.revision},
                       {QStringLiteral("from"), QJsonArray::fromStringList(step.fromRevisions)},
                       {QStringLiteral("to"), QJsonArray::fromStringList(step.toRevisions)},
                       {QStringLiteral("log"), step.shortLog()},
                       {QStringLiteral("version_statements"), statements}};
}

void printPlanText(CliSession &session, const PlanRequest &request, const Core::MigrationPlan &plan)
{
    const Core::VersionTableSql sql = versionSql(session);
    QTextStream &out = session.out();
    out << "Plan: " << request.command << ' ' << request.targets.join(QLatin1Char(' ')) << " from "
        << (request.current.isEmpty() ? QStringLiteral("<empty version table>") : request.current.join(QLatin1String(", ")))
        << '\n';
    int number = 0;
    for (const Core::MigrationStep &step : plan.steps) {
        const Core::RevisionSummary summary = session.project().summary(step.revision);
        out << QStringLiteral("%1. Running ").arg(++number) << step.shortLog();
        if (!summary.doc.isEmpty())
            out << ", " << summary.doc;
        out << '\n';
        for (const Core::VersionStatement &statement : step.versionStatements)
            out << "     " << sql.render(statement) << '\n';
    }
    if (plan.steps.isEmpty())
        out << "Nothing to do.\n";
    out << "Version table afterwards: "
        << (plan.finalHeads.isEmpty() ? QStringLiteral("<empty>") : plan.finalHeads.join(QLatin1String(", "))) << '\n';
}

Core::Expected<Core::MigrationPlan, Core::RevisionError> makePlan(const Core::RevisionMap &map, const PlanRequest &request)
{
    if (request.command == QLatin1String("upgrade"))
        return map.upgrade(request.targets.value(0), request.current);
    if (request.command == QLatin1String("downgrade"))
        return map.downgrade(request.targets.value(0), request.current);
    return map.stamp(request.targets, request.current);
}

} // namespace

int runPlanCommand(CliSession &session)
{
    const CliOptions &options = session.options();
    PlanRequest request{options.positional.value(0), options.positional.mid(1), {}};
    if (request.command != QLatin1String("upgrade") && request.command != QLatin1String("downgrade")
        && request.command != QLatin1String("stamp"))
        return session.fail(QStringLiteral("plan needs upgrade, downgrade or stamp, not '%1'").arg(request.command));
    if (request.command != QLatin1String("stamp") && request.targets.size() != 1)
        return session.fail(QStringLiteral("plan %1 takes exactly one target revision").arg(request.command));
    const QString from = options.values.value(QStringLiteral("from"));
    if (!from.isEmpty())
        request.current = from.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!session.project().canPlan())
        return session.fail(session.project().firstBlockingError()->toString());
    const auto plan = makePlan(session.project().map(), request);
    if (!plan)
        return session.fail(plan.error().message);
    for (const QString &warning : plan.value().warnings)
        session.warn(QStringLiteral("UserWarning: ") + warning);
    if (!options.json) {
        printPlanText(session, request, plan.value());
        return 0;
    }
    const Core::VersionTableSql sql = versionSql(session);
    QJsonArray steps;
    for (const Core::MigrationStep &step : plan.value().steps)
        steps.append(stepJson(step, sql));
    session.printJson(QJsonObject{{QStringLiteral("steps"), steps},
                                  {QStringLiteral("final_heads"), QJsonArray::fromStringList(plan.value().finalHeads)},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.value().warnings)}});
    return 0;
}

} // namespace Retort::Cli

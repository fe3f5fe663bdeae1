// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/offlinecommand.h"

#include "app/cli/clicommands.h"
#include "app/cli/onlinecommand.h"
#include "core/ops/projectmaps.h"
#include "core/sql/offlinescript.h"

namespace Retort::Cli {
namespace {

Core::Expected<Core::Sql::SqlDialect, QString> dialectFor(const CliSession &session)
{
    const QString name = session.dialectName();
    if (name.isEmpty())
        return QStringLiteral("No dialect: set sqlalchemy.url in %1 or pass --dialect sqlite|postgresql")
            .arg(session.project().config().iniPath());
    const auto dialect = Core::Sql::SqlDialect::fromName(name);
    if (!dialect)
        return QStringLiteral("Retort renders SQL for sqlite and postgresql, not '%1'").arg(name);
    return dialect.value();
}

//! "start:end" -> the plan's current heads (the resolved start) and the destination(s).
struct Range
{
    QStringList current;
    QStringList destinations;
};

Core::Expected<Range, QString> splitRange(const CliSession &session)
{
    Range range;
    QString start;
    for (const QString &arg : session.options().positional) {
        const qsizetype colon = arg.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            range.destinations << arg;
            continue;
        }
        if (!start.isNull() && start != arg.left(colon))
            return QStringLiteral("Stamp operation with --sql only supports a single starting revision at a time");
        start = arg.left(colon);
        range.destinations << arg.mid(colon + 1);
    }
    if (!start.isEmpty() && start != QLatin1String("base")) {
        const auto resolved = session.project().map().getRevision(start);
        if (!resolved)
            return resolved.error().message;
        if (!resolved.value().isEmpty())
            range.current << resolved.value();
    }
    return range;
}

Core::Expected<Core::MigrationPlan, Core::RevisionError> planFor(const CliSession &session, const Range &range)
{
    const Core::RevisionMap &map = session.project().map();
    const QString &verb = session.options().verb;
    if (verb == QLatin1String("upgrade"))
        return map.upgrade(range.destinations.value(0), range.current);
    if (verb == QLatin1String("downgrade"))
        return map.downgrade(range.destinations.value(0), range.current);
    return map.stamp(range.destinations, range.current);
}

//! Alembic's command-level checks, before anything is planned; empty when fine.
QString commandError(const CliSession &session)
{
    const CliOptions &options = session.options();
    const bool sql = options.hasFlag(QStringLiteral("sql"));
    const bool hasRange = options.positional.join(QLatin1Char(' ')).contains(QLatin1Char(':'));
    if (options.verb == QLatin1String("stamp") && sql && options.hasFlag(QStringLiteral("purge")))
        return QStringLiteral("Can't use --purge with --sql mode");
    if (!sql && hasRange && options.verb != QLatin1String("stamp"))
        return QStringLiteral("Range revision not allowed");
    if (sql && options.verb == QLatin1String("downgrade") && !hasRange)
        return QStringLiteral("downgrade with --sql requires <fromrev>:<torev>");
    return {};
}

} // namespace

int runOfflineCommand(CliSession &session)
{
    const QString error = commandError(session);
    if (!error.isEmpty())
        return session.fail(error);
    if (!session.options().hasFlag(QStringLiteral("sql")))
        return runOnlineCommand(session);
    if (!session.project().canPlan())
        return session.fail(session.project().firstBlockingError()->toString());
    const auto dialect = dialectFor(session);
    if (!dialect)
        return session.fail(dialect.error());
    const auto range = splitRange(session);
    if (!range)
        return session.fail(range.error());
    const auto plan = planFor(session, range.value());
    if (!plan)
        return session.fail(plan.error().message);
    for (const QString &warning : plan.value().warnings)
        session.warn(QStringLiteral("UserWarning: ") + warning);

    Core::Sql::OfflineScriptOptions options;
    options.dialect = dialect.value();
    const Core::MigrationContextSettings &settings = session.project().contextSettings();
    options.versionTable = settings.versionTable;
    options.versionTableSchema = settings.versionTableSchema;
    options.transactionPerMigration = settings.transactionPerMigration;
    options.maps = Core::Ops::ProjectMaps::load(session.project().config().ini(), session.project().config().iniFilePath());
    const auto script = Core::Sql::writeOfflineScript(session.project(), plan.value(), options);
    if (!script)
        return session.fail(script.error().toString());
    session.out() << script.value();
    session.out().flush();
    return 0;
}

} // namespace Retort::Cli

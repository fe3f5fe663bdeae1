// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/offlinecommand.h"

#include "app/cli/clicommands.h"
#include "app/cli/onlinecommand.h"
#include "core/ops/projectmaps.h"
#include "core/sql/offlinerequest.h"
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

Core::Expected<Core::MigrationPlan, Core::RevisionError> planFor(const CliSession &session, const Core::Sql::OfflineRange &range)
{
    const Core::RevisionMap &map = session.project().map();
    const QString &verb = session.options().verb;
    if (verb == QLatin1String("stamp"))
        return map.stamp(range.destinations, range.current);
    return Core::Sql::planOfflineRange(map, verb == QLatin1String("upgrade") ? Core::Ops::Direction::Upgrade
                                                                              : Core::Ops::Direction::Downgrade, range);
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
    const auto range = Core::Sql::parseOfflineRange(session.project().map(), session.options().positional);
    if (!range)
        return session.fail(range.error());
    const auto plan = planFor(session, range.value());
    if (!plan)
        return session.fail(plan.error().message);
    for (const QString &warning : plan.value().warnings)
        session.warn(QStringLiteral("UserWarning: ") + warning);

    const Core::Sql::OfflineScriptOptions options = Core::Sql::offlineScriptOptions(session.project(), dialect.value());
    const auto script = Core::Sql::writeOfflineScript(session.project(), plan.value(), options);
    if (!script)
        return session.fail(script.error().toString());
    session.out() << script.value();
    session.out().flush();
    return 0;
}

} // namespace Retort::Cli

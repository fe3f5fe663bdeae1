// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/currentcommand.h"

#include "app/cli/databasetarget.h"

#include "app/cli/clicommands.h"
#include "app/cli/revisionformat.h"
#include "core/db/connectionprofile.h"
#include "core/db/databasesession.h"
#include "core/db/databaseurlsource.h"
#include "core/db/versiontable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSet>

namespace Retort::Cli {
namespace {

//! The version table's rows, read without writing anything.
Core::Expected<Core::VersionTableState, QString> readVersionTable(const CliSession &session,
                                                                  const Core::ConnectionProfile &profile)
{
    // env.py's (or [retort]'s) version table, unless the command line names another.
    const auto &values = session.options().values;
    const auto &settings = session.project().contextSettings();
    const Core::VersionTable table(values.value(QStringLiteral("version-table"), settings.versionTable),
                                   values.value(QStringLiteral("version-table-schema"), settings.versionTableSchema));
    // SQLAlchemy would create an empty file here; Retort leaves the disk alone.
    if (profile.isSqlite() && !profile.isInMemory() && !QFileInfo::exists(profile.sqlitePath))
        return Core::VersionTableState{};
    Core::DatabaseSession::Options options;
    options.readOnly = true;
    auto opened = Core::DatabaseSession::open(profile, options);
    if (!opened)
        return opened.error();
    Core::DatabaseSession db = std::move(opened).value();
    return table.readHeads(db);
}

//! The map's heads that \a current does not reach (empty: the database is at every head).
QStringList missingHeads(const Core::RevisionMap &map, const QStringList &current)
{
    const QSet<QString> reached(current.cbegin(), current.cend());
    QStringList missing;
    for (const QString &head : map.heads()) {
        if (!reached.contains(head))
            missing << head;
    }
    return missing;
}

int printJson(CliSession &session, const DatabaseTarget &target, const Core::VersionTableState &state,
              const QStringList &current, const QStringList &missing)
{
    QJsonArray revisions;
    for (const QString &id : current)
        revisions.append(revisionJson(session.project().summary(id)));
    session.printJson(QJsonObject{
        {QStringLiteral("url"), target.profile.displayUrl()},
        {QStringLiteral("url_source"), target.source},
        {QStringLiteral("dialect"), target.profile.dialectName()},
        {QStringLiteral("has_version_table"), state.hasTable},
        {QStringLiteral("version_table_rows"), QJsonArray::fromStringList(state.heads)},
        {QStringLiteral("current"), revisions},
        {QStringLiteral("heads"), QJsonArray::fromStringList(session.project().map().heads())},
        {QStringLiteral("at_heads"), missing.isEmpty()},
    });
    const bool check = session.options().hasFlag(QStringLiteral("check-heads"));
    return check && !missing.isEmpty() ? 1 : 0;
}

} // namespace

int runCurrentCommand(CliSession &session)
{
    const CliOptions &options = session.options();
    const bool verbose = options.hasFlag(QStringLiteral("verbose"));
    const auto target = resolveDatabaseTarget(session);
    if (!target)
        return session.fail(target.error());
    if (verbose && !options.json) { // alembic.util.obfuscate_url_pw: an empty password stays empty
        const QString mask = target->profile.password.isEmpty() ? QString() : QStringLiteral("XXXXX");
        session.out() << "Current revision(s) for " << target->profile.displayUrl(mask) << ":\n";
    }
    const auto state = readVersionTable(session, target->profile);
    if (!state)
        return session.fail(state.error());
    const Core::RevisionMap &map = session.project().map();
    const auto current = map.allCurrent(state->heads);
    if (!current)
        return session.fail(current.error().message);
    const QStringList missing = missingHeads(map, current.value());
    if (options.json)
        return printJson(session, target.value(), state.value(), current.value(), missing);
    for (const QString &id : current.value())
        session.out() << cmdFormat(session.project().summary(id), verbose, {false, false, false, true}) << '\n';
    session.out().flush();
    if (!options.hasFlag(QStringLiteral("check-heads")) || missing.isEmpty())
        return 0;
    session.warn(QStringLiteral("The database is not at every head: %1 not applied (database at %2)")
                     .arg(missing.join(QLatin1String(", ")),
                          state->heads.isEmpty() ? QStringLiteral("base") : state->heads.join(QLatin1String(", "))));
    return 1;
}

} // namespace Retort::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/onlinecommand.h"

#include "app/cli/clicommands.h"
#include "app/cli/databasetarget.h"
#include "app/cli/migrationlogging.h"
#include "app/cli/runreporter.h"
#include "core/db/backupcatalog.h"
#include "core/db/databasesession.h"
#include "core/db/ledgerobserver.h"
#include "core/db/versiontable.h"
#include "core/sql/executionpreparer.h"
#include "core/sql/offlinerequest.h"
#include "core/sql/planrisks.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace Retort::Cli {

namespace {

constexpr int kStatementFailedExitCode = 1;
constexpr int kCancelledExitCode = 130;
//! How often a run that found the database moved on (by a racing applier) plans again.
constexpr int kPlanAttempts = 3;

Core::Expected<Core::MigrationPlan, QString> planFrom(const CliSession &session, const QStringList &heads)
{
    const Core::RevisionMap &map = session.project().map();
    const CliOptions &options = session.options();
    const QStringList current = options.hasFlag(QStringLiteral("purge")) ? QStringList() : heads;
    auto plan = options.verb == QLatin1String("upgrade")     ? map.upgrade(options.positional.value(0), current)
                : options.verb == QLatin1String("downgrade") ? map.downgrade(options.positional.value(0), current)
                                                             : map.stamp(options.positional, current);
    if (!plan)
        return plan.error().message;
    return plan.value();
}

//! Asks on the terminal when the plan destroys data; false when the user (or the lack of a terminal) says no.
bool confirmRisks(CliSession &session, const QList<Core::Sql::PlanRisk> &risks)
{
    QStringList destructive;
    for (const auto &risk : risks) {
        if (risk.destroysData())
            destructive << QStringLiteral("  ") + risk.describe();
    }
    if (destructive.isEmpty() || session.options().hasFlag(QStringLiteral("yes")))
        return true;
    session.err() << "This plan destroys data:\n" << destructive.join(QLatin1Char('\n')) << '\n';
    if (!isatty(STDIN_FILENO)) {
        session.err() << "Not running it without a terminal to confirm on; pass --yes to run it anyway.\n";
        session.err().flush();
        return false;
    }
    session.err() << "Run it? [y/N] ";
    session.err().flush();
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

Core::Expected<Core::TransactionMode, QString> transactionMode(const CliSession &session)
{
    const QString mode = session.options().values.value(QStringLiteral("transaction"));
    if (mode.isEmpty() || mode == QLatin1String("per-migration"))
        return Core::TransactionMode::PerMigration;
    if (mode == QLatin1String("all"))
        return Core::TransactionMode::WholePlan;
    return QStringLiteral("--transaction must be per-migration or all, not '%1'").arg(mode);
}

int finishRun(CliSession &session, const Core::ExecutionResult &result)
{
    using Outcome = Core::ExecutionResult::Outcome;
    if (session.options().json) {
        static const char *const outcomes[] = {"succeeded", "failed", "cancelled", "refused"};
        session.printJson(QJsonObject{{QStringLiteral("outcome"), QLatin1String(outcomes[int(result.outcome)])},
                                      {QStringLiteral("completed_steps"), result.completedSteps},
                                      {QStringLiteral("heads"), QJsonArray::fromStringList(result.databaseHeads)},
                                      {QStringLiteral("message"), RunReporter::failureText(result)}});
    }
    switch (result.outcome) {
    case Outcome::Succeeded:
        return 0;
    case Outcome::Refused:
        return session.options().json ? kFailedExitCode : session.fail(result.message);
    case Outcome::Cancelled:
        session.err() << RunReporter::failureText(result) << '\n';
        return kCancelledExitCode;
    case Outcome::Failed:
        session.err() << RunReporter::failureText(result) << '\n';
        return kStatementFailedExitCode;
    }
    return kStatementFailedExitCode;
}

//! The backup made before a run: its catalog id, empty when none was made.
struct BackupMade
{
    QString id;
};

//! Makes and catalogs a verified backup when --backup asks for one.
Core::Expected<BackupMade, QString> backupIfAsked(CliSession &session, const Core::ConnectionProfile &profile,
                                               const Core::ExecutionPlan &plan)
{
    if (!session.options().hasFlag(QStringLiteral("backup")))
        return BackupMade{};
    if (profile.isSqlite() && !QFileInfo::exists(profile.sqlitePath)) {
        session.err() << "No backup: " << profile.sqlitePath << " does not exist yet\n";
        return BackupMade{};
    }
    Core::BackupCatalog catalog;
    Core::BackupRequest request;
    request.fromRevisions = plan.initialHeads;
    request.toRevisions = plan.finalHeads;
    request.note = QStringLiteral("before retort-cli ") + session.options().verb;
    QTextStream &err = session.err();
    request.progress = [&err](qint64 done, qint64 total, const QString &what) {
        err << "Backing up: " << what << " (" << done << '/' << total << ")\n";
        err.flush();
    };
    const auto record = catalog.createAndAdd(profile, request);
    if (!record)
        return record.error().toString();
    session.err() << "Backup " << record->id << ": " << record->filePath << " (" << record->verification << ")\n";
    return BackupMade{record->id};
}

//! Revisions edited after they were applied (the ledger's checksums), as warnings on stderr.
void warnAboutEditedRevisions(CliSession &session, Core::DatabaseSession &db, const Core::Ledger &ledger)
{
    const auto exists = ledger.hasTable(db);
    if (!exists || !exists.value())
        return;
    const auto mismatches = ledger.checksumMismatches(db, session.project());
    if (!mismatches)
        return;
    for (const Core::ChecksumMismatch &m : mismatches.value())
        session.warn(QStringLiteral("warning: ") + m.message());
}

//! The exit code, or nullopt when the database moved on before the run started (plan again).
std::optional<int> runPlan(CliSession &session, Core::DatabaseSession &db, const Core::ConnectionProfile &profile,
                           const Core::ExecutionPlan &plan, Core::TransactionMode mode, bool lastAttempt)
{
    const auto backupId = backupIfAsked(session, profile, plan);
    if (!backupId)
        return session.fail(QStringLiteral("The backup failed, nothing was run: ") + backupId.error());
    const Core::Ledger ledger;
    warnAboutEditedRevisions(session, db, ledger);
    Core::LedgerObserver observer(ledger, Core::Ledger::newRunId(), backupId->id);
    const auto &settings = session.project().contextSettings();
    Core::ExecutorOptions options;
    options.mode = mode;
    options.versionTable = settings.versionTable;
    options.versionTableSchema = settings.versionTableSchema;
    options.observer = &observer;
    Core::ExecutionControl control;
    Core::ExecutionResult result;
    {
        RunReporter reporter(session.err(), plan, control, logsMigrationSteps(session.project().config().ini()));
        Core::MigrationExecutor executor(db, profile, options);
        result = executor.run(plan, control, [&reporter](const Core::ExecutionEvent &e) { reporter.onEvent(e); });
    }
    if (result.databaseMoved && !lastAttempt) {
        session.err() << "Another migration moved the database on while this one waited: " << result.message << '\n';
        return std::nullopt;
    }
    if (result.outcome == Core::ExecutionResult::Outcome::Failed && !backupId->id.isEmpty())
        session.err() << "To return to the state before the run: retort-cli backups restore " << backupId->id << '\n';
    return finishRun(session, result);
}

/*! Reads the heads, plans, renders, confirms and runs once. The exit code, or nullopt when the
    database moved on while the run waited for the lock. */
std::optional<int> planAndRun(CliSession &session, Core::DatabaseSession &db, const Core::ConnectionProfile &profile,
                              Core::TransactionMode mode, bool lastAttempt)
{
    const auto &settings = session.project().contextSettings();
    const auto heads = Core::VersionTable(settings.versionTable, settings.versionTableSchema).readHeads(db);
    if (!heads)
        return session.fail(heads.error());
    const auto plan = planFrom(session, heads.value().heads);
    if (!plan)
        return session.fail(plan.error());
    for (const QString &warning : plan.value().warnings)
        session.warn(QStringLiteral("UserWarning: ") + warning);
    const auto options = Core::Sql::offlineScriptOptions(session.project(), Core::Sql::SqlDialect::fromName(db.dialectName()).value());
    auto prepared = Core::Sql::prepareExecution(session.project(), plan.value(), options);
    if (!prepared) {
        for (const Core::Diagnostic &d : prepared.error())
            session.warn(d.toString());
        return session.fail(QStringLiteral("%1 step(s) of the plan cannot be run by Retort (listed above); nothing was run")
                                .arg(prepared.error().size()));
    }
    prepared.value().purgeVersionTable = session.options().hasFlag(QStringLiteral("purge"));
    if (!confirmRisks(session, Core::Sql::assessPlanRisks(session.project(), plan.value(), options.dialect, options.maps)))
        return session.fail(QStringLiteral("Not run: the plan destroys data and was not confirmed"));
    return runPlan(session, db, profile, prepared.value(), mode, lastAttempt);
}

} // namespace

int runOnlineCommand(CliSession &session)
{
    const auto mode = transactionMode(session);
    if (!mode)
        return session.fail(mode.error());
    const auto target = resolveDatabaseTarget(session);
    if (!target)
        return session.fail(target.error());
    auto db = Core::DatabaseSession::open(target.value().profile);
    if (!db)
        return session.fail(QStringLiteral("Can't connect to %1: %2").arg(target.value().profile.displayUrl(), db.error()));
    for (int attempt = 1;; ++attempt) {
        const auto exitCode = planAndRun(session, db.value(), target.value().profile, mode.value(), attempt == kPlanAttempts);
        if (exitCode)
            return *exitCode;
    }
}

} // namespace Retort::Cli

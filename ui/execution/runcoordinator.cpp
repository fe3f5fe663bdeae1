// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/runcoordinator.h"

#include "core/db/backupcatalog.h"
#include "core/db/databasesession.h"
#include "core/db/ledger.h"
#include "core/db/versiontable.h"
#include "ui/common/messagepresenter.h"
#include "ui/document/projectdocument.h"
#include "ui/execution/backuppromptdialog.h"
#include "ui/execution/executioncontroller.h"
#include "ui/execution/failuredialog.h"
#include "ui/execution/planreviewdialog.h"
#include "ui/execution/progresspanel.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

namespace {

QString headsText(const QStringList &heads)
{
    return heads.isEmpty() ? RunCoordinator::tr("base") : heads.join(QStringLiteral(", "));
}

} // namespace

RunCoordinator::RunCoordinator(ProjectDocument *document, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_controller(new ExecutionController(this))
    , m_backupDirectory(Core::BackupCatalog::defaultDirectory())
{
    connect(&m_headsWatcher, &QFutureWatcherBase::finished, this, &RunCoordinator::onHeadsRead);
    connect(m_controller, &ExecutionController::finished, this, &RunCoordinator::onRunFinished);
}

RunCoordinator::~RunCoordinator() = default;

void RunCoordinator::setProductionConfirmation(ProductionConfirmation confirm)
{
    m_confirm = std::move(confirm);
}

void RunCoordinator::setBackupDirectory(const QString &directory)
{
    m_backupDirectory = directory;
}

void RunCoordinator::setProgressPanel(ProgressPanel *panel)
{
    if (m_panel)
        m_panel->attach(nullptr);
    m_panel = panel;
    if (panel) {
        panel->attach(m_controller);
        connect(panel, &ProgressPanel::logLine, this, &RunCoordinator::logLine, Qt::UniqueConnection);
    }
}

QString RunCoordinator::actionTitle(const Core::RunRequest &request)
{
    const QString targets = request.targets.join(QStringLiteral(" "));
    switch (request.verb) {
    case Core::RunRequest::Verb::Upgrade: return tr("Upgrade to %1").arg(targets);
    case Core::RunRequest::Verb::Downgrade: return tr("Downgrade to %1").arg(targets);
    case Core::RunRequest::Verb::Stamp:
        return request.purge ? tr("Stamp %1 (purge)").arg(targets) : tr("Stamp %1").arg(targets);
    }
    return {};
}

QString RunCoordinator::databaseName(const Core::ConnectionProfile &profile)
{
    return profile.isSqlite() ? QFileInfo(profile.sqlitePath).fileName() : profile.database;
}

bool RunCoordinator::upgrade(const Core::ConnectionProfile &profile, const QString &target)
{
    return start({Core::RunRequest::Verb::Upgrade, {target}, false}, profile);
}

bool RunCoordinator::downgrade(const Core::ConnectionProfile &profile, const QString &target)
{
    return start({Core::RunRequest::Verb::Downgrade, {target}, false}, profile);
}

bool RunCoordinator::stamp(const Core::ConnectionProfile &profile, const QStringList &targets, bool purge)
{
    return start({Core::RunRequest::Verb::Stamp, targets, purge}, profile);
}

bool RunCoordinator::start(const Core::RunRequest &request, const Core::ConnectionProfile &profile)
{
    if (m_busy)
        return false;
    m_request = request;
    m_profile = profile;
    m_runId.clear();
    m_backupId.clear();
    m_lastResult.reset();
    const QString title = actionTitle(request);
    QString problem;
    if (!m_document || !m_document->isOpen())
        problem = tr("Open a project first.");
    else if (const auto blocking = m_document->project().firstBlockingError())
        problem = tr("The project has errors that prevent planning: %1").arg(blocking->toString());
    else if (profile.isInMemory())
        problem = tr("An in-memory SQLite database cannot be migrated from the window.");
    if (!problem.isEmpty()) {
        MessagePresenter::warning(m_dialogParent, title, problem);
        finish(Outcome::Error, problem);
        return false;
    }
    m_busy = true;
    emit busyChanged(true);
    emit logLine(tr("%1 on %2: reading the database's revision…").arg(title, profile.displayUrl()),
                 LogPanel::Level::Info);
    const auto &settings = m_document->project().contextSettings();
    const QString table = settings.versionTable;
    const QString schema = settings.versionTableSchema;
    m_headsWatcher.setFuture(QtConcurrent::run([profile, table, schema]() -> HeadsRead {
        HeadsRead read;
        if (profile.isSqlite() && !QFileInfo::exists(profile.sqlitePath)) {
            read.ok = true; // a new database: no version table yet
            return read;
        }
        Core::DatabaseSession::Options options;
        options.readOnly = profile.isSqlite();
        auto session = Core::DatabaseSession::open(profile, options);
        if (!session) {
            read.error = session.error();
            return read;
        }
        const auto state = Core::VersionTable(table, schema).readHeads(session.value());
        if (!state) {
            read.error = state.error();
            return read;
        }
        read.ok = true;
        read.heads = state.value().heads;
        return read;
    }));
    return true;
}

void RunCoordinator::onHeadsRead()
{
    const HeadsRead read = m_headsWatcher.result();
    const QString title = actionTitle(m_request);
    if (!read.ok) {
        const QString message = tr("Could not read the revision of %1: %2").arg(m_profile.displayUrl(), read.error);
        MessagePresenter::warning(m_dialogParent, title, message);
        finish(Outcome::Error, message);
        return;
    }
    auto prepared = Core::RunPlanner::prepare(m_document->project(), m_request, read.heads, m_profile.dialectName());
    if (!prepared) {
        MessagePresenter::warning(m_dialogParent, title, prepared.error());
        finish(Outcome::Error, prepared.error());
        return;
    }
    for (const QString &warning : prepared.value().plan.warnings)
        emit logLine(warning, LogPanel::Level::Warning);
    if (prepared.value().isEmpty()) {
        const QString message = tr("Nothing to do: the database is already at %1.").arg(headsText(read.heads));
        MessagePresenter::information(m_dialogParent, title, message);
        finish(Outcome::NothingToDo, message);
        return;
    }
    review(prepared.value());
}

void RunCoordinator::review(const Core::PreparedRun &prepared)
{
    const QString title = actionTitle(m_request);
    Core::TransactionMode mode = Core::TransactionMode::PerMigration;
    {
        PlanReviewDialog dialog(prepared, m_profile, title, m_dialogParent);
        const int answer = dialog.runModal();
        mode = dialog.transactionMode();
        if (!prepared.isRunnable()) {
            finish(Outcome::Blocked, tr("Not run: %n step(s) of the plan cannot be run by Retort.", nullptr,
                                         int(prepared.blockers.size())));
            return;
        }
        if (answer != QDialog::Accepted) {
            finish(Outcome::Declined, tr("Not run: the plan was not confirmed."));
            return;
        }
    }
    if (m_profile.production && !confirmProduction()) {
        finish(Outcome::Declined, tr("Not run: the production database's name was not confirmed."));
        return;
    }
    const std::optional<QString> backupId = askForBackup(prepared);
    if (!backupId) {
        finish(Outcome::Declined, tr("Not run: the backup prompt was cancelled."));
        return;
    }
    run(prepared, mode, *backupId);
}

bool RunCoordinator::confirmProduction()
{
    const QString title = actionTitle(m_request);
    if (m_confirm)
        return m_confirm(m_dialogParent, m_profile, title);
    const QString name = databaseName(m_profile);
    const auto typed = MessagePresenter::askText(
        m_dialogParent, tr("Production Database"),
        tr("%1 is a production database. Type its name, %2, to run “%3”:").arg(m_profile.displayUrl(), name, title));
    return typed && typed->trimmed() == name;
}

std::optional<QString> RunCoordinator::askForBackup(const Core::PreparedRun &prepared)
{
    m_runId = Core::Ledger::newRunId();
    if (m_request.verb == Core::RunRequest::Verb::Stamp) {
        emit logLine(tr("No backup for run %1: a stamp changes only the version table.").arg(m_runId),
                     LogPanel::Level::Info);
        return QString();
    }
    Core::BackupRequest request;
    request.fromRevisions = prepared.plan.initialHeads;
    request.toRevisions = prepared.plan.finalHeads;
    request.note = QStringLiteral("before %1 (run %2)").arg(m_request.commandLine(), m_runId);
    BackupPromptDialog dialog(m_profile, request, m_backupDirectory, m_dialogParent);
    if (dialog.runModal() != QDialog::Accepted)
        return std::nullopt;
    if (const auto &record = dialog.backup()) {
        m_backupDirectory = dialog.directory();
        emit logLine(tr("Backup %1 for run %2 verified (%3): %4")
                         .arg(record->id, m_runId, record->verification, record->filePath),
                     LogPanel::Level::Info);
        return record->id;
    }
    emit logLine(dialog.isBackupPossible()
                     ? tr("Backup skipped for run %1 by the user.").arg(m_runId)
                     : tr("No backup for run %1: the database file does not exist yet.").arg(m_runId),
                 LogPanel::Level::Warning);
    return QString();
}

void RunCoordinator::run(const Core::PreparedRun &prepared, Core::TransactionMode mode, const QString &backupId)
{
    m_backupId = backupId;
    m_plan = prepared.execution;
    ExecutionController::Request request;
    request.profile = m_profile;
    request.plan = prepared.execution;
    request.options.mode = mode;
    request.options.versionTable = prepared.options.versionTable;
    request.options.versionTableSchema = prepared.options.versionTableSchema;
    request.runId = m_runId;
    request.backupId = backupId;
    const QString title = tr("%1 on %2").arg(actionTitle(m_request), m_profile.displayUrl());
    if (m_panel)
        m_panel->begin(prepared.execution, title);
    else
        emit logLine(title, LogPanel::Level::Info);
    if (!m_controller->start(request))
        finish(Outcome::Error, tr("Another run is still going."));
}

void RunCoordinator::onRunFinished(const Core::ExecutionResult &result)
{
    using ResultOutcome = Core::ExecutionResult::Outcome;
    if (!m_busy)
        return;
    m_lastResult = result;
    if (result.outcome == ResultOutcome::Succeeded || result.completedSteps > 0)
        applyHeads(result.databaseHeads);
    switch (result.outcome) {
    case ResultOutcome::Succeeded:
        emit succeeded(result);
        finish(Outcome::Succeeded, result.message);
        return;
    case ResultOutcome::Refused:
        MessagePresenter::warning(m_dialogParent, actionTitle(m_request), result.message);
        finish(Outcome::Refused, result.message);
        return;
    case ResultOutcome::Failed:
    case ResultOutcome::Cancelled:
        showFailure(result);
        finish(result.outcome == ResultOutcome::Failed ? Outcome::Failed : Outcome::Cancelled, result.message);
        return;
    }
}

void RunCoordinator::showFailure(const Core::ExecutionResult &result)
{
    FailureDialog::Context context;
    context.result = result;
    context.plan = m_plan;
    context.profile = m_profile;
    context.backupId = m_backupId;
    context.catalogDirectory = m_backupDirectory;
    context.versionTable = m_document->project().contextSettings().versionTable;
    context.versionTableSchema = m_document->project().contextSettings().versionTableSchema;
    FailureDialog dialog(context, m_dialogParent);
    connect(&dialog, &FailureDialog::openFileRequested, this, &RunCoordinator::openFileRequested);
    connect(&dialog, &FailureDialog::restoreFinished, this, [this](bool ok, const QStringList &heads) {
        if (!ok) {
            emit logLine(tr("Restoring backup %1 failed.").arg(m_backupId), LogPanel::Level::Error);
            return;
        }
        emit logLine(tr("Backup %1 restored; the database is at %2.").arg(m_backupId, headsText(heads)),
                     LogPanel::Level::Info);
        applyHeads(heads);
    });
    dialog.runModal();
}

void RunCoordinator::applyHeads(const QStringList &heads)
{
    if (m_document)
        m_document->setDatabaseHeads(heads, true);
    emit databaseChanged(heads);
}

void RunCoordinator::cancel()
{
    m_controller->cancel();
}

void RunCoordinator::finish(Outcome outcome, const QString &message)
{
    m_lastOutcome = outcome;
    m_lastMessage = message;
    if (outcome != Outcome::Succeeded && outcome != Outcome::Failed && outcome != Outcome::Cancelled)
        emit logLine(message, outcome == Outcome::NothingToDo ? LogPanel::Level::Info : LogPanel::Level::Warning);
    const bool wasBusy = m_busy;
    m_busy = false;
    if (wasBusy)
        emit busyChanged(false);
    emit finished(outcome, message);
}

} // namespace Retort::Ui

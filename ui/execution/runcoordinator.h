// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/migrationexecutor.h"
#include "core/db/runplanner.h"
#include "ui/panels/logpanel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Retort::Ui {

class ExecutionController;
class ProgressPanel;
class ProjectDocument;

/*! The sequence behind one user action on the connected database — Upgrade to X, Downgrade to
    X, Stamp X (issue 6 §2–§5):

    1. read the database's heads (worker thread, own session);
    2. plan with Core::RunPlanner (an identifier that does not resolve, or any planning error,
       is reported through MessagePresenter; an empty plan says "nothing to do");
    3. PlanReviewDialog (steps, SQL, version-table changes, risks with live counts, blockers,
       transaction mode); Cancel stops here;
    4. for a production profile, the production confirmation (the window's
       confirmProductionAction; by default MessagePresenter::askText for the database name);
    5. BackupPromptDialog (not for stamp, which only touches the version table): a verified
       backup whose id goes into every ledger row of the run, or a recorded skip;
    6. the run on ExecutionController with the ProgressPanel (and Log lines);
    7. success: the document's database heads are updated, databaseChanged() and succeeded()
       are emitted; failure or cancel: FailureDialog (open the file at the line, Restore Backup);
       refused: a message.
    finished() ends every action that start() accepted, exactly once.

    All modal questions go through MessagePresenter or dialogs with test hooks, so tests drive
    the whole flow. One action at a time. GUI thread only. */
class RunCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCoordinator)

public:
    enum class Outcome {
        Succeeded,
        Failed,      //!< a step failed (the FailureDialog was shown)
        Cancelled,   //!< the user cancelled the running plan
        Refused,     //!< the executor refused (lock, the database moved since the plan was made)
        NothingToDo, //!< the database is already where the action leads
        Blocked,     //!< some step needs Python (or cannot be rendered): shown in the review, nothing ran
        Declined,    //!< the user said no (review, production confirmation, backup prompt)
        Error,       //!< no plan: a planning or connection error (already reported)
    };
    Q_ENUM(Outcome)

    /*! Asks the user to confirm \a actionText on the production database \a profile (the
        connection manager's confirmProductionAction: type the database name). */
    using ProductionConfirmation =
        std::function<bool(QWidget *parent, const Core::ConnectionProfile &profile, const QString &actionText)>;

    /*! \a document is the open project (not owned); \a dialogParent parents the dialogs (may be
        null). */
    RunCoordinator(ProjectDocument *document, QWidget *dialogParent, QObject *parent = nullptr);
    ~RunCoordinator() override;

    void setProductionConfirmation(ProductionConfirmation confirm);
    //! The backup catalog directory proposed (default Core::BackupCatalog::defaultDirectory()).
    void setBackupDirectory(const QString &directory);
    QString backupDirectory() const { return m_backupDirectory; }
    //! The panel that shows each run (not owned; may be null).
    void setProgressPanel(ProgressPanel *panel);
    ExecutionController *controller() const { return m_controller; }

    /*! Starts \a request on \a profile. False when nothing starts: another action is running, no
        project is open, or the database cannot be used (told to the user; finished() is emitted
        with Error, except when busy). */
    bool start(const Core::RunRequest &request, const Core::ConnectionProfile &profile);
    bool upgrade(const Core::ConnectionProfile &profile, const QString &target = QStringLiteral("heads"));
    bool downgrade(const Core::ConnectionProfile &profile, const QString &target = QStringLiteral("-1"));
    bool stamp(const Core::ConnectionProfile &profile, const QStringList &targets, bool purge = false);

    bool isBusy() const { return m_busy; }
    Outcome lastOutcome() const { return m_lastOutcome; }
    QString lastMessage() const { return m_lastMessage; }
    const std::optional<Core::ExecutionResult> &lastResult() const { return m_lastResult; }
    //! The backup made for the last run; empty when skipped or none.
    QString lastBackupId() const { return m_backupId; }
    QString lastRunId() const { return m_runId; }

    //! "Upgrade to heads", "Downgrade to -1", "Stamp ae10": the action as the user sees it.
    static QString actionTitle(const Core::RunRequest &request);
    //! What the user types to confirm a production action: the PostgreSQL database name or the SQLite file name.
    static QString databaseName(const Core::ConnectionProfile &profile);

public slots:
    //! Cancels the running plan (no effect before the run or after it).
    void cancel();

signals:
    void busyChanged(bool busy);
    //! A line for the Log dock (the progress panel adds the per-statement lines).
    void logLine(const QString &text, Retort::Ui::LogPanel::Level level);
    //! The database's heads changed (a run that committed steps, a restore): refresh graph and schema.
    void databaseChanged(const QStringList &heads);
    void succeeded(const Retort::Core::ExecutionResult &result);
    //! The FailureDialog's file link: open \a path at \a line in the editor.
    void openFileRequested(const QString &path, int line);
    void finished(Retort::Ui::RunCoordinator::Outcome outcome, const QString &message);

private:
    struct HeadsRead
    {
        bool ok = false;
        QStringList heads;
        QString error;
    };
    void onHeadsRead();
    void review(const Core::PreparedRun &prepared);
    bool confirmProduction();
    std::optional<QString> askForBackup(const Core::PreparedRun &prepared);
    void run(const Core::PreparedRun &prepared, Core::TransactionMode mode, const QString &backupId);
    void onRunFinished(const Core::ExecutionResult &result);
    void showFailure(const Core::ExecutionResult &result);
    void applyHeads(const QStringList &heads);
    void finish(Outcome outcome, const QString &message);

    ProjectDocument *m_document;
    QPointer<QWidget> m_dialogParent;
    ExecutionController *m_controller;
    QPointer<ProgressPanel> m_panel;
    ProductionConfirmation m_confirm;
    QString m_backupDirectory;
    QFutureWatcher<HeadsRead> m_headsWatcher;

    bool m_busy = false;
    Core::RunRequest m_request;
    Core::ConnectionProfile m_profile;
    Core::ExecutionPlan m_plan;
    QString m_runId;
    QString m_backupId;
    Outcome m_lastOutcome = Outcome::Error;
    QString m_lastMessage;
    std::optional<Core::ExecutionResult> m_lastResult;
};

} // namespace Retort::Ui

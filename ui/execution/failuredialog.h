// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "ui/execution/workerprogress.h"

#include "core/db/connectionprofile.h"
#include "core/db/executionplan.h"
#include "core/db/migrationexecutor.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Retort::Ui {

class SqlTextView;

/*! What went wrong in a run and how to get back (issue 6 §5): the failing statement
    (highlighted), the revision, its file and line as a link (openFileRequested(), for the
    editor), the driver's error, the state the database was left in (its heads and the last
    completed step), and "Restore Backup" when the run has a backup: after a confirmation
    (MessagePresenter), Core::BackupCatalog::restore runs on a worker thread with a progress bar,
    the database's heads are read back, and the dialog reports (restoreFinished()).
    Also used for a cancelled run. The dialog cannot be closed while a restore runs.
    runModal() is exec() unless a test hook is installed. GUI thread only. */
class FailureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailureDialog)

public:
    using TestHook = std::function<void(FailureDialog &)>;

    struct Context
    {
        Core::ExecutionResult result;
        Core::ExecutionPlan plan;
        Core::ConnectionProfile profile;
        QString backupId;         //!< the run's backup; empty when none was made
        QString catalogDirectory; //!< where that backup is cataloged
        QString versionTable = QStringLiteral("alembic_version");
        QString versionTableSchema;
    };

    explicit FailureDialog(const Context &context, QWidget *parent = nullptr);
    ~FailureDialog() override;

    static void setTestHook(TestHook hook);
    int runModal();

    //! The failure as text: message, statement, revision, file:line, error, database state.
    QString failureText() const;
    //! "e3e3e3e3e3e3_broken.py:18" (the link's text); empty when the failure has no file.
    QString locationText() const;
    //! Emits openFileRequested for the failure's file and line (what the link does).
    void openLocation();

    bool canRestore() const { return !m_context.backupId.isEmpty(); }
    QPushButton *restoreButton() const { return m_restore; }
    //! Asks for confirmation, then restores the run's backup on a worker.
    void restoreBackup();
    bool isRestoring() const { return m_restoring; }
    bool isRestoreFinished() const { return m_restoreFinished; }
    bool restoreSucceeded() const { return m_restoreOk; }
    //! The version rows read after the restore.
    QStringList headsAfterRestore() const { return m_headsAfterRestore; }
    QString restoreText() const;

public slots:
    void done(int result) override;

signals:
    void openFileRequested(const QString &path, int line);
    //! The restore ended; \a heads are the database's version rows afterwards (when readable).
    void restoreFinished(bool ok, const QStringList &heads);

private:
    using Progress = WorkerProgress;
    struct RestoreOutcome
    {
        bool ok = false;
        QString text;
        QStringList heads;
    };
    //! The restore, its report and the heads afterwards, on a worker thread.
    static RestoreOutcome restoreOnWorker(const Context &context, std::shared_ptr<Progress> progress);
    QWidget *createDetails();
    QWidget *createRestoreBox();
    QString stateText() const;
    void pollProgress();
    void onRestoreFinished();

    Context m_context;
    bool m_restoring = false;
    bool m_restoreFinished = false;
    bool m_restoreOk = false;
    QStringList m_headsAfterRestore;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<RestoreOutcome> m_watcher;
    QTimer m_poll;

    SqlTextView *m_statement = nullptr;
    QPushButton *m_restore = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_restoreStatus = nullptr;
};

} // namespace Retort::Ui

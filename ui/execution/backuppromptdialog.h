// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "ui/execution/workerprogress.h"

#include "core/db/backup.h"
#include "core/db/backuprecord.h"
#include "core/db/connectionprofile.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Retort::Ui {

/*! The backup prompt before a run changes a database (issue 6 §4).

    "Back up now" is checked by default and cannot be unchecked for a production profile. The
    destination is a BackupCatalog directory (changeable); the estimated size comes from
    Core::Backup::estimateSize on a worker thread. "Back Up" makes, verifies and catalogs the
    backup (Core::BackupCatalog::createAndAdd) on a worker thread with a progress bar; the
    verification result is shown and "Continue" accepts. Unchecked, "Continue Without Backup"
    accepts with skipped() true. A SQLite database whose file does not exist yet has nothing to
    back up: the box is unchecked and disabled, also for production profiles.

    Cancel stops a running backup (nothing is left behind), otherwise rejects. The workers
    never touch the dialog: progress is polled from shared state, so closing it is safe at any
    time (a running backup is cancelled). runModal() is exec() unless a test hook is installed.
    GUI thread only. */
class BackupPromptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPromptDialog)

public:
    using TestHook = std::function<void(BackupPromptDialog &)>;

    /*! \a request gives the record's fromRevisions, toRevisions and note (its directory,
        progress and cancel are set here); \a directory is the catalog directory proposed. */
    BackupPromptDialog(const Core::ConnectionProfile &profile, const Core::BackupRequest &request,
                       const QString &directory, QWidget *parent = nullptr);
    ~BackupPromptDialog() override;

    static void setTestHook(TestHook hook);
    int runModal();

    bool isBackupRequired() const { return m_required; }
    //! False when there is nothing to back up (a SQLite file that does not exist yet).
    bool isBackupPossible() const { return m_possible; }
    bool isBackupChecked() const;
    void setBackupChecked(bool checked);
    QString directory() const;
    void setDirectory(const QString &directory);

    bool isEstimateFinished() const { return m_estimateDone; }
    //! Bytes, or -1 when unknown (not yet, or the estimate failed).
    qint64 estimatedSize() const { return m_estimate; }
    bool isBusy() const { return m_busy; }

    //! Accepted without a backup (the box was unchecked, or there was nothing to back up).
    bool skipped() const { return m_result == QDialog::Accepted && !m_record; }
    //! The backup made (and cataloged), if any.
    const std::optional<Core::BackupRecord> &backup() const { return m_record; }
    //! Why the last backup attempt failed; empty otherwise.
    QString errorText() const { return m_error; }
    QString statusText() const;

    QPushButton *continueButton() const { return m_continue; }
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    void done(int result) override;

signals:
    void estimateReady();
    //! A backup attempt ended: \a ok true when it was made and verified.
    void backupFinished(bool ok);

private:
    using Progress = WorkerProgress;
    //! What the backup worker hands back (default-constructible for QFuture on Qt 5).
    struct Outcome
    {
        std::optional<Core::BackupRecord> record;
        Core::BackupError error;
    };
    QWidget *createForm(const QString &directory);
    void onContinue();
    void startBackup();
    void onBackupFinished();
    void pollProgress();
    void chooseDirectory();
    void updateButtons();

    Core::ConnectionProfile m_profile;
    Core::BackupRequest m_request;
    bool m_required = false;
    bool m_possible = true;
    bool m_busy = false;
    bool m_estimateDone = false;
    qint64 m_estimate = -1;
    int m_result = QDialog::Rejected;
    std::optional<Core::BackupRecord> m_record;
    QString m_error;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<qint64> m_estimateWatcher;
    QFutureWatcher<Outcome> m_backupWatcher;
    QTimer m_poll;

    QCheckBox *m_backupNow = nullptr;
    QLineEdit *m_directory = nullptr;
    QPushButton *m_chooseDirectory = nullptr;
    QLabel *m_size = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Retort::Ui

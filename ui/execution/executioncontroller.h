// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/executionplan.h"
#include "core/db/migrationexecutor.h"

#include <QMetaType>
#include <QObject>

#include <memory>

class QThread;

Q_DECLARE_METATYPE(Retort::Core::ExecutionEvent)
Q_DECLARE_METATYPE(Retort::Core::ExecutionResult)

namespace Retort::Core {
class ExecutionControl;
}

namespace Retort::Ui {

/*! Runs one prepared plan at a time on a worker QThread and reports on the GUI thread.

    The worker opens its own Core::DatabaseSession from the profile (a connection never crosses
    threads), creates the `retort_ledger` table if needed, and runs Core::MigrationExecutor with
    a Core::LedgerObserver (the run id and the backup id of the request go into every ledger
    row). Executor events arrive here as queued calls and are re-emitted as eventOccurred() on
    the GUI thread; finished() follows once, after the worker's session is closed.

    cancel() asks the executor to stop and interrupts the running statement
    (ExecutionControl::requestCancel(true); on PostgreSQL that opens a short connection on the
    calling thread). The destructor cancels a running plan and waits for the worker.
    GUI thread only. */
class ExecutionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionController)

public:
    struct Request
    {
        Core::ConnectionProfile profile;
        Core::ExecutionPlan plan;
        Core::ExecutorOptions options; //!< mode, version table, lock timeout; `observer` is ignored
        QString runId;                 //!< empty: Core::Ledger::newRunId()
        QString backupId;              //!< the backup made for this run; empty when skipped
        QString ledgerSchema;          //!< schema of retort_ledger; empty = the default one
    };

    explicit ExecutionController(QObject *parent = nullptr);
    ~ExecutionController() override;

    //! Starts \a request on the worker. False (and nothing starts) while another run is going.
    bool start(const Request &request);
    bool isRunning() const;
    //! The run id of the current or last run.
    QString runId() const { return m_runId; }
    //! Waits (processing no events) until the worker has ended; true when it did within \a ms.
    bool waitForWorker(int ms);

public slots:
    void cancel();

signals:
    void started(const QString &runId, int stepCount);
    void eventOccurred(const Retort::Core::ExecutionEvent &event);
    void finished(const Retort::Core::ExecutionResult &result);

private:
    void deliverEvent(const Core::ExecutionEvent &event);
    void deliverResult(const Core::ExecutionResult &result);

    QThread *m_thread = nullptr;
    std::shared_ptr<Core::ExecutionControl> m_control;
    QString m_runId;
    bool m_running = false;
};

} // namespace Retort::Ui

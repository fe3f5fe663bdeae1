// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QMutex>
#include <QString>

#include <atomic>

namespace Retort::Core {

/*! The one object shared between the thread that runs a migration and the thread that may
    cancel it. Thread-safe: every member may be called from any thread.

    Cancellation is cooperative: the executor checks isCancelRequested() between statements.
    requestCancel(true) also interrupts the statement running now: PostgreSQL through
    `pg_cancel_backend(<pid>)` on a second, short-lived connection opened on the calling
    thread; SQLite through `sqlite3_interrupt()` on the running connection. The executor
    registers and unregisters the running connection (attach/detach). */
class ExecutionControl
{
public:
    void requestCancel(bool interruptRunningStatement = false);
    bool isCancelRequested() const { return m_cancel.load(); }
    //! The flag requestCancel() sets, for waits that poll it (the migration lock).
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }

    //! Executor side: the PostgreSQL backend running the plan.
    void attachPostgres(const ConnectionProfile &profile, int backendPid);
    //! Executor side: the SQLite connection (`sqlite3 *`) running the plan.
    void attachSqlite(void *handle);
    void detach();

    //! The last interrupt's error, if the interrupt itself failed (for the log).
    QString interruptError() const;

private:
    void interruptLocked();

    std::atomic_bool m_cancel{false};
    mutable QMutex m_mutex;
    ConnectionProfile m_profile;
    int m_backendPid = 0;
    void *m_sqliteHandle = nullptr;
    QString m_interruptError;
};

} // namespace Retort::Core

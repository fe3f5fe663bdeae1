// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QString>

#include <atomic>

namespace Retort::Core {

class DatabaseSession;

/*! The lock that keeps two appliers off one database while a plan runs.

    PostgreSQL: a session-level `pg_advisory_lock` whose key is derived from the version
    table's schema-qualified name (so projects with different version tables do not block each
    other); acquire() polls `pg_try_advisory_lock` until the timeout and then fails with a
    message naming the holder (pid, application name, user, client address, since when).
    SQLite: nothing is taken here; each transaction starts with `BEGIN IMMEDIATE` under the
    connection's busy timeout (the executor's job), which is SQLite's write lock.

    Use on the thread that owns \a session; release() (or the destructor) before the session
    closes. Not copyable. */
class MigrationLock
{
public:
    MigrationLock(DatabaseSession &session, const QString &versionTable, const QString &versionTableSchema);
    ~MigrationLock();
    MigrationLock(const MigrationLock &) = delete;
    MigrationLock &operator=(const MigrationLock &) = delete;

    //! Waits at most \a timeoutMs; stops early (with an error) when \a cancel becomes true.
    Expected<bool, QString> acquire(int timeoutMs, const std::atomic_bool *cancel = nullptr);
    void release();

    //! The advisory lock key for a version table (stable across runs and hosts).
    static qint64 advisoryKey(const QString &versionTable, const QString &versionTableSchema);

private:
    Expected<bool, QString> tryLock();
    QString describeHolder() const;

    DatabaseSession &m_session;
    QString m_tableName;
    qint64 m_key = 0;
    bool m_held = false;
};

} // namespace Retort::Core

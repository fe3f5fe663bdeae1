// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QString>

#include <atomic>
#include <memory>

class QLockFile;

namespace Retort::Core {

class DatabaseSession;

/*! The lock that keeps two appliers off one database while a plan runs.

    PostgreSQL: a session-level `pg_advisory_lock` whose key is derived from the version
    table's schema-qualified name (so projects with different version tables do not block each
    other); acquire() polls `pg_try_advisory_lock` until the timeout and then fails with a
    message naming the holder (pid, application name, user, client address, since when).
    SQLite: SQLite has no lock that outlives a transaction, and a run commits once per step, so
    a QLockFile "<database>.retort-lock" beside the database file is held for the whole run
    (pid, host and program inside; a lock left by a killed process is taken over). Each
    transaction still starts with `BEGIN IMMEDIATE` (the executor's job), which is SQLite's
    write lock and all that keeps a tool without this lock file (alembic) out. In-memory
    databases take no lock.

    Use on the thread that owns \a session; release() (or the destructor) before the session
    closes. Not copyable. */
class MigrationLock
{
public:
    /*! \a sqliteFile is the database file of a SQLite session (empty for PostgreSQL and for
        in-memory databases). */
    MigrationLock(DatabaseSession &session, const QString &versionTable, const QString &versionTableSchema,
                  const QString &sqliteFile = QString());
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
    Expected<bool, QString> acquireLockFile(int timeoutMs, const std::atomic_bool *cancel);
    QString describeHolder() const;
    QString describeLockFileHolder() const;

    DatabaseSession &m_session;
    QString m_tableName;
    qint64 m_key = 0;
    bool m_held = false;
    std::unique_ptr<QLockFile> m_lockFile; // SQLite files only
    QString m_lockFilePath;
};

} // namespace Retort::Core

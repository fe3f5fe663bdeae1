// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/migrationlock.h"

#include "core/db/databasesession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Retort::Core {

MigrationLock::MigrationLock(DatabaseSession &session, const QString &versionTable, const QString &versionTableSchema,
                             const QString &sqliteFile)
    : m_session(session)
    , m_tableName(versionTableSchema.isEmpty() ? versionTable : versionTableSchema + QLatin1Char('.') + versionTable)
    , m_key(advisoryKey(versionTable, versionTableSchema))
    , m_lockFilePath(sqliteFile.isEmpty() ? QString() : sqliteFile + QStringLiteral(".retort-lock"))
{
}

MigrationLock::~MigrationLock()
{
    release();
}

qint64 MigrationLock::advisoryKey(const QString &versionTable, const QString &versionTableSchema)
{
    const QByteArray name = QStringLiteral("retort:%1.%2").arg(versionTableSchema, versionTable).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(name, QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | static_cast<quint8>(digest.at(i));
    return key;
}

Expected<bool, QString> MigrationLock::tryLock()
{
    QSqlQuery query(m_session.database());
    query.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    query.addBindValue(m_key);
    if (!query.exec() || !query.next())
        return QString(QStringLiteral("Could not take the migration lock: ") + query.lastError().text());
    return query.value(0).toBool();
}

Expected<bool, QString> MigrationLock::acquire(int timeoutMs, const std::atomic_bool *cancel)
{
    if (m_held)
        return true;
    if (m_session.kind() != ConnectionProfile::Kind::PostgreSQL)
        return m_lockFilePath.isEmpty() ? Expected<bool, QString>(true) : acquireLockFile(timeoutMs, cancel);
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const auto locked = tryLock();
        if (!locked)
            return locked.error();
        if (locked.value()) {
            m_held = true;
            return true;
        }
        if (cancel && cancel->load())
            return QStringLiteral("Cancelled while waiting for the migration lock on %1").arg(m_tableName);
        if (timer.elapsed() >= timeoutMs)
            return QStringLiteral("Another migration is running on this database (lock on %1 held by %2); "
                                  "gave up after %3 s")
                .arg(m_tableName, describeHolder())
                .arg(timeoutMs / 1000.0, 0, 'g', 3);
        QThread::msleep(100);
    }
}

Expected<bool, QString> MigrationLock::acquireLockFile(int timeoutMs, const std::atomic_bool *cancel)
{
    auto lockFile = std::make_unique<QLockFile>(m_lockFilePath);
    lockFile->setStaleLockTime(0); // held for a whole run: only a dead holder makes it stale
    QElapsedTimer timer;
    timer.start();
    while (!lockFile->tryLock(100)) {
        if (lockFile->error() != QLockFile::LockFailedError)
            return QStringLiteral("Could not create the lock file %1 (is its folder writable?)").arg(m_lockFilePath);
        if (cancel && cancel->load())
            return QStringLiteral("Cancelled while waiting for the migration lock %1").arg(m_lockFilePath);
        if (timer.elapsed() >= timeoutMs)
            return QStringLiteral("Another migration is running on this database (%1 held by %2); gave up after %3 s")
                .arg(m_lockFilePath, describeLockFileHolder())
                .arg(timeoutMs / 1000.0, 0, 'g', 3);
    }
    m_lockFile = std::move(lockFile);
    m_held = true;
    return true;
}

QString MigrationLock::describeLockFileHolder() const
{
    QLockFile probe(m_lockFilePath);
    qint64 pid = 0;
    QString host, program;
    if (!probe.getLockInfo(&pid, &host, &program))
        return QStringLiteral("another process");
    return QStringLiteral("pid %1 (%2) on %3").arg(pid).arg(program.isEmpty() ? QStringLiteral("?") : program, host);
}

QString MigrationLock::describeHolder() const
{
    // A bigint advisory key is stored as classid = high 32 bits, objid = low 32 bits, objsubid = 1.
    QSqlQuery query(m_session.database());
    query.prepare(QStringLiteral(
        "SELECT a.pid, a.application_name, a.usename, coalesce(host(a.client_addr), 'local'), "
        "to_char(coalesce(a.xact_start, a.backend_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
        "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
        "AND l.classid = ((?::bigint >> 32) & 4294967295)::oid AND l.objid = (?::bigint & 4294967295)::oid"));
    query.addBindValue(m_key);
    query.addBindValue(m_key);
    if (!query.exec() || !query.next())
        return QStringLiteral("another session");
    const QString app = query.value(1).toString();
    return QStringLiteral("pid %1%2, user %3 from %4, since %5")
        .arg(query.value(0).toString(),
             app.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(app),
             query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
}

void MigrationLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    if (m_lockFile) {
        m_lockFile.reset(); // unlocks and removes the file
        return;
    }
    QSqlQuery query(m_session.database());
    query.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    query.addBindValue(m_key);
    query.exec();
}

} // namespace Retort::Core

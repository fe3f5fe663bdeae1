// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/executioncontrol.h"

#include "core/db/databasesession.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Retort::Core {

void ExecutionControl::requestCancel(bool interruptRunningStatement)
{
    m_cancel.store(true);
    if (!interruptRunningStatement)
        return;
    QMutexLocker lock(&m_mutex);
    interruptLocked();
}

void ExecutionControl::interruptLocked()
{
    if (m_sqliteHandle) {
        sqlite3_interrupt(static_cast<sqlite3 *>(m_sqliteHandle));
        return;
    }
    if (m_backendPid <= 0)
        return;
    auto session = DatabaseSession::open(m_profile);
    if (!session) {
        m_interruptError = session.error();
        return;
    }
    {
        QSqlQuery query(session.value().database());
        query.prepare(QStringLiteral("SELECT pg_cancel_backend(?)"));
        query.addBindValue(m_backendPid);
        if (!query.exec())
            m_interruptError = query.lastError().text();
    }
}

void ExecutionControl::attachPostgres(const ConnectionProfile &profile, int backendPid)
{
    QMutexLocker lock(&m_mutex);
    m_profile = profile;
    m_backendPid = backendPid;
    m_sqliteHandle = nullptr;
}

void ExecutionControl::attachSqlite(void *handle)
{
    QMutexLocker lock(&m_mutex);
    m_sqliteHandle = handle;
    m_backendPid = 0;
}

void ExecutionControl::detach()
{
    QMutexLocker lock(&m_mutex);
    m_sqliteHandle = nullptr;
    m_backendPid = 0;
}

QString ExecutionControl::interruptError() const
{
    QMutexLocker lock(&m_mutex);
    return m_interruptError;
}

} // namespace Retort::Core

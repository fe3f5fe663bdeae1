// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/connectiontester.h"

#include "ui/connections/databaseprobe.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    // The watcher is a child; deleting it does not wait for the worker.
    if (m_watcher)
        m_watcher->disconnect(this);
}

void ConnectionTester::start(const Core::ConnectionProfile &profile)
{
    const bool wasRunning = isRunning();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    m_watcher = new QFutureWatcher<ProbeResult>(this);
    connect(m_watcher, &QFutureWatcher<ProbeResult>::finished, this, &ConnectionTester::finish);
    m_watcher->setFuture(
        QtConcurrent::run(databaseThreadPool(), [profile] { return probeDatabase(profile, {}); }));
    if (!wasRunning)
        emit runningChanged(true);
}

void ConnectionTester::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    emit runningChanged(false);
}

void ConnectionTester::finish()
{
    const ProbeResult result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    emit runningChanged(false);
    if (result.ok)
        emit succeeded(result.serverVersion);
    else
        emit failed(result.error, result.needsPassword);
}

} // namespace Retort::Ui

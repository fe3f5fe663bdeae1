// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QObject>
#include <QString>

template<typename T> class QFutureWatcher;

namespace Retort::Ui {

struct ProbeResult;

/*! "Test Connection": opens the profile on databaseThreadPool() with its own session
    (read-only, nothing created) and reports the server version or the driver's exact error.

    One test at a time: start() abandons a running test, and so do cancel() and the
    destructor — the worker finishes on its own and its result is dropped (a connect cannot be
    interrupted midway; libpq's connect_timeout bounds it). GUI thread only. */
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const Core::ConnectionProfile &profile);
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }

signals:
    void runningChanged(bool running);
    //! \a serverVersion: "3.40.1" or PostgreSQL's server_version.
    void succeeded(const QString &serverVersion);
    //! \a error: the driver's text; \a needsPassword: the server asked for a (correct) password.
    void failed(const QString &error, bool needsPassword);

private:
    void finish();

    QFutureWatcher<ProbeResult> *m_watcher = nullptr;
};

} // namespace Retort::Ui

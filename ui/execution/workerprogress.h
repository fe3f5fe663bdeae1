// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QMutex>
#include <QString>

#include <atomic>

namespace Retort::Ui {

/*! Progress of a backup or restore running on a worker thread: the worker writes done/total/
    what under the mutex, the dialog's poll timer reads them; cancel is set by the dialog and
    read by the worker. Shared through a shared_ptr so an abandoned worker never dangles. */
struct WorkerProgress
{
    QMutex mutex;
    qint64 done = 0;
    qint64 total = 0;
    QString what;
    std::atomic_bool cancel{false};
};

} // namespace Retort::Ui

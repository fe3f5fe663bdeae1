// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QtGlobal>

#include <functional>

namespace Retort::Core {

/*! Calls \a work(i) for every i in [0, count) on the calling thread and on threads of the
    global QThreadPool that are idle right now, and returns when every call has returned.

    Safe from inside a pool task (the window loads projects and renders previews on the pool):
    helpers are only started on threads that are free at once, and the calling thread works
    through the items itself, so it never waits for a thread that is busy waiting in turn —
    unlike QtConcurrent::blockingMap in Qt 6, which deadlocks when its callers fill the pool.
    \a work must be safe to call concurrently for distinct indexes; the order is unspecified. */
void parallelFor(qsizetype count, const std::function<void(qsizetype)> &work);

} // namespace Retort::Core

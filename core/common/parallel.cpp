// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/common/parallel.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace Retort::Core {

void parallelFor(qsizetype count, const std::function<void(qsizetype)> &work)
{
    if (count <= 0)
        return;
    std::atomic<qsizetype> next{0};
    QSemaphore helpersDone;
    const auto drain = [&] {
        for (qsizetype i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    QThreadPool *pool = QThreadPool::globalInstance();
    const qsizetype wanted = std::min<qsizetype>(pool->maxThreadCount(), count) - 1;
    int helpers = 0;
    for (; helpers < wanted; ++helpers) {
        // The helpers reference this frame: it outlives them (acquire below).
        if (!pool->tryStart([&drain, &helpersDone] {
                drain();
                helpersDone.release();
            }))
            break;
    }
    drain();
    helpersDone.acquire(helpers);
}

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// parallelFor: every index exactly once, and no deadlock when every thread of the global pool
// is itself inside a parallelFor (the window loads projects and renders previews on the pool,
// and both fan out again; Qt 6's blockingMap hung there).

#include "core/common/parallel.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QFutureSynchronizer>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <vector>

using Retort::Core::parallelFor;

class TestParallel : public QObject
{
    Q_OBJECT

private slots:
    void visitsEveryIndexOnce_data();
    void visitsEveryIndexOnce();
    void nestedInsideAFullPoolFinishes();
};

void TestParallel::visitsEveryIndexOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("many") << 10000;
}

void TestParallel::visitsEveryIndexOnce()
{
    QFETCH(int, count);
    std::vector<std::atomic<int>> visits(static_cast<std::size_t>(count));
    parallelFor(count, [&](qsizetype i) { visits[std::size_t(i)].fetch_add(1); });
    for (int i = 0; i < count; ++i)
        QCOMPARE(visits[std::size_t(i)].load(), 1);
}

void TestParallel::nestedInsideAFullPoolFinishes()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    const int outer = pool->maxThreadCount() * 2; // more tasks than threads
    std::atomic<int> leaves{0};
    QFutureSynchronizer<void> all;
    for (int task = 0; task < outer; ++task) {
        all.addFuture(QtConcurrent::run([&leaves] {
            parallelFor(50, [&leaves](qsizetype) {
                parallelFor(20, [&leaves](qsizetype) { leaves.fetch_add(1); });
            });
        }));
    }
    // A deadlock would hang here; ctest's timeout would then fail the test.
    all.waitForFinished();
    QCOMPARE(leaves.load(), outer * 50 * 20);
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
//
// Times computeGraphLayout on generated maps of 1,000 and 10,000 revisions (the shape of
// gen_project.py: a main line, a 5-revision side branch every 50 revisions merged back 10
// revisions later, labels and depends_on). Prints the best of 5 runs per size.
// usage: bench_graphlayout [COUNT...]

#include "core/graph/graphlayout.h"
#include "core/graph/revisionmap.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cstdio>

using namespace Retort::Core;

namespace {

QString appendRevision(QList<Revision> &list, const QStringList &down, const QString &label, const QString &dep)
{
    Revision r;
    r.id = QStringLiteral("%1").arg(quint64(list.size()) * 2654435761ULL % 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    r.downRevisions = down;
    if (!label.isEmpty())
        r.branchLabels = QStringList{label};
    if (!dep.isEmpty())
        r.dependsOn = QStringList{dep};
    r.sourceIndex = int(list.size());
    list.append(r);
    return r.id;
}

QList<Revision> generate(int count)
{
    QList<Revision> list;
    QHash<int, QString> pendingMerges;   // main index at which to merge -> branch head
    QString head;
    int branchNo = 0;
    while (list.size() < count) {
        const int mainIndex = int(list.size());
        if (pendingMerges.contains(mainIndex)) {
            head = appendRevision(list, {head, pendingMerges.take(mainIndex)}, {}, {});
            continue;
        }
        head = appendRevision(list, head.isEmpty() ? QStringList() : QStringList{head}, {}, {});
        if (mainIndex % 50 == 10 && list.size() + 5 < count - 20) {
            QString branchHead = head;
            for (int step = 0; step < 5; ++step) {
                const QString label = (branchNo % 4 == 0 && step == 0) ? QStringLiteral("side%1").arg(branchNo) : QString();
                const QString dep = (step == 2 && branchNo % 3 == 0) ? head : QString();
                branchHead = appendRevision(list, {branchHead}, label, dep);
            }
            pendingMerges.insert(int(list.size()) + 10, branchHead);
            ++branchNo;
        }
    }
    // Sorted file names decide the load order (Alembic >= 1.10), as for a real project.
    std::sort(list.begin(), list.end(), [](const Revision &a, const Revision &b) { return a.id < b.id; });
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes.append(arg.toInt());
    if (sizes.isEmpty())
        sizes = {1000, 10000};
    for (int count : std::as_const(sizes)) {
        const RevisionMap map = RevisionMap::build(generate(count));
        qint64 best = -1;
        int lanes = 0, edges = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const GraphLayout layout = computeGraphLayout(map);
            const qint64 ns = timer.nsecsElapsed();
            best = best < 0 ? ns : std::min(best, ns);
            lanes = layout.laneCount();
            edges = int(layout.edges().size());
        }
        std::printf("%6d revisions: layout %.2f ms (best of 5), %d lanes, %d edges, usable map: %s\n", count,
                    double(best) / 1e6, lanes, edges, map.isUsable() ? "yes" : "no");
    }
    return 0;
}

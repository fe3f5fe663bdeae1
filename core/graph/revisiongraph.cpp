// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/revisiongraph.h"

#include "core/graph/ancestryindex.h"

namespace Retort::Core::Detail {

RevisionGraph::RevisionGraph() = default;
RevisionGraph::~RevisionGraph() = default;

QStringList RevisionGraph::idsOf(const QVector<int> &nodes) const
{
    QStringList out;
    out.reserve(nodes.size());
    for (int n : nodes) {
        if (n >= 0)
            out.append(ids.at(n));
    }
    return out;
}

const AncestryIndex &RevisionGraph::ancestryIndex() const
{
    std::call_once(ancestryOnce, [this] { ancestry = std::make_unique<AncestryIndex>(*this); });
    return *ancestry;
}

QString RevisionGraph::scriptLine(int node) const
{
    const Revision &r = entryOf(node);
    QString line = r.downRevisions.isEmpty() ? QStringLiteral("<base>") : r.downRevisions.join(QLatin1String(", "));
    line += QLatin1String(" -> ") + r.id;
    if (isHead(node))
        line += QLatin1String(" (head)");
    if (nextRev.at(node).size() > 1)
        line += QLatin1String(" (branchpoint)");
    if (isMergePoint(node))
        line += QLatin1String(" (mergepoint)");
    return line + QLatin1String(", ") + r.doc;
}

} // namespace Retort::Core::Detail

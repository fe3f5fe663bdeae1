// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/revisionmap.h"

#include "core/graph/migrationplanner.h"
#include "core/graph/revisiongraphbuilder.h"
#include "core/graph/revisionresolver.h"

namespace Retort::Core {

using Detail::RevisionGraph;

RevisionMap::RevisionMap()
{
    static const std::shared_ptr<const RevisionGraph> empty = Detail::RevisionGraphBuilder({}).build();
    m_graph = empty;
}

RevisionMap::RevisionMap(std::shared_ptr<const RevisionGraph> graph)
    : m_graph(std::move(graph))
{
}

RevisionMap RevisionMap::build(const QList<Revision> &inLoadOrder)
{
    return RevisionMap(Detail::RevisionGraphBuilder(inLoadOrder).build());
}

const QList<GraphProblem> &RevisionMap::problems() const
{
    return m_graph->problems;
}

DiagnosticList RevisionMap::diagnostics() const
{
    DiagnosticList out;
    for (const GraphProblem &p : m_graph->problems)
        out.append(p.diagnostic);
    return out;
}

bool RevisionMap::isUsable() const
{
    return m_graph->usable;
}

int RevisionMap::size() const
{
    return m_graph->size();
}

bool RevisionMap::contains(const QString &id) const
{
    const int n = m_graph->node(id);
    return n >= 0 && m_graph->ids.at(n) == id;
}

std::optional<RevisionInfo> RevisionMap::revision(const QString &id) const
{
    if (!contains(id))
        return std::nullopt;
    const RevisionGraph &g = *m_graph;
    const int n = g.node(id);
    const Revision &r = g.entryOf(n);
    RevisionInfo info;
    info.id = r.id;
    info.sourceIndex = r.sourceIndex;
    info.doc = r.doc;
    info.downRevisions = r.downRevisions;
    info.dependsOn = r.dependsOn;
    info.resolvedDependencies = g.idsOf(g.resolvedDeps.at(n));
    info.normalizedDependencies = g.idsOf(g.normalizedDeps.at(n));
    info.allDownRevisions = r.downRevisions;
    for (const QString &dep : std::as_const(info.resolvedDependencies)) {
        if (!info.allDownRevisions.contains(dep))
            info.allDownRevisions.append(dep);
    }
    info.normalizedDownRevisions = g.idsOf(g.normalizedDown.at(n));
    info.declaredBranchLabels = r.branchLabels;
    info.branchLabels = g.branchLabels.at(n);
    info.nextRevisions = g.idsOf(g.nextRev.at(n));
    info.allNextRevisions = g.idsOf(g.allNextRev.at(n));
    info.isHead = g.isHead(n);
    info.isRealHead = g.isRealHead(n);
    info.isBase = r.downRevisions.isEmpty();
    info.isRealBase = info.isBase && r.dependsOn.isEmpty();
    info.isBranchPoint = g.nextRev.at(n).size() > 1;
    info.isRealBranchPoint = g.isRealBranchPoint(n);
    info.isMergePoint = g.isMergePoint(n);
    return info;
}

QStringList RevisionMap::allRevisionsInLoadOrder() const
{
    return m_graph->ids;
}

QList<Revision> RevisionMap::entriesInLoadOrder() const
{
    return m_graph->entries;
}

QStringList RevisionMap::heads() const
{
    return m_graph->idsOf(m_graph->heads);
}

QStringList RevisionMap::realHeads() const
{
    return m_graph->idsOf(m_graph->realHeads);
}

QStringList RevisionMap::bases() const
{
    return m_graph->idsOf(m_graph->bases);
}

QStringList RevisionMap::realBases() const
{
    return m_graph->idsOf(m_graph->realBases);
}

QStringList RevisionMap::ghostIds() const
{
    return m_graph->ghosts;
}

QString RevisionMap::labelOwner(const QString &label) const
{
    const int k = int(m_graph->keys.indexOf(label, m_graph->size()));
    return k >= 0 ? m_graph->ids.at(m_graph->keyNodes.at(k)) : QString();
}

QString RevisionMap::scriptLine(const QString &id) const
{
    return contains(id) ? m_graph->scriptLine(m_graph->node(id)) : QString();
}

Expected<QStringList, RevisionError> RevisionMap::getRevisions(const QString &identifier) const
{
    return getRevisions(QStringList{identifier});
}

Expected<QStringList, RevisionError> RevisionMap::getRevisions(const QStringList &identifiers) const
{
    auto nodes = Detail::RevisionResolver(*m_graph).getRevisions(identifiers);
    if (!nodes)
        return nodes.error().wrapped(RevisionError::Context::Default);
    return m_graph->idsOf(nodes.value());
}

Expected<QString, RevisionError> RevisionMap::getRevision(const QString &identifier) const
{
    auto node = Detail::RevisionResolver(*m_graph).getRevision(identifier);
    if (!node)
        return node.error().wrapped(RevisionError::Context::Default);
    return node.value() >= 0 ? m_graph->ids.at(node.value()) : QString();
}

Expected<QStringList, RevisionError> RevisionMap::allCurrent(const QStringList &databaseHeads) const
{
    auto nodes = Detail::RevisionResolver(*m_graph).allCurrent(databaseHeads);
    if (!nodes)
        return nodes.error().wrapped(RevisionError::Context::Default);
    return m_graph->idsOf(nodes.value());
}

Expected<QStringList, RevisionError> RevisionMap::walkRevisions(const QString &base, const QString &head) const
{
    return Detail::MigrationPlanner(*m_graph).walkRevisions(base, head);
}

Expected<MigrationPlan, RevisionError> RevisionMap::upgrade(const QString &target,
                                                            const QStringList &currentHeads) const
{
    return Detail::MigrationPlanner(*m_graph).upgrade(QStringList{target}, currentHeads);
}

Expected<MigrationPlan, RevisionError> RevisionMap::upgrade(const QStringList &targets,
                                                            const QStringList &currentHeads) const
{
    return Detail::MigrationPlanner(*m_graph).upgrade(targets, currentHeads);
}

Expected<MigrationPlan, RevisionError> RevisionMap::downgrade(const QString &target,
                                                              const QStringList &currentHeads) const
{
    return Detail::MigrationPlanner(*m_graph).downgrade(target, currentHeads);
}

Expected<MigrationPlan, RevisionError> RevisionMap::stamp(const QStringList &targets,
                                                          const QStringList &currentHeads) const
{
    return Detail::MigrationPlanner(*m_graph).stamp(targets, currentHeads);
}

} // namespace Retort::Core

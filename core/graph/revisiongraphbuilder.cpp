// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/revisiongraphbuilder.h"

#include "core/graph/graphtraversal.h"

#include <QSet>

#include <algorithm>
#include <deque>

namespace Retort::Core::Detail {

namespace {

QVector<int> deduped(const QVector<int> &list)
{
    if (list.size() < 2)
        return list;
    QVector<int> out;
    out.reserve(list.size());
    for (int v : list) {
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

void appendUnique(QStringList &into, const QStringList &from)
{
    for (const QString &s : from) {
        if (!into.contains(s))
            into.append(s);
    }
}

// appendUnique for long lists: `seen` mirrors `into`.
void appendUnique(QStringList &into, QSet<QString> &seen, const QStringList &from)
{
    for (const QString &s : from) {
        if (!seen.contains(s)) {
            seen.insert(s);
            into.append(s);
        }
    }
}

bool isPrefix(const QStringList &prefix, const QStringList &list)
{
    if (prefix.size() > list.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (prefix.at(i) != list.at(i))
            return false;
    }
    return true;
}

// Parents' labels (longest list first, so the common "side branch merged back" case,
// whose labels are a prefix of the main line's, costs no set), then the declared ones.
QStringList unionOfLabels(const RevisionGraph &g, const QVector<int> &parents, const QStringList &declared)
{
    QVector<int> order = parents;
    std::stable_sort(order.begin(), order.end(), [&g](int a, int b) {
        return g.branchLabels.at(a).size() > g.branchLabels.at(b).size();
    });
    QStringList labels = order.isEmpty() ? QStringList() : g.branchLabels.at(order.first());
    QSet<QString> seen;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QStringList &more = g.branchLabels.at(order.at(i));
        if (isPrefix(more, labels))
            continue;
        if (seen.isEmpty())
            seen = QSet<QString>(labels.cbegin(), labels.cend());
        appendUnique(labels, seen, more);
    }
    for (const QString &l : declared) {
        if (!labels.contains(l))
            labels.append(l);
    }
    return labels;
}

// Kahn's algorithm over a children list; nodes on a cycle are missing from the result.
std::vector<int> kahnOrder(const Adjacency &children, int n)
{
    std::vector<int> indegree(size_t(n), 0);
    for (const QVector<int> &list : children) {
        for (int c : list)
            ++indegree[size_t(c)];
    }
    std::deque<int> ready;
    for (int v = 0; v < n; ++v) {
        if (indegree[size_t(v)] == 0)
            ready.push_back(v);
    }
    std::vector<int> order;
    order.reserve(size_t(n));
    while (!ready.empty()) {
        const int v = ready.front();
        ready.pop_front();
        order.push_back(v);
        for (int c : children.at(v)) {
            if (--indegree[size_t(c)] == 0)
                ready.push_back(c);
        }
    }
    return order;
}

QString illegalCharacters(const QString &id)
{
    // Revision.verify_rev_id: the sorted set of '+', '-', '@' found in the id.
    QStringList found;
    for (QChar c : {QLatin1Char('+'), QLatin1Char('-'), QLatin1Char('@')}) {
        if (id.contains(c))
            found.append(QString(c));
    }
    return found.join(QLatin1String(", "));
}

} // namespace

RevisionGraphBuilder::RevisionGraphBuilder(QList<Revision> inLoadOrder)
    : m_g(std::make_shared<RevisionGraph>())
{
    m_g->entries = std::move(inLoadOrder);
}

std::shared_ptr<RevisionGraph> RevisionGraphBuilder::build()
{
    registerEntries();
    registerLabels();
    resolveDependencies();
    linkParents();
    computeHeadsAndBases();
    computeVersionedOrder();
    normalizeDependencies();
    detectCycles();
    propagateLabels();
    reportMissingParents();
    finish();
    return m_g;
}

void RevisionGraphBuilder::addProblem(QList<GraphProblem> &bucket, const Diagnostic &diagnostic,
                                      const QVector<int> &entries, const QStringList &extraIds)
{
    GraphProblem problem;
    problem.diagnostic = diagnostic;
    for (int e : entries) {
        const Revision &r = m_g->entries.at(e);
        if (!problem.revisions.contains(r.id))
            problem.revisions.append(r.id);
        if (r.sourceIndex >= 0 && !problem.sourceIndexes.contains(r.sourceIndex))
            problem.sourceIndexes.append(r.sourceIndex);
    }
    appendUnique(problem.revisions, extraIds);
    bucket.append(problem);
}

void RevisionGraphBuilder::registerEntries()
{
    RevisionGraph &g = *m_g;
    const qsizetype count = g.entries.size();
    g.keyIndex.reserve(count + count / 8);
    g.ids.reserve(count);
    g.nodeEntry.reserve(count);
    g.entryNode.reserve(count);
    g.keys.reserve(count);
    g.keyNodes.reserve(count);
    for (int i = 0; i < g.entries.size(); ++i) {
        checkEntry(i);
        const QString &id = g.entries.at(i).id;
        int node = g.keyIndex.value(id, NoRevision);
        if (node != NoRevision) {
            // The later file wins for lookups; the earlier one stays a (phantom) head.
            addProblem(m_entryProblems,
                       Diagnostic::warning(QStringLiteral("graph-duplicate-id"),
                                           QStringLiteral("Revision %1 is present more than once").arg(id)),
                       {i, g.nodeEntry.at(node)});
            g.nodeEntry[node] = i;
        } else {
            node = g.size();
            g.ids.append(id);
            g.nodeEntry.append(i);
            g.keyIndex.insert(id, node);
            g.keys.append(id);
            g.keyNodes.append(node);
        }
        g.entryNode.append(node);
    }
    const int n = g.size();
    for (auto *lists : {&g.versionedDown, &g.resolvedDeps, &g.normalizedDeps, &g.allDown,
                        &g.normalizedDown, &g.nextRev, &g.allNextRev})
        lists->resize(n);
    g.branchLabels.resize(n);
    m_rootLike.assign(size_t(n), 0);
    m_realRootLike.assign(size_t(n), 0);
}

void RevisionGraphBuilder::checkEntry(int entry)
{
    const Revision &r = m_g->entries.at(entry);
    // Revision.__init__ order: structural self-loop, else dependency self-loop; then the id.
    if (r.downRevisions.contains(r.id)) {
        addProblem(m_entryProblems,
                   Diagnostic::error(QStringLiteral("graph-self-loop"),
                                     QStringLiteral("Self-loop is detected in revisions (%1)").arg(r.id)),
                   {entry});
    } else if (r.dependsOn.contains(r.id)) {
        addProblem(m_entryProblems,
                   Diagnostic::error(QStringLiteral("graph-dependency-self-loop"),
                                     QStringLiteral("Dependency self-loop is detected in revisions (%1)").arg(r.id)),
                   {entry});
    }
    const QString illegal = illegalCharacters(r.id);
    if (!illegal.isEmpty()) {
        addProblem(m_entryProblems,
                   Diagnostic::error(QStringLiteral("graph-illegal-id"),
                                     QStringLiteral("Character(s) '%1' not allowed in revision identifier '%2'")
                                         .arg(illegal, r.id)),
                   {entry});
    }
}

void RevisionGraphBuilder::registerLabels()
{
    // _map_branch_labels: labels share the key space of ids; the first registration wins.
    // Alembic walks a Python set of revisions here; we use load order.
    RevisionGraph &g = *m_g;
    QHash<QString, int> labelEntry;
    for (int i = 0; i < g.entries.size(); ++i) {
        const Revision &r = g.entries.at(i);
        for (const QString &label : r.branchLabels) {
            const int owner = g.keyIndex.value(label, NoRevision);
            if (owner != NoRevision) {
                const int ownerEntry = labelEntry.value(label, g.nodeEntry.at(owner));
                addProblem(m_labelProblems,
                           Diagnostic::error(QStringLiteral("graph-label-collision"),
                                             QStringLiteral("Branch name '%1' in revision %2 already used by revision %3")
                                                 .arg(label, r.id, g.ids.at(owner))),
                           {i, ownerEntry});
                continue;
            }
            g.keyIndex.insert(label, g.entryNode.at(i));
            labelEntry.insert(label, i);
            g.keys.append(label);
            g.keyNodes.append(g.entryNode.at(i));
        }
    }
}

void RevisionGraphBuilder::resolveDependencies()
{
    RevisionGraph &g = *m_g;
    for (int v = 0; v < g.size(); ++v) {
        for (const QString &dep : g.entryOf(v).dependsOn) {
            const int target = g.keyIndex.value(dep, NoRevision);
            if (target == NoRevision) {
                m_missing.append({v, dep, true});
                m_realRootLike[size_t(v)] = 1;
                if (!g.ghosts.contains(dep))
                    g.ghosts.append(dep);
                continue;
            }
            if (target == v) {   // a self-dependency; checkEntry reports the literal form
                m_realRootLike[size_t(v)] = 1;
                if (dep != g.ids.at(v)) {
                    addProblem(m_dependencyProblems,
                               Diagnostic::error(QStringLiteral("graph-dependency-self-loop"),
                                                 QStringLiteral("Dependency self-loop is detected in revisions (%1)")
                                                     .arg(g.ids.at(v))),
                               {g.nodeEntry.at(v)});
                }
                continue;
            }
            g.resolvedDeps[v].append(target);
        }
    }
}

void RevisionGraphBuilder::linkParents()
{
    RevisionGraph &g = *m_g;
    const int n = g.size();
    for (int v = 0; v < n; ++v) {
        for (const QString &parent : g.entryOf(v).downRevisions) {
            const int p = g.keyIndex.value(parent, NoRevision);
            if (p != NoRevision && g.ids.at(p) == parent && p != v) {
                g.versionedDown[v].append(p);
                continue;
            }
            m_rootLike[size_t(v)] = 1;
            m_realRootLike[size_t(v)] = 1;
            if (p == v)
                continue;   // self-loop, already reported
            if (p != NoRevision) {
                m_labelParents.append({v, parent});
                continue;
            }
            m_missing.append({v, parent, false});
            if (!g.ghosts.contains(parent))
                g.ghosts.append(parent);
        }
        g.allDown[v] = deduped(g.versionedDown.at(v) + g.resolvedDeps.at(v));
    }
    for (int v = 0; v < n; ++v) {
        for (int p : deduped(g.versionedDown.at(v)))
            g.nextRev[p].append(v);
        for (int p : g.allDown.at(v))
            g.allNextRev[p].append(v);
    }
}

void RevisionGraphBuilder::computeHeadsAndBases()
{
    RevisionGraph &g = *m_g;
    for (int i = 0; i < g.entries.size(); ++i) {
        const int node = g.entryNode.at(i);
        const bool superseded = g.nodeEntry.at(node) != i;   // Alembic's phantom head
        if (superseded || g.isHead(node))
            g.heads.append(node);
        if (superseded || g.isRealHead(node))
            g.realHeads.append(node);
        const Revision &r = g.entries.at(i);
        if (r.downRevisions.isEmpty()) {
            g.bases.append(node);
            if (r.dependsOn.isEmpty())
                g.realBases.append(node);
        }
    }
}

void RevisionGraphBuilder::computeVersionedOrder()
{
    m_versionedOrder = kahnOrder(m_g->nextRev, m_g->size());
}

void RevisionGraphBuilder::normalizeDependencies()
{
    // _normalize_depends_on: drop the dependencies that a structural ancestor already
    // declares. `inherited[v]` = union of resolved dependencies of v's strict structural
    // ancestors, built parents-first with implicitly shared sets. Only a dependency that
    // two or more revisions declare can ever be dropped, so only those are propagated.
    RevisionGraph &g = *m_g;
    const int n = g.size();
    QHash<int, int> declarers;
    for (const QVector<int> &deps : std::as_const(g.resolvedDeps)) {
        for (int d : deduped(deps))
            ++declarers[d];
    }
    std::vector<char> repeated(size_t(n), 0);
    bool anyRepeated = false;
    for (auto it = declarers.cbegin(); it != declarers.cend(); ++it) {
        if (it.value() > 1) {
            repeated[size_t(it.key())] = 1;
            anyRepeated = true;
        }
    }
    if (!anyRepeated) {
        for (int v = 0; v < n; ++v) {
            g.normalizedDeps[v] = deduped(g.resolvedDeps.at(v));
            g.normalizedDown[v] = deduped(g.versionedDown.at(v) + g.normalizedDeps.at(v));
        }
        return;
    }
    QVector<QSet<int>> inherited(n);
    std::vector<char> ordered(size_t(n), 0);
    for (int v : m_versionedOrder) {
        ordered[size_t(v)] = 1;
        bool first = true;
        for (int p : deduped(g.versionedDown.at(v))) {
            QSet<int> fromParent = inherited.at(p);
            for (int d : g.resolvedDeps.at(p)) {
                if (repeated[size_t(d)])
                    fromParent.insert(d);
            }
            if (first)
                inherited[v] = fromParent;
            else
                inherited[v].unite(fromParent);
            first = false;
        }
    }
    for (int v = 0; v < n; ++v) {
        QVector<int> kept;
        for (int d : g.resolvedDeps.at(v)) {
            if (!kept.contains(d) && !(ordered[size_t(v)] && inherited.at(v).contains(d)))
                kept.append(d);
        }
        g.normalizedDeps[v] = kept;
        g.normalizedDown[v] = deduped(g.versionedDown.at(v) + kept);
    }
}

void RevisionGraphBuilder::detectCycles()
{
    if (m_g->size() == 0)
        return;
    // Alembic raises the structural check before the dependency check.
    if (detectCyclesAlembicWay(false) || detectCyclesAlembicWay(true))
        return;
    detectRemainingCycles();
}

bool RevisionGraphBuilder::detectCyclesAlembicWay(bool withDependencies)
{
    // _detect_cycles: every revision must be an ancestor of a head and a descendant of a
    // base. Deviation: a revision that lost a parent (ghost, self-loop) also counts as a
    // base, so a missing parent is not reported a second time as a cycle.
    const RevisionGraph &g = *m_g;
    const QVector<int> &heads = withDependencies ? g.realHeads : g.heads;
    QVector<int> roots = withDependencies ? g.realBases : g.bases;
    const std::vector<char> &rootLike = withDependencies ? m_realRootLike : m_rootLike;
    for (int v = 0; v < g.size(); ++v) {
        if (rootLike[size_t(v)])
            roots.append(v);
    }
    const QString kind = withDependencies ? QStringLiteral("Dependency cycle") : QStringLiteral("Cycle");
    const QString code = withDependencies ? QStringLiteral("graph-dependency-cycle") : QStringLiteral("graph-cycle");
    QVector<int> involved;
    if (heads.isEmpty() || roots.isEmpty()) {
        for (int v = 0; v < g.size(); ++v)
            involved.append(v);    // list(rev_map): map order, not sorted
    } else {
        const auto up = GraphTraversal::reach(withDependencies ? g.allDown : g.versionedDown, heads, g.size());
        const auto down = GraphTraversal::reach(withDependencies ? g.allNextRev : g.nextRev, roots, g.size());
        for (int v = 0; v < g.size(); ++v) {
            if (!(up[size_t(v)] && down[size_t(v)]))
                involved.append(v);
        }
        std::sort(involved.begin(), involved.end(), [&g](int a, int b) { return g.ids.at(a) < g.ids.at(b); });
    }
    if (involved.isEmpty())
        return false;
    QVector<int> entries;
    for (int v : involved)
        entries.append(g.nodeEntry.at(v));
    addProblem(m_cycleProblems,
               Diagnostic::error(code, QStringLiteral("%1 is detected in revisions (%2)")
                                           .arg(kind, g.idsOf(involved).join(QLatin1String(", ")))),
               entries);
    return true;
}

void RevisionGraphBuilder::detectRemainingCycles()
{
    // Deviation: Alembic's check misses a cycle entered through a merge parent that does
    // reach a base (x <- a(x, c) <- b <- c) and then plans nonsense. We report the nodes
    // that cannot be ordered, so that such a map is not usable.
    const RevisionGraph &g = *m_g;
    for (bool withDependencies : {false, true}) {
        const std::vector<int> order = withDependencies ? kahnOrder(g.allNextRev, g.size()) : m_versionedOrder;
        if (int(order.size()) == g.size())
            continue;
        std::vector<char> ordered(size_t(g.size()), 0);
        for (int v : order)
            ordered[size_t(v)] = 1;
        QVector<int> involved;
        for (int v = 0; v < g.size(); ++v) {
            if (!ordered[size_t(v)])
                involved.append(v);
        }
        std::sort(involved.begin(), involved.end(), [&g](int a, int b) { return g.ids.at(a) < g.ids.at(b); });
        QVector<int> entries;
        for (int v : involved)
            entries.append(g.nodeEntry.at(v));
        const QString kind = withDependencies ? QStringLiteral("Dependency cycle") : QStringLiteral("Cycle");
        addProblem(m_cycleProblems,
                   Diagnostic::error(withDependencies ? QStringLiteral("graph-dependency-cycle")
                                                      : QStringLiteral("graph-cycle"),
                                     QStringLiteral("%1 is detected in revisions (%2)")
                                         .arg(kind, g.idsOf(involved).join(QLatin1String(", ")))),
                   entries);
        return;
    }
}

void RevisionGraphBuilder::propagateLabels()
{
    // _add_branches, step 1: every structural descendant of a labelled revision gets its
    // labels. Computed parents-first as an inherited union (same result as Alembic's
    // per-label descendant walk; order: parents' labels first, then the declared ones).
    RevisionGraph &g = *m_g;
    std::vector<char> ordered(size_t(g.size()), 0);
    for (int v : m_versionedOrder) {
        ordered[size_t(v)] = 1;
        const QVector<int> parents = deduped(g.versionedDown.at(v));
        const QStringList &declared = g.entryOf(v).branchLabels;
        if (parents.size() == 1 && declared.isEmpty()) {
            g.branchLabels[v] = g.branchLabels.at(parents.first());
            continue;
        }
        g.branchLabels[v] = unionOfLabels(g, parents, declared);
    }
    for (int v = 0; v < g.size(); ++v) {
        if (!ordered[size_t(v)]) {
            QStringList labels;
            appendUnique(labels, g.entryOf(v).branchLabels);
            g.branchLabels[v] = labels;
        }
    }
    // Step 2, processed descendants-first so every walk carries the full label set.
    for (auto it = m_versionedOrder.rbegin(); it != m_versionedOrder.rend(); ++it) {
        if (!g.entryOf(*it).branchLabels.isEmpty())
            walkLabelsDown(*it);
    }
}

void RevisionGraphBuilder::walkLabelsDown(int labelled)
{
    // _add_branches, step 2: from the last descendant visited, Alembic walks down the
    // down_revision chain labelling each node until a real branch point, a merge point or
    // a base. That walk only leaves the descendants of `labelled` when the descendants form
    // a single line with no real branch point and no merge point (then the last descendant
    // is the top of that line); otherwise it stops inside the already labelled set.
    RevisionGraph &g = *m_g;
    int current = labelled;
    for (int guard = 0; guard <= g.size(); ++guard) {
        if (g.isRealBranchPoint(current) || g.isMergePoint(current))
            return;
        if (g.nextRev.at(current).isEmpty())
            break;
        current = g.nextRev.at(current).first();
    }
    const QStringList labels = g.branchLabels.at(labelled);
    int parent = g.versionedDown.at(labelled).isEmpty() ? NoRevision : g.versionedDown.at(labelled).first();
    for (int guard = 0; parent != NoRevision && guard <= g.size(); ++guard) {
        if (g.isRealBranchPoint(parent) || g.isMergePoint(parent))
            return;
        appendUnique(g.branchLabels[parent], labels);
        parent = g.versionedDown.at(parent).isEmpty() ? NoRevision : g.versionedDown.at(parent).first();
    }
}

void RevisionGraphBuilder::reportMissingParents()
{
    // Messages use the final head/branch flags (Alembic prints the partial state reached
    // at the moment of its warning, just before crashing with KeyError).
    const RevisionGraph &g = *m_g;
    for (const MissingReference &missing : std::as_const(m_missing)) {
        const int node = missing.node;
        const QString &ghost = missing.id;
        const bool isParent = !missing.dependency;
        const QString text = isParent
            ? QStringLiteral("Revision %1 referenced from %2 is not present")
            : QStringLiteral("Dependency %1 referenced from %2 is not present");
        addProblem(isParent ? m_parentProblems : m_dependencyProblems,
                   Diagnostic::error(isParent ? QStringLiteral("graph-missing-parent")
                                              : QStringLiteral("graph-unknown-dependency"),
                                     text.arg(ghost, g.scriptLine(node))),
                   {g.nodeEntry.at(node)}, {ghost});
    }
    for (const auto &[node, label] : std::as_const(m_labelParents)) {
        addProblem(m_parentProblems,
                   Diagnostic::error(QStringLiteral("graph-parent-is-label"),
                                     QStringLiteral("Revision %1 referenced from %2 is a branch label, not a revision")
                                         .arg(label, g.scriptLine(node))),
                   {g.nodeEntry.at(node), g.nodeEntry.at(g.keyIndex.value(label))});
    }
}

void RevisionGraphBuilder::finish()
{
    RevisionGraph &g = *m_g;
    g.problems = m_entryProblems + m_labelProblems + m_dependencyProblems + m_parentProblems + m_cycleProblems;
    for (const GraphProblem &p : std::as_const(g.problems)) {
        if (p.diagnostic.severity == Severity::Error) {
            g.usable = false;
            g.firstError = p.diagnostic.message;
            break;
        }
    }
}

} // namespace Retort::Core::Detail

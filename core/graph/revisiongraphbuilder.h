// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/revisiongraph.h"

#include <QPair>

#include <memory>
#include <vector>

namespace Retort::Core::Detail {

/*! Builds a RevisionGraph the way Alembic's RevisionMap._revision_map does, but never
    stops at the first problem: every problem becomes a GraphProblem and the graph is
    still complete enough to draw. Problems are ordered so that the first error is the
    one Alembic would raise first. Linear in revisions and edges, except dependency
    normalization (linear in the repeated dependencies inherited along each line).

    Duplicate ids: the last file wins; an earlier file only keeps Alembic's visible
    effects (warning, phantom head, base entry, registration of its branch labels). Its
    own parents, dependencies and label propagation are ignored (Alembic would still walk
    them from the phantom object). Deviations from Alembic, all for maps Alembic cannot
    load: every problem is collected instead of raising the first; a revision whose parent
    is missing counts as a base for cycle detection; cycles Alembic's check misses are
    reported too. */
class RevisionGraphBuilder
{
public:
    explicit RevisionGraphBuilder(QList<Revision> inLoadOrder);
    std::shared_ptr<RevisionGraph> build();

private:
    void registerEntries();
    void checkEntry(int entry);
    void registerLabels();
    void resolveDependencies();
    void linkParents();
    void computeHeadsAndBases();
    void computeVersionedOrder();
    void normalizeDependencies();
    void detectCycles();
    bool detectCyclesAlembicWay(bool withDependencies);
    void detectRemainingCycles();
    void propagateLabels();
    void walkLabelsDown(int labelled);
    void reportMissingParents();
    void finish();

    void addProblem(QList<GraphProblem> &bucket, const Diagnostic &diagnostic, const QVector<int> &entries,
                    const QStringList &extraIds = {});

    std::shared_ptr<RevisionGraph> m_g;
    QList<GraphProblem> m_entryProblems;
    QList<GraphProblem> m_labelProblems;
    QList<GraphProblem> m_dependencyProblems;
    QList<GraphProblem> m_parentProblems;
    QList<GraphProblem> m_cycleProblems;
    struct MissingReference
    {
        int node;
        QString id;
        bool dependency;
    };
    QList<MissingReference> m_missing;             // ghosts, in the order found
    QList<QPair<int, QString>> m_labelParents;     // node, label used as a parent
    std::vector<char> m_rootLike;       // node lost a declared parent (ghost, self or label)
    std::vector<char> m_realRootLike;   // node lost a declared parent or dependency
    std::vector<int> m_versionedOrder;  // parents first, along structural edges; cyclic nodes absent
};

} // namespace Retort::Core::Detail

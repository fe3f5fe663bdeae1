// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QVector>

#include <cstdint>
#include <vector>

namespace Retort::Core::Detail {

struct RevisionGraph;

/*! Reachability along _normalized_down_revisions (Alembic's _get_ancestor_nodes with
    dependencies). Up to kBitsetLimit nodes it keeps one ancestor bitset per node
    (n²/8 bytes: 12.5 MB at 10,000 revisions) and answers in O(1); above that it does a
    depth-first search pruned by topological level. Immutable after construction, so
    safe to query from several threads. Requires an acyclic graph. */
class AncestryIndex
{
public:
    static constexpr int kBitsetLimit = 20000;

    explicit AncestryIndex(const RevisionGraph &graph);

    /*! Test hook: indexes built after this call use bitsets only up to `limit` nodes
        (negative restores kBitsetLimit). Lets tests compare both strategies. */
    static void setBitsetLimitForTesting(int limit);

    //! True when `ancestor` is `node` or one of its ancestors.
    bool isAncestorOrSelf(int ancestor, int node) const;

private:
    bool searchAncestor(int ancestor, int node) const;

    const RevisionGraph &m_graph;
    int m_words = 0;
    std::vector<std::uint64_t> m_bits;
    std::vector<int> m_level;   // longest distance from a root; used by the search fallback
};

} // namespace Retort::Core::Detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/ancestryindex.h"

#include "core/graph/revisiongraph.h"

#include <algorithm>
#include <atomic>
#include <utility>

namespace Retort::Core::Detail {

namespace {

// Parents-before-children order of all nodes along normalized edges (iterative
// post-order depth-first search; a node already on the stack is not revisited, so a
// cycle cannot loop forever, it only yields an order that is not topological).
std::vector<int> topologicalOrder(const RevisionGraph &g)
{
    const int n = g.size();
    std::vector<char> state(size_t(n), 0);   // 0 new, 1 on stack, 2 done
    std::vector<int> order;
    order.reserve(size_t(n));
    std::vector<std::pair<int, int>> stack;  // node, next parent position
    for (int root = 0; root < n; ++root) {
        if (state[size_t(root)])
            continue;
        stack.push_back({root, 0});
        state[size_t(root)] = 1;
        while (!stack.empty()) {
            auto &[node, pos] = stack.back();
            const QVector<int> &parents = g.normalizedDown.at(node);
            if (pos < parents.size()) {
                const int p = parents.at(pos++);
                if (!state[size_t(p)]) {
                    state[size_t(p)] = 1;
                    stack.push_back({p, 0});
                }
                continue;
            }
            state[size_t(node)] = 2;
            order.push_back(node);
            stack.pop_back();
        }
    }
    return order;
}

std::atomic<int> g_bitsetLimit{AncestryIndex::kBitsetLimit};

} // namespace

void AncestryIndex::setBitsetLimitForTesting(int limit)
{
    g_bitsetLimit = limit < 0 ? kBitsetLimit : limit;
}

AncestryIndex::AncestryIndex(const RevisionGraph &graph)
    : m_graph(graph)
{
    const int n = graph.size();
    const std::vector<int> order = topologicalOrder(graph);
    m_level.assign(size_t(n), 0);
    for (int node : order) {
        int level = 0;
        for (int p : graph.normalizedDown.at(node))
            level = std::max(level, m_level[size_t(p)] + 1);
        m_level[size_t(node)] = level;
    }
    if (n > g_bitsetLimit)
        return;
    m_words = (n + 63) / 64;
    m_bits.assign(size_t(n) * size_t(m_words), 0);
    for (int node : order) {
        std::uint64_t *row = m_bits.data() + size_t(node) * size_t(m_words);
        row[node / 64] |= std::uint64_t(1) << (node % 64);
        for (int p : graph.normalizedDown.at(node)) {
            const std::uint64_t *parentRow = m_bits.data() + size_t(p) * size_t(m_words);
            for (int w = 0; w < m_words; ++w)
                row[w] |= parentRow[w];
        }
    }
}

bool AncestryIndex::isAncestorOrSelf(int ancestor, int node) const
{
    if (ancestor < 0 || node < 0)
        return false;
    if (ancestor == node)
        return true;
    if (m_words == 0)
        return searchAncestor(ancestor, node);
    const std::uint64_t word = m_bits[size_t(node) * size_t(m_words) + size_t(ancestor / 64)];
    return (word >> (ancestor % 64)) & 1U;
}

bool AncestryIndex::searchAncestor(int ancestor, int node) const
{
    // An ancestor always has a lower level than its descendants: prune everything at or
    // below the ancestor's level.
    // Per-thread scratch marks with a generation counter: no allocation per query.
    thread_local std::vector<unsigned> seen;
    thread_local unsigned generation = 0;
    if (seen.size() < m_level.size())
        seen.assign(m_level.size(), 0);
    if (++generation == 0) {
        std::fill(seen.begin(), seen.end(), 0U);
        generation = 1;
    }
    const int floor = m_level[size_t(ancestor)];
    std::vector<int> stack{node};
    seen[size_t(node)] = generation;
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        for (int p : m_graph.normalizedDown.at(current)) {
            if (p == ancestor)
                return true;
            if (seen[size_t(p)] == generation || m_level[size_t(p)] <= floor)
                continue;
            seen[size_t(p)] = generation;
            stack.push_back(p);
        }
    }
    return false;
}

} // namespace Retort::Core::Detail

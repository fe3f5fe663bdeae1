// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/graphtraversal.h"

namespace Retort::Core::Detail {

std::vector<char> GraphTraversal::reach(const Adjacency &edges, const QVector<int> &seeds, int size)
{
    std::vector<char> marks(size_t(size), 0);
    std::vector<int> stack;
    for (int seed : seeds) {
        if (seed < 0 || marks[size_t(seed)])
            continue;
        marks[size_t(seed)] = 1;
        stack.push_back(seed);
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            for (int next : edges.at(node)) {
                if (!marks[size_t(next)]) {
                    marks[size_t(next)] = 1;
                    stack.push_back(next);
                }
            }
        }
    }
    return marks;
}

GraphTraversal::Checked GraphTraversal::reachChecked(const Adjacency &edges, const QVector<int> &targets,
                                                     int size)
{
    Checked result;
    result.marks.assign(size_t(size), 0);
    std::vector<int> poppedBy(size_t(size), -1);  // index of the target walk that last popped a node
    std::vector<int> stack;
    for (int t = 0; t < targets.size(); ++t) {
        const int target = targets.at(t);
        if (target < 0)
            continue;
        stack.push_back(target);
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            poppedBy[size_t(node)] = t;
            if (result.marks[size_t(node)])
                continue;
            result.marks[size_t(node)] = 1;
            for (int next : edges.at(node))
                stack.push_back(next);
        }
        for (int other : targets) {
            if (other >= 0 && other != target && poppedBy[size_t(other)] == t && !result.overlaps.contains(other))
                result.overlaps.append(other);
        }
        if (!result.overlaps.isEmpty()) {
            result.overlapTarget = target;
            return result;
        }
    }
    return result;
}

} // namespace Retort::Core::Detail

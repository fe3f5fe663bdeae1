// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/graphlayout.h"

#include "core/graph/revisionmap.h"

#include <QSet>

#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace Retort::Core {

namespace {

using EdgeKind = GraphLayout::EdgeKind;

struct Link
{
    int parent = -1;   // node index
    EdgeKind kind = EdgeKind::Parent;
    int parentIndex = 0;
};

// The map as dense node indices: revisions in load order, then ghosts. Links of node v are
// links[linkStart[v] .. linkStart[v + 1]): structural parents first, then dependencies.
struct Input
{
    QStringList ids;
    QHash<QString, int> index;
    int revisionCount = 0;
    std::vector<int> linkStart;
    std::vector<Link> links;
};

// The node a declared parent or dependency names: an exact id, a ghost, else (only in a broken
// map) the revision owning that branch label. -1 when it names nothing or \a self.
int targetOf(const RevisionMap &map, const Input &in, const QString &key, int self)
{
    int target = in.index.value(key, -1);
    if (target < 0) {
        const QString owner = map.labelOwner(key);
        if (!owner.isEmpty())
            target = in.index.value(owner, -1);
    }
    return target == self ? -1 : target;
}

void appendLinks(const RevisionMap &map, Input &in, int v, const QStringList &keys, EdgeKind kind)
{
    const size_t first = in.links.size();
    for (int k = 0; k < int(keys.size()); ++k) {
        const int target = targetOf(map, in, keys.at(k), v);
        if (target < 0)
            continue;
        bool seen = false;
        for (size_t i = first; i < in.links.size() && !seen; ++i)
            seen = in.links[i].parent == target;
        if (!seen)
            in.links.push_back({target, kind, k});
    }
}

Input collectInput(const RevisionMap &map)
{
    Input in;
    in.ids = map.allRevisionsInLoadOrder();
    in.revisionCount = int(in.ids.size());
    in.ids += map.ghostIds();
    in.index.reserve(in.ids.size());
    for (int i = 0; i < int(in.ids.size()); ++i)
        in.index.insert(in.ids.at(i), i);

    // The last file declaring an id wins, as in Alembic.
    const QList<Revision> entries = map.entriesInLoadOrder();
    std::vector<int> entryOf(size_t(in.ids.size()), -1);
    for (int e = 0; e < int(entries.size()); ++e) {
        const int v = in.index.value(entries.at(e).id, -1);
        if (v >= 0 && v < in.revisionCount)
            entryOf[size_t(v)] = e;
    }
    in.linkStart.reserve(size_t(in.ids.size()) + 1);
    in.links.reserve(size_t(entries.size()) + 16);
    for (int v = 0; v < int(in.ids.size()); ++v) {
        in.linkStart.push_back(int(in.links.size()));
        if (entryOf[size_t(v)] < 0)
            continue;   // a ghost: no links
        const Revision &r = entries.at(entryOf[size_t(v)]);
        appendLinks(map, in, v, r.downRevisions, EdgeKind::Parent);
        appendLinks(map, in, v, r.dependsOn, EdgeKind::Dependency);
    }
    in.linkStart.push_back(int(in.links.size()));
    return in;
}

/* Children before parents for any map: the reverse postorder of a depth-first walk along
   links, started from the nodes nobody links to (last loaded first) and visiting a node's links
   last first. That yields Alembic's shape: the first head on top, then its first-parent line.
   Nodes only reachable through a cycle are started from in reverse load order. */
std::vector<int> depthFirstOrder(const Input &in)
{
    const int n = int(in.ids.size());
    std::vector<char> linked(size_t(n), 0);
    for (const Link &l : in.links)
        linked[size_t(l.parent)] = 1;
    std::vector<char> state(size_t(n), 0);   // 0 new, 1 on stack, 2 done
    std::vector<int> post;
    post.reserve(size_t(n));
    std::vector<std::pair<int, int>> stack;   // node, links left to visit
    auto walkFrom = [&](int root) {
        if (state[size_t(root)])
            return;
        state[size_t(root)] = 1;
        stack.push_back({root, in.linkStart[size_t(root) + 1] - in.linkStart[size_t(root)]});
        while (!stack.empty()) {
            auto &[v, left] = stack.back();
            if (left == 0) {
                state[size_t(v)] = 2;
                post.push_back(v);
                stack.pop_back();
                continue;
            }
            --left;
            const int p = in.links[size_t(in.linkStart[size_t(v)] + left)].parent;
            if (state[size_t(p)] == 0) {
                state[size_t(p)] = 1;
                stack.push_back({p, in.linkStart[size_t(p) + 1] - in.linkStart[size_t(p)]});
            }
        }
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int v = n - 1; v >= 0; --v) {
            if (pass == 1 || !linked[size_t(v)])
                walkFrom(v);
        }
    }
    return std::vector<int>(post.rbegin(), post.rend());
}

// Alembic's history order when the map can be walked, else depthFirstOrder().
std::vector<int> historyOrder(const RevisionMap &map, const Input &in)
{
    if (in.revisionCount == int(in.ids.size()) && map.isUsable()) {
        const auto walk = map.walkRevisions();
        if (walk && walk->size() == in.ids.size()) {
            std::vector<int> order;
            order.reserve(size_t(walk->size()));
            std::vector<char> seen(size_t(in.ids.size()), 0);
            for (const QString &id : *walk) {
                const int v = in.index.value(id, -1);
                if (v < 0 || seen[size_t(v)])
                    break;
                seen[size_t(v)] = 1;
                order.push_back(v);
            }
            if (order.size() == size_t(in.ids.size()))
                return order;
        }
    }
    return depthFirstOrder(in);
}

// Leftmost free lane first; lanes are never compacted, so a lane keeps its meaning.
class LaneAllocator
{
public:
    int take()
    {
        if (m_free.empty())
            return m_count++;
        const int lane = m_free.top();
        m_free.pop();
        return lane;
    }
    void give(int lane) { m_free.push(lane); }
    int count() const { return m_count; }

private:
    std::priority_queue<int, std::vector<int>, std::greater<int>> m_free;
    int m_count = 0;
};

// One edge per link in child row order; `reserved` is the lane each edge holds below its child.
struct Routing
{
    QList<GraphLayout::Edge> edges;
    std::vector<int> reserved;
    std::vector<int> inStart;   // edges into the node at row r: inEdges[inStart[r] .. inStart[r + 1])
    std::vector<int> inEdges;
};

Routing makeEdges(const Input &in, const std::vector<int> &order, const std::vector<int> &rowOfNode)
{
    Routing routing;
    const int rows = int(order.size());
    routing.edges.reserve(qsizetype(in.links.size()));
    std::vector<int> inCount(size_t(rows) + 1, 0);
    for (int r = 0; r < rows; ++r) {
        const int v = order[size_t(r)];
        for (int i = in.linkStart[size_t(v)]; i < in.linkStart[size_t(v) + 1]; ++i) {
            const Link &l = in.links[size_t(i)];
            GraphLayout::Edge e;
            e.childRow = r;
            e.parentRow = rowOfNode[size_t(l.parent)];
            e.kind = l.kind;
            e.parentIndex = l.parentIndex;
            e.isUpward = e.parentRow <= r;
            if (!e.isUpward)
                ++inCount[size_t(e.parentRow) + 1];
            routing.edges.append(e);
        }
    }
    for (int r = 0; r < rows; ++r)
        inCount[size_t(r) + 1] += inCount[size_t(r)];
    routing.inStart = inCount;
    routing.inEdges.resize(size_t(inCount[size_t(rows)]));
    for (int i = 0; i < int(routing.edges.size()); ++i) {
        const GraphLayout::Edge &e = routing.edges.at(i);
        if (!e.isUpward)
            routing.inEdges[size_t(inCount[size_t(e.parentRow)]++)] = i;
    }
    routing.reserved.assign(size_t(routing.edges.size()), -1);
    return routing;
}

/* Top to bottom, like git's graph: a node takes the leftmost lane among the structural edges
   waiting for it, or the leftmost free lane (a head). Every other edge waiting for it ends
   here and frees its lane. Its first parent edge then continues in its lane; every other
   outgoing edge takes the leftmost free lane. Returns the lane of each row. */
std::vector<int> assignLanes(Routing &routing, int rows, int *laneCount)
{
    std::vector<int> laneOfRow(size_t(rows), -1);
    LaneAllocator lanes;
    int nextEdge = 0;
    for (int r = 0; r < rows; ++r) {
        int lane = -1;
        for (int i = routing.inStart[size_t(r)]; i < routing.inStart[size_t(r) + 1]; ++i) {
            const int e = routing.inEdges[size_t(i)];
            if (routing.edges.at(e).kind == EdgeKind::Parent && (lane < 0 || routing.reserved[size_t(e)] < lane))
                lane = routing.reserved[size_t(e)];
        }
        if (lane < 0)
            lane = lanes.take();
        for (int i = routing.inStart[size_t(r)]; i < routing.inStart[size_t(r) + 1]; ++i) {
            const int held = routing.reserved[size_t(routing.inEdges[size_t(i)])];
            if (held != lane)
                lanes.give(held);
        }
        laneOfRow[size_t(r)] = lane;

        bool laneContinues = false;
        const int firstEdge = nextEdge;
        for (; nextEdge < int(routing.edges.size()) && routing.edges.at(nextEdge).childRow == r; ++nextEdge) {
            const GraphLayout::Edge &e = routing.edges.at(nextEdge);
            if (!e.isUpward && e.kind == EdgeKind::Parent && !laneContinues) {
                routing.reserved[size_t(nextEdge)] = lane;
                laneContinues = true;
            }
        }
        if (!laneContinues)
            lanes.give(lane);
        for (int e = firstEdge; e < nextEdge; ++e) {
            if (!routing.edges.at(e).isUpward && routing.reserved[size_t(e)] < 0)
                routing.reserved[size_t(e)] = lanes.take();
        }
    }
    *laneCount = lanes.count();
    return laneOfRow;
}

// Child cell, bend out to the reserved lane, run down, bend into the parent cell.
QList<GraphLayout::Point> polyline(const GraphLayout::Edge &e, int reserved, const std::vector<int> &laneOfRow)
{
    const GraphLayout::Point child{e.childRow, laneOfRow[size_t(e.childRow)]};
    const GraphLayout::Point parent{e.parentRow, laneOfRow[size_t(e.parentRow)]};
    if (e.isUpward || e.parentRow == e.childRow + 1)
        return {child, parent};
    QList<GraphLayout::Point> points{child};
    auto add = [&points](GraphLayout::Point p) {
        if (points.last() == p)
            return;
        if (points.size() >= 2) {
            const GraphLayout::Point &a = points.at(points.size() - 2);
            if (a.lane == p.lane && points.last().lane == p.lane) {
                points.last() = p;   // extend a vertical run
                return;
            }
        }
        points.append(p);
    };
    add({e.childRow + 1, reserved});
    add({e.parentRow - 1, reserved});
    add(parent);
    return points;
}

} // namespace

int GraphLayout::Edge::laneAt(int row) const
{
    for (int i = 1; i < int(points.size()); ++i) {
        const Point &a = points.at(i - 1);
        const Point &b = points.at(i);
        if (row < a.row || row > b.row)
            continue;
        if (a.lane == b.lane || row == a.row)
            return a.lane;
        return b.lane;
    }
    return -1;
}

int GraphLayout::laneOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? -1 : m_nodes.at(row).lane;
}

const GraphLayout::Node *GraphLayout::node(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_nodes.at(row);
}

GraphLayout computeGraphLayout(const RevisionMap &map)
{
    const Input in = collectInput(map);
    const std::vector<int> order = historyOrder(map, in);
    const int rows = int(order.size());
    std::vector<int> rowOfNode(size_t(rows), -1);
    for (int r = 0; r < rows; ++r)
        rowOfNode[size_t(order[size_t(r)])] = r;

    Routing routing = makeEdges(in, order, rowOfNode);
    GraphLayout layout;
    const std::vector<int> laneOfRow = assignLanes(routing, rows, &layout.m_laneCount);

    layout.m_nodes.reserve(rows);
    layout.m_rowById.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        const int v = order[size_t(r)];
        const GraphLayout::Node node{in.ids.at(v), r, laneOfRow[size_t(r)], v >= in.revisionCount};
        layout.m_nodes.append(node);
        layout.m_rowById.insert(in.ids.at(v), r);
    }
    for (int i = 0; i < int(routing.edges.size()); ++i)
        routing.edges[i].points = polyline(routing.edges.at(i), routing.reserved[size_t(i)], laneOfRow);
    layout.m_edges = std::move(routing.edges);
    return layout;
}

} // namespace Retort::Core

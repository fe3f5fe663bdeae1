// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Retort::Core {

class RevisionMap;

/*! The revision graph laid out on an integer grid, like `git log --graph`: one node per
    row (row 0 at the top), lanes are columns (lane 0 leftmost). A scene multiplies rows
    and lanes by its pixel pitch and draws the edge polylines as given; it needs no routing
    of its own.

    Guarantees for a map without cycles:
    - rows follow Alembic's history order (`walk_revisions()`, heads first), so every child
      is above all its parents and dependencies; a map that cannot be walked (ghost parents,
      unknown dependencies...) gets an equivalent depth-first order;
    - no two nodes share a cell; an edge runs vertically in one lane between its end rows
      and never crosses another node's cell;
    - the main line (first head, then first parents) is lane 0; a linear run keeps its lane;
      a branch takes the leftmost free lane and frees it where it forks off or merges;
    - deterministic: the same map always gives the same layout, and a revision added on top
      of a head (loaded in that head's place among the heads) moves nobody between lanes.

    An immutable value type; copies share their data (Qt implicit sharing) and may be read
    from several threads at once. */
class GraphLayout
{
public:
    struct Point
    {
        int row = 0;
        int lane = 0;
        bool operator==(const Point &other) const = default;
    };

    struct Node
    {
        QString id;
        int row = 0;
        int lane = 0;
        bool isGhost = false;   //!< referenced as parent or dependency but not in the map
    };

    enum class EdgeKind {
        Parent,       //!< a `down_revision` link (solid line)
        Dependency,   //!< a `depends_on` link (dashed line)
    };

    struct Edge
    {
        int childRow = 0;    //!< the upper end: the revision declaring the link
        int parentRow = 0;   //!< the lower end: its parent or dependency
        EdgeKind kind = EdgeKind::Parent;
        int parentIndex = 0;     //!< position in the declared down_revision / depends_on list
        bool isUpward = false;   //!< only in a cyclic map: the parent is not below; points = the two ends
        /*! Vertices from the child's cell to the parent's cell. Two consecutive points are
            either in the same lane (a vertical run over every row between them) or in
            adjacent rows (one diagonal step). Collinear vertices are left out. */
        QList<Point> points;

        bool isDependency() const { return kind == EdgeKind::Dependency; }
        //! The lane the edge occupies at \a row (childRow ≤ row ≤ parentRow), else -1.
        int laneAt(int row) const;
    };

    GraphLayout() = default;   //!< empty: no rows, no lanes

    int rowCount() const { return int(m_nodes.size()); }
    int laneCount() const { return m_laneCount; }   //!< width: highest lane used + 1
    //! Every node, indexed by row (nodes().at(r).row == r); ghosts included.
    const QList<Node> &nodes() const { return m_nodes; }
    //! Child → parent links first in child row order, declared order within a child.
    const QList<Edge> &edges() const { return m_edges; }

    bool contains(const QString &id) const { return m_rowById.contains(id); }
    //! The row of revision or ghost \a id, -1 if unknown.
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    //! The lane of revision or ghost \a id, -1 if unknown.
    int laneOf(const QString &id) const;
    //! A pointer into nodes(), valid while this layout lives; nullptr if unknown.
    const Node *node(const QString &id) const;

private:
    friend GraphLayout computeGraphLayout(const RevisionMap &map);
    QList<Node> m_nodes;
    QList<Edge> m_edges;
    QHash<QString, int> m_rowById;
    int m_laneCount = 0;
};

/*! Lays out every revision and ghost id of \a map. Never fails; O(revisions + edges) time
    and memory (lane allocation adds a log factor). Thread-safe (reads \a map only). */
GraphLayout computeGraphLayout(const RevisionMap &map);

} // namespace Retort::Core

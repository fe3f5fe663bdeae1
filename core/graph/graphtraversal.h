// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QVector>

#include <vector>

namespace Retort::Core::Detail {

using Adjacency = QVector<QVector<int>>;

/*! Depth-first reachability over one of RevisionGraph's adjacency lists (Alembic's
    _iterate_related_revisions). Seeds that are sentinels (negative) are ignored.
    Linear in the nodes and edges visited; safe on cyclic input. */
class GraphTraversal
{
public:
    //! One flag per node: reachable from a seed (seeds included).
    static std::vector<char> reach(const Adjacency &edges, const QVector<int> &seeds, int size);

    struct Checked
    {
        std::vector<char> marks;
        int overlapTarget = -1;      //!< first target whose walk met another target
        QVector<int> overlaps;         //!< the targets it met, in target order
    };
    /*! reach() with Alembic's check=True: walks the targets in order sharing one "seen"
        set, and reports the first target whose walk pops another target
        ("Requested revision X overlaps with other requested revisions Y"). */
    static Checked reachChecked(const Adjacency &edges, const QVector<int> &targets, int size);
};

} // namespace Retort::Core::Detail

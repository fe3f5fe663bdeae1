// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/graphproblem.h"
#include "core/graph/revision.h"

#include <QHash>
#include <QList>
#include <QVector>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

namespace Retort::Core::Detail {

class AncestryIndex;

//! Sentinels used where Alembic passes None or the string "base" instead of a Revision.
inline constexpr int NoRevision = -1;
inline constexpr int BaseSymbol = -2;

/*! The immutable data behind a RevisionMap (internal). Nodes are the unique revision
    ids, numbered in map order (position of the first file that declared the id, which
    is the order Alembic's OrderedDict keeps); each node uses the *last* entry with its
    id. Adjacency lists hold node numbers and never name ghosts. Shared read-only between
    RevisionMap copies and threads; the ancestry index is built once, on first use. */
struct RevisionGraph
{
    QList<Revision> entries;       //!< input, load order, superseded duplicates included
    QVector<int> entryNode;          //!< entry -> node
    QVector<int> nodeEntry;          //!< node -> winning (last) entry
    QStringList ids;               //!< node -> id
    QHash<QString, int> keyIndex;  //!< exact lookup: ids and registered branch labels -> node
    QStringList keys;              //!< Alembic's map keys in order (ids, then labels)
    QVector<int> keyNodes;           //!< parallel to keys

    QVector<QVector<int>> versionedDown;   //!< existing parents in declared order (duplicates kept)
    QVector<QVector<int>> resolvedDeps;    //!< depends_on resolved (declared order, unknown dropped)
    QVector<QVector<int>> normalizedDeps;
    QVector<QVector<int>> allDown;         //!< dedupe(versioned + resolved deps)
    QVector<QVector<int>> normalizedDown;  //!< dedupe(versioned + normalized deps)
    QVector<QVector<int>> nextRev;         //!< structural children, node order
    QVector<QVector<int>> allNextRev;      //!< children and dependants, node order
    QVector<QStringList> branchLabels;   //!< propagated labels

    QVector<int> heads;        //!< versioned heads in load order; phantoms of duplicates included
    QVector<int> realHeads;
    QVector<int> bases;        //!< entries with no down_revision, load order, duplicates included
    QVector<int> realBases;
    QStringList ghosts;      //!< ids referenced as parent or dependency that do not exist

    QList<GraphProblem> problems;
    bool usable = true;
    QString firstError;

    mutable std::once_flag ancestryOnce;
    mutable std::unique_ptr<AncestryIndex> ancestry;

    RevisionGraph();
    ~RevisionGraph();
    RevisionGraph(const RevisionGraph &) = delete;
    RevisionGraph &operator=(const RevisionGraph &) = delete;

    int size() const { return int(ids.size()); }
    int node(const QString &id) const { return keyIndex.value(id, NoRevision); }
    const Revision &entryOf(int node) const { return entries.at(nodeEntry.at(node)); }
    bool isHead(int n) const { return nextRev.at(n).isEmpty(); }
    bool isRealHead(int n) const { return allNextRev.at(n).isEmpty(); }
    bool isBase(int n) const { return entryOf(n).downRevisions.isEmpty(); }
    bool isMergePoint(int n) const { return entryOf(n).downRevisions.size() > 1; }
    bool isRealBranchPoint(int n) const { return allNextRev.at(n).size() > 1; }
    QStringList idsOf(const QVector<int> &nodes) const;

    //! Ancestor-or-self queries along normalized edges; built on first call (thread-safe).
    const AncestryIndex &ancestryIndex() const;
    //! Alembic's str(Script): "<down> -> <id>[ (head)][ (branchpoint)][ (mergepoint)], <doc>".
    QString scriptLine(int node) const;
};

} // namespace Retort::Core::Detail

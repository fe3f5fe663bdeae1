// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/graph/graphproblem.h"
#include "core/graph/migrationstep.h"
#include "core/graph/revision.h"
#include "core/graph/revisionerror.h"
#include "core/graph/revisioninfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Retort::Core {

namespace Detail {
struct RevisionGraph;
}

/*! The revision graph of a project, with Alembic's semantics (research note
    alembic-semantics.md §2, §3.3–3.5): identifier resolution, history order and
    upgrade/downgrade/stamp planning including the version-table statements.

    Building never fails: problems (duplicate ids, label collisions, missing parents,
    unknown dependencies, cycles...) are recorded in problems() and the map can still be
    drawn. When any problem is an error, isUsable() is false and the planning functions
    and walkRevisions() return RevisionError::Kind::UnusableMap carrying the first error
    (the one Alembic would raise first). Resolution works on any map.

    Load order: the list given to build() is the load order (upstream Alembic ≥ 1.10
    sorts file names per directory; Debian's 1.8.1 uses os.listdir order). It decides
    every tie between branches.

    A RevisionMap is an immutable value sharing its data between copies; all const
    functions may be called from several threads at once. */
class RevisionMap
{
public:
    RevisionMap();   //!< an empty, usable map

    static RevisionMap build(const QList<Revision> &inLoadOrder);

    // Problems
    const QList<GraphProblem> &problems() const;
    DiagnosticList diagnostics() const;   //!< the problems' diagnostics, same order
    bool isUsable() const;

    // Structure
    int size() const;    //!< unique revision ids
    bool isEmpty() const { return size() == 0; }
    bool contains(const QString &id) const;   //!< exact revision id (not a label)
    std::optional<RevisionInfo> revision(const QString &id) const;   //!< exact id; nullopt if unknown
    QStringList allRevisionsInLoadOrder() const;   //!< unique ids, map order (first file declaring each id)
    QList<Revision> entriesInLoadOrder() const;    //!< the input, duplicates included
    QStringList heads() const;       //!< `heads`: versioned heads, load order (a duplicated id's earlier file stays a "phantom" head)
    QStringList realHeads() const;   //!< `_real_heads`: what the symbol "heads" means
    QStringList bases() const;       //!< down_revision None, load order, duplicates included
    QStringList realBases() const;
    QStringList ghostIds() const;    //!< referenced as parent or dependency but not present
    QString labelOwner(const QString &label) const;   //!< revision that declared the label; empty if none
    //! Alembic's str(Script): "<down> -> <id>[ (head)][ (branchpoint)][ (mergepoint)], <doc>".
    QString scriptLine(const QString &id) const;

    // Resolution (RevisionMap.get_revisions / get_revision; errors wrapped as the CLI does).
    //! Walks of "-N" that end at base or run off the graph yield no id (Alembic: "base"/None).
    Expected<QStringList, RevisionError> getRevisions(const QString &identifier) const;
    Expected<QStringList, RevisionError> getRevisions(const QStringList &identifiers) const;
    //! Empty string for "base"/no revision.
    Expected<QString, RevisionError> getRevision(const QString &identifier) const;
    //! `alembic current`: the database heads plus the effective heads they imply (map order).
    Expected<QStringList, RevisionError> allCurrent(const QStringList &databaseHeads) const;

    //! ScriptDirectory.walk_revisions(base, head): history order, heads first.
    Expected<QStringList, RevisionError> walkRevisions(const QString &base = QStringLiteral("base"),
                                                       const QString &head = QStringLiteral("heads")) const;

    // Planning. `currentHeads` are the version table rows in database order (the first
    // row wins for `downgrade -1` with several heads).
    Expected<MigrationPlan, RevisionError> upgrade(const QString &target, const QStringList &currentHeads) const;
    //! Upgrade to several explicit targets at once (ScriptDirectory's tuple form: each one is resolved
    //! by getRevisions, no relative syntax; a single element behaves like the string overload).
    Expected<MigrationPlan, RevisionError> upgrade(const QStringList &targets, const QStringList &currentHeads) const;
    Expected<MigrationPlan, RevisionError> downgrade(const QString &target, const QStringList &currentHeads) const;
    Expected<MigrationPlan, RevisionError> stamp(const QStringList &targets, const QStringList &currentHeads) const;

private:
    explicit RevisionMap(std::shared_ptr<const Detail::RevisionGraph> graph);
    std::shared_ptr<const Detail::RevisionGraph> m_graph;
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! Everything RevisionMap knows about one revision, named after Alembic's Revision
    attributes. A value snapshot: computed on request, never updated. All id lists are
    in a deterministic order (declared order for parents and labels, load order for
    children); where Alembic holds a Python set the order is ours. */
struct RevisionInfo
{
    QString id;
    int sourceIndex = -1;
    QString doc;

    QStringList downRevisions;            //!< _versioned_down_revisions (may name ghosts)
    QStringList dependsOn;                //!< `dependencies` as declared
    QStringList resolvedDependencies;     //!< _resolved_dependencies (labels mapped to ids; unknown dropped)
    QStringList normalizedDependencies;   //!< _normalized_resolved_dependencies
    QStringList allDownRevisions;         //!< _all_down_revisions
    QStringList normalizedDownRevisions;  //!< _normalized_down_revisions (what planning uses)
    QStringList declaredBranchLabels;     //!< _orig_branch_labels
    QStringList branchLabels;             //!< branch_labels after propagation (Section 2.3)
    QStringList nextRevisions;            //!< nextrev: structural children
    QStringList allNextRevisions;         //!< _all_nextrev: structural children and dependants

    bool isHead = false;             //!< no structural child
    bool isRealHead = false;         //!< _is_real_head: no child and no dependant
    bool isBase = false;             //!< down_revision is None
    bool isRealBase = false;         //!< _is_real_base: base without depends_on
    bool isBranchPoint = false;      //!< more than one structural child
    bool isRealBranchPoint = false;  //!< more than one child or dependant
    bool isMergePoint = false;       //!< more than one declared down revision
};

} // namespace Retort::Core

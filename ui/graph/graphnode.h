// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Ui {

/*! What the graph shows about one row of the layout: a revision, or a ghost (an id named as
    parent or dependency that no file defines). A plain value the scene builds from the
    project on each load; items read it, nothing points back into core objects. */
struct GraphNode
{
    enum Badge : unsigned {
        Head = 0x1, //!< no structural child
        Base = 0x2, //!< down_revision is None
        BranchPoint = 0x4, //!< more than one structural child
        MergePoint = 0x8, //!< more than one structural parent
        Ghost = 0x10, //!< referenced but missing
        Duplicate = 0x20, //!< several files declare this id
        HasErrors = 0x40, //!< an error diagnostic is located in its file
        NeedsPython = 0x80, //!< a body needs Python (interpreter verdict "needs-python")
        NotRenderable = 0x100, //!< a body was understood but cannot be rendered for the dialect
        CurrentDb = 0x200, //!< a row of the connected database's version table
    };
    Q_DECLARE_FLAGS(Badges, Badge)

    //! Where the connected database stands relative to this revision.
    enum class DbState { NoDatabase, Applied, Pending };

    QString id;
    QString message; //!< Script.doc; empty for ghosts
    QStringList labels; //!< branch labels this revision declares (not propagated ones)
    QString path; //!< the revision file; empty for ghosts
    int line = 0; //!< line of `revision = ...` in the file (0: top)
    int row = 0;
    int lane = 0;
    QList<int> parentRows; //!< structural parents, declared order
    QList<int> dependencyRows; //!< depends_on targets, declared order
    QList<int> childRows; //!< structural children, nearest (highest row) first
    QList<int> dependantRows; //!< revisions that depend on this one
    Badges badges;
    DbState dbState = DbState::NoDatabase;
    QStringList problems; //!< error texts located in its file, duplicate id
    QStringList renderReasons; //!< why a direction cannot be rendered (the background scan)

    bool has(Badge badge) const { return badges.testFlag(badge); }
    bool isGhost() const { return has(Ghost); }
};

} // namespace Retort::Ui

Q_DECLARE_OPERATORS_FOR_FLAGS(Retort::Ui::GraphNode::Badges)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! One revision as read from its file: the input of RevisionMap::build().
    Lists keep the order written in the file; an empty downRevisions list means
    `down_revision = None` (a base). */
struct Revision
{
    QString id;                  //!< `revision`
    QStringList downRevisions;   //!< `down_revision`: structural parents, declared order
    QStringList branchLabels;    //!< `branch_labels` as declared
    QStringList dependsOn;       //!< `depends_on`: exact revision ids or branch labels (Alembic
                                 //!< resolves them by exact key only; a partial id is "unknown")
    int sourceIndex = -1;        //!< opaque to the graph; the caller's index of the file
    QString doc;                 //!< Script.doc (first paragraph of the docstring); only used in
                                 //!< message texts such as the missing-parent error

    bool operator==(const Revision &other) const = default;
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"

#include <QList>
#include <QStringList>

namespace Retort::Core {

/*! A problem found while building a RevisionMap. The diagnostic has no location: the
    graph knows no files. The caller maps `sourceIndexes` (Revision::sourceIndex of the
    entries involved; the first one is the file to blame) to file locations.
    Codes: graph-self-loop, graph-dependency-self-loop, graph-illegal-id,
    graph-duplicate-id (warning), graph-label-collision, graph-unknown-dependency,
    graph-missing-parent, graph-parent-is-label, graph-cycle, graph-dependency-cycle. */
struct GraphProblem
{
    Diagnostic diagnostic;
    QStringList revisions;      //!< ids involved (ghost ids included)
    QList<int> sourceIndexes;   //!< sourceIndex of each involved entry that has a file

    bool operator==(const GraphProblem &other) const = default;
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/migrationstep.h"
#include "core/graph/revisionerror.h"
#include "core/graph/revisiongraph.h"

#include <QHash>

#include <optional>

namespace Retort::Core::Detail {

/*! Simulates Alembic's HeadMaintainer (runtime/migration.py): feeds each step's
    version-table decision (delete branch, create branch, merge, unmerge, update) into
    MigrationStep::versionStatements and keeps the resulting rows. Where Alembic picks
    rows out of a Python set (merge and unmerge), we take the normalized down revisions
    in their order: all but the last are deleted/inserted, the last is updated. The
    unmerge rule is upstream HEAD's (#1373, Alembic ≥ 1.13.1). */
class HeadMaintainer
{
public:
    HeadMaintainer(const RevisionGraph &graph, const QStringList &rows);

    //! Appends the step's statements; an error is a case where Alembic asserts or fails.
    std::optional<RevisionError> apply(MigrationStep &step);
    const QStringList &rows() const { return m_rows; }

private:
    std::optional<RevisionError> applyRevisionStep(MigrationStep &step);
    std::optional<RevisionError> applyStampStep(MigrationStep &step);
    QVector<int> unmergeTargets(int node, const QVector<int> &parents) const;
    bool isAncestorOfRowOtherThan(int candidate, const QVector<int> &excluded) const;

    bool contains(const QString &id) const { return m_index.contains(id); }
    std::optional<RevisionError> insert(const QString &id, MigrationStep &step);
    std::optional<RevisionError> remove(const QString &id, MigrationStep &step);
    std::optional<RevisionError> update(const QString &from, const QString &to, MigrationStep &step);

    const RevisionGraph &m_g;
    QStringList m_rows;            // row order: updates in place, inserts appended
    QHash<QString, int> m_index;   // id -> node (NoRevision when unknown)
};

} // namespace Retort::Core::Detail

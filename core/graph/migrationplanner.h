// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/migrationstep.h"
#include "core/graph/revisionplanner.h"

namespace Retort::Core::Detail {

/*! The ScriptDirectory level: _upgrade_revs, _downgrade_revs, _stamp_revs and
    walk_revisions, each with the CLI's error wrapping, plus the version-table
    simulation of the resulting steps. Refuses to plan on an unusable graph. */
class MigrationPlanner
{
public:
    explicit MigrationPlanner(const RevisionGraph &graph)
        : m_g(graph), m_resolver(graph), m_planner(graph, m_resolver) {}

    Expected<MigrationPlan, RevisionError> upgrade(const QStringList &targets, const QStringList &currentHeads) const;
    Expected<MigrationPlan, RevisionError> downgrade(const QString &target, const QStringList &currentHeads) const;
    Expected<MigrationPlan, RevisionError> stamp(const QStringList &targets, const QStringList &currentHeads) const;
    Expected<QStringList, RevisionError> walkRevisions(const QString &base, const QString &head) const;

private:
    Expected<MigrationPlan, RevisionError> upgradeUnwrapped(const QStringList &targets,
                                                            const QStringList &current) const;
    Expected<MigrationPlan, RevisionError> downgradeUnwrapped(const QString &target, const QStringList &current,
                                                              QStringList *warnings) const;
    Expected<QList<MigrationStep>, RevisionError> stampSteps(const QStringList &targets,
                                                             const QStringList &current) const;
    MigrationStep revisionStep(int node, bool upgrade) const;
    Expected<MigrationPlan, RevisionError> simulate(QList<MigrationStep> steps, const QStringList &current) const;

    const RevisionGraph &m_g;
    RevisionResolver m_resolver;
    RevisionPlanner m_planner;
};

} // namespace Retort::Core::Detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/revisionresolver.h"

namespace Retort::Core::Detail {

/*! Alembic's RevisionMap iteration logic: _parse_upgrade_target,
    _parse_downgrade_target, _collect_upgrade_revisions, _collect_downgrade_revisions
    and _topological_sort. Errors are unwrapped. Requires a usable (acyclic) graph. */
class RevisionPlanner
{
public:
    using Label = RevisionResolver::Label;

    //! The `lower` argument of _collect_upgrade_revisions: a tuple (database heads) or,
    //! for walk_revisions, a plain string (null string = None).
    struct Lower
    {
        QStringList list;
        QString text;
        bool isString = false;
    };
    struct UpgradeOptions
    {
        bool inclusive = false;
        bool implicitBase = false;
        bool assertRelativeLength = true;
    };
    struct Collected
    {
        std::vector<char> revisions;   //!< one flag per node
        QVector<int> heads;              //!< seeds of the topological sort
    };
    struct DowngradeTarget
    {
        Label label;
        int target = NoRevision;
    };

    RevisionPlanner(const RevisionGraph &graph, const RevisionResolver &resolver)
        : m_g(graph), m_r(resolver) {}

    //! `target` with one element is the string form; several are an explicit tuple of ids.
    Expected<QVector<int>, RevisionError> parseUpgradeTarget(const QStringList &current, const QStringList &target,
                                                           bool assertRelativeLength) const;
    Expected<DowngradeTarget, RevisionError> parseDowngradeTarget(const QStringList &current, const QString &target,
                                                                  bool assertRelativeLength,
                                                                  QStringList *warnings) const;
    Expected<Collected, RevisionError> collectUpgrade(const QStringList &upper, Lower lower,
                                                      const UpgradeOptions &options) const;
    Expected<Collected, RevisionError> collectDowngrade(const QStringList &upper, const QString &target,
                                                        bool assertRelativeLength, QStringList *warnings) const;
    //! Heads-first order of the flagged revisions (reverse it for upgrades).
    Expected<QVector<int>, RevisionError> topologicalSort(std::vector<char> todo, const QVector<int> &heads) const;

private:
    Expected<QVector<int>, RevisionError> relativeUpgradeStarts(const QStringList &current, const Label &label) const;
    Expected<DowngradeTarget, RevisionError> relativeDowngradeFromCurrent(const QStringList &current,
                                                                          const Label &label, qint64 steps,
                                                                          const QString &relative,
                                                                          QStringList *warnings) const;
    Expected<QVector<int>, RevisionError> downgradeRoots(const DowngradeTarget &target) const;
    Expected<QVector<int>, RevisionError> lowerRevisions(const Lower &lower) const;
    Expected<QVector<int>, RevisionError> currentRevisions(const QStringList &upper, Lower &lower,
                                                           const std::vector<char> &required,
                                                           const UpgradeOptions &options) const;
    Expected<QVector<int>, RevisionError> applyLowerBranchQuirk(const QVector<int> &targets, const QString &lower) const;

    const RevisionGraph &m_g;
    const RevisionResolver &m_r;
};

} // namespace Retort::Core::Detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/migrationplanner.h"

#include "core/graph/graphtraversal.h"
#include "core/graph/headmaintainer.h"

#include <algorithm>

namespace Retort::Core::Detail {

using Context = RevisionError::Context;

MigrationStep MigrationPlanner::revisionStep(int node, bool upgrade) const
{
    MigrationStep step;
    step.direction = upgrade ? MigrationStep::Upgrade : MigrationStep::Downgrade;
    step.isUpgrade = upgrade;
    step.revision = m_g.ids.at(node);
    const QStringList self{step.revision};
    const QStringList &declared = m_g.entryOf(node).downRevisions;
    const QStringList normalized = m_g.idsOf(m_g.normalizedDown.at(node));
    step.fromRevisions = upgrade ? declared : self;
    step.toRevisions = upgrade ? self : declared;
    step.fromRevisionsWithDeps = upgrade ? normalized : self;
    step.toRevisionsWithDeps = upgrade ? self : normalized;
    return step;
}

Expected<MigrationPlan, RevisionError> MigrationPlanner::simulate(QList<MigrationStep> steps,
                                                                  const QStringList &current) const
{
    HeadMaintainer maintainer(m_g, current);
    for (MigrationStep &step : steps) {
        if (auto error = maintainer.apply(step))
            return *error;
    }
    MigrationPlan plan;
    plan.steps = std::move(steps);
    plan.initialHeads = current;
    plan.finalHeads = maintainer.rows();
    return plan;
}

Expected<MigrationPlan, RevisionError> MigrationPlanner::upgrade(const QStringList &targets,
                                                                 const QStringList &currentHeads) const
{
    if (!m_g.usable)
        return RevisionError::unusable(m_g.firstError);
    auto plan = upgradeUnwrapped(targets, currentHeads);
    if (!plan)
        return plan.error().wrapped(Context::Upgrade, {}, targets.join(QLatin1String(", ")));
    return plan;
}

Expected<MigrationPlan, RevisionError> MigrationPlanner::upgradeUnwrapped(const QStringList &targets,
                                                                          const QStringList &current) const
{
    // iterate_revisions(destination, current, implicit_base=True), reversed.
    RevisionPlanner::Lower lower;
    lower.list = current;
    RevisionPlanner::UpgradeOptions options;
    options.implicitBase = true;
    auto collected = m_planner.collectUpgrade(targets, lower, options);
    if (!collected)
        return collected.error();
    auto order = m_planner.topologicalSort(collected->revisions, collected->heads);
    if (!order)
        return order.error();
    QList<MigrationStep> steps;
    steps.reserve(order->size());
    for (auto it = order->crbegin(); it != order->crend(); ++it)
        steps.append(revisionStep(*it, true));
    return simulate(std::move(steps), current);
}

Expected<MigrationPlan, RevisionError> MigrationPlanner::downgrade(const QString &target,
                                                                   const QStringList &currentHeads) const
{
    if (!m_g.usable)
        return RevisionError::unusable(m_g.firstError);
    QStringList warnings;
    auto plan = downgradeUnwrapped(target, currentHeads, &warnings);
    if (!plan)
        return plan.error().wrapped(Context::Downgrade, {}, target);
    plan.value().warnings = warnings;
    return plan;
}

Expected<MigrationPlan, RevisionError> MigrationPlanner::downgradeUnwrapped(const QString &target,
                                                                            const QStringList &current,
                                                                            QStringList *warnings) const
{
    // iterate_revisions(current, destination, select_for_downgrade=True), in that order.
    auto collected = m_planner.collectDowngrade(current, target, true, warnings);
    if (!collected)
        return collected.error();
    auto order = m_planner.topologicalSort(collected->revisions, collected->heads);
    if (!order)
        return order.error();
    QList<MigrationStep> steps;
    steps.reserve(order->size());
    for (int node : order.value())
        steps.append(revisionStep(node, false));
    return simulate(std::move(steps), current);
}

Expected<MigrationPlan, RevisionError> MigrationPlanner::stamp(const QStringList &targets,
                                                               const QStringList &currentHeads) const
{
    if (!m_g.usable)
        return RevisionError::unusable(m_g.firstError);
    auto steps = stampSteps(targets, currentHeads);
    if (!steps)
        return steps.error().wrapped(Context::Stamp);
    auto plan = simulate(steps.value(), currentHeads);
    if (!plan)
        return plan.error().wrapped(Context::Stamp);
    return plan;
}

Expected<QList<MigrationStep>, RevisionError> MigrationPlanner::stampSteps(const QStringList &requested,
                                                                           const QStringList &current) const
{
    auto headNodes = m_resolver.getRevisions(current);
    if (!headNodes)
        return headNodes.error();
    const QStringList targets = requested.isEmpty() ? QStringList{QStringLiteral("base")} : requested;
    // The current heads on the lineage of any target (dependencies included), unique.
    QVector<int> filtered;
    for (const QString &target : targets) {
        if (target.isEmpty())
            continue;
        auto onLineage = m_resolver.filterForLineage(headNodes.value(), target, true);
        if (!onLineage)
            return onLineage.error();
        for (int h : onLineage.value()) {
            if (h >= 0 && !filtered.contains(h))
                filtered.append(h);
        }
    }
    auto dests = m_resolver.getRevisions(targets);
    if (!dests)
        return dests.error();
    QVector<int> destinations = dests.value();
    if (destinations.isEmpty())
        destinations.append(NoRevision);
    const QStringList filteredIds = m_g.idsOf(filtered);
    QList<MigrationStep> steps;
    for (int dest : std::as_const(destinations)) {
        MigrationStep step;
        step.direction = MigrationStep::Stamp;
        if (dest < 0) {   // base ("base" from a walk is treated as base too)
            for (const QString &head : filteredIds) {
                step.fromRevisions = step.fromRevisionsWithDeps = QStringList{head};
                step.isUpgrade = false;
                step.branchMove = true;
                steps.append(step);
            }
            continue;
        }
        if (filtered.contains(dest))
            continue;
        step.toRevisions = step.toRevisionsWithDeps = QStringList{m_g.ids.at(dest)};
        const auto above = GraphTraversal::reach(m_g.allNextRev, {dest}, m_g.size());
        const auto below = GraphTraversal::reach(m_g.normalizedDown, {dest}, m_g.size());
        const bool headsAbove = std::any_of(filtered.cbegin(), filtered.cend(), [&](int h) { return above[size_t(h)]; });
        const bool headsBelow = std::any_of(filtered.cbegin(), filtered.cend(), [&](int h) { return below[size_t(h)]; });
        if (headsAbove || headsBelow) {   // one "merge" step from all filtered heads
            step.fromRevisions = step.fromRevisionsWithDeps = filteredIds;
            step.isUpgrade = !headsAbove;
        } else {                          // a branch not represented yet
            step.isUpgrade = true;
            step.branchMove = true;
        }
        steps.append(step);
    }
    return steps;
}

Expected<QStringList, RevisionError> MigrationPlanner::walkRevisions(const QString &base, const QString &head) const
{
    // ScriptDirectory.walk_revisions: iterate_revisions(head, base, inclusive=True,
    // assert_relative_length=False), heads first.
    if (!m_g.usable)
        return RevisionError::unusable(m_g.firstError);
    RevisionPlanner::Lower lower;
    lower.text = base;
    lower.isString = true;
    RevisionPlanner::UpgradeOptions options;
    options.inclusive = true;
    options.assertRelativeLength = false;
    auto collected = m_planner.collectUpgrade({head}, lower, options);
    if (!collected)
        return collected.error().wrapped(Context::History, base, head);
    auto order = m_planner.topologicalSort(collected->revisions, collected->heads);
    if (!order)
        return order.error().wrapped(Context::History, base, head);
    return m_g.idsOf(order.value());
}

} // namespace Retort::Core::Detail

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/graph/migrationstep.h"
#include "core/ops/schemamodel.h"
#include "core/sql/offlinescript.h"
#include "core/sql/sqlstatement.h"

#include <QList>

namespace Retort::Core {

class Project;

namespace Sql {

//! The migration statements of one plan step (none for a stamp), or why they cannot be rendered.
struct StepRendering
{
    Expected<QList<SqlStatement>, Diagnostic> statements = QList<SqlStatement>();
};

/*! Interprets and renders each step of \a plan in its direction for options.dialect, in plan
    order; one StepRendering per step. A SQLite batch that needs Alembic's move and copy is
    rendered from a schema model built the first time one is met (schemaModelBefore()) and kept
    up to date from then on; plans without such a batch never build it. With \a stopAtFirstError, steps after the first failure
    are left empty (as successes without statements): callers that need all-or-nothing must
    check every entry. \a project must be opened with RevisionReadMode::Full. Pure; any thread. */
QList<StepRendering> renderPlanSteps(const Project &project, const MigrationPlan &plan,
                                     const OfflineScriptOptions &options, bool stopAtFirstError);

/*! The tables (Ops::SchemaModel for options.dialect) as they are just before operation
    \a opIndex of step \a stepIndex of \a plan: the upgrades of every revision applied before
    the plan starts (the ancestors of plan.initialHeads, from base in order), the plan's steps
    before \a stepIndex (upgrade or downgrade bodies as each step goes), then
    \a stepOps[0, opIndex) (that step's operations as interpreted). Problems of single
    operations only mark tables in the model; a revision on the way that cannot be interpreted
    (needs Python) fails the call with "batch-needs-table" naming that revision, located at
    \a stepOps[opIndex] in stepOps.file. Interprets every revision on the way: call it only
    when a table definition is needed. */
Expected<Ops::SchemaModel, Diagnostic> schemaModelBefore(const Project &project, const MigrationPlan &plan,
                                                         qsizetype stepIndex, const Ops::OperationList &stepOps,
                                                         std::size_t opIndex, const OfflineScriptOptions &options);

} // namespace Sql
} // namespace Retort::Core

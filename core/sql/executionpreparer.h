// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/db/executionplan.h"
#include "core/sql/offlinescript.h"

#include <QMap>

namespace Retort::Core {

class Project;

namespace Sql {

/*! Renders every step of \a plan for running online (MigrationExecutor): each step's
    statements with their transactional flag and source line, the revision file and message.
    All or nothing: when any step cannot be rendered in its direction (needs Python, a raise,
    an op the dialect cannot do), the result lists every such step's diagnostic — located at
    the construct — and nothing may run. Options as for writeOfflineScript (the framing
    options are ignored). \a project must be opened with RevisionReadMode::Full. */
/*! The steps of \a plan rendered for running, as far as they render: each step that cannot be
    rendered is left without statements and its Diagnostic goes into \a blockers under its step
    index (a plan with blockers must not run). The one place that turns a plan into an
    ExecutionPlan; prepareExecution() and RunPlanner build on it. */
ExecutionPlan assembleExecution(const Project &project, const MigrationPlan &plan, const OfflineScriptOptions &options,
                                QMap<int, Diagnostic> *blockers);

Expected<ExecutionPlan, DiagnosticList> prepareExecution(const Project &project, const MigrationPlan &plan,
                                                         const OfflineScriptOptions &options);

} // namespace Sql
} // namespace Retort::Core

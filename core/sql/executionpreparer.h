// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/db/executionplan.h"
#include "core/sql/offlinescript.h"

namespace Retort::Core {

class Project;

namespace Sql {

/*! Renders every step of \a plan for running online (MigrationExecutor): each step's
    statements with their transactional flag and source line, the revision file and message.
    All or nothing: when any step cannot be rendered in its direction (needs Python, a raise,
    an op the dialect cannot do), the result lists every such step's diagnostic — located at
    the construct — and nothing may run. Options as for writeOfflineScript (the framing
    options are ignored). \a project must be opened with RevisionReadMode::Full. */
Expected<ExecutionPlan, DiagnosticList> prepareExecution(const Project &project, const MigrationPlan &plan,
                                                         const OfflineScriptOptions &options);

} // namespace Sql
} // namespace Retort::Core

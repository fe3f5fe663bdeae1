// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/executionpreparer.h"

#include "core/project/project.h"
#include "core/sql/planrenderer.h"

namespace Retort::Core::Sql {

ExecutionPlan assembleExecution(const Project &project, const MigrationPlan &plan, const OfflineScriptOptions &options,
                                QMap<int, Diagnostic> *blockers)
{
    ExecutionPlan prepared;
    prepared.dialect = options.dialect.name();
    prepared.initialHeads = plan.initialHeads;
    prepared.finalHeads = plan.finalHeads;
    const QList<StepRendering> rendered = renderPlanSteps(project, plan, options, /*stopAtFirstError=*/false);
    for (int i = 0; i < plan.steps.size(); ++i) {
        const MigrationStep &step = plan.steps.at(i);
        ExecutionStep out{step, {}, {}, {}};
        if (!step.revision.isEmpty()) {
            const RevisionSummary summary = project.summary(step.revision);
            out.file = summary.path;
            out.message = summary.doc;
        }
        if (rendered.at(i).statements)
            out.statements = rendered.at(i).statements.value();
        else if (blockers)
            blockers->insert(i, rendered.at(i).statements.error());
        prepared.steps.append(out);
    }
    return prepared;
}

Expected<ExecutionPlan, DiagnosticList> prepareExecution(const Project &project, const MigrationPlan &plan,
                                                         const OfflineScriptOptions &options)
{
    QMap<int, Diagnostic> blockers;
    ExecutionPlan prepared = assembleExecution(project, plan, options, &blockers);
    if (!blockers.isEmpty())
        return DiagnosticList(blockers.cbegin(), blockers.cend());
    return prepared;
}

} // namespace Retort::Core::Sql

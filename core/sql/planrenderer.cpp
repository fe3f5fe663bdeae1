// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/planrenderer.h"

#include "core/common/parallel.h"

#include "core/ops/interpreter.h"
#include "core/ops/schemamodel.h"
#include "core/project/project.h"
#include "core/sql/sqlrenderer.h"


#include <algorithm>
#include <vector>

namespace Retort::Core::Sql {

namespace {

Ops::Direction directionOf(const MigrationStep &step)
{
    return step.direction == MigrationStep::Upgrade ? Ops::Direction::Upgrade : Ops::Direction::Downgrade;
}

//! Why the table of the batch at \a at cannot be known.
Diagnostic modelFailure(const Ops::Operation *at, const QString &file, const QString &why)
{
    const auto *batch = at ? at->as<Ops::BatchAlterTable>() : nullptr;
    const QString table = batch ? batch->table : QString();
    return Diagnostic::error(QStringLiteral("batch-needs-table"),
                             QStringLiteral("batch recreate needs the table definition: table '%1' is built from the "
                                            "revisions before, but %2").arg(table, why),
                             at ? SourceLocation{file, at->range.line, at->range.column} : SourceLocation{file, 0, 0});
}

//! Applies the operations of one step (none for a stamp) to \a model.
std::optional<Diagnostic> replay(Ops::SchemaModel &model, const Project &project, const MigrationStep &step,
                                 const OfflineScriptOptions &options, const Ops::Operation *at, const QString &file)
{
    if (step.direction == MigrationStep::Stamp)
        return std::nullopt;
    const RevisionScript *script = project.scriptFor(step.revision);
    if (!script)
        return modelFailure(at, file, QStringLiteral("there is no file for revision %1").arg(step.revision));
    const Ops::InterpreterContext context{options.dialect.name(), options.maps};
    const auto operations = Ops::interpret(*script, directionOf(step), context);
    if (!operations)
        return modelFailure(at, file, QStringLiteral("the %1 of revision %2 cannot be read without Python (%3)")
                                          .arg(step.name(), step.revision, operations.error().toString()));
    model.apply(operations.value());
    return std::nullopt;
}

/*! The tables a SQLite batch move-and-copy starts from. Nothing is built until a batch needs
    it (build()); from then on every rendered operation is applied (apply()), so the cost is
    paid once, and only by plans that recreate a table. */
class ModelTracker
{
public:
    ModelTracker(const Project &project, const MigrationPlan &plan, const OfflineScriptOptions &options, bool mayBuild)
        : m_project(project), m_plan(plan), m_options(options), m_mayBuild(mayBuild)
    {
    }

    //! False for the parallel first pass: a step that needs a table then fails with batch-needs-table.
    bool mayBuild() const { return m_mayBuild; }

    const Ops::SchemaModel *model() const { return m_model ? &*m_model : nullptr; }

    std::optional<Diagnostic> build(qsizetype stepIndex, const Ops::OperationList &stepOps, std::size_t opIndex)
    {
        auto model = schemaModelBefore(m_project, m_plan, stepIndex, stepOps, opIndex, m_options);
        if (!model)
            return model.error();
        m_model = std::move(model).value();
        return std::nullopt;
    }

    //! Keeps a built model in step with the script; the problems only mark the tables.
    void apply(const Ops::Operation &op, const QString &file)
    {
        if (m_model)
            m_model->apply(op, file);
    }

private:
    const Project &m_project;
    const MigrationPlan &m_plan;
    const OfflineScriptOptions &m_options;
    bool m_mayBuild = true;
    std::optional<Ops::SchemaModel> m_model;
};

//! The statements of step \a index's migration function (none for a stamp step).
Expected<QList<SqlStatement>, Diagnostic> stepStatements(const Project &project, const MigrationPlan &plan, qsizetype index,
                                                         const OfflineScriptOptions &options, ModelTracker &tracker)
{
    const MigrationStep &step = plan.steps.at(index);
    if (step.direction == MigrationStep::Stamp)
        return QList<SqlStatement>();
    const RevisionScript *script = project.scriptFor(step.revision);
    if (!script)
        return Diagnostic::error(QStringLiteral("sql-no-script"),
                                 QStringLiteral("No revision file for %1").arg(step.revision));
    const Ops::InterpreterContext context{options.dialect.name(), options.maps};
    const auto operations = Ops::interpret(*script, directionOf(step), context);
    if (!operations)
        return operations.error();
    const Ops::OperationList &ops = operations.value();
    SqlRenderer renderer(options.dialect, script->filePath);
    QList<SqlStatement> all;
    for (std::size_t i = 0; i < ops.operations.size(); ++i) {
        const Ops::Operation &op = ops.operations[i];
        renderer.setSchemaModel(tracker.model());
        auto statements = renderer.render(op);
        if (!statements && !tracker.model() && tracker.mayBuild()
            && statements.error().code == QLatin1String("batch-needs-table")) {
            if (auto error = tracker.build(index, ops, i))
                return *error;
            renderer.setSchemaModel(tracker.model());
            statements = renderer.render(op);
        }
        if (!statements)
            return statements.error();
        tracker.apply(op, ops.file);
        all += statements.value();
    }
    return all;
}

} // namespace

Expected<Ops::SchemaModel, Diagnostic> schemaModelBefore(const Project &project, const MigrationPlan &plan,
                                                         qsizetype stepIndex, const Ops::OperationList &stepOps,
                                                         std::size_t opIndex, const OfflineScriptOptions &options)
{
    const Ops::Operation *at = opIndex < stepOps.operations.size() ? &stepOps.operations[opIndex] : nullptr;
    Ops::SchemaModel model(options.dialect.name());
    if (!plan.initialHeads.isEmpty()) {
        const auto applied = project.map().upgrade(plan.initialHeads, {});
        if (!applied)
            return modelFailure(at, stepOps.file, QStringLiteral("the revisions before the plan cannot be listed: %1")
                                                      .arg(applied.error().message));
        for (const MigrationStep &step : applied.value().steps)
            if (auto error = replay(model, project, step, options, at, stepOps.file))
                return *error;
    }
    for (qsizetype k = 0; k < std::min(stepIndex, qsizetype(plan.steps.size())); ++k)
        if (auto error = replay(model, project, plan.steps.at(k), options, at, stepOps.file))
            return *error;
    for (std::size_t j = 0; j < std::min(opIndex, stepOps.operations.size()); ++j)
        model.apply(stepOps.operations[j], stepOps.file);
    return model;
}

QList<StepRendering> renderPlanSteps(const Project &project, const MigrationPlan &plan,
                                     const OfflineScriptOptions &options, bool stopAtFirstError)
{
    // Steps are independent unless a SQLite batch needs the table from the steps before: render
    // them all in parallel without a model first, then again in order, with the model, from the
    // first step that asked for a table.
    // Each call writes only its own slot of `rendered`.
    std::vector<StepRendering> rendered(std::size_t(plan.steps.size()));
    parallelFor(plan.steps.size(), [&](qsizetype index) {
        ModelTracker noModel(project, plan, options, /*mayBuild=*/false);
        rendered[std::size_t(index)] = StepRendering{stepStatements(project, plan, index, options, noModel)};
    });
    QList<StepRendering> out(rendered.begin(), rendered.end());
    const auto needsModel = [](const StepRendering &r) {
        return !r.statements && r.statements.error().code == QLatin1String("batch-needs-table");
    };
    const auto first = std::find_if(out.begin(), out.end(), needsModel);
    if (first != out.end()) {
        ModelTracker tracker(project, plan, options, /*mayBuild=*/true);
        for (qsizetype index = first - out.begin(); index < out.size(); ++index)
            out[index] = StepRendering{stepStatements(project, plan, index, options, tracker)};
    }
    if (stopAtFirstError) {
        const auto failed = std::find_if(out.begin(), out.end(), [](const StepRendering &r) { return !r.statements; });
        for (auto it = failed == out.end() ? out.end() : failed + 1; it != out.end(); ++it)
            *it = StepRendering{};
    }
    return out;
}

} // namespace Retort::Core::Sql

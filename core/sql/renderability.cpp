// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/sql/renderability.h"

#include "core/ops/interpreter.h"
#include "core/ops/operationdescription.h"
#include "core/sql/sqlrenderer.h"

namespace Retort::Core::Sql {

namespace {

DirectionRenderability assess(const RevisionScript &script, Ops::Direction direction, const SqlDialect &dialect,
                              const Ops::ProjectMaps &maps)
{
    DirectionRenderability result;
    const auto ops = Ops::interpret(script, direction, Ops::InterpreterContext{dialect.name(), maps});
    if (!ops) {
        result.problem = ops.error();
        return result;
    }
    result.interpreted = true;
    result.operations = Ops::describeOperations(ops.value().operations);
    const auto statements = SqlRenderer(dialect, script.filePath).render(ops.value());
    if (statements) {
        result.renderable = true;
    } else if (statements.error().code == QLatin1String("batch-needs-table")) {
        result.renderable = true;
        result.needsHistory = true;
    } else {
        result.problem = statements.error();
    }
    return result;
}

} // namespace

RevisionRenderability assessRenderability(const RevisionScript &script, const SqlDialect &dialect,
                                          const Ops::ProjectMaps &maps)
{
    return {assess(script, Ops::Direction::Upgrade, dialect, maps),
            assess(script, Ops::Direction::Downgrade, dialect, maps)};
}

} // namespace Retort::Core::Sql

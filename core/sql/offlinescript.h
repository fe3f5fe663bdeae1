// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/graph/migrationstep.h"
#include "core/ops/projectmaps.h"
#include "core/ops/schemamodel.h"
#include "core/sql/sqldialect.h"

#include <QString>

namespace Retort::Core {

class Project;

namespace Sql {

//! How the script is framed (alembic-semantics.md §4.2–4.3).
struct OfflineScriptOptions
{
    SqlDialect dialect;
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema;
    bool transactionPerMigration = false;
    Ops::ProjectMaps maps; //!< the project's [retort] type and constant maps
};

/*! The SQL script Alembic 1.8.1 writes with `--sql` for \a plan: each item followed by a blank
    line; `BEGIN;`/`COMMIT;` around the run (or each step with transactionPerMigration) on
    dialects with transactional DDL; `CREATE TABLE alembic_version` before the first step that
    starts with no heads; per step the `-- Running …` comment, the migration's statements and
    the version-table statements; `DROP TABLE alembic_version;` when the run ends with no heads.

    Each upgrade/downgrade step's body is interpreted and rendered for the dialect; the first
    revision that cannot be rendered (needs Python, an op the dialect cannot do offline) makes
    the whole call fail with its diagnostic — nothing partial is returned. \a project must have
    been opened with RevisionReadMode::Full.

    A SQLite batch that needs Alembic's move and copy is rendered from a schema model built the
    first time one is met (schemaModelBefore()) and kept up to date from then on; plans without
    such a batch never build it. Tables made or changed by op.execute() are not in the model,
    so a recreate of one fails ("batch-needs-table", naming the table). */
Expected<QString, Diagnostic> writeOfflineScript(const Project &project, const MigrationPlan &plan,
                                                 const OfflineScriptOptions &options);

} // namespace Sql
} // namespace Retort::Core

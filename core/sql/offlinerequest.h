// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/graph/migrationstep.h"
#include "core/graph/revisionerror.h"
#include "core/ops/interpreter.h"
#include "core/sql/offlinescript.h"

#include <QString>
#include <QStringList>

namespace Retort::Core {

class Project;
class RevisionMap;

namespace Sql {

//! The start and destinations of an offline (`--sql`) command.
struct OfflineRange
{
    QStringList current; //!< the resolved start revision (empty: from base)
    QStringList destinations; //!< as given (symbols such as "heads" or "-1" unresolved)
};

/*! Splits the revision arguments of `upgrade|downgrade|stamp ... --sql` as Alembic's command
    module does: "start:end" gives a start and a destination, a plain argument a destination
    only. The start is resolved in \a map ("base" and an empty start mean no revision).
    Errors are Alembic's texts (printed after `FAILED:`): a failed resolution, or several
    different starts ("Stamp operation with --sql only supports a single starting revision at
    a time"). */
Expected<OfflineRange, QString> parseOfflineRange(
    const RevisionMap &map, const QStringList &arguments);

/*! The plan of `upgrade` (Direction::Upgrade) or `downgrade` to the first destination of
    \a range, starting from its current revisions. */
Expected<MigrationPlan, RevisionError> planOfflineRange(
    const RevisionMap &map, Ops::Direction direction, const OfflineRange &range);

/*! The script options Alembic would use for \a project: env.py's version table, its schema and
    transaction_per_migration, and the project's `[retort]` maps. */
OfflineScriptOptions offlineScriptOptions(const Project &project, const SqlDialect &dialect);

//! What an offline rendering produced.
struct OfflineSql
{
    QString script; //!< the whole script; empty when it cannot be rendered
    QStringList warnings; //!< Alembic's UserWarning texts raised while planning
    /*! Why there is no script, empty on success. The first entry is what `retort-cli ... --sql`
        prints after `FAILED:`; when that is a revision that cannot be rendered, the further
        entries are the other revisions of the same plan that cannot be rendered on their own
        (each located at its file and line). */
    DiagnosticList problems;

    bool ok() const { return problems.isEmpty(); }
};

/*! Does what `retort-cli upgrade|downgrade RANGE --sql --dialect DIALECT` does once the project
    is read: checks the graph can be planned, plans \a range ("A:B", or "B" for an upgrade from
    base; a downgrade needs "A:B" as in Alembic) and writes the script. \a project must be read
    with RevisionReadMode::Full. Pure; safe on any thread (Project is immutable). */
OfflineSql renderOfflineSql(const Project &project, Ops::Direction direction, const QString &range,
    const SqlDialect &dialect);

/*! The script of one revision alone: an upgrade from its parents (down_revision) to it, or a
    downgrade from it one step down ("<id>:-1"). Same contract as renderOfflineSql(). */
OfflineSql renderRevisionSql(const Project &project, Ops::Direction direction,
    const QString &revisionId, const SqlDialect &dialect);

} // namespace Sql
} // namespace Retort::Core

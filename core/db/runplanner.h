// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/db/executionplan.h"
#include "core/graph/migrationstep.h"
#include "core/graph/revisionerror.h"
#include "core/sql/offlinescript.h"
#include "core/sql/planrisks.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Retort::Core {

class Project;
class RevisionMap;

/*! What a user asked to do to a database: Alembic's `upgrade X`, `downgrade X` or
    `stamp X [Y ...] [--purge]`. A plain value. */
struct RunRequest
{
    enum class Verb { Upgrade, Downgrade, Stamp };

    Verb verb = Verb::Upgrade;
    QStringList targets; //!< one identifier for upgrade and downgrade; one or more for stamp
    bool purge = false;  //!< stamp only: plan from no heads and empty the version table first

    //! "upgrade", "downgrade" or "stamp".
    QString verbName() const;
    //! "upgrade heads", "stamp a1 b2": the command as Alembic's CLI spells it (no --purge).
    QString commandLine() const;

    bool operator==(const RunRequest &other) const = default;
};

/*! A plan for one database, rendered for its dialect and checked for risks, before anything
    runs. `execution` holds every step in plan order with its file, message and statements; a
    step that cannot be rendered (needs Python, raises, an op the dialect cannot do) has no
    statements and its reason in `blockers`. Nothing may run while `blockers` is not empty.
    A plain value; safe to copy between threads. */
struct PreparedRun
{
    RunRequest request;
    MigrationPlan plan;
    Sql::OfflineScriptOptions options;
    ExecutionPlan execution;
    QMap<int, Diagnostic> blockers; //!< step index → why that step cannot be run by Retort
    QList<Sql::PlanRisk> risks;     //!< in plan order (steps that cannot be interpreted have none)

    bool isRunnable() const { return blockers.isEmpty(); }
    bool isEmpty() const { return plan.steps.isEmpty() && !execution.purgeVersionTable; }
};

/*! The part of an online run shared by `retort-cli upgrade|downgrade|stamp` and the window:
    from a request and the database's heads to a plan, its rendering and its risks. Pure (reads
    the revision files already in \a project, no database); any thread. */
class RunPlanner
{
public:
    //! The plan for \a request from \a databaseHeads (ignored with purge), Alembic's errors included.
    static Expected<MigrationPlan, RevisionError> plan(const RevisionMap &map, const RunRequest &request,
                                                       const QStringList &databaseHeads);

    /*! How \a project renders for \a dialect ("sqlite" or "postgresql"): the version table and
        its schema and transaction_per_migration from env.py/[retort], the [retort] type maps.
        Fails for any other dialect. */
    static Expected<Sql::OfflineScriptOptions, QString> renderOptions(const Project &project, const QString &dialect);

    /*! Plans, renders and assesses \a request for a database of \a dialect that stands at
        \a databaseHeads. Fails with a sentence (Alembic's planning message, or an unknown
        dialect); a step that cannot be rendered is not a failure (see PreparedRun::blockers).
        \a project must be opened with RevisionReadMode::Full. */
    static Expected<PreparedRun, QString> prepare(const Project &project, const RunRequest &request,
                                                  const QStringList &databaseHeads, const QString &dialect);
};

} // namespace Retort::Core

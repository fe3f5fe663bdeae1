// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/migrationstep.h"
#include "core/sql/sqlstatement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Core {

//! One step of a plan, rendered for the target database and ready to run.
struct ExecutionStep
{
    MigrationStep step;
    QString file;    //!< the revision file, for messages; empty for a stamp step
    QString message; //!< the revision's message (first docstring line)
    QList<Sql::SqlStatement> statements; //!< the migration's own statements, in order

    //! The revision id or, for a stamp, "stamp <to>".
    QString label() const
    {
        if (!step.revision.isEmpty())
            return step.revision;
        return QStringLiteral("stamp ")
            + (step.toRevisions.isEmpty() ? QStringLiteral("base") : step.toRevisions.join(QStringLiteral(", ")));
    }
};

/*! A whole plan, rendered (see Sql::prepareExecution). `initialHeads` are the version rows the
    plan was made for: the executor refuses to start when the database holds others. */
struct ExecutionPlan
{
    QString dialect; //!< "sqlite" or "postgresql"
    QStringList initialHeads;
    QStringList finalHeads;
    QList<ExecutionStep> steps;
    //! `stamp --purge`: empty the version table first, whatever it holds (initialHeads is empty).
    bool purgeVersionTable = false;
};

} // namespace Retort::Core

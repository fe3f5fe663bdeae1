// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/versionstatement.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! One step of a plan: Alembic's RevisionStep (upgrade/downgrade of one script) or
    StampStep. `fromRevisions`/`toRevisions` are the *_no_deps lists Alembic logs;
    the *WithDeps lists include normalized dependencies (MigrationInfo's view). */
struct MigrationStep
{
    enum Direction { Upgrade, Downgrade, Stamp };

    Direction direction = Upgrade;
    QString revision;                    //!< the script's id; empty for a stamp step
    QStringList fromRevisions;           //!< from_revisions_no_deps
    QStringList toRevisions;             //!< to_revisions_no_deps
    QStringList fromRevisionsWithDeps;   //!< from_revisions
    QStringList toRevisionsWithDeps;     //!< to_revisions
    bool isUpgrade = true;               //!< for stamps: the StampStep's is_upgrade
    bool branchMove = false;             //!< StampStep.branch_move (stamps only)
    QList<VersionStatement> versionStatements;  //!< what this step does to the version table

    //! "upgrade", "downgrade" or "stamp_revision" (the migration function's __name__).
    QString name() const;
    /*! Alembic's MigrationStep.short_log: "<name> <from> -> <to>", lists joined with ", ",
        e.g. "upgrade  -> a" (base: two spaces), "downgrade e -> d1, d2". The offline comment
        is "-- Running " + shortLog(); the log line appends ", <doc>" when there is a doc. */
    QString shortLog() const;

    bool operator==(const MigrationStep &other) const = default;
};

/*! The result of upgrade/downgrade/stamp planning. */
struct MigrationPlan
{
    QList<MigrationStep> steps;
    QStringList initialHeads;   //!< the current heads given (database row order)
    QStringList finalHeads;     //!< rows after the plan: updates in place, inserts appended
    QStringList warnings;       //!< Alembic's util.warn texts raised while planning
};

} // namespace Retort::Core

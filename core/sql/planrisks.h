// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/graph/migrationstep.h"
#include "core/ops/projectmaps.h"
#include "core/sql/sqldialect.h"

#include <QList>
#include <QString>

namespace Retort::Core {

class Project;

namespace Sql {

//! Something in a plan that can lose data or fail on existing rows; shown before a run.
struct PlanRisk
{
    enum class Kind {
        DropTable,        //!< drop_table
        DropColumn,       //!< drop_column (also inside a batch)
        TypeChange,       //!< alter_column(type_=...): may truncate or fail on existing values
        NotNullAdded,     //!< alter_column(nullable=False): fails where the column holds NULLs
        DataWithoutWhere, //!< op.execute("UPDATE/DELETE ...") with no WHERE: touches every row
    };
    Kind kind = Kind::DropTable;
    int stepIndex = -1;
    QString revision;
    QString table;
    QString schema;
    QString column;         //!< for column risks
    QString detail;         //!< e.g. "VARCHAR(100) -> VARCHAR(50)", or the statement
    SourceLocation location; //!< the op call in the revision file

    bool destroysData() const { return kind == Kind::DropTable || kind == Kind::DropColumn; }
    //! One sentence: "drops table book (revision ae10, file.py:14)".
    QString describe() const;
};

/*! The risks of every step of \a plan in its direction, in plan order (stamp steps have none).
    Steps whose body cannot be interpreted contribute nothing here (prepareExecution reports
    them). \a project must be opened with RevisionReadMode::Full. Pure; any thread. */
QList<PlanRisk> assessPlanRisks(const Project &project, const MigrationPlan &plan, const SqlDialect &dialect,
                                const Ops::ProjectMaps &maps);

} // namespace Sql
} // namespace Retort::Core

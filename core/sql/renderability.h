// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/alembic/revisionscript.h"
#include "core/common/diagnostic.h"
#include "core/ops/projectmaps.h"
#include "core/sql/sqldialect.h"

#include <QStringList>

#include <optional>

namespace Retort::Core::Sql {

//! Whether Retort can write the SQL of one direction of one revision, and what it does.
struct DirectionRenderability
{
    bool interpreted = false; //!< the body was understood without Python
    bool renderable = false;  //!< ... and every operation renders for the dialect
    /*! A SQLite batch that needs the move-and-copy recreate: renderable in a plan, where the
        table comes from the revisions before (not on its own). */
    bool needsHistory = false;
    QStringList operations; //!< describeOperations(), when interpreted
    std::optional<Diagnostic> problem; //!< why not: needs-python, sql-unsupported, irreversible
};

struct RevisionRenderability
{
    DirectionRenderability upgrade;
    DirectionRenderability downgrade;
};

/*! Interprets both bodies of \a script (read with RevisionReadMode::Full) for \a dialect and
    renders them, keeping only the verdict and the operation list. Pure; any thread. */
RevisionRenderability assessRenderability(const RevisionScript &script, const SqlDialect &dialect,
                                          const Ops::ProjectMaps &maps);

} // namespace Retort::Core::Sql

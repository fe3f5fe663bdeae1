// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/alembic/alembicconfig.h"
#include "core/alembic/migrationcontextsettings.h"
#include "core/alembic/revisionscript.h"
#include "core/common/diagnostic.h"
#include "core/graph/revisionmap.h"
#include "core/project/revisionsummary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Retort::Core {

/*! Where a project lives: its ini file, the main section (`-n`), and the directory relative
    `script_location` values resolve against (Alembic uses the process CWD). */
struct ProjectLocation
{
    QString iniPath;
    QString section = QStringLiteral("alembic");
    QString workingDirectory;
};

/*! One Alembic project read statically: its configuration, every revision file in load order,
    and the revision map built from the files whose header could be read.

    Opening never fails as a whole: when the configuration itself cannot be read (Alembic would
    stop with `FAILED:`), openError() holds that message and there are no scripts. Everything
    else — unreadable files, syntax errors, graph problems — is in diagnostics(), each located at
    a file and line where one is known.

    A value type (cheap to copy: the parsed data is shared and immutable); safe to read from
    several threads once built. */
class Project
{
public:
    Project();
    /*! Reads the project. Revision files are read in parallel on the global QThreadPool;
        the call returns when all are read. \a mode HeaderOnly skips building function
        bodies (see RevisionReadMode) for graph-only callers. */
    static Project open(const ProjectLocation &location, RevisionReadMode mode = RevisionReadMode::Full);

    bool isOpen() const;
    //! Alembic's message when the configuration could not be read.
    std::optional<Diagnostic> openError() const;
    const ProjectLocation &location() const;
    //! Valid only when isOpen().
    const AlembicConfig &config() const;
    //! env.py's version_table, version_table_schema and transaction_per_migration (defaults when not open).
    const MigrationContextSettings &contextSettings() const;

    /*! Every revision file found, in load order (including unusable ones). The map holds
        every revision whose id is known — also those whose other header values could not be
        read, with the parents that are known (see RevisionSummary::hasErrors). */
    const QList<RevisionScript> &scripts() const;
    //! The script that defines \a revisionId (the last one wins, as in Alembic), or nullptr.
    const RevisionScript *scriptFor(const QString &revisionId) const;
    const RevisionMap &map() const;

    /*! Every revision of the map in Alembic's history order (`walk_revisions()`: heads first,
        down to the bases), as display values. Computed on each call. */
    QList<RevisionSummary> summaries() const;
    //! The summary of one revision; an empty summary (id empty) when unknown.
    RevisionSummary summary(const QString &revisionId) const;

    //! Config, file and graph diagnostics, in that order.
    const DiagnosticList &diagnostics() const;
    //! True when no error stands in the way of planning (headers all known, graph sound).
    bool canPlan() const;
    //! The first error that blocks planning, for a `FAILED:` line.
    std::optional<Diagnostic> firstBlockingError() const;

    struct Data; //!< implementation detail (project.cpp)

private:
    std::shared_ptr<const Data> d;
};

} // namespace Retort::Core

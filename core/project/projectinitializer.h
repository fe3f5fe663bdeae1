// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Retort::Core {

//! The choices of File ▸ New Project.
struct ProjectInitOptions
{
    //! The project directory: alembic.ini is written here (created when missing).
    QString directory;
    //! The migration environment, relative to \a directory (or absolute).
    QString scriptLocation = QStringLiteral("migrations");
    /*! `sqlalchemy.url` as the user means it; empty writes Alembic's placeholder
        `driver://user:pass@localhost/dbname`. Every '%' is doubled for the ini file except in
        `%(here)s`, which stays an interpolation (the ini's directory). */
    QString sqlalchemyUrl;
    QString iniFileName = QStringLiteral("alembic.ini");
};

//! What initialize() created.
struct InitializedProject
{
    QString iniPath; //!< absolute
    QString scriptDirectory; //!< absolute
    QStringList createdPaths; //!< files and directories, in creation order
};

/*! File ▸ New Project: writes what `alembic init` writes — alembic.ini, and in the script
    directory env.py, script.py.mako, README and versions/ — as Retort's own text that real
    Alembic accepts (`heads`, `revision`, `upgrade`, offline and online). Differences from
    Alembic 1.8.1's `generic` template, all deliberate: `script_location` is written as
    `%(here)s/<dir>` so the project works from any working directory (as Alembic ≥ 1.16
    does); `version_path_separator = os` carries no inline comment (Alembic 1.8.1's does,
    which breaks as soon as version_locations is set); env.py lets the DATABASE_URL
    environment variable override sqlalchemy.url (the rule Retort's connections follow); the
    revision template annotates the identifiers with their types.

    Nothing is overwritten: an existing ini file or a non-empty script directory is an error
    ("init-exists", Alembic's text `Directory X already exists and is not empty` for the
    latter), found before anything is written. When a write fails midway, what was created is
    removed again ("init-write"). Other checks: "init-options" (empty or multi-line values, a
    relative script location with ':' that Alembic would take for a package resource).
    Static functions; any thread. */
class ProjectInitializer
{
public:
    static Expected<InitializedProject, Diagnostic> initialize(const ProjectInitOptions &options);
    //! The checks of initialize() without writing (for a dialog's inline validation).
    static std::optional<Diagnostic> validate(const ProjectInitOptions &options);

    //! The absolute script directory and ini path \a options lead to.
    static QString scriptDirectory(const ProjectInitOptions &options);
    static QString iniPath(const ProjectInitOptions &options);

    static QString iniText(const ProjectInitOptions &options);
    static QString envPyText();
    static QString scriptTemplateText();
    static QString readmeText();
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Retort::Core {

class AlembicConfig;

/*! Alembic's revision file name rule, `re.match(r"(?!\.\#|__init__)(.*\.py)$", name)`:
    ends with ".py" and starts with neither ".#" (editor lock files) nor "__init__". */
bool isRevisionFileName(QStringView name);

/*! The revision files of \a config in the order Alembic (≥ 1.10) loads them: version locations
    in order; per directory the matching regular files (symlinks to files included) sorted by
    code point like Python's sorted(); with recursive_version_locations, a top-down walk that
    also visits sub-directories in sorted order (symlinked directories are not followed, files
    directly in a directory whose name ends with "__pycache__" are skipped).

    Paths are absolute, built from the location as configured (symlinks not resolved).
    Diagnostics appended to \a diags (may be null): "version-location-missing" (info) for a
    location that does not exist or is not a directory, skipped as Alembic does; and
    "version-file-duplicate" (warning, Alembic's text) when a file whose real path was already
    listed is reached again, e.g. through overlapping locations; it is listed once.

    Reads the file system only; safe to call from any thread. Costs one directory listing per
    directory and one realpath per directory and per symlinked file. */
QStringList listRevisionFiles(const AlembicConfig &config, DiagnosticList *diags);

//! The same for explicit absolute \a locations.
QStringList listRevisionFiles(const QStringList &locations, bool recursive, DiagnosticList *diags);

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/alembic/iniconfig.h"
#include "core/common/diagnostic.h"
#include "core/common/expected.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <optional>

namespace Retort::Core {

/*! The Alembic configuration of one project: `alembic.ini` read the way Alembic's `Config`
    and `ScriptDirectory.from_config` read it (research/alembic-semantics.md §1.2–1.4).

    load() fails, with Alembic's message where it has one, whenever Alembic itself would stop:
    - "config-missing": `No config file '<path as given>' found, or file has no '[<section>]'
      section` (also for an unreadable file or a directory);
    - "ini-encoding": not UTF-8 text; "ini-*": configparser errors (see IniConfig); several
      "ini-syntax" lines are merged into Python's one multi-line message;
    - "config-no-script-location", "script-location-missing" (`Path doesn't exist: '<abs>'.
      Please use the 'init' command to create a new scripts folder.`);
    - "package-resource": a `package:path` script or version location (not supported);
    - "version-path-separator": a bad `version_path_separator` / `path_separator`, located at
      its line, only when `version_locations` is set (as in Alembic);
    - "config-invalid-int": `truncate_slug_length` is not a Python int;
    - interpolation errors in any key Alembic reads while loading (script_location,
      truncate_slug_length, version_locations and its separators, prepend_sys_path,
      recursive_version_locations, file_template, sourceless, output_encoding, timezone and
      every key of `[post_write_hooks]`).

    Relative paths resolve against \a workingDirectory, as Alembic resolves them against the
    process CWD (not the ini's directory); `%(here)s` is the ini's absolute directory. Paths are
    made absolute with Python's `os.path.abspath` rules (lexical, symlinks kept).

    Version separators: `path_separator` (Alembic ≥ 1.16) wins over `version_path_separator`;
    both accept `space`, `newline`, `os` (":"), `:` and `;`; pieces are stripped as newer
    Alembic does (1.8.1 keeps their spaces).
    With neither key, the legacy rule splits on `, *` or runs of spaces.

    A value type, immutable after load(); safe to read from several threads. */
class AlembicConfig
{
public:
    static Expected<AlembicConfig, Diagnostic> load(const QString &iniPath,
        const QString &section = QStringLiteral("alembic"),
        const QString &workingDirectory = QDir::currentPath());

    /*! Problems that did not prevent loading, in the order found: "sourceless-ignored" (info),
        "version-location-empty" (warning: an empty entry means the working directory),
        "sqlalchemy-url-unreadable" and "revision-environment-invalid" (warnings: Alembic fails
        only when env.py / `revision` reads them). */
    DiagnosticList diagnostics;

    const IniConfig &ini() const { return m_ini; }
    //! The ini path exactly as given to load() (used in Alembic's messages).
    QString iniPath() const { return m_iniPath; }
    //! The ini path made absolute.
    QString iniFilePath() const { return m_iniFilePath; }
    QString section() const { return m_section; }
    //! `%(here)s`: the absolute directory of the ini file.
    QString here() const { return m_here; }
    QString workingDirectory() const { return m_workingDirectory; }

    //! `script_location` after interpolation, as written.
    QString scriptLocation() const { return m_scriptLocation; }
    //! The script directory, absolute.
    QString scriptDirectory() const { return m_scriptDirectory; }
    /*! Absolute version locations in order: the split `version_locations`, or
        `<scriptDirectory>/versions`. Locations that do not exist are kept (listing skips
        them). */
    QStringList versionLocations() const { return m_versionLocations; }
    bool hasExplicitVersionLocations() const { return m_explicitVersionLocations; }
    //! `recursive_version_locations` is exactly "true".
    bool recursiveVersionLocations() const { return m_recursive; }
    //! `sourceless` is exactly "true" (Retort still reads only .py files).
    bool sourceless() const { return m_sourceless; }
    //! `file_template` interpolated; default `%(rev)s_%(slug)s`.
    QString fileTemplate() const { return m_fileTemplate; }
    //! `truncate_slug_length`; 40 when absent or 0.
    int truncateSlugLength() const { return m_truncateSlugLength; }
    std::optional<QString> timezone() const { return m_timezone; }
    //! nullopt when absent or when it cannot be interpolated (see diagnostics).
    std::optional<QString> sqlalchemyUrl() const { return m_sqlalchemyUrl; }
    //! SQLAlchemy `asbool` of `revision_environment`; false when absent or invalid.
    bool revisionEnvironment() const { return m_revisionEnvironment; }
    //! `output_encoding`; default "utf-8".
    QString outputEncoding() const { return m_outputEncoding; }

    /*! Alembic's `get_main_option(key)`: the interpolated value from the main section or
        DEFAULT, nullopt when absent, or the interpolation error. */
    Expected<std::optional<QString>, Diagnostic> option(const QString &key) const;
    //! 1-based line of \a key in the main section (or DEFAULT); 0 when absent.
    int lineOf(const QString &key) const;
    //! The absolute ini path and the line of \a key.
    SourceLocation locationOf(const QString &key) const;

private:
    class Loader; // the loading steps, in alembicconfig.cpp

    IniConfig m_ini;
    QString m_iniPath;
    QString m_iniFilePath;
    QString m_section;
    QString m_here;
    QString m_workingDirectory;
    QString m_scriptLocation;
    QString m_scriptDirectory;
    QStringList m_versionLocations;
    bool m_explicitVersionLocations = false;
    bool m_recursive = false;
    bool m_sourceless = false;
    QString m_fileTemplate;
    int m_truncateSlugLength = 40;
    std::optional<QString> m_timezone;
    std::optional<QString> m_sqlalchemyUrl;
    bool m_revisionEnvironment = false;
    QString m_outputEncoding;
};

} // namespace Retort::Core

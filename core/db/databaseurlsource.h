// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Retort::Core {

class AlembicConfig;

/*! One assignment read from a `.env` file. */
struct DotEnvEntry
{
    QString key;
    QString value;
    int line = 0; //!< 1-based line where the assignment starts

    bool operator==(const DotEnvEntry &other) const = default;
};

/*! Parses `.env` text with python-dotenv's rules: `KEY=value`, `export KEY=value`, spaces
    around `=`, 'single quotes' (literal but for \' and \\), "double quotes" (escapes \n \t \"
    \\ ... and line breaks inside the quotes), `#` comment lines and ` #` comments after a
    value, `${VAR}` / `${VAR:-default}` expanded in unquoted and double-quoted values from
    \a environment first, then from earlier assignments. A line that cannot be parsed is skipped
    with a warning "dotenv-syntax" located at \a fileName and its line, as python-dotenv does.
    A key without `=` is skipped. Pure function; any thread. */
QList<DotEnvEntry> parseDotEnv(const QString &text, const QProcessEnvironment &environment = {},
                               const QString &fileName = {}, DiagnosticList *warnings = nullptr);

/*! Which database URL a command uses, and where it came from. Resolution order:
    1. the explicit URL (`--url`, or the URL a caller chose);
    2. `DATABASE_URL` in the process environment;
    3. `DATABASE_URL` in the `.env` file beside the ini file;
    4. `sqlalchemy.url` of the ini's main section.
    Empty values count as absent (as `os.environ.get(...)` tests in a typical env.py). */
struct DatabaseUrlSource
{
    enum class Origin { Explicit, Environment, DotEnv, AlembicIni };

    Origin origin = Origin::Explicit;
    QString url;
    SourceLocation location;  //!< the .env or ini file and line; empty for Explicit/Environment
    QString section;          //!< the ini's main section (for description())
    DiagnosticList warnings;  //!< problems met on the way (unparsable .env lines, unreadable .env)

    /*! "--url", "DATABASE_URL", ".env", or "alembic.ini [alembic] sqlalchemy.url" (the ini's
        file name and section), for messages such as "... (from .env)". */
    QString description() const;

    /*! Resolves the URL for \a config (read its directory's `.env`; the file system is read,
        nothing is written). Fails with "no-database-url" when no source has a URL, or with the
        ini's interpolation error for `sqlalchemy.url`. Any thread. */
    static Expected<DatabaseUrlSource, Diagnostic> resolve(const QString &explicitUrl,
                                                           const QProcessEnvironment &environment,
                                                           const AlembicConfig &config);
};

} // namespace Retort::Core

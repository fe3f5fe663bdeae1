// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Retort::Core {

/*! How one run of a PostgreSQL client program ended. */
struct BackupToolRun
{
    bool started = false;    //!< false: the program could not be started (see startError)
    bool cancelled = false;  //!< the cancel flag was raised and the process was killed
    bool crashed = false;
    int exitCode = -1;
    QString startError;      //!< why it did not start ("pg_dump was not found ...")
    QString errorOutput;     //!< everything the program wrote on stderr, trimmed
    QByteArray output;       //!< everything the program wrote on stdout
    //! stderr without `--verbose` progress lines: the tool's errors, warnings, details and hints
    QString messages;

    bool succeeded() const { return started && !cancelled && !crashed && exitCode == 0; }
    //! The tool's messages (else its whole stderr), or what happened when it wrote nothing.
    QString failureText(const QString &program) const;
};

/*! Runs a PostgreSQL client program (`pg_dump`, `pg_restore`) against a connection profile.

    Secrets: the password goes into the child's environment only (PGPASSWORD); it is never put
    on a command line or in a file. Connection settings go to the child as libpq environment
    variables (PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, and the URL's options that libpq
    reads from the environment), so a database name is never re-read as a connection string.

    Threads: run() blocks the calling thread, which owns the QProcess; no event loop is needed.
    A cheap value. */
class BackupTool
{
public:
    using LineHandler = std::function<void(const QString &line)>;

    //! \a program: a name looked up on PATH ("pg_dump") or a path.
    explicit BackupTool(const QString &program);

    QString program() const { return m_program; }

    /*! \a base plus the profile's connection settings (see the class comment), a
        PGCONNECT_TIMEOUT of 10 s unless one is set, and LC_MESSAGES=C so that the tool's
        progress lines can be read. */
    static QProcessEnvironment environment(const ConnectionProfile &profile, const QProcessEnvironment &base);

    /*! The connection as a user would type it (`-h HOST -p PORT -U USER -d DB`), for the
        commands shown to users; never the password. Empty parts are left out. */
    static QStringList connectionArguments(const ConnectionProfile &profile);

    /*! Runs the program to its end. Each complete stderr line (without "pg_dump: ") goes to
        \a onLine on the calling thread. When \a cancel becomes true (checked every 50 ms) the
        process is killed and the run reports cancelled. */
    BackupToolRun run(const QStringList &arguments, const QProcessEnvironment &environment,
                      const LineHandler &onLine, const std::atomic_bool *cancel) const;

private:
    QString m_program;
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "app/cli/clioptions.h"
#include "core/project/project.h"

#include <QJsonObject>
#include <QTextStream>

namespace Retort::Cli {

//! Alembic exits with status 255 (`sys.exit(-1)`) after printing `FAILED: …`.
constexpr int kFailedExitCode = 255;

/*! One retort-cli invocation: loads the project named by the options and runs the verb.
    Output goes to \a out (stdout: results and Alembic's `FAILED:` line) and \a err (stderr:
    warnings). Returns the process exit code. Single-threaded. */
class CliSession
{
public:
    CliSession(const CliOptions &options, QTextStream &out, QTextStream &err);

    int run();

    const CliOptions &options() const { return m_options; }
    const Core::Project &project() const { return m_project; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    //! Prints `FAILED: <message>` (or `{"error": …}` with --json) and returns kFailedExitCode.
    int fail(const QString &message);
    void printJson(const QJsonObject &object);
    //! A line on stderr (warnings and the project's problems).
    void warn(const QString &message);
    /*! The SQLAlchemy dialect name to render for: --dialect, else the scheme of
        `sqlalchemy.url` without its driver ("postgresql+psycopg2://…" -> "postgresql"); empty
        when neither is there. */
    QString dialectName() const;

private:
    bool openProject();
    int heads();
    int branches();
    int history();
    int show();
    int validate();

    CliOptions m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    Core::Project m_project;
};

} // namespace Retort::Cli

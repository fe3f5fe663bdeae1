// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/migrationexecutor.h"

#include <QTextStream>

#include <atomic>
#include <thread>

namespace Retort::Cli {

/*! Writes a run's progress to stderr in Alembic's log format and turns Ctrl+C into a
    cancellation of the run. While an instance lives, SIGINT sets a flag that a watcher thread
    forwards to ExecutionControl::requestCancel(true) (a signal handler may not open a
    connection itself); the previous handler is restored on destruction. One at a time. */
class RunReporter
{
public:
    //! \a logSteps: print alembic's "Running upgrade ..." line per step (see logsMigrationSteps()).
    RunReporter(QTextStream &err, const Core::ExecutionPlan &plan, Core::ExecutionControl &control, bool logSteps);
    ~RunReporter();
    RunReporter(const RunReporter &) = delete;
    RunReporter &operator=(const RunReporter &) = delete;

    void onEvent(const Core::ExecutionEvent &event);
    //! The failure as several lines: statement, revision, file:line, error, where the database is.
    static QString failureText(const Core::ExecutionResult &result);

private:
    QTextStream &m_err;
    const Core::ExecutionPlan &m_plan;
    Core::ExecutionControl &m_control;
    std::thread m_watcher;
    std::atomic_bool m_stop{false};
    bool m_logSteps = true;
};

} // namespace Retort::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/db/connectionprofile.h"
#include "core/db/executioncontrol.h"
#include "core/db/executionplan.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Retort::Core {

class DatabaseSession;

enum class TransactionMode {
    PerMigration, //!< each step commits on its own (the default; a failure keeps earlier steps)
    WholePlan,    //!< one transaction for the whole plan (a failure undoes every step)
};

//! What the executor reports while it runs (on the executor's thread).
struct ExecutionEvent
{
    enum class Kind { Locked, StepStarted, StatementStarted, StatementFinished, StepCommitted, Note };
    Kind kind = Kind::Note;
    int stepIndex = -1; //!< 0-based; -1 for events outside a step
    int stepCount = 0;
    QString revision;   //!< ExecutionStep::label()
    QString statement;  //!< the SQL (statement events)
    bool transactional = true; //!< false: the statement runs outside any transaction
    qint64 elapsedMs = 0;      //!< since the run started
    QString note;              //!< Note: a sentence for the log
};

//! Where and why a run stopped.
struct ExecutionFailure
{
    int stepIndex = -1;
    QString revision;
    QString file;
    int line = 0;      //!< line of the op call in \a file (0: not from a revision body)
    QString statement; //!< empty when the failure was not a statement (lock, version table)
    QString error;     //!< the driver's or Alembic's message
};

struct ExecutionResult
{
    enum class Outcome {
        Succeeded,
        Failed,    //!< a statement or a version-table change failed; see failure
        Cancelled, //!< stopped on request; the running step was rolled back
        Refused,   //!< nothing ran: lock not obtained, or the database is not where the plan starts
    };
    Outcome outcome = Outcome::Refused;
    int completedSteps = 0;      //!< steps committed
    QStringList databaseHeads;   //!< the version rows after the run (read back); empty if unreadable
    std::optional<ExecutionFailure> failure;
    QString message;             //!< one sentence summing up the outcome
    qint64 elapsedMs = 0;
    //! Refused because the version table no longer holds plan.initialHeads (another run moved it
    //! on while this one waited for the lock): planning again from the new heads is safe.
    bool databaseMoved = false;
};

/*! Hooks run inside the executor (the ledger). runStarting runs once, under the migration lock,
    inside the transaction that checks and creates the version table; an error refuses the run.
    stepSucceeded runs inside the step's
    transaction, after its statements and version-table change and before COMMIT; an error
    fails the step. stepFailed runs after the rollback, outside any transaction; its errors are
    ignored (reported as a Note). Called on the executor's thread. */
class StepObserver
{
public:
    virtual ~StepObserver() = default;
    virtual Expected<bool, QString> runStarting(DatabaseSession &) { return true; }
    virtual Expected<bool, QString> stepSucceeded(DatabaseSession &session, const ExecutionStep &step, qint64 elapsedMs) = 0;
    virtual void stepFailed(DatabaseSession &session, const ExecutionStep &step, const QString &error, bool cancelled) = 0;
};

struct ExecutorOptions
{
    TransactionMode mode = TransactionMode::PerMigration;
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema;
    int lockTimeoutMs = 10000;
    StepObserver *observer = nullptr; //!< not owned; may be null
};

/*! Runs an ExecutionPlan online on one open DatabaseSession, on the calling thread (the GUI
    calls it from a worker thread; see MigrationRun).

    Order of work: take the MigrationLock; in a first transaction read the version table and
    refuse unless it holds exactly plan.initialHeads (databaseMoved), create the version table
    if absent; then per step: BEGIN (`BEGIN IMMEDIATE` on SQLite: its write lock, under the busy
    timeout), a check that the version rows are still what the previous step left, the step's
    statements, its version-table change (VersionTable::apply, which insists on one row per
    UPDATE/DELETE), the observer, COMMIT. Statements marked non-transactional run after a
    COMMIT, outside any transaction, and a new transaction begins after them (a Note says so).
    On a failing statement the step (or, in WholePlan mode, the whole run) is rolled back and
    the run stops; the result names the statement, revision, file and line, and the heads the
    database is left at — the last committed step. Cancellation is checked between statements
    (and can interrupt one, see ExecutionControl). */
class MigrationExecutor
{
public:
    using EventCallback = std::function<void(const ExecutionEvent &)>;

    MigrationExecutor(DatabaseSession &session, const ConnectionProfile &profile, const ExecutorOptions &options);

    ExecutionResult run(const ExecutionPlan &plan, ExecutionControl &control, const EventCallback &onEvent);

private:
    struct RunState;

    bool prepare(RunState &state);
    bool beginStep(RunState &state, int index);
    bool runStep(RunState &state, int index);
    bool runStatement(RunState &state, int index, const Sql::SqlStatement &statement);
    bool finishStep(RunState &state, int index);
    void failStep(RunState &state, int index, const QString &statement, int line, const QString &error);
    void finish(RunState &state);

    Expected<bool, QString> exec(const QString &sql);
    bool begin(RunState &state);
    bool commit(RunState &state);
    void rollback(RunState &state);
    void emitEvent(RunState &state, ExecutionEvent event) const;

    DatabaseSession &m_session;
    ConnectionProfile m_profile;
    ExecutorOptions m_options;
};

/*! True when \a sql holds more than one statement (a ';' outside quotes and comments followed
    by more SQL). SQLite's driver would silently run only the first, so the executor refuses. */
bool hasSeveralStatements(const QString &sql);

} // namespace Retort::Core

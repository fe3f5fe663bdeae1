// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/migrationexecutor.h"

#include "core/db/databasesession.h"
#include "core/db/migrationlock.h"
#include "core/db/versiontable.h"
#include "core/graph/versiontablesql.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>
#include <QVariant>

namespace Retort::Core {

struct MigrationExecutor::RunState
{
    const ExecutionPlan &plan;
    ExecutionControl &control;
    const EventCallback &onEvent;
    VersionTable versionTable;
    QElapsedTimer timer;
    QElapsedTimer stepTimer;
    ExecutionResult result;
    bool inTransaction = false;
    QStringList committedHeads; // the version rows as of the last COMMIT: where the next step starts
};

namespace {

//! The version rows after \a step's INSERT/UPDATE/DELETE, applied to \a rows.
QStringList headsAfter(QStringList rows, const MigrationStep &step)
{
    for (const VersionStatement &change : step.versionStatements) {
        if (change.kind == VersionStatement::Insert)
            rows.append(change.to);
        else if (change.kind == VersionStatement::Delete)
            rows.removeOne(change.from);
        else if (const int at = int(rows.indexOf(change.from)); at >= 0)
            rows[at] = change.to;
    }
    return rows;
}

bool sameHeads(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend()) && a.size() == b.size();
}

QString headsText(const QStringList &heads)
{
    return heads.isEmpty() ? QStringLiteral("base") : heads.join(QStringLiteral(", "));
}

void *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(v.constData());
}

} // namespace

MigrationExecutor::MigrationExecutor(DatabaseSession &session, const ConnectionProfile &profile,
                                     const ExecutorOptions &options)
    : m_session(session)
    , m_profile(profile)
    , m_options(options)
{
}

ExecutionResult MigrationExecutor::run(const ExecutionPlan &plan, ExecutionControl &control, const EventCallback &onEvent)
{
    RunState state{plan, control, onEvent, VersionTable(m_options.versionTable, m_options.versionTableSchema), {}, {}, {}, false, {}};
    state.timer.start();
    if (m_session.kind() == ConnectionProfile::Kind::SQLite) {
        control.attachSqlite(sqliteHandle(m_session.database()));
    } else {
        QSqlQuery pid(m_session.database());
        control.attachPostgres(m_profile, pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next()
                                              ? pid.value(0).toInt() : 0);
        // PostgreSQL >= 14: a backend whose client died (killed mid-statement) stops within a
        // second instead of finishing the statement and holding the lock. Older servers refuse
        // the setting; that costs nothing.
        pid.exec(QStringLiteral("SET client_connection_check_interval = 1000"));
    }
    MigrationLock lock(m_session, m_options.versionTable, m_options.versionTableSchema,
                       m_session.kind() == ConnectionProfile::Kind::SQLite ? m_profile.sqlitePath : QString());
    const auto locked = lock.acquire(m_options.lockTimeoutMs, control.cancelFlag());
    if (!locked) {
        state.result.message = locked.error();
    } else {
        emitEvent(state, {ExecutionEvent::Kind::Locked, -1, int(plan.steps.size()), {}, {}, true, 0, {}});
        if (prepare(state)) {
            int i = 0;
            while (i < plan.steps.size() && runStep(state, i))
                ++i;
            if (state.result.outcome == ExecutionResult::Outcome::Succeeded && m_options.mode == TransactionMode::WholePlan)
                commit(state);
        }
    }
    finish(state);
    lock.release();
    control.detach();
    return state.result;
}

bool MigrationExecutor::prepare(RunState &state)
{
    // SQLite opens a file it may not write read-only without a word; say so before anything runs.
    if (void *handle = sqliteHandle(m_session.database());
        handle && sqlite3_db_readonly(static_cast<sqlite3 *>(handle), "main") == 1) {
        state.result.message = QStringLiteral("The database file %1 is read-only (no permission to write it); "
                                              "nothing was run")
                                   .arg(m_profile.sqlitePath);
        return false;
    }
    // The check runs inside the first transaction, so on SQLite it holds the write lock too.
    if (!begin(state))
        return false;
    const auto heads = state.versionTable.readHeads(m_session);
    if (!heads) {
        rollback(state);
        state.result.message = QStringLiteral("Could not read the version table: ") + heads.error();
        return false;
    }
    if (!state.plan.purgeVersionTable && !sameHeads(heads.value().heads, state.plan.initialHeads)) {
        rollback(state);
        state.result.databaseMoved = true;
        state.result.message = QStringLiteral("The database is at %1, but the plan starts at %2; nothing was run. "
                                              "Plan again.")
                                   .arg(headsText(heads.value().heads), headsText(state.plan.initialHeads));
        return false;
    }
    const auto created = state.versionTable.ensureTable(m_session);
    if (!created) {
        rollback(state);
        state.result.message = QStringLiteral("Could not create the version table: ") + created.error();
        return false;
    }
    if (m_options.observer) {
        const auto started = m_options.observer->runStarting(m_session);
        if (!started) {
            rollback(state);
            state.result.message = started.error();
            return false;
        }
    }
    if (state.plan.purgeVersionTable) {
        const VersionTableSql sql(m_options.versionTable, m_options.versionTableSchema, m_session.dialectName());
        const auto purged = exec(QStringLiteral("DELETE FROM ") + sql.qualifiedTable());
        if (!purged) {
            rollback(state);
            state.result.message = QStringLiteral("Could not purge the version table: ") + purged.error();
            return false;
        }
    }
    state.committedHeads = state.plan.purgeVersionTable ? QStringList() : heads.value().heads;
    if (m_options.mode == TransactionMode::PerMigration && !commit(state))
        return false;
    state.result.outcome = ExecutionResult::Outcome::Succeeded;
    return true;
}

bool MigrationExecutor::beginStep(RunState &state, int index)
{
    if (!begin(state)) {
        failStep(state, index, QStringLiteral("BEGIN"), 0, state.result.message);
        return false;
    }
    // Between two steps' transactions a tool that takes no MigrationLock (alembic) can move the
    // database on; applying this step then would run it twice or out of order.
    const auto heads = state.versionTable.readHeads(m_session);
    if (heads && sameHeads(heads.value().heads, state.committedHeads))
        return true;
    failStep(state, index, QString(), 0,
             heads ? QStringLiteral("another migration changed the version table during this run: it is at %1, "
                                    "this step starts from %2; nothing of this step was run")
                         .arg(headsText(heads.value().heads), headsText(state.committedHeads))
                   : QStringLiteral("could not read the version table: ") + heads.error());
    return false;
}

bool MigrationExecutor::runStep(RunState &state, int index)
{
    const ExecutionStep &step = state.plan.steps.at(index);
    state.stepTimer.start();
    emitEvent(state, {ExecutionEvent::Kind::StepStarted, index, int(state.plan.steps.size()), step.label(), {}, true, 0, {}});
    if (!state.inTransaction && !beginStep(state, index))
        return false;
    for (const Sql::SqlStatement &statement : step.statements) {
        if (state.control.isCancelRequested()) {
            failStep(state, index, QString(), 0, QStringLiteral("cancelled"));
            return false;
        }
        if (!runStatement(state, index, statement))
            return false;
    }
    return finishStep(state, index);
}

bool MigrationExecutor::runStatement(RunState &state, int index, const Sql::SqlStatement &statement)
{
    const ExecutionStep &step = state.plan.steps.at(index);
    const int count = int(state.plan.steps.size());
    if (m_session.kind() == ConnectionProfile::Kind::SQLite && hasSeveralStatements(statement.text)) {
        failStep(state, index, statement.text, statement.source.line,
                 QStringLiteral("SQLite runs one statement at a time; split this op.execute() into one call per "
                                "statement (Alembic's sqlite3 driver refuses it too)"));
        return false;
    }
    if (!statement.transactional) {
        emitEvent(state, {ExecutionEvent::Kind::Note, index, count, step.label(), statement.text, false, 0,
                          QStringLiteral("committing, then running outside a transaction")});
        if (!commit(state))
            return false;
    }
    emitEvent(state, {ExecutionEvent::Kind::StatementStarted, index, count, step.label(), statement.text,
                      statement.transactional, 0, {}});
    const auto done = exec(statement.text);
    if (!done) {
        failStep(state, index, statement.text, statement.source.line, done.error());
        return false;
    }
    emitEvent(state, {ExecutionEvent::Kind::StatementFinished, index, count, step.label(), statement.text,
                      statement.transactional, 0, {}});
    if (statement.transactional || begin(state))
        return true;
    failStep(state, index, QStringLiteral("BEGIN"), 0, state.result.message);
    return false;
}

bool MigrationExecutor::finishStep(RunState &state, int index)
{
    const ExecutionStep &step = state.plan.steps.at(index);
    const auto applied = state.versionTable.apply(m_session, step.step);
    if (!applied) {
        failStep(state, index, QString(), 0, applied.error());
        return false;
    }
    if (m_options.observer) {
        const auto observed = m_options.observer->stepSucceeded(m_session, step, state.stepTimer.elapsed());
        if (!observed) {
            failStep(state, index, QString(), 0, observed.error());
            return false;
        }
    }
    if (m_options.mode == TransactionMode::PerMigration && !commit(state)) {
        failStep(state, index, QStringLiteral("COMMIT"), 0, state.result.message);
        return false;
    }
    ++state.result.completedSteps;
    if (m_options.mode == TransactionMode::PerMigration)
        state.committedHeads = headsAfter(state.committedHeads, step.step);
    emitEvent(state, {ExecutionEvent::Kind::StepCommitted, index, int(state.plan.steps.size()), step.label(), {}, true, 0, {}});
    return true;
}

void MigrationExecutor::failStep(RunState &state, int index, const QString &statement, int line, const QString &error)
{
    const ExecutionStep &step = state.plan.steps.at(index);
    rollback(state);
    if (m_options.mode == TransactionMode::WholePlan)
        state.result.completedSteps = 0;
    const bool cancelled = state.control.isCancelRequested();
    state.result.outcome = cancelled ? ExecutionResult::Outcome::Cancelled : ExecutionResult::Outcome::Failed;
    state.result.failure = ExecutionFailure{index, step.label(), step.file, line, statement, error};
    if (m_options.observer)
        m_options.observer->stepFailed(m_session, step, error, cancelled);
}

void MigrationExecutor::finish(RunState &state)
{
    if (state.inTransaction)
        rollback(state);
    const auto heads = state.versionTable.readHeads(m_session);
    if (heads)
        state.result.databaseHeads = heads.value().heads;
    state.result.elapsedMs = state.timer.elapsed();
    // Unreadable (the connection died): every committed step is known, and nothing else stuck.
    const QString at = heads ? headsText(state.result.databaseHeads)
                             : QStringLiteral("%1 (the last committed step; the version table could not be read "
                                              "back: %2)")
                                   .arg(headsText(state.committedHeads), heads.error().trimmed());
    switch (state.result.outcome) {
    case ExecutionResult::Outcome::Succeeded:
        state.result.message = QStringLiteral("%1 step(s) applied; the database is at %2")
                                   .arg(state.result.completedSteps).arg(at);
        break;
    case ExecutionResult::Outcome::Failed:
        state.result.message = QStringLiteral("Step %1 (%2) failed and was rolled back; the database is at %3")
                                   .arg(state.result.failure->stepIndex + 1).arg(state.result.failure->revision, at);
        break;
    case ExecutionResult::Outcome::Cancelled:
        state.result.message = QStringLiteral("Cancelled; step %1 was rolled back; the database is at %2")
                                   .arg(state.result.failure->stepIndex + 1).arg(at);
        break;
    case ExecutionResult::Outcome::Refused:
        break;
    }
}

Expected<bool, QString> MigrationExecutor::exec(const QString &sql)
{
    QSqlQuery query(m_session.database());
    if (!query.exec(sql))
        return query.lastError().text();
    return true;
}

bool MigrationExecutor::begin(RunState &state)
{
    const bool sqlite = m_session.kind() == ConnectionProfile::Kind::SQLite;
    const auto done = exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!done) {
        // The caller decides the outcome: nothing ran yet (refused) or a step fails here.
        state.result.message = QStringLiteral("Could not begin a transaction: ") + done.error();
        return false;
    }
    state.inTransaction = true;
    return true;
}

bool MigrationExecutor::commit(RunState &state)
{
    if (!state.inTransaction)
        return true;
    const auto done = exec(QStringLiteral("COMMIT"));
    if (!done) {
        state.result.message = QStringLiteral("COMMIT failed: ") + done.error();
        rollback(state);
        return false;
    }
    state.inTransaction = false;
    return true;
}

void MigrationExecutor::rollback(RunState &state)
{
    if (!state.inTransaction)
        return;
    exec(QStringLiteral("ROLLBACK"));
    state.inTransaction = false;
}

void MigrationExecutor::emitEvent(RunState &state, ExecutionEvent event) const
{
    event.elapsedMs = state.timer.elapsed();
    if (state.onEvent)
        state.onEvent(event);
}

bool hasSeveralStatements(const QString &sql)
{
    enum class In { Code, Single, Double, LineComment, BlockComment } in = In::Code;
    bool seenSemicolon = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        switch (in) {
        case In::Code:
            if (c == QLatin1Char('\'')) in = In::Single;
            else if (c == QLatin1Char('"')) in = In::Double;
            else if (c == QLatin1Char('-') && next == QLatin1Char('-')) in = In::LineComment;
            else if (c == QLatin1Char('/') && next == QLatin1Char('*')) in = In::BlockComment;
            else if (c == QLatin1Char(';')) seenSemicolon = true;
            else if (seenSemicolon && !c.isSpace()) return true;
            break;
        case In::Single: if (c == QLatin1Char('\'')) in = In::Code; break;
        case In::Double: if (c == QLatin1Char('"')) in = In::Code; break;
        case In::LineComment: if (c == QLatin1Char('\n')) in = In::Code; break;
        case In::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) { in = In::Code; ++i; }
            break;
        }
    }
    return false;
}

} // namespace Retort::Core

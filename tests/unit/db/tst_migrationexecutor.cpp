// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// MigrationExecutor on real databases: a fresh SQLite file, and a fresh database on the loopback
// PostgreSQL server (skipped unless RETORT_TEST_PG is set). The plans come from
// tests/data/executor (two good revisions, then one whose second statement fails).

#include "core/db/databasesession.h"
#include "core/db/migrationexecutor.h"
#include "core/db/migrationlock.h"
#include "core/db/versiontable.h"
#include "core/project/project.h"
#include "core/sql/executionpreparer.h"
#include "tests/support/scratchdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Retort::Core;
using Retort::Test::ScratchDatabase;

namespace {

const QString kE1 = QStringLiteral("e1e1e1e1e1e1");
const QString kE2 = QStringLiteral("e2e2e2e2e2e2");
const QString kE3 = QStringLiteral("e3e3e3e3e3e3");

QVariant scalar(DatabaseSession &session, const QString &sql)
{
    QSqlQuery q(session.database());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestMigrationExecutor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeStepByStep_data() { dialects(); }
    void upgradeStepByStep();
    void failingStatementStopsAtLastGoodStep_data() { dialects(); }
    void failingStatementStopsAtLastGoodStep();
    void wholePlanModeUndoesEverything_data() { dialects(); }
    void wholePlanModeUndoesEverything();
    void downgradeAndStamp_data() { dialects(); }
    void downgradeAndStamp();
    void refusesWhenDatabaseMovedOn_data() { dialects(); }
    void refusesWhenDatabaseMovedOn();
    void cancelBeforeStart_data() { dialects(); }
    void cancelBeforeStart();
    void interruptLongStatement_data() { dialects(); }
    void interruptLongStatement();
    void racingAppliersKeepVersionTableSound_data() { dialects(); }
    void racingAppliersKeepVersionTableSound();
    void postgresLockNamesTheHolder();
    void sqliteLockFileNamesTheHolder();
    void cancelWhileWaitingForTheLock_data() { dialects(); }
    void cancelWhileWaitingForTheLock();
    void versionTableMovedBetweenSteps_data() { dialects(); }
    void versionTableMovedBetweenSteps();
    void severalStatements_data();
    void severalStatements();

private:
    static void dialects();
    ExecutionPlan plan(const QString &verb, const QString &target, const QStringList &from, const QString &dialect);
    ExecutionResult run(const ScratchDatabase &db, const ExecutionPlan &plan,
                        TransactionMode mode = TransactionMode::PerMigration, ExecutionControl *control = nullptr,
                        QList<ExecutionEvent> *events = nullptr);

    Project m_project;
};

void TestMigrationExecutor::dialects()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestMigrationExecutor::initTestCase()
{
    const QString dir = QStringLiteral(RETORT_TEST_DATA_DIR "/executor");
    m_project = Project::open({dir + QStringLiteral("/alembic.ini"), QStringLiteral("alembic"), dir});
    QVERIFY(m_project.canPlan());
}

ExecutionPlan TestMigrationExecutor::plan(const QString &verb, const QString &target, const QStringList &from,
                                          const QString &dialect)
{
    const RevisionMap &map = m_project.map();
    const auto planned = verb == QLatin1String("upgrade") ? map.upgrade(target, from)
        : verb == QLatin1String("downgrade")              ? map.downgrade(target, from)
                                                          : map.stamp({target}, from);
    if (!planned)
        qFatal("plan: %s", qPrintable(planned.error().message));
    Sql::OfflineScriptOptions options;
    options.dialect = Sql::SqlDialect::fromName(dialect).value();
    const auto prepared = Sql::prepareExecution(m_project, planned.value(), options);
    if (!prepared)
        qFatal("prepare: %s", qPrintable(prepared.error().first().toString()));
    return prepared.value();
}

ExecutionResult TestMigrationExecutor::run(const ScratchDatabase &db, const ExecutionPlan &plan, TransactionMode mode,
                                           ExecutionControl *control, QList<ExecutionEvent> *events)
{
    auto session = DatabaseSession::open(db.profile());
    if (!session)
        qFatal("open: %s", qPrintable(session.error()));
    ExecutorOptions options;
    options.mode = mode;
    options.lockTimeoutMs = 500;
    ExecutionControl ownControl;
    MigrationExecutor executor(session.value(), db.profile(), options);
    return executor.run(plan, control ? *control : ownControl, [events](const ExecutionEvent &e) {
        if (events)
            events->append(e);
    });
}

#define NEED_DATABASE(db)                                                                                  \
    QFETCH(QString, dialect);                                                                              \
    if (dialect == QLatin1String("postgresql") && !Retort::Test::postgresAvailable())                      \
        QSKIP("RETORT_TEST_PG is not set (scripts/dev.sh test starts a loopback server)");                 \
    ScratchDatabase db(dialect);                                                                           \
    QVERIFY2(db.ok(), "could not create a scratch database")

void TestMigrationExecutor::upgradeStepByStep()
{
    NEED_DATABASE(db);
    QList<ExecutionEvent> events;
    const ExecutionResult result = run(db, plan(QStringLiteral("upgrade"), kE2, {}, dialect),
                                       TransactionMode::PerMigration, nullptr, &events);
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Succeeded);
    QCOMPARE(result.completedSteps, 2);
    QCOMPARE(result.databaseHeads, QStringList{kE2});
    auto session = DatabaseSession::open(db.profile());
    QCOMPARE(scalar(session.value(), QStringLiteral("SELECT count(*) FROM item WHERE qty = 0")).toInt(), 2);
    int committed = 0, statements = 0;
    for (const ExecutionEvent &e : events) {
        committed += e.kind == ExecutionEvent::Kind::StepCommitted;
        statements += e.kind == ExecutionEvent::Kind::StatementStarted;
    }
    QCOMPARE(committed, 2);
    QCOMPARE(statements, 5); // create_table; add_column, create_index, one INSERT per bulk_insert row
    QCOMPARE(events.first().kind, ExecutionEvent::Kind::Locked);
}

void TestMigrationExecutor::failingStatementStopsAtLastGoodStep()
{
    NEED_DATABASE(db);
    const ExecutionResult result = run(db, plan(QStringLiteral("upgrade"), kE3, {}, dialect));
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Failed);
    QCOMPARE(result.completedSteps, 2);
    QCOMPARE(result.databaseHeads, QStringList{kE2});
    QVERIFY(result.failure.has_value());
    QCOMPARE(result.failure->stepIndex, 2);
    QCOMPARE(result.failure->revision, kE3);
    QVERIFY(result.failure->file.endsWith(QLatin1String("e3_broken.py")));
    QCOMPARE(result.failure->line, 17);
    QCOMPARE(result.failure->statement, QStringLiteral("INSERT INTO no_such_table (x) VALUES (1);"));
    QVERIFY2(result.failure->error.contains(QLatin1String("no_such_table")), qPrintable(result.failure->error));
    QVERIFY(result.message.contains(kE2));
    // The step's first statement was rolled back with it.
    auto session = DatabaseSession::open(db.profile());
    QCOMPARE(scalar(session.value(), QStringLiteral("SELECT max(qty) FROM item")).toInt(), 0);
}

void TestMigrationExecutor::wholePlanModeUndoesEverything()
{
    NEED_DATABASE(db);
    const ExecutionResult result = run(db, plan(QStringLiteral("upgrade"), kE3, {}, dialect), TransactionMode::WholePlan);
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Failed);
    QCOMPARE(result.completedSteps, 0);
    QCOMPARE(result.databaseHeads, QStringList());
    auto session = DatabaseSession::open(db.profile());
    QVERIFY(!scalar(session.value(), QStringLiteral("SELECT count(*) FROM item")).isValid()); // no table
}

void TestMigrationExecutor::downgradeAndStamp()
{
    NEED_DATABASE(db);
    QCOMPARE(run(db, plan(QStringLiteral("upgrade"), kE2, {}, dialect)).outcome, ExecutionResult::Outcome::Succeeded);
    const ExecutionResult down = run(db, plan(QStringLiteral("downgrade"), QStringLiteral("-1"), {kE2}, dialect));
    QCOMPARE(down.outcome, ExecutionResult::Outcome::Succeeded);
    QCOMPARE(down.databaseHeads, QStringList{kE1});
    auto session = DatabaseSession::open(db.profile());
    QCOMPARE(scalar(session.value(), QStringLiteral("SELECT count(*) FROM item")).toInt(), 0);
    const ExecutionResult stamp = run(db, plan(QStringLiteral("stamp"), kE3, {kE1}, dialect));
    QCOMPARE(stamp.outcome, ExecutionResult::Outcome::Succeeded);
    QCOMPARE(stamp.databaseHeads, QStringList{kE3});
    const ExecutionResult base = run(db, plan(QStringLiteral("stamp"), QStringLiteral("base"), {kE3}, dialect));
    QCOMPARE(base.databaseHeads, QStringList());
    // Online, the version table stays (empty) at base, as with alembic.
    QVERIFY(scalar(session.value(), QStringLiteral("SELECT count(*) FROM alembic_version")).isValid());
}

void TestMigrationExecutor::refusesWhenDatabaseMovedOn()
{
    NEED_DATABASE(db);
    const ExecutionPlan fromBase = plan(QStringLiteral("upgrade"), kE2, {}, dialect);
    QCOMPARE(run(db, plan(QStringLiteral("upgrade"), kE1, {}, dialect)).outcome, ExecutionResult::Outcome::Succeeded);
    const ExecutionResult result = run(db, fromBase);
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Refused);
    QCOMPARE(result.completedSteps, 0);
    QVERIFY2(result.message.contains(QLatin1String("is at e1e1e1e1e1e1, but the plan starts at base")), qPrintable(result.message));
    QCOMPARE(result.databaseHeads, QStringList{kE1});
}

void TestMigrationExecutor::cancelBeforeStart()
{
    NEED_DATABASE(db);
    ExecutionControl control;
    control.requestCancel();
    const ExecutionResult result = run(db, plan(QStringLiteral("upgrade"), kE2, {}, dialect),
                                       TransactionMode::PerMigration, &control);
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Cancelled);
    QCOMPARE(result.completedSteps, 0);
    QCOMPARE(result.databaseHeads, QStringList());
}

void TestMigrationExecutor::interruptLongStatement()
{
    NEED_DATABASE(db);
    ExecutionPlan endless;
    endless.dialect = dialect;
    ExecutionStep step;
    step.step.direction = MigrationStep::Stamp;
    step.step.toRevisions = QStringList{kE1};
    step.step.versionStatements = {VersionStatement{VersionStatement::Insert, {}, kE1}};
    const QString sql = dialect == QLatin1String("sqlite")
        ? QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;")
        : QStringLiteral("SELECT pg_sleep(60);");
    step.statements = {Sql::SqlStatement{sql, true, {}}};
    endless.steps = {step};
    ExecutionControl control;
    std::thread canceller([&control] {
        QThread::msleep(400);
        control.requestCancel(true);
    });
    QElapsedTimer timer;
    timer.start();
    const ExecutionResult result = run(db, endless, TransactionMode::PerMigration, &control);
    canceller.join();
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Cancelled);
    QVERIFY2(timer.elapsed() < 20000, "the statement was not interrupted");
    QCOMPARE(result.databaseHeads, QStringList());
    QVERIFY(control.interruptError().isEmpty());
}

void TestMigrationExecutor::racingAppliersKeepVersionTableSound()
{
    NEED_DATABASE(db);
    const ExecutionPlan up = plan(QStringLiteral("upgrade"), kE2, {}, dialect);
    ExecutionResult a, b;
    std::thread first([&] { a = run(db, up); });
    std::thread second([&] { b = run(db, up); });
    first.join();
    second.join();
    const int succeeded = (a.outcome == ExecutionResult::Outcome::Succeeded) + (b.outcome == ExecutionResult::Outcome::Succeeded);
    QVERIFY2(succeeded >= 1, qPrintable(a.message + QLatin1String(" | ") + b.message));
    auto session = DatabaseSession::open(db.profile());
    const auto heads = VersionTable().readHeads(session.value());
    QVERIFY(heads);
    QCOMPARE(heads.value().heads, QStringList{kE2});
    QCOMPARE(scalar(session.value(), QStringLiteral("SELECT count(*) FROM item")).toInt(), 2);
}

void TestMigrationExecutor::postgresLockNamesTheHolder()
{
    if (!Retort::Test::postgresAvailable())
        QSKIP("RETORT_TEST_PG is not set");
    ScratchDatabase db(QStringLiteral("postgresql"));
    QVERIFY(db.ok());
    auto holder = DatabaseSession::open(db.profile());
    QVERIFY(holder);
    MigrationLock held(holder.value(), QStringLiteral("alembic_version"), QString());
    QVERIFY(held.acquire(1000).hasValue());
    const ExecutionResult result = run(db, plan(QStringLiteral("upgrade"), kE1, {}, QStringLiteral("postgresql")));
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Refused);
    const int pid = scalar(holder.value(), QStringLiteral("SELECT pg_backend_pid()")).toInt();
    QVERIFY2(result.message.contains(QStringLiteral("pid %1 (retort)").arg(pid)), qPrintable(result.message));
    held.release();
    QCOMPARE(run(db, plan(QStringLiteral("upgrade"), kE1, {}, QStringLiteral("postgresql"))).outcome,
             ExecutionResult::Outcome::Succeeded);
}

void TestMigrationExecutor::sqliteLockFileNamesTheHolder()
{
    ScratchDatabase db(QStringLiteral("sqlite"));
    QVERIFY(db.ok());
    auto holder = DatabaseSession::open(db.profile());
    QVERIFY(holder);
    const QString lockFile = db.profile().sqlitePath + QStringLiteral(".retort-lock");
    {
        MigrationLock held(holder.value(), QStringLiteral("alembic_version"), QString(), db.profile().sqlitePath);
        QVERIFY(held.acquire(1000).hasValue());
        QVERIFY(QFile::exists(lockFile));
        const ExecutionResult result = run(db, plan(QStringLiteral("upgrade"), kE1, {}, QStringLiteral("sqlite")));
        QCOMPARE(result.outcome, ExecutionResult::Outcome::Refused);
        QVERIFY2(result.message.contains(QStringLiteral("%1 held by pid %2").arg(lockFile).arg(QCoreApplication::applicationPid())),
                 qPrintable(result.message));
        QCOMPARE(VersionTable().readHeads(holder.value()).value().heads, QStringList());
    }
    QVERIFY(!QFile::exists(lockFile)); // released with the lock
    QCOMPARE(run(db, plan(QStringLiteral("upgrade"), kE1, {}, QStringLiteral("sqlite"))).outcome,
             ExecutionResult::Outcome::Succeeded);
    QVERIFY(!QFile::exists(lockFile));
}

void TestMigrationExecutor::cancelWhileWaitingForTheLock()
{
    NEED_DATABASE(db);
    auto holder = DatabaseSession::open(db.profile());
    QVERIFY(holder);
    MigrationLock held(holder.value(), QStringLiteral("alembic_version"), QString(),
                       dialect == QLatin1String("sqlite") ? db.profile().sqlitePath : QString());
    QVERIFY(held.acquire(1000).hasValue());
    auto session = DatabaseSession::open(db.profile());
    QVERIFY(session);
    ExecutorOptions options;
    options.lockTimeoutMs = 60000;
    ExecutionControl control;
    MigrationExecutor executor(session.value(), db.profile(), options);
    std::thread canceller([&control] {
        QThread::msleep(300);
        control.requestCancel();
    });
    QElapsedTimer timer;
    timer.start();
    const ExecutionResult result = executor.run(plan(QStringLiteral("upgrade"), kE1, {}, dialect), control, {});
    canceller.join();
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Refused);
    QVERIFY2(result.message.startsWith(QLatin1String("Cancelled while waiting for the migration lock")),
             qPrintable(result.message));
    QVERIFY2(timer.elapsed() < 10000, "the cancel was not noticed while waiting"); // the lock wait is 60 s
    QCOMPARE(VersionTable().readHeads(holder.value()).value().heads, QStringList());
}

void TestMigrationExecutor::versionTableMovedBetweenSteps()
{
    // A tool that takes no lock (alembic) moves the version table on between two of our steps.
    NEED_DATABASE(db);
    auto session = DatabaseSession::open(db.profile());
    QVERIFY(session);
    auto other = DatabaseSession::open(db.profile());
    QVERIFY(other);
    ExecutorOptions options;
    ExecutionControl control;
    MigrationExecutor executor(session.value(), db.profile(), options);
    const ExecutionResult result = executor.run(plan(QStringLiteral("upgrade"), kE2, {}, dialect), control,
                                                [&other](const ExecutionEvent &e) {
        if (e.kind == ExecutionEvent::Kind::StepCommitted && e.stepIndex == 0)
            QSqlQuery(other.value().database()).exec(QStringLiteral("UPDATE alembic_version SET version_num = 'e3e3e3e3e3e3'"));
    });
    QCOMPARE(result.outcome, ExecutionResult::Outcome::Failed);
    QCOMPARE(result.completedSteps, 1);
    QVERIFY(result.failure.has_value());
    QCOMPARE(result.failure->stepIndex, 1);
    QVERIFY2(result.failure->error.contains(QLatin1String("another migration changed the version table")),
             qPrintable(result.failure->error));
    QCOMPARE(result.databaseHeads, QStringList{kE3});
    QCOMPARE(scalar(other.value(), QStringLiteral("SELECT count(*) FROM item")).toInt(), 0); // step 2 not run
}

void TestMigrationExecutor::severalStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("several");
    QTest::newRow("one") << QStringLiteral("UPDATE t SET a = 1;") << false;
    QTest::newRow("trailing space") << QStringLiteral("UPDATE t SET a = 1;  \n") << false;
    QTest::newRow("two") << QStringLiteral("UPDATE t SET a = 1; DELETE FROM t;") << true;
    QTest::newRow("in string") << QStringLiteral("INSERT INTO t VALUES ('a; b');") << false;
    QTest::newRow("in comment") << QStringLiteral("SELECT 1; -- and; more\n") << false;
    QTest::newRow("block comment") << QStringLiteral("SELECT 1; /* x; y */") << false;
    QTest::newRow("quoted name") << QStringLiteral("SELECT \"a;b\" FROM t;") << false;
}

void TestMigrationExecutor::severalStatements()
{
    QFETCH(QString, sql);
    QFETCH(bool, several);
    QCOMPARE(hasSeveralStatements(sql), several);
}

QTEST_GUILESS_MAIN(TestMigrationExecutor)
#include "tst_migrationexecutor.moc"

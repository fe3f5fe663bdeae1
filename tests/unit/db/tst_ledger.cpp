// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The audit ledger on real SQLite files and, with RETORT_TEST_PG, on a real PostgreSQL server:
// creation, rows inside and after a step's transaction, order, and revision files edited after
// they were applied.

#include "core/db/databasesession.h"
#include "core/db/ledger.h"
#include "core/db/versiontable.h"
#include "core/project/project.h"
#include "tests/unit/db/testdatabases.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Retort::Core;
using Retort::Test::TestDatabases;

namespace {

bool exec(DatabaseSession &session, const QString &sql)
{
    QSqlQuery query(session.database());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

LedgerEntry entry(const QString &runId, const QString &revision, LedgerEntry::Direction direction,
                  LedgerEntry::Outcome outcome = LedgerEntry::Outcome::Succeeded)
{
    LedgerEntry e;
    e.runId = runId;
    e.revision = revision;
    e.direction = direction;
    e.outcome = outcome;
    e.fileSha256 = QString(64, QLatin1Char('a'));
    e.started = QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 125), Qt::UTC);
    e.finished = e.started.addMSecs(1500);
    return e;
}

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
}

QString revisionSource(const QString &id, const QString &down, const QString &body)
{
    return QStringLiteral("\"\"\"rev %1\n\nRevision ID: %1\nRevises: %2\n\"\"\"\n"
                          "from alembic import op\nimport sqlalchemy as sa\n\n"
                          "revision = '%1'\ndown_revision = %3\nbranch_labels = None\ndepends_on = None\n\n\n"
                          "def upgrade():\n    %4\n\n\ndef downgrade():\n    pass\n")
        .arg(id, down, down.isEmpty() ? QStringLiteral("None") : QLatin1Char('\'') + down + QLatin1Char('\''), body);
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private slots:
    void createStatement();
    void createOnce_data() { dialects(); }
    void createOnce();
    void recordInsideAndAfterTransactions_data() { dialects(); }
    void recordInsideAndAfterTransactions();
    void tableCreatedInRolledBackStep_data() { dialects(); }
    void tableCreatedInRolledBackStep();
    void entriesNewestFirst_data() { dialects(); }
    void entriesNewestFirst();
    void schemaQualified_data() { dialects(); }
    void schemaQualified();
    void checksumMismatchAfterEdit_data() { dialects(); }
    void checksumMismatchAfterEdit();
    void revisionSha();

private:
    void dialects();
    std::optional<DatabaseSession> openFresh();

    TestDatabases m_databases;
};

void TestLedger::dialects()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::optional<DatabaseSession> TestLedger::openFresh()
{
    QFETCH(QString, dialect);
    if (dialect == QLatin1String("postgresql") && !TestDatabases::postgresAvailable()) {
        QTest::qSkip("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)", __FILE__, __LINE__);
        return std::nullopt;
    }
    QString error;
    const auto profile = m_databases.fresh(dialect, &error);
    if (!profile) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return std::nullopt;
    }
    auto session = DatabaseSession::open(*profile);
    if (!session) {
        QTest::qFail(qPrintable(session.error()), __FILE__, __LINE__);
        return std::nullopt;
    }
    return std::move(session).value();
}

void TestLedger::createStatement()
{
    const QString sqlite = Ledger().createStatement(QStringLiteral("sqlite"));
    QVERIFY(sqlite.startsWith(QLatin1String("CREATE TABLE retort_ledger (\n    id INTEGER NOT NULL PRIMARY KEY,")));
    QVERIFY(sqlite.contains(QLatin1String("    started TEXT NOT NULL,\n")));
    const QString pg = Ledger(QStringLiteral("Audit")).createStatement(QStringLiteral("postgresql"));
    QVERIFY(pg.startsWith(QLatin1String("CREATE TABLE \"Audit\".retort_ledger (\n    id BIGSERIAL NOT NULL")));
    QVERIFY(pg.contains(QLatin1String("    started TIMESTAMP WITH TIME ZONE NOT NULL,\n")));
    QVERIFY(!pg.contains(QLatin1String("alembic_version")));
}

void TestLedger::createOnce()
{
    auto session = openFresh();
    if (!session)
        return;
    const Ledger ledger;
    QCOMPARE(ledger.hasTable(*session).value(), false);
    const auto noRows = ledger.entries(*session);
    QVERIFY(noRows && noRows->isEmpty()); // reading creates nothing
    QCOMPARE(ledger.hasTable(*session).value(), false);
    QCOMPARE(ledger.ensureTable(*session).value(), true);
    QCOMPARE(ledger.ensureTable(*session).value(), false);
    QCOMPARE(ledger.hasTable(*session).value(), true);
    QCOMPARE(VersionTable().readHeads(*session)->hasTable, false); // alembic_version untouched
}

void TestLedger::recordInsideAndAfterTransactions()
{
    auto session = openFresh();
    if (!session)
        return;
    const Ledger ledger;
    const QString run = Ledger::newRunId();
    QVERIFY(run.startsWith(QLatin1String("run-")));
    // A step that commits: its row commits with it (the table is created inside the step).
    QVERIFY(session->database().transaction());
    QVERIFY(exec(*session, QStringLiteral("CREATE TABLE t1 (x INTEGER)")));
    LedgerEntry ok = entry(run, QStringLiteral("a1"), LedgerEntry::Direction::Upgrade);
    ok.backupId = QStringLiteral("20261121-100000-000");
    const auto okId = ledger.recordStep(*session, ok);
    QVERIFY2(okId, qPrintable(okId ? QString() : okId.error()));
    QVERIFY(session->database().commit());
    // A step that fails: its row goes with the rollback, the failure row is written after it.
    QVERIFY(session->database().transaction());
    QVERIFY(exec(*session, QStringLiteral("CREATE TABLE t2 (x INTEGER)")));
    QVERIFY(ledger.recordStep(*session, entry(run, QStringLiteral("b2"), LedgerEntry::Direction::Upgrade)));
    QVERIFY(session->database().rollback());
    LedgerEntry failed = entry(run, QStringLiteral("b2"), LedgerEntry::Direction::Upgrade, LedgerEntry::Outcome::Failed);
    failed.error = QStringLiteral("duplicate column name: x");
    const auto failedId = ledger.recordFailure(*session, failed);
    QVERIFY2(failedId, qPrintable(failedId ? QString() : failedId.error()));
    QVERIFY(failedId.value() > okId.value());
    // The API keeps the two kinds apart.
    QVERIFY(!ledger.recordStep(*session, failed));
    QVERIFY(!ledger.recordFailure(*session, ok));

    const auto rows = ledger.entries(*session);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error()));
    QCOMPARE(rows->size(), 2);
    const LedgerEntry &last = rows->at(0);
    QCOMPARE(last.id, failedId.value());
    QCOMPARE(last.outcome, LedgerEntry::Outcome::Failed);
    QCOMPARE(last.error, failed.error);
    QCOMPARE(last.backupId, QString());
    const LedgerEntry &first = rows->at(1);
    QCOMPARE(first.id, okId.value());
    QCOMPARE(first.runId, run);
    QCOMPARE(first.revision, QStringLiteral("a1"));
    QCOMPARE(first.direction, LedgerEntry::Direction::Upgrade);
    QCOMPARE(first.outcome, LedgerEntry::Outcome::Succeeded);
    QCOMPARE(first.fileSha256, ok.fileSha256);
    QCOMPARE(first.started, ok.started);
    QCOMPARE(first.finished, ok.finished);
    QCOMPARE(first.started.toString(Qt::ISODateWithMs), QStringLiteral("2026-11-21T10:00:00.125Z"));
    QCOMPARE(first.backupId, ok.backupId);
    QCOMPARE(first.retortVersion, QStringLiteral(RETORT_VERSION));
    QCOMPARE(first.host, QSysInfo::machineHostName());
    QVERIFY(!first.osUser.isEmpty() || qEnvironmentVariableIsEmpty("USER"));
    QVERIFY(first.error.isEmpty());
}

void TestLedger::tableCreatedInRolledBackStep()
{
    auto session = openFresh();
    if (!session)
        return;
    const Ledger ledger;
    QVERIFY(session->database().transaction());
    QVERIFY(ledger.recordStep(*session, entry(QStringLiteral("r"), QStringLiteral("a1"), LedgerEntry::Direction::Upgrade)));
    QCOMPARE(ledger.hasTable(*session).value(), true);
    QVERIFY(session->database().rollback());
    QCOMPARE(ledger.hasTable(*session).value(), false); // the table went with the step
    LedgerEntry failed = entry(QStringLiteral("r"), QStringLiteral("a1"), LedgerEntry::Direction::Upgrade,
                               LedgerEntry::Outcome::Failed);
    // Quotes, a backslash and a newline: values are quoted by the driver, not bound.
    failed.error = QStringLiteral("boom: it's a \\ \"quoted\" 'text'\nsecond line; DROP TABLE x; --");
    QVERIFY(ledger.recordFailure(*session, failed));
    const auto rows = ledger.entries(*session);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).error, failed.error);
}

void TestLedger::entriesNewestFirst()
{
    auto session = openFresh();
    if (!session)
        return;
    const Ledger ledger;
    const QString run = QStringLiteral("run-x");
    const QStringList revisions{QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4")};
    for (const QString &revision : revisions)
        QVERIFY(ledger.recordStep(*session, entry(run, revision, LedgerEntry::Direction::Upgrade)));
    QVERIFY(ledger.recordStep(*session, entry(run, QStringLiteral("r4"), LedgerEntry::Direction::Downgrade)));
    QVERIFY(ledger.recordStep(*session, entry(run, QStringLiteral("r2"), LedgerEntry::Direction::Stamp)));
    QVERIFY(ledger.recordFailure(*session, entry(run, QStringLiteral("r9"), LedgerEntry::Direction::Upgrade,
                                                 LedgerEntry::Outcome::Cancelled)));
    const auto all = ledger.entries(*session, 0);
    QVERIFY(all);
    QStringList seen;
    for (const LedgerEntry &e : all.value())
        seen << e.revision + QLatin1Char(':') + directionName(e.direction) + QLatin1Char(':') + outcomeName(e.outcome);
    QCOMPARE(seen, (QStringList{"r9:upgrade:cancelled", "r2:stamp:succeeded", "r4:downgrade:succeeded",
                                "r4:upgrade:succeeded", "r3:upgrade:succeeded", "r2:upgrade:succeeded",
                                "r1:upgrade:succeeded"}));
    const auto two = ledger.entries(*session, 2);
    QVERIFY(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(1).revision, QStringLiteral("r2"));
}

void TestLedger::schemaQualified()
{
    QFETCH(QString, dialect);
    auto session = openFresh();
    if (!session)
        return;
    const QString schema = dialect == QLatin1String("sqlite") ? QStringLiteral("main") : QStringLiteral("Audit Log");
    if (dialect != QLatin1String("sqlite"))
        QVERIFY(exec(*session, QStringLiteral("CREATE SCHEMA \"Audit Log\"")));
    const Ledger ledger(schema);
    QVERIFY(ledger.recordStep(*session, entry(QStringLiteral("run"), QStringLiteral("a"), LedgerEntry::Direction::Upgrade)));
    QCOMPARE(ledger.hasTable(*session).value(), true);
    QCOMPARE(ledger.entries(*session)->size(), 1);
    if (dialect != QLatin1String("sqlite"))
        QCOMPARE(Ledger().hasTable(*session).value(), false); // not on the search_path
}

void TestLedger::checksumMismatchAfterEdit()
{
    auto session = openFresh();
    if (!session)
        return;
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("migrations/versions"))));
    writeFile(dir.filePath(QStringLiteral("alembic.ini")), QStringLiteral("[alembic]\nscript_location = migrations\n"));
    const QString versions = dir.filePath(QStringLiteral("migrations/versions/"));
    writeFile(versions + QLatin1String("a1_first.py"), revisionSource(QStringLiteral("a1"), {}, QStringLiteral("pass")));
    writeFile(versions + QLatin1String("b2_second.py"), revisionSource(QStringLiteral("b2"), QStringLiteral("a1"), QStringLiteral("pass")));
    writeFile(versions + QLatin1String("c3_third.py"), revisionSource(QStringLiteral("c3"), QStringLiteral("b2"), QStringLiteral("pass")));
    const auto open = [&dir] {
        return Project::open({dir.filePath(QStringLiteral("alembic.ini")), QStringLiteral("alembic"), dir.path()});
    };
    Project project = open();
    QVERIFY(project.canPlan());

    // Applied: a1 and b2 (version table at b2); c3 was applied once and downgraded again.
    const VersionTable table;
    QVERIFY(table.ensureTable(*session));
    QVERIFY(exec(*session, QStringLiteral("INSERT INTO alembic_version (version_num) VALUES ('b2')")));
    const Ledger ledger;
    // An older successful upgrade with another hash: only the latest one counts.
    LedgerEntry stale = entry(QStringLiteral("run0"), QStringLiteral("a1"), LedgerEntry::Direction::Upgrade);
    stale.fileSha256 = QString(64, QLatin1Char('0'));
    QVERIFY(ledger.recordStep(*session, stale));
    for (const char *id : {"a1", "b2", "c3"}) {
        LedgerEntry e = entry(QStringLiteral("run1"), QLatin1String(id), LedgerEntry::Direction::Upgrade);
        e.fileSha256 = revisionFileSha256(project.scriptFor(QLatin1String(id))->filePath);
        QVERIFY(ledger.recordStep(*session, e));
    }
    QVERIFY(ledger.recordStep(*session, entry(QStringLiteral("run2"), QStringLiteral("c3"), LedgerEntry::Direction::Downgrade)));
    QCOMPARE(ledger.checksumMismatches(*session, project).value(), QList<ChecksumMismatch>{});

    // Failed attempts do not count either.
    LedgerEntry failed = entry(QStringLiteral("run4"), QStringLiteral("b2"), LedgerEntry::Direction::Upgrade,
                               LedgerEntry::Outcome::Failed);
    failed.fileSha256 = QString(64, QLatin1Char('1'));
    QVERIFY(ledger.recordFailure(*session, failed));
    QCOMPARE(ledger.checksumMismatches(*session, project).value(), QList<ChecksumMismatch>{});

    const QString recorded = revisionFileSha256(versions + QLatin1String("b2_second.py"));
    writeFile(versions + QLatin1String("b2_second.py"),
              revisionSource(QStringLiteral("b2"), QStringLiteral("a1"), QStringLiteral("op.drop_table('t')")));
    writeFile(versions + QLatin1String("c3_third.py"),
              revisionSource(QStringLiteral("c3"), QStringLiteral("b2"), QStringLiteral("op.drop_table('u')")));
    project = open();
    const auto mismatches = ledger.checksumMismatches(*session, project);
    QVERIFY2(mismatches, qPrintable(mismatches ? QString() : mismatches.error()));
    QCOMPARE(mismatches->size(), 1); // c3 is not applied now
    const ChecksumMismatch &m = mismatches->at(0);
    QCOMPARE(m.revision, QStringLiteral("b2"));
    QCOMPARE(m.file, project.scriptFor(QStringLiteral("b2"))->filePath);
    QCOMPARE(m.recordedSha256, recorded);
    QCOMPARE(m.currentSha256, revisionFileSha256(versions + QLatin1String("b2_second.py")));
    QVERIFY(m.recordedSha256 != m.currentSha256);
    QVERIFY2(m.message().contains(QLatin1String("was edited after it was applied")), qPrintable(m.message()));

    // Applying the edited file again records the new hash: no more mismatch.
    LedgerEntry again = entry(QStringLiteral("run3"), QStringLiteral("b2"), LedgerEntry::Direction::Upgrade);
    again.fileSha256 = m.currentSha256;
    QVERIFY(ledger.recordStep(*session, again));
    QCOMPARE(ledger.checksumMismatches(*session, project)->size(), 0);
    QCOMPARE(table.readHeads(*session)->heads, QStringList{QStringLiteral("b2")}); // never touched
}

void TestLedger::revisionSha()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.py"));
    writeFile(path, QStringLiteral("abc"));
    // sha256("abc")
    QCOMPARE(revisionFileSha256(path), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(revisionFileSha256(dir.filePath(QStringLiteral("missing.py"))), QString());
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// RunPlanner (request + database heads -> plan, rendering, risks; the part of an online run the
// CLI and the window share) on the executor test project, and RiskMeasurer's counts on real
// SQLite files and, with RETORT_TEST_PG, on a real PostgreSQL server.

#include "core/db/databasesession.h"
#include "core/db/riskmeasurer.h"
#include "core/db/runplanner.h"
#include "core/project/project.h"
#include "tests/unit/db/testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Retort::Core;
using Retort::Test::TestDatabases;
using Kind = Sql::PlanRisk::Kind;

namespace {

const QString kE1 = QStringLiteral("e1e1e1e1e1e1");
const QString kE2 = QStringLiteral("e2e2e2e2e2e2");
const QString kE3 = QStringLiteral("e3e3e3e3e3e3");

Project executorProject()
{
    const QString ini = QStringLiteral(RETORT_TEST_DATA_DIR "/executor/alembic.ini");
    return Project::open(ProjectLocation{ini, QStringLiteral("alembic"), QStringLiteral(RETORT_TEST_DATA_DIR "/executor")});
}

bool exec(DatabaseSession &session, const QString &sql)
{
    QSqlQuery query(session.database());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

Sql::PlanRisk risk(Kind kind, const QString &table, const QString &column = {}, const QString &detail = {})
{
    Sql::PlanRisk r;
    r.kind = kind;
    r.table = table;
    r.column = column;
    r.detail = detail;
    return r;
}

} // namespace

class TestRunPlanner : public QObject
{
    Q_OBJECT

private slots:
    void upgradeFromBaseRendersEveryStep();
    void downgradeListsDestructiveRisks();
    void planningErrorsAreAlembicMessages();
    void stampPurgeIgnoresHeads();
    void renderOptionsRejectUnknownDialect();
    void dataStatementTable_data();
    void dataStatementTable();
    void narrowedLength_data();
    void narrowedLength();
    void measuresLiveCounts_data();
    void measuresLiveCounts();
    void cancelledMeasurementIsSkipped();
};

void TestRunPlanner::upgradeFromBaseRendersEveryStep()
{
    const Project project = executorProject();
    QVERIFY(project.canPlan());
    const auto run = RunPlanner::prepare(project, {RunRequest::Verb::Upgrade, {QStringLiteral("heads")}, false}, {},
                                         QStringLiteral("sqlite"));
    QVERIFY2(run, run ? "" : qPrintable(run.error()));
    QVERIFY(run->isRunnable());
    QVERIFY(!run->isEmpty());
    QCOMPARE(int(run->execution.steps.size()), 3);
    QCOMPARE(run->execution.steps.at(0).step.revision, kE1);
    QCOMPARE(run->execution.steps.at(2).step.revision, kE3);
    QCOMPARE(run->execution.steps.at(1).message, QStringLiteral("item quantity"));
    QVERIFY(run->execution.steps.at(0).file.endsWith(QLatin1String("e1_create_item.py")));
    QVERIFY(run->execution.steps.at(0).statements.first().text.startsWith(QLatin1String("CREATE TABLE item")));
    QCOMPARE(int(run->execution.steps.at(2).statements.size()), 2);
    QCOMPARE(run->execution.finalHeads, QStringList{kE3});
    QCOMPARE(run->execution.dialect, QStringLiteral("sqlite"));
    // e3's "UPDATE item SET qty = 5" has no WHERE.
    QCOMPARE(int(run->risks.size()), 1);
    QVERIFY(run->risks.first().kind == Kind::DataWithoutWhere);
    QCOMPARE(run->risks.first().stepIndex, 2);
    QCOMPARE(run->request.commandLine(), QStringLiteral("upgrade heads"));
}

void TestRunPlanner::downgradeListsDestructiveRisks()
{
    const Project project = executorProject();
    const auto run = RunPlanner::prepare(project, {RunRequest::Verb::Downgrade, {QStringLiteral("base")}, false}, {kE2},
                                         QStringLiteral("postgresql"));
    QVERIFY(run);
    QCOMPARE(int(run->execution.steps.size()), 2);
    QVERIFY(run->execution.steps.at(0).step.direction == MigrationStep::Downgrade);
    QList<int> kinds;
    for (const auto &r : run->risks)
        kinds << int(r.kind);
    QCOMPARE(kinds, (QList<int>{int(Kind::DataWithoutWhere), int(Kind::DropColumn), int(Kind::DropTable)}));
    QCOMPARE(run->risks.at(1).column, QStringLiteral("qty"));
    QCOMPARE(run->risks.at(2).table, QStringLiteral("item"));
    QVERIFY(run->execution.finalHeads.isEmpty());
}

void TestRunPlanner::planningErrorsAreAlembicMessages()
{
    const Project project = executorProject();
    const auto run = RunPlanner::prepare(project, {RunRequest::Verb::Upgrade, {QStringLiteral("zzzz")}, false}, {},
                                         QStringLiteral("sqlite"));
    QVERIFY(!run);
    QCOMPARE(run.error(), QStringLiteral("Can't locate revision identified by 'zzzz'"));
    const auto plan = RunPlanner::plan(project.map(), {RunRequest::Verb::Upgrade, {QStringLiteral("heads")}, false}, {kE3});
    QVERIFY(plan);
    QVERIFY(plan->steps.isEmpty());
}

void TestRunPlanner::stampPurgeIgnoresHeads()
{
    const Project project = executorProject();
    const auto run = RunPlanner::prepare(project, {RunRequest::Verb::Stamp, {kE1}, true}, {QStringLiteral("unknown")},
                                         QStringLiteral("sqlite"));
    QVERIFY2(run, run ? "" : qPrintable(run.error()));
    QVERIFY(run->execution.purgeVersionTable);
    QVERIFY(run->execution.initialHeads.isEmpty());
    QCOMPARE(run->execution.finalHeads, QStringList{kE1});
    QCOMPARE(int(run->execution.steps.size()), 1);
    QVERIFY(run->execution.steps.first().statements.isEmpty());
}

void TestRunPlanner::renderOptionsRejectUnknownDialect()
{
    const Project project = executorProject();
    QVERIFY(!RunPlanner::renderOptions(project, QStringLiteral("mysql")));
    const auto options = RunPlanner::renderOptions(project, QStringLiteral("postgresql"));
    QVERIFY(options);
    QVERIFY(options->dialect.isPostgres());
    QCOMPARE(options->versionTable, QStringLiteral("alembic_version"));
}

void TestRunPlanner::dataStatementTable_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::newRow("update") << "UPDATE item SET qty = 5" << "item";
    QTest::newRow("delete") << "  delete from Item" << "Item";
    QTest::newRow("schema") << "DELETE FROM shop.item" << "shop.item";
    QTest::newRow("quoted") << "UPDATE \"Odd \"\"Name\" SET a = 1" << "\"Odd \"\"Name\"";
    QTest::newRow("only") << "DELETE FROM ONLY item" << "item";
    QTest::newRow("insert") << "INSERT INTO item VALUES (1)" << "";
}

void TestRunPlanner::dataStatementTable()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QCOMPARE(RiskMeasurer::dataStatementTable(sql), table);
}

void TestRunPlanner::narrowedLength_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("length");
    QTest::newRow("varchar") << "VARCHAR(100) -> VARCHAR(5)" << 5;
    QTest::newRow("from text") << "TEXT -> varchar( 12 )" << 12;
    QTest::newRow("character varying") << "TEXT -> CHARACTER VARYING(3)" << 3;
    QTest::newRow("char") << "(existing type) -> CHAR(1)" << 1;
    QTest::newRow("integer") << "VARCHAR(10) -> INTEGER" << -1;
    QTest::newRow("numeric") << "INTEGER -> NUMERIC(10, 2)" << -1;
}

void TestRunPlanner::narrowedLength()
{
    QFETCH(QString, detail);
    QFETCH(int, length);
    QCOMPARE(RiskMeasurer::narrowedLength(detail), length);
}

void TestRunPlanner::measuresLiveCounts_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void TestRunPlanner::measuresLiveCounts()
{
    QFETCH(QString, dialect);
    if (dialect == QLatin1String("postgresql") && !TestDatabases::postgresAvailable())
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    TestDatabases databases;
    QString error;
    const auto profile = databases.fresh(dialect, &error);
    QVERIFY2(profile, qPrintable(error));
    auto session = DatabaseSession::open(*profile);
    QVERIFY(session);
    QVERIFY(exec(session.value(), QStringLiteral("CREATE TABLE gadget (id INTEGER PRIMARY KEY, name VARCHAR(100), note VARCHAR(20))")));
    QVERIFY(exec(session.value(), QStringLiteral("INSERT INTO gadget VALUES (1, 'a', NULL), (2, 'a very long name', 'x'), "
                                                 "(3, 'bb', NULL)")));
    const QList<Sql::PlanRisk> risks{
        risk(Kind::DropTable, QStringLiteral("gadget")),
        risk(Kind::DropColumn, QStringLiteral("gadget"), QStringLiteral("note")),
        risk(Kind::NotNullAdded, QStringLiteral("gadget"), QStringLiteral("note")),
        risk(Kind::TypeChange, QStringLiteral("gadget"), QStringLiteral("name"), QStringLiteral("VARCHAR(100) -> VARCHAR(5)")),
        risk(Kind::TypeChange, QStringLiteral("gadget"), QStringLiteral("id"), QStringLiteral("INTEGER -> BIGINT")),
        risk(Kind::DataWithoutWhere, {}, {}, QStringLiteral("DELETE FROM gadget")),
        risk(Kind::DropTable, QStringLiteral("not_there")),
        risk(Kind::DropColumn, QStringLiteral("gadget"), QStringLiteral("not_there")),
    };
    const QList<RiskMeasurement> m = RiskMeasurer::measure(session.value(), risks);
    QCOMPARE(int(m.size()), int(risks.size()));
    using State = RiskMeasurement::State;
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(m.at(i).state == State::Measured, qPrintable(QString::number(i) + QLatin1Char(' ') + m.at(i).note));
        QCOMPARE(m.at(i).rows, qint64(3));
    }
    QCOMPARE(m.at(0).affected, qint64(3)); // rows of the dropped table
    QCOMPARE(m.at(1).affected, qint64(1)); // values of note that are not NULL
    QCOMPARE(m.at(2).affected, qint64(2)); // NULLs of note
    QCOMPARE(m.at(3).affected, qint64(1)); // 'a very long name' > 5
    QVERIFY(m.at(3).exceedsNewLength);
    QCOMPARE(m.at(4).affected, qint64(3));
    QVERIFY(!m.at(4).exceedsNewLength);
    QCOMPARE(m.at(5).affected, qint64(3));
    QVERIFY(m.at(6).state == State::Missing);
    QVERIFY(m.at(7).state == State::Missing);
    QVERIFY(m.at(7).note.contains(QLatin1String("gadget.not_there")));
}

void TestRunPlanner::cancelledMeasurementIsSkipped()
{
    TestDatabases databases;
    QString error;
    const auto profile = databases.fresh(QStringLiteral("sqlite"), &error);
    QVERIFY(profile);
    auto session = DatabaseSession::open(*profile);
    QVERIFY(session);
    const std::atomic_bool cancel{true};
    const auto m = RiskMeasurer::measure(session.value(), {risk(Kind::DropTable, QStringLiteral("x"))}, &cancel);
    QCOMPARE(int(m.size()), 1);
    QVERIFY(m.first().state == RiskMeasurement::State::Skipped);
}

QTEST_GUILESS_MAIN(TestRunPlanner)
#include "tst_runplanner.moc"

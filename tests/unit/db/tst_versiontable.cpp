// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The online version table on real SQLite files and, with RETORT_TEST_PG, on a real PostgreSQL
// server: creation, reading, applying planned steps, schema-qualified tables, Alembic's
// one-row checks.

#include "core/db/databasesession.h"
#include "core/db/versiontable.h"
#include "core/graph/revisionmap.h"
#include "tests/support/graphtext.h"
#include "tests/unit/db/testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Retort::Core;
using Retort::Test::TestDatabases;

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
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

//! The research note's graph MRG (alembic-semantics.md §3.4).
RevisionMap mergeGraph()
{
    return RevisionMap::build(Retort::Test::revisionsFromGraphText(
        {QStringLiteral("a"), QStringLiteral("b <- a"), QStringLiteral("c1 <- b"), QStringLiteral("d1 <- c1"),
         QStringLiteral("c2 <- b [c2branch]"), QStringLiteral("d2 <- c2"), QStringLiteral("e <- d1 d2"),
         QStringLiteral("f <- e")}));
}

} // namespace

class TestVersionTable : public QObject
{
    Q_OBJECT

private slots:
    void createStatement();
    void createAndRead_data() { dialects(); }
    void createAndRead();
    void applyPlans_data() { dialects(); }
    void applyPlans();
    void schemaQualified_data() { dialects(); }
    void schemaQualified();
    void quotedTableName_data() { dialects(); }
    void quotedTableName();
    void rowCountMismatch_data() { dialects(); }
    void rowCountMismatch();
    void quoteInRevisionRefused_data() { dialects(); }
    void quoteInRevisionRefused();

private:
    void dialects();
    //! A session on a fresh database of the row's dialect (skips PostgreSQL rows without a server).
    std::optional<DatabaseSession> openFresh();
    //! Runs a whole plan, one transaction per step as Alembic does online.
    void runPlan(DatabaseSession &session, const VersionTable &table, const MigrationPlan &plan);

    TestDatabases m_databases;
};

void TestVersionTable::dialects()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::optional<DatabaseSession> TestVersionTable::openFresh()
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

void TestVersionTable::runPlan(DatabaseSession &session, const VersionTable &table, const MigrationPlan &plan)
{
    QSet<QString> expected(plan.initialHeads.cbegin(), plan.initialHeads.cend());
    for (const MigrationStep &step : plan.steps) {
        QVERIFY(session.database().transaction());
        const auto applied = table.apply(session, step);
        QVERIFY2(applied.hasValue(), qPrintable(applied.hasValue() ? QString() : applied.error()));
        QCOMPARE(applied.value(), int(step.versionStatements.size()));
        QVERIFY(session.database().commit());
        for (const VersionStatement &v : step.versionStatements) {
            if (v.kind != VersionStatement::Insert)
                expected.remove(v.from);
            if (v.kind != VersionStatement::Delete)
                expected.insert(v.to);
        }
        const auto rows = table.readHeads(session);
        QVERIFY(rows.hasValue());
        QCOMPARE(sorted(rows->heads), sorted(QStringList(expected.cbegin(), expected.cend())));
    }
    const auto rows = table.readHeads(session);
    QCOMPARE(sorted(rows->heads), sorted(plan.finalHeads));
}

void TestVersionTable::createStatement()
{
    // As alembic 1.8.1 prints it with --sql (research note §3.1), without the ';'.
    QCOMPARE(VersionTable().createStatement(QStringLiteral("sqlite")),
             QStringLiteral("CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                            "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)"));
    QCOMPARE(VersionTable(QStringLiteral("my_versions"), QStringLiteral("audit")).createStatement(QStringLiteral("postgresql")),
             QStringLiteral("CREATE TABLE audit.my_versions (\n    version_num VARCHAR(32) NOT NULL, \n"
                            "    CONSTRAINT my_versions_pkc PRIMARY KEY (version_num)\n)"));
    QCOMPARE(VersionTable(QStringLiteral("user")).createStatement(QStringLiteral("postgresql")),
             QStringLiteral("CREATE TABLE \"user\" (\n    version_num VARCHAR(32) NOT NULL, \n"
                            "    CONSTRAINT user_pkc PRIMARY KEY (version_num)\n)"));
}

void TestVersionTable::createAndRead()
{
    auto session = openFresh();
    if (!session)
        return;
    const VersionTable table;
    auto before = table.readHeads(*session);
    QVERIFY2(before.hasValue(), qPrintable(before.hasValue() ? QString() : before.error()));
    QCOMPARE(before.value(), VersionTableState{});
    QCOMPARE(table.ensureTable(*session).value(), true);
    QCOMPARE(table.ensureTable(*session).value(), false);
    QCOMPARE(table.readHeads(*session).value(), (VersionTableState{true, {}}));
    {
        QSqlQuery query(session->database());
        if (session->kind() == ConnectionProfile::Kind::SQLite) {
            // SQLite keeps the CREATE text: it is exactly the statement Alembic would run.
            QVERIFY(query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'alembic_version'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), table.createStatement(QStringLiteral("sqlite")));
        } else {
            QVERIFY(query.exec(QStringLiteral("SELECT character_maximum_length, is_nullable FROM information_schema.columns "
                                              "WHERE table_name = 'alembic_version' AND column_name = 'version_num'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 32);
            QCOMPARE(query.value(1).toString(), QStringLiteral("NO"));
            QVERIFY(query.exec(QStringLiteral("SELECT 1 FROM pg_constraint WHERE conname = 'alembic_version_pkc' "
                                              "AND contype = 'p'")));
            QVERIFY(query.next());
        }
    }
    QVERIFY(exec(*session, QStringLiteral("INSERT INTO alembic_version VALUES ('x1')")));
    QVERIFY(exec(*session, QStringLiteral("INSERT INTO alembic_version VALUES ('x2')")));
    QCOMPARE(sorted(table.readHeads(*session)->heads), (QStringList{"x1", "x2"}));
    // Another table name is another table.
    QCOMPARE(VersionTable(QStringLiteral("other_versions")).readHeads(*session)->hasTable, false);
}

void TestVersionTable::applyPlans()
{
    auto session = openFresh();
    if (!session)
        return;
    const RevisionMap map = mergeGraph();
    const VersionTable table;
    QCOMPARE(table.ensureTable(*session).value(), true);

    auto toB = map.upgrade(QStringLiteral("b"), {});
    QVERIFY(toB.hasValue());
    runPlan(*session, table, toB.value());
    QCOMPARE(table.readHeads(*session)->heads, (QStringList{"b"}));

    // The research note's worked example: upgrade f from {b} (INS, DEL and UPD all occur).
    auto toHeads = map.upgrade(QStringLiteral("heads"), table.readHeads(*session)->heads);
    QVERIFY(toHeads.hasValue());
    QCOMPARE(toHeads->steps.size(), 6);
    runPlan(*session, table, toHeads.value());
    QCOMPARE(table.readHeads(*session)->heads, (QStringList{"f"}));

    // Down to c2 from {f}: the unmerge of e inserts a row again ({c2, d1} afterwards).
    auto down = map.downgrade(QStringLiteral("c2"), table.readHeads(*session)->heads);
    QVERIFY2(down.hasValue(), qPrintable(down.hasValue() ? QString() : down.error().message));
    runPlan(*session, table, down.value());
    QCOMPARE(sorted(table.readHeads(*session)->heads), sorted(down->finalHeads));

    auto stampBase = map.stamp({QStringLiteral("base")}, table.readHeads(*session)->heads);
    QVERIFY(stampBase.hasValue());
    runPlan(*session, table, stampBase.value());
    QCOMPARE(table.readHeads(*session).value(), (VersionTableState{true, {}})); // never dropped online
}

void TestVersionTable::schemaQualified()
{
    auto session = openFresh();
    if (!session)
        return;
    if (session->kind() == ConnectionProfile::Kind::SQLite) {
        // SQLite's schemas are attached databases.
        const QString path = m_databases.dir() + QStringLiteral("/audit-%1.sqlite").arg(QTest::currentDataTag());
        QVERIFY(exec(*session, QStringLiteral("ATTACH DATABASE '%1' AS audit").arg(path)));
    } else {
        QVERIFY(exec(*session, QStringLiteral("CREATE SCHEMA audit")));
    }
    const VersionTable table(QStringLiteral("my_versions"), QStringLiteral("audit"));
    QCOMPARE(table.readHeads(*session)->hasTable, false);
    QCOMPARE(table.ensureTable(*session).value(), true);
    const auto applied = table.apply(*session, {VersionStatement::insert(QStringLiteral("a1")),
                                                VersionStatement::insert(QStringLiteral("b1")),
                                                VersionStatement::update(QStringLiteral("a1"), QStringLiteral("a2")),
                                                VersionStatement::remove(QStringLiteral("b1"))});
    QVERIFY2(applied.hasValue(), qPrintable(applied.hasValue() ? QString() : applied.error()));
    QCOMPARE(applied.value(), 4);
    QCOMPARE(table.readHeads(*session).value(), (VersionTableState{true, {"a2"}}));
    // Nothing landed in the default schema.
    QCOMPARE(VersionTable(QStringLiteral("my_versions")).readHeads(*session)->hasTable, false);
    QSqlQuery query(session->database());
    QVERIFY(query.exec(QStringLiteral("SELECT version_num FROM audit.my_versions")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("a2"));
}

void TestVersionTable::quotedTableName()
{
    auto session = openFresh();
    if (!session)
        return;
    const VersionTable table(QStringLiteral("Order"));
    QCOMPARE(table.ensureTable(*session).value(), true);
    QVERIFY(table.apply(*session, {VersionStatement::insert(QStringLiteral("r1"))}).hasValue());
    QCOMPARE(table.readHeads(*session).value(), (VersionTableState{true, {"r1"}}));
    QCOMPARE(table.ensureTable(*session).value(), false);
}

void TestVersionTable::rowCountMismatch()
{
    auto session = openFresh();
    if (!session)
        return;
    const VersionTable table;
    QVERIFY(table.ensureTable(*session).hasValue());
    QVERIFY(table.apply(*session, {VersionStatement::insert(QStringLiteral("a"))}).hasValue());
    auto update = table.apply(*session, {VersionStatement::update(QStringLiteral("x"), QStringLiteral("b"))});
    QVERIFY(!update.hasValue());
    QCOMPARE(update.error(), QStringLiteral("Online migration expected to match one row when updating 'x' to 'b' in "
                                            "'alembic_version'; 0 found"));
    auto remove = table.apply(*session, {VersionStatement::insert(QStringLiteral("c")),
                                         VersionStatement::remove(QStringLiteral("zz"))});
    QVERIFY(!remove.hasValue());
    QCOMPARE(remove.error(),
             QStringLiteral("Online migration expected to match one row when deleting 'zz' in 'alembic_version'; 0 found"));
    QCOMPARE(sorted(table.readHeads(*session)->heads), (QStringList{"a", "c"})); // the caller rolls back, not apply()

    // A table without its primary key can hold duplicates: Alembic reports how many matched.
    QVERIFY(exec(*session, QStringLiteral("CREATE TABLE loose_versions (version_num VARCHAR(32) NOT NULL)")));
    QVERIFY(exec(*session, QStringLiteral("INSERT INTO loose_versions VALUES ('d')")));
    QVERIFY(exec(*session, QStringLiteral("INSERT INTO loose_versions VALUES ('d')")));
    const VersionTable loose(QStringLiteral("loose_versions"));
    auto twice = loose.apply(*session, {VersionStatement::update(QStringLiteral("d"), QStringLiteral("e"))});
    QVERIFY(!twice.hasValue());
    QCOMPARE(twice.error(), QStringLiteral("Online migration expected to match one row when updating 'd' to 'e' in "
                                           "'loose_versions'; 2 found"));
}

void TestVersionTable::quoteInRevisionRefused()
{
    auto session = openFresh();
    if (!session)
        return;
    const VersionTable table;
    QVERIFY(table.ensureTable(*session).hasValue());
    auto refused = table.apply(*session, {VersionStatement::insert(QStringLiteral("x'); DROP TABLE alembic_version; --"))});
    QVERIFY(!refused.hasValue());
    QVERIFY(refused.error().contains(QStringLiteral("contains a quote")));
    QCOMPARE(table.readHeads(*session).value(), (VersionTableState{true, {}}));
}

QTEST_GUILESS_MAIN(TestVersionTable)
#include "tst_versiontable.moc"

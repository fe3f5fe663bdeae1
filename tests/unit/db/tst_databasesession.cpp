// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// DatabaseSession: opening SQLite files and PostgreSQL (with RETORT_TEST_PG), connection
// lifetime, errors as values.

#include "core/db/databasesession.h"
#include "tests/unit/db/testdatabases.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Retort::Core;
using Retort::Test::TestDatabases;

class TestDatabaseSession : public QObject
{
    Q_OBJECT

private slots:
    void sqliteFile();
    void sqliteReadOnly();
    void sqliteInMemory();
    void moveTransfersOwnership();
    void postgres();
    void postgresErrors();

private:
    TestDatabases m_databases;
};

void TestDatabaseSession::sqliteFile()
{
    QString error;
    const auto profile = m_databases.fresh(QStringLiteral("sqlite"), &error);
    QString name;
    {
        auto session = DatabaseSession::open(*profile);
        QVERIFY2(session.hasValue(), qPrintable(session.hasValue() ? QString() : session.error()));
        name = session->connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        QCOMPARE(session->dialectName(), QStringLiteral("sqlite"));
        const auto version = session->serverVersion();
        QVERIFY(version.hasValue());
        QVERIFY2(version->startsWith(QLatin1Char('3')), qPrintable(version.value()));
        {
            QSqlQuery query(session->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 5000);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        }
    }
    QVERIFY(!QSqlDatabase::contains(name)); // removed by the destructor
    QVERIFY(QFileInfo::exists(profile->sqlitePath));

    // ?timeout= (seconds) wins over the default busy timeout.
    ConnectionProfile slow = *profile;
    slow.options = {{QStringLiteral("timeout"), QStringLiteral("1.5")}};
    auto session = DatabaseSession::open(slow);
    QVERIFY(session.hasValue());
    QSqlQuery query(session->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1500);
}

void TestDatabaseSession::sqliteReadOnly()
{
    QString error;
    const auto profile = m_databases.fresh(QStringLiteral("sqlite"), &error);
    DatabaseSession::Options readOnly;
    readOnly.readOnly = true;
    auto missing = DatabaseSession::open(*profile, readOnly);
    QVERIFY(!missing.hasValue());
    QVERIFY(!missing.error().isEmpty());
    QVERIFY(!QFileInfo::exists(profile->sqlitePath)); // a missing file stays missing
    {
        auto writable = DatabaseSession::open(*profile);
        QVERIFY(writable.hasValue());
        QSqlQuery(writable->database()).exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
    }
    auto session = DatabaseSession::open(*profile, readOnly);
    QVERIFY(session.hasValue());
    QSqlQuery query(session->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
}

void TestDatabaseSession::sqliteInMemory()
{
    ConnectionProfile memory; // SQLite, no path
    auto first = DatabaseSession::open(memory);
    auto second = DatabaseSession::open(memory);
    QVERIFY(first.hasValue() && second.hasValue());
    QVERIFY(first->connectionName() != second->connectionName());
    QVERIFY(QSqlQuery(first->database()).exec(QStringLiteral("CREATE TABLE only_here (x INTEGER)")));
    QSqlQuery other(second->database());
    QVERIFY(!other.exec(QStringLiteral("SELECT * FROM only_here"))); // separate databases
}

void TestDatabaseSession::moveTransfersOwnership()
{
    auto opened = DatabaseSession::open(ConnectionProfile{});
    QVERIFY(opened.hasValue());
    const QString name = opened->connectionName();
    {
        DatabaseSession moved = std::move(opened).value();
        QCOMPARE(moved.connectionName(), name);
        QVERIFY(moved.database().isOpen());
        std::optional<DatabaseSession> target;
        target.emplace(std::move(moved));
        QVERIFY(moved.connectionName().isEmpty());
        QVERIFY(!moved.database().isValid());
        QVERIFY(QSqlDatabase::contains(name));
    }
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabaseSession::postgres()
{
    if (!TestDatabases::postgresAvailable())
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    QString error;
    auto profile = m_databases.fresh(QStringLiteral("postgresql"), &error);
    QVERIFY2(profile, qPrintable(error));
    profile->sslmode = QStringLiteral("disable");
    profile->password = QStringLiteral("ignored by trust auth");
    {
        auto session = DatabaseSession::open(*profile);
        QVERIFY2(session.hasValue(), qPrintable(session.hasValue() ? QString() : session.error()));
        QCOMPARE(session->dialectName(), QStringLiteral("postgresql"));
        const auto version = session->serverVersion();
        QVERIFY(version.hasValue());
        QVERIFY2(version->at(0).isDigit(), qPrintable(version.value()));
        QSqlQuery query(session->database());
        QVERIFY(query.exec(QStringLiteral("SELECT current_setting('application_name'), current_database()")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("retort"));
        QCOMPARE(query.value(1).toString(), profile->database);
    }
    // The URL's own options reach libpq, quoted; application_name from the URL wins.
    profile->options = {{QStringLiteral("application_name"), QStringLiteral("shop's migrations")},
                        {QStringLiteral("options"), QStringLiteral("-c search_path=audit,public")}};
    auto session = DatabaseSession::open(*profile);
    QVERIFY2(session.hasValue(), qPrintable(session.hasValue() ? QString() : session.error()));
    QSqlQuery query(session->database());
    QVERIFY(query.exec(QStringLiteral("SELECT current_setting('application_name'), current_setting('search_path')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("shop's migrations"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("audit,public"));
}

void TestDatabaseSession::postgresErrors()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("no QPSQL driver");
    ConnectionProfile nowhere = TestDatabases::postgresProfile();
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    auto refused = DatabaseSession::open(nowhere);
    QVERIFY(!refused.hasValue());
    QVERIFY2(refused.error().contains(QStringLiteral("127.0.0.1")), qPrintable(refused.error()));
    nowhere.options = {{QStringLiteral("bad"), QStringLiteral("a;b")}};
    auto semicolon = DatabaseSession::open(nowhere);
    QVERIFY(!semicolon.hasValue());
    QVERIFY2(semicolon.error().contains(QStringLiteral("';'")), qPrintable(semicolon.error()));
    if (!TestDatabases::postgresAvailable())
        return;
    ConnectionProfile unknownOption = TestDatabases::postgresProfile();
    unknownOption.options = {{QStringLiteral("no_such_libpq_option"), QStringLiteral("1")}};
    auto rejected = DatabaseSession::open(unknownOption);
    QVERIFY(!rejected.hasValue());
    QVERIFY2(rejected.error().contains(QStringLiteral("no_such_libpq_option")), qPrintable(rejected.error()));
}

QTEST_GUILESS_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"

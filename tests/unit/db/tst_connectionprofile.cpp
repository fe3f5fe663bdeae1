// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// parseDatabaseUrl against what SQLAlchemy 1.4.46's make_url() makes of the same URLs
// (expected parts and str(url) were taken from it), plus Retort's own errors.

#include "core/db/connectionprofile.h"

#include <QTest>

using namespace Retort::Core;

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void postgres_data();
    void postgres();
    void sqlite_data();
    void sqlite();
    void options();
    void errors_data();
    void errors();
    void masking();
    void roundTrip_data();
    void roundTrip();
};

namespace {
const QString kBase = QStringLiteral("/projects/shop");
}

void TestConnectionProfile::postgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("display"); // SQLAlchemy's repr(url): password as ***

    QTest::newRow("plain") << "postgresql://scott:tiger@localhost/test" << "scott" << "tiger" << "localhost" << 0
                           << "test" << "" << "postgresql://scott:***@localhost/test";
    QTest::newRow("psycopg2, encoded, port, query")
        << "postgresql+psycopg2://us%40er:p%40ss%3Aw%2Frd@db.example.com:5433/app?sslmode=require&application_name=x"
        << "us@er" << "p@ss:w/rd" << "db.example.com" << 5433 << "app" << "require"
        << "postgresql+psycopg2://us%40er:***@db.example.com:5433/app?application_name=x&sslmode=require";
    QTest::newRow("asyncpg ipv6") << "postgresql+asyncpg://u@[::1]:5432/db" << "u" << "" << "::1" << 5432 << "db" << ""
                                  << "postgresql+asyncpg://u@[::1]:5432/db";
    QTest::newRow("pg8000, repeated key") << "postgresql+pg8000://a:b@h/d?zeta=1&alpha=2&alpha=3" << "a" << "b" << "h"
                                          << 0 << "d" << "" << "postgresql+pg8000://a:***@h/d?alpha=2&alpha=3&zeta=1";
    QTest::newRow("postgres alias") << "postgres://u@h/d" << "u" << "" << "h" << 0 << "d" << "" << "postgres://u@h/d";
    QTest::newRow("unix socket") << "postgresql://user@/dbname?host=/var/run/postgresql" << "user" << ""
                                 << "/var/run/postgresql" << 0 << "dbname" << ""
                                 << "postgresql://user@/dbname?host=%2Fvar%2Frun%2Fpostgresql";
    QTest::newRow("host only") << "postgresql://h" << "" << "" << "h" << 0 << "" << "" << "postgresql://h";
    QTest::newRow("nothing") << "postgresql://" << "" << "" << "" << 0 << "" << "" << "postgresql://";
    QTest::newRow("@ in password unencoded") << "postgresql://u:p@ss@host/db" << "u" << "p" << "ss@host" << 0 << "db"
                                             << "" << "postgresql://u:***@ss@host/db";
    QTest::newRow("database not decoded") << "postgresql://user@host/my%20db" << "user" << "" << "host" << 0
                                          << "my%20db" << "" << "postgresql://user@host/my%20db";
    QTest::newRow("options decoded") << "postgresql://u@h/d?options=-c%20search_path%3Dx" << "u" << "" << "h" << 0
                                     << "d" << "" << "postgresql://u@h/d?options=-c+search_path%3Dx";
    QTest::newRow("non-ASCII parts") << QStringLiteral("postgresql://j\u00fcrgen@h\u00f6st/baza_\u0142\u00f3d\u017a")
                                     << QStringLiteral("j\u00fcrgen") << "" << QStringLiteral("h\u00f6st") << 0
                                     << QStringLiteral("baza_\u0142\u00f3d\u017a") << ""
                                     << QStringLiteral("postgresql://j\u00fcrgen@h\u00f6st/baza_\u0142\u00f3d\u017a");
    QTest::newRow("psycopg") << "postgresql+psycopg://u:pw@h:6543/d?sslmode=verify-full" << "u" << "pw" << "h" << 6543
                             << "d" << "verify-full" << "postgresql+psycopg://u:***@h:6543/d?sslmode=verify-full";
}

void TestConnectionProfile::postgres()
{
    QFETCH(QString, url);
    const auto profile = parseDatabaseUrl(url, kBase);
    QVERIFY2(profile.hasValue(), qPrintable(profile.hasValue() ? QString() : profile.error()));
    QCOMPARE(profile->kind, ConnectionProfile::Kind::PostgreSQL);
    QCOMPARE(profile->dialectName(), QStringLiteral("postgresql"));
    QTEST(profile->user, "user");
    QTEST(profile->password, "password");
    QTEST(profile->host, "host");
    QTEST(profile->port, "port");
    QTEST(profile->database, "database");
    QTEST(profile->sslmode, "sslmode");
    QTEST(profile->displayUrl(), "display");
    QVERIFY(!profile->toUrl().contains(QStringLiteral("***")));
    QVERIFY(profile->name.isEmpty());
    QVERIFY(!profile->production);
}

void TestConnectionProfile::sqlite_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inMemory");
    QTest::addColumn<QString>("display");

    QTest::newRow("relative") << "sqlite:///rel.db" << "/projects/shop/rel.db" << false << "sqlite:///rel.db";
    QTest::newRow("relative subdir") << "sqlite:///../data/./app.sqlite" << "/projects/data/app.sqlite" << false
                                     << "sqlite:///../data/./app.sqlite";
    QTest::newRow("absolute") << "sqlite:////abs.db" << "/abs.db" << false << "sqlite:////abs.db";
    QTest::newRow("memory, no path") << "sqlite://" << "" << true << "sqlite://";
    QTest::newRow("memory, named") << "sqlite:///:memory:" << "" << true << "sqlite:///:memory:";
    QTest::newRow("pysqlite, timeout") << "sqlite+pysqlite:///x.db?timeout=30" << "/projects/shop/x.db" << false
                                       << "sqlite+pysqlite:///x.db?timeout=30";
    QTest::newRow("aiosqlite") << "sqlite+aiosqlite:////var/lib/app.db" << "/var/lib/app.db" << false
                               << "sqlite+aiosqlite:////var/lib/app.db";
}

void TestConnectionProfile::sqlite()
{
    QFETCH(QString, url);
    const auto profile = parseDatabaseUrl(url, kBase);
    QVERIFY2(profile.hasValue(), qPrintable(profile.hasValue() ? QString() : profile.error()));
    QCOMPARE(profile->kind, ConnectionProfile::Kind::SQLite);
    QCOMPARE(profile->dialectName(), QStringLiteral("sqlite"));
    QTEST(profile->sqlitePath, "path");
    QTEST(profile->isInMemory(), "inMemory");
    QTEST(profile->displayUrl(), "display");
    QTEST(profile->toUrl(), "display");
}

void TestConnectionProfile::options()
{
    const auto profile = parseDatabaseUrl(
        QStringLiteral("postgresql://u@h/d?sslmode=require&zeta=z%2By&application_name=my+app&connect_timeout=3"), kBase);
    QVERIFY(profile.hasValue());
    const QList<UrlQueryOption> expected{{QStringLiteral("zeta"), QStringLiteral("z+y")},
                                         {QStringLiteral("application_name"), QStringLiteral("my app")},
                                         {QStringLiteral("connect_timeout"), QStringLiteral("3")}};
    QCOMPARE(profile->options, expected); // written order, sslmode taken out
    QCOMPARE(profile->sslmode, QStringLiteral("require"));
    // Blank values are dropped, as urllib's parse_qsl does by default.
    const auto blank = parseDatabaseUrl(QStringLiteral("postgresql://h/d?a=&b=1&c"), kBase);
    QVERIFY(blank.hasValue());
    QCOMPARE(blank->options, (QList<UrlQueryOption>{{QStringLiteral("b"), QStringLiteral("1")}}));
    // A host in the authority wins over ?host=, which then stays an option.
    const auto both = parseDatabaseUrl(QStringLiteral("postgresql://real/d?host=/tmp"), kBase);
    QVERIFY(both.hasValue());
    QCOMPARE(both->host, QStringLiteral("real"));
    QVERIFY(!both->hostFromQuery);
    QCOMPARE(both->options.size(), 1);
}

void TestConnectionProfile::errors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // a part of the message

    QTest::newRow("mysql") << "mysql+pymysql://u:p@h/d"
                           << "Retort supports SQLite and PostgreSQL databases; 'mysql+pymysql' is not one of them";
    QTest::newRow("mssql") << "mssql+pyodbc://dsn" << "'mssql+pyodbc' is not one of them";
    QTest::newRow("oracle") << "oracle://scott:tiger@h/orcl" << "'oracle' is not one of them";
    QTest::newRow("template placeholder") << "driver://user:pass@localhost/dbname" << "'driver' is not one of them";
    QTest::newRow("no scheme") << "just-a-file.db" << "Could not parse the database URL 'just-a-file.db'";
    QTest::newRow("empty") << "" << "Could not parse the database URL";
    QTest::newRow("bad scheme chars") << "post-gres://h/d" << "Could not parse the database URL";
    QTest::newRow("bad port") << "postgresql://h:54x/d" << "'54x' is not a valid port number";
    QTest::newRow("port range") << "postgresql://h:70000/d" << "'70000' is not a valid port number";
    QTest::newRow("leftover after ipv6") << "postgresql://[::1]x/d" << "Could not parse the database URL";
    QTest::newRow("sqlite with host") << "sqlite://server/x.db" << "A SQLite URL names a file, not a server";
    QTest::newRow("sqlite uri") << "sqlite:///file:x.db?mode=ro&uri=true" << "URI filenames";
    QTest::newRow("sqlite timeout") << "sqlite:///x.db?timeout=soon" << "not 'soon'";
    QTest::newRow("sqlcipher") << "sqlite+pysqlcipher://:key@/x.db" << "Encrypted SQLite";
}

void TestConnectionProfile::errors()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto profile = parseDatabaseUrl(url, kBase);
    QVERIFY(!profile.hasValue());
    QVERIFY2(profile.error().contains(expected), qPrintable(profile.error()));
}

void TestConnectionProfile::masking()
{
    const auto profile = parseDatabaseUrl(QStringLiteral("postgresql://app:s3cr%3At@db/prod"), kBase);
    QVERIFY(profile.hasValue());
    QCOMPARE(profile->password, QStringLiteral("s3cr:t"));
    QCOMPARE(profile->displayUrl(), QStringLiteral("postgresql://app:***@db/prod"));
    QCOMPARE(profile->displayUrl(QStringLiteral("XXXXX")), QStringLiteral("postgresql://app:XXXXX@db/prod"));
    QCOMPARE(profile->toUrl(), QStringLiteral("postgresql://app@db/prod"));
    QVERIFY(!profile->toUrl().contains(QStringLiteral("s3cr")));
    // An empty password is still "given" (SQLAlchemy keeps '' apart from None).
    const auto empty = parseDatabaseUrl(QStringLiteral("postgresql://u:@h/d"), kBase);
    QVERIFY(empty.hasValue());
    QVERIFY(empty->hasPassword);
    QCOMPARE(empty->displayUrl(), QStringLiteral("postgresql://u:***@h/d"));
    const auto none = parseDatabaseUrl(QStringLiteral("postgresql://u@h/d"), kBase);
    QVERIFY(!none->hasPassword);
    QCOMPARE(none->displayUrl(), QStringLiteral("postgresql://u@h/d"));
}

void TestConnectionProfile::roundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("encoded user") << "postgresql+psycopg2://us%40er%3Ax%2Fy%25z:pw@h:1/d?sslmode=disable";
    QTest::newRow("socket") << "postgresql://u@/d?host=/run/postgresql&application_name=a+b";
    QTest::newRow("ipv6") << "postgresql://u@[fe80::1]:5/d";
    QTest::newRow("unicode") << "postgresql://j%C3%BCrgen@h/d?application_name=%C3%BC";
    QTest::newRow("sqlite") << "sqlite:////tmp/x y.db?timeout=2.5";
}

void TestConnectionProfile::roundTrip()
{
    QFETCH(QString, url);
    const auto first = parseDatabaseUrl(url, kBase);
    QVERIFY(first.hasValue());
    const auto second = parseDatabaseUrl(first->toUrl(), kBase);
    QVERIFY2(second.hasValue(), qPrintable(first->toUrl()));
    ConnectionProfile expected = first.value();
    expected.password.clear();
    expected.hasPassword = false;
    QCOMPARE(second.value(), expected);
}

QTEST_APPLESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"

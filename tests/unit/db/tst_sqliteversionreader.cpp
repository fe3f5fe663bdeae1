// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Reading alembic_version from real SQLite files, read-only.

#include "core/db/sqliteversionreader.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

class TestSqliteVersionReader : public QObject
{
    Q_OBJECT

private slots:
    void missingFileStaysMissing();
    void databaseWithoutVersionTable();
    void rowsInDatabaseOrder();
    void notADatabase();
    void urlPaths_data();
    void urlPaths();

private:
    static void execAll(const QString &path, const QStringList &statements);
    QTemporaryDir m_dir;
};

void TestSqliteVersionReader::execAll(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));
}

void TestSqliteVersionReader::missingFileStaysMissing()
{
    const QString path = m_dir.filePath(QStringLiteral("absent.db"));
    const auto state = readSqliteVersionTable(path);
    QVERIFY(state);
    QVERIFY(!state->exists);
    QVERIFY(!QFile::exists(path));
}

void TestSqliteVersionReader::databaseWithoutVersionTable()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.db"));
    execAll(path, {QStringLiteral("CREATE TABLE t (id INTEGER)")});
    const auto state = readSqliteVersionTable(path);
    QVERIFY(state);
    QVERIFY(state->exists);
    QVERIFY(!state->hasTable);
}

void TestSqliteVersionReader::rowsInDatabaseOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("versions.db"));
    // The DDL and rows Alembic writes (research note §3.1), two heads.
    execAll(path, {QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                                  "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"),
                   QStringLiteral("INSERT INTO alembic_version (version_num) VALUES ('d2')"),
                   QStringLiteral("INSERT INTO alembic_version (version_num) VALUES ('d1')")});
    const auto state = readSqliteVersionTable(path);
    QVERIFY2(state, state ? "" : qPrintable(state.error()));
    QVERIFY(state->hasTable);
    QCOMPARE(state->heads.size(), 2);
    QVERIFY(state->heads.contains(QStringLiteral("d1")) && state->heads.contains(QStringLiteral("d2")));
}

void TestSqliteVersionReader::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("text.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto state = readSqliteVersionTable(path);
    QVERIFY(!state);
    QVERIFY2(state.error().contains(QLatin1String("not a database"), Qt::CaseInsensitive), qPrintable(state.error()));
}

void TestSqliteVersionReader::urlPaths_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("relative") << "sqlite:///shop.db" << "/base/shop.db";
    QTest::newRow("absolute") << "sqlite:////data/shop.db" << "/data/shop.db";
    QTest::newRow("query") << "sqlite:////data/shop.db?timeout=5" << "/data/shop.db";
    QTest::newRow("memory") << "sqlite://" << "";
    QTest::newRow("postgres") << "postgresql://u@h/db" << "";
}

void TestSqliteVersionReader::urlPaths()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    QCOMPARE(sqliteUrlPath(url, QStringLiteral("/base")), path);
}

QTEST_GUILESS_MAIN(TestSqliteVersionReader)
#include "tst_sqliteversionreader.moc"

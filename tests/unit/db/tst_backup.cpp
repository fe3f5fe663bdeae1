// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Backups of real SQLite files and of real PostgreSQL databases (the PostgreSQL legs need the
// throw-away server: RETORT_TEST_PG, PGHOST, PGPORT, PGUSER; they are skipped without it).

#include "core/db/backup.h"
#include "tests/support/scratchdatabase.h"
#include "core/db/backupcatalog.h"
#include "core/db/databasesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <utility>

using namespace Retort::Core;

namespace {

//! Runs statements on a SQLite file (created when missing).
void execSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("exec-%1").arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("open %s: %s", qPrintable(path), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

//! Every row of every table, as text, for exact comparisons.
QStringList dumpRows(const ConnectionProfile &profile, const QStringList &tables)
{
    QStringList rows;
    auto opened = DatabaseSession::open(profile);
    if (!opened)
        return {QStringLiteral("cannot open: ") + opened.error()};
    DatabaseSession session = std::move(opened).value();
    QSqlQuery q(session.database());
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
            rows << table + QLatin1String(": ") + q.lastError().text();
            continue;
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << table + QLatin1String(": ") + values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

ConnectionProfile sqliteProfile(const QString &path)
{
    const auto profile = parseDatabaseUrl(QStringLiteral("sqlite:///") + path, QString());
    if (!profile)
        qFatal("%s", qPrintable(profile.error()));
    return profile.value();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

const QStringList kShop{
    QStringLiteral("CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES author(id), title TEXT, price REAL, cover BLOB)"),
    QStringLiteral("CREATE INDEX ix_book_title ON book (title)"),
    QStringLiteral("INSERT INTO author VALUES (1, 'Ursula'), (2, 'Terry')"),
    QStringLiteral("INSERT INTO book VALUES (1, 1, 'The Dispossessed', 9.5, x'00ff10'), (2, 2, 'Mort', 7.25, NULL), "
                   "(3, 2, 'Guards! Guards!', NULL, x'')"),
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sqliteBackupIsVerifiedAndRestores();
    void sqliteWalDatabase();
    void sqliteNeverOverwrites();
    void sqliteCancel_data();
    void sqliteCancel();
    void sqliteRefusesNothingToCopy();
    void verifyDetectsDamage();
    void postgresToolGetsPasswordOnlyInEnvironment();
    void postgresCancelKillsTheTool();
    void postgresToolMissing();
    void postgresBackupAndRestore();
    void postgresEmptyDatabaseBackupVerifies();
    void postgresToolErrors_data();
    void postgresToolErrors();

private:
    bool havePostgres() const { return !qEnvironmentVariableIsEmpty("RETORT_TEST_PG"); }
    ConnectionProfile postgresProfile(const QString &database, const QString &user = {}, int port = 0) const;
    QString fakeTool(const QString &name, const QString &body);

    QTemporaryDir m_dir;
    QString m_pgDatabase;
};

void TestBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!havePostgres())
        return;
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    admin.setHostName(qEnvironmentVariable("PGHOST", QStringLiteral("127.0.0.1")));
    admin.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
    admin.setUserName(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
    admin.setDatabaseName(qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")));
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    m_pgDatabase = QStringLiteral("retort_bk_%1").arg(QCoreApplication::applicationPid());
    QSqlQuery q(admin);
    QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase), qPrintable(q.lastError().text()));
}

void TestBackup::cleanupTestCase()
{
    if (!QSqlDatabase::contains(QStringLiteral("admin")))
        return;
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("admin")));
        if (!m_pgDatabase.isEmpty() && !q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase)))
            qWarning("%s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::database(QStringLiteral("admin")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

ConnectionProfile TestBackup::postgresProfile(const QString &database, const QString &user, int port) const
{
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4")
                            .arg(user.isEmpty() ? qEnvironmentVariable("PGUSER", QStringLiteral("postgres")) : user,
                                 qEnvironmentVariable("PGHOST", QStringLiteral("127.0.0.1")))
                            .arg(port > 0 ? port : qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt())
                            .arg(database);
    const auto profile = parseDatabaseUrl(url, QString());
    if (!profile)
        qFatal("%s", qPrintable(profile.error()));
    return profile.value();
}

QString TestBackup::fakeTool(const QString &name, const QString &body)
{
    // Each stand-in in its own directory, under the real tool's name (its lines start "pg_dump: ").
    const QString dir = m_dir.filePath(QStringLiteral("tool-") + name);
    QDir().mkpath(dir);
    const QString path = dir + QLatin1String("/pg_dump");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write("#!/bin/sh\n");
    file.write(body.toUtf8());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestBackup::sqliteBackupIsVerifiedAndRestores()
{
    const QString db = m_dir.filePath(QStringLiteral("shop.db"));
    execSqlite(db, kShop);
    const ConnectionProfile profile = sqliteProfile(db);
    const QStringList tables{QStringLiteral("author"), QStringLiteral("book")};
    const QStringList before = dumpRows(profile, tables);
    QCOMPARE(before.size(), 5);

    const auto estimate = Backup::estimateSize(profile);
    QVERIFY(estimate);
    QCOMPARE(estimate.value(), QFileInfo(db).size());

    const QString backups = m_dir.filePath(QStringLiteral("backups-shop"));
    QList<qint64> totals;
    QStringList steps;
    BackupRequest request;
    request.directory = backups;
    request.fromRevisions = QStringList{QStringLiteral("aaa")};
    request.toRevisions = QStringList{QStringLiteral("bbb")};
    request.progress = [&](qint64, qint64 total, const QString &what) {
        totals << total;
        steps << what;
    };
    const auto record = Backup::create(profile, request);
    QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
    QVERIFY(record->verified);
    QCOMPARE(record->verification, QStringLiteral("PRAGMA integrity_check: ok; 2 tables"));
    QCOMPARE(record->dialect, QStringLiteral("sqlite"));
    QCOMPARE(record->database, db);
    QCOMPARE(record->fromRevisions, QStringList{QStringLiteral("aaa")});
    QCOMPARE(record->toRevisions, QStringList{QStringLiteral("bbb")});
    QVERIFY(QFileInfo(record->filePath).isFile());
    QCOMPARE(QFileInfo(record->filePath).absolutePath(), QDir(backups).absolutePath());
    QCOMPARE(record->size, QFileInfo(record->filePath).size());
    QCOMPARE(record->sha256, Backup::fileSha256(record->filePath));
    QCOMPARE(record->sha256.size(), 64);
    QVERIFY(record->id.contains(QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}-\\d{3}$"))));
    QVERIFY(qAbs(record->created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(record->created.timeSpec(), Qt::UTC);
    QCOMPARE(record->restoreCommand, QStringLiteral("retort-cli backups restore ") + record->id);
    QCOMPARE(record->rawRestoreCommand, QStringLiteral("cp %1 %2").arg(shellQuote(record->filePath), shellQuote(db)));
    QVERIFY(steps.contains(QStringLiteral("verifying the copy (PRAGMA integrity_check)")));
    QVERIFY(totals.contains(QFileInfo(db).size()));
    QCOMPARE(dumpRows(sqliteProfile(record->filePath), tables), before);

    // Modify the database, then put the backup back.
    execSqlite(db, {QStringLiteral("DELETE FROM book WHERE id = 2"), QStringLiteral("UPDATE author SET name = 'X'"),
                    QStringLiteral("CREATE TABLE extra (x)"), QStringLiteral("INSERT INTO extra VALUES (42)")});
    const QStringList modified = dumpRows(profile, tables + QStringList{QStringLiteral("extra")});
    QVERIFY(modified != before);
    BackupCatalog catalog(backups);
    QVERIFY(catalog.add(record.value()));
    const auto restored = catalog.restore(record->id, profile);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QCOMPARE(dumpRows(profile, tables), before);
    QVERIFY(dumpRows(profile, {QStringLiteral("extra")}).value(0).contains(QLatin1String("no such table")));
    // The replaced database is kept beside it, byte for byte what it was.
    QVERIFY(restored->keptFile.startsWith(db + QLatin1String(".before-restore-")));
    QCOMPARE(dumpRows(sqliteProfile(restored->keptFile), tables + QStringList{QStringLiteral("extra")}), modified);
    QCOMPARE(filesIn(m_dir.path()).filter(QStringLiteral("shop.db")),
             (QStringList{QStringLiteral("shop.db"), QFileInfo(restored->keptFile).fileName()}));
    // Restoring again keeps a second copy instead of overwriting the first.
    const auto again = catalog.restore(record->id, profile);
    QVERIFY(again);
    QVERIFY(again->keptFile != restored->keptFile);
    QVERIFY(QFileInfo::exists(restored->keptFile));
}

void TestBackup::sqliteWalDatabase()
{
    const QString db = m_dir.filePath(QStringLiteral("wal.db"));
    execSqlite(db, {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("CREATE TABLE t (x)"),
                    QStringLiteral("INSERT INTO t VALUES (1), (2)")});
    // Keep a connection open so the committed rows stay in the -wal file.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(db);
    QVERIFY(holder.open());
    {
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (3)")));
    }
    QVERIFY(QFileInfo(db + QLatin1String("-wal")).size() > 0);
    BackupRequest request;
    request.directory = m_dir.filePath(QStringLiteral("backups-wal"));
    const auto record = Backup::create(sqliteProfile(db), request);
    QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
    QCOMPARE(dumpRows(sqliteProfile(record->filePath), {QStringLiteral("t")}),
             (QStringList{"t: 1", "t: 2", "t: 3"}));
    // While the other connection is open the database cannot be replaced.
    BackupCatalog catalog(request.directory);
    QVERIFY(catalog.add(record.value()));
    const auto busy = catalog.restore(record->id, sqliteProfile(db));
    QVERIFY(!busy);
    QVERIFY2(busy.error().message.contains(QLatin1String("in use")), qPrintable(busy.error().toString()));
    QCOMPARE(filesIn(m_dir.path()).filter(QStringLiteral("wal.db.before-restore")), QStringList());
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    execSqlite(db, {QStringLiteral("DELETE FROM t")});
    const auto restored = catalog.restore(record->id, sqliteProfile(db));
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QCOMPARE(dumpRows(sqliteProfile(db), {QStringLiteral("t")}), (QStringList{"t: 1", "t: 2", "t: 3"}));
}

void TestBackup::sqliteNeverOverwrites()
{
    const QString db = m_dir.filePath(QStringLiteral("small.db"));
    execSqlite(db, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    const QString dir = m_dir.filePath(QStringLiteral("backups-decoy"));
    QVERIFY(QDir().mkpath(dir));
    // Files whose names start with every id of the next half second: the backup must take
    // another name and leave them alone.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int ms = 0; ms < 500; ++ms) {
        QFile decoy(dir + QLatin1Char('/') + now.addMSecs(ms).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
                    + QLatin1String("_small.sqlite"));
        QVERIFY(decoy.open(QIODevice::WriteOnly));
        decoy.write("decoy");
    }
    BackupRequest request;
    request.directory = dir;
    const auto first = Backup::create(sqliteProfile(db), request);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    const auto second = Backup::create(sqliteProfile(db), request);
    QVERIFY(second);
    QVERIFY(first->id != second->id);
    QVERIFY(first->filePath != second->filePath);
    QVERIFY(first->id > now.addMSecs(499).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    QCOMPARE(Backup::fileSha256(first->filePath), first->sha256);
    int decoys = 0;
    for (const QString &name : filesIn(dir)) {
        QFile f(dir + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        decoys += f.readAll() == "decoy" ? 1 : 0;
    }
    QCOMPARE(decoys, 500);
    QCOMPARE(filesIn(dir).size(), 502);
}

void TestBackup::sqliteCancel_data()
{
    QTest::addColumn<bool>("beforeStart");
    QTest::newRow("before the copy") << true;
    QTest::newRow("while it runs") << false;
}

void TestBackup::sqliteCancel()
{
    QFETCH(bool, beforeStart);
    const QString db = m_dir.filePath(QStringLiteral("cancel.db"));
    if (!QFileInfo::exists(db)) {
        execSqlite(db, {QStringLiteral("CREATE TABLE t (x)"),
                        QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 200) "
                                       "INSERT INTO t SELECT randomblob(4000) FROM c")});
    }
    const QString dir = m_dir.filePath(QStringLiteral("backups-cancel"));
    std::atomic_bool cancel{beforeStart};
    BackupRequest request;
    request.directory = dir;
    request.cancel = &cancel;
    request.progress = [&cancel](qint64, qint64, const QString &) { cancel = true; };
    const auto record = Backup::create(sqliteProfile(db), request);
    QVERIFY(!record);
    QVERIFY(record.error().cancelled);
    QCOMPARE(filesIn(dir), QStringList());
}

void TestBackup::sqliteRefusesNothingToCopy()
{
    BackupRequest request;
    request.directory = m_dir.filePath(QStringLiteral("backups-none"));
    const auto memoryProfile = parseDatabaseUrl(QStringLiteral("sqlite://"), QString());
    QVERIFY(memoryProfile && memoryProfile->isInMemory());
    const auto memory = Backup::create(memoryProfile.value(), request);
    QVERIFY(!memory);
    QVERIFY(memory.error().message.contains(QLatin1String("in-memory")));
    const auto missing = Backup::create(sqliteProfile(m_dir.filePath(QStringLiteral("nope.db"))), request);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope.db"))));
    QCOMPARE(filesIn(request.directory), QStringList());
}

void TestBackup::verifyDetectsDamage()
{
    const QString db = m_dir.filePath(QStringLiteral("damage.db"));
    execSqlite(db, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("CREATE INDEX ix ON t (x)"),
                    QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 300) "
                                   "INSERT INTO t SELECT i FROM c")});
    QVERIFY(Backup::verify(QStringLiteral("sqlite"), db).ok);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(4096 + 100)); // inside the second page
    file.write(QByteArray(2000, '\x7f'));
    file.close();
    const BackupVerification damaged = Backup::verify(QStringLiteral("sqlite"), db);
    QVERIFY(!damaged.ok);
    QVERIFY2(!damaged.text.isEmpty(), qPrintable(damaged.text));
    QVERIFY(!Backup::verify(QStringLiteral("sqlite"), m_dir.filePath(QStringLiteral("absent.db"))).ok);
    QVERIFY(!Backup::verify(QStringLiteral("postgresql"), db).ok); // not an archive
}

void TestBackup::postgresToolGetsPasswordOnlyInEnvironment()
{
    // A stand-in pg_dump records its arguments and environment, writes a partial file and fails.
    const QString log = m_dir.filePath(QStringLiteral("fake-pg_dump.log"));
    const QString tool = fakeTool(QStringLiteral("recording"), QStringLiteral(
        "for a in \"$@\"; do echo \"arg=$a\"; done > '%1'\n"
        "env | grep '^PG' >> '%1'\n"
        "for a in \"$@\"; do case \"$a\" in --file=*) echo partial > \"${a#--file=}\";; esac; done\n"
        "echo 'pg_dump: reading schemas' >&2\n"
        "echo 'pg_dump: error: query failed: fake failure' >&2\n"
        "exit 1\n").arg(log));
    auto profile = parseDatabaseUrl(QStringLiteral("postgresql://alice:s%40cret%20pw@127.0.0.1:1/shop=x?sslmode=require"
                                                   "&application_name=retort-test"), QString());
    QVERIFY(profile);
    BackupRequest request;
    request.directory = m_dir.filePath(QStringLiteral("backups-fake"));
    request.programs.pgDump = tool;
    const auto record = Backup::create(profile.value(), request);
    QVERIFY(!record);
    QVERIFY2(record.error().toolOutput.contains(QLatin1String("pg_dump: error: query failed: fake failure")),
             qPrintable(record.error().toString()));
    QVERIFY(!record.error().toolOutput.contains(QLatin1String("reading schemas")));
    QCOMPARE(filesIn(request.directory), QStringList()); // the partial file is gone
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QStringLiteral("PGPASSWORD=s@cret pw")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("PGUSER=alice")));
    QVERIFY(lines.contains(QStringLiteral("PGHOST=127.0.0.1")));
    QVERIFY(lines.contains(QStringLiteral("PGPORT=1")));
    QVERIFY(lines.contains(QStringLiteral("PGDATABASE=shop=x")));
    QVERIFY(lines.contains(QStringLiteral("PGSSLMODE=require")));
    QVERIFY(lines.contains(QStringLiteral("PGAPPNAME=retort-test")));
    const QStringList args = lines.filter(QRegularExpression(QStringLiteral("^arg=")));
    QCOMPARE(args.mid(0, 3), (QStringList{"arg=--format=custom", "arg=--verbose", "arg=--no-password"}));
    QCOMPARE(args.size(), 4);
    for (const QString &arg : args)
        QVERIFY2(!arg.contains(QLatin1String("cret")), qPrintable(arg));
}

void TestBackup::postgresCancelKillsTheTool()
{
    const QString tool = fakeTool(QStringLiteral("slow"), QStringLiteral(
        "for a in \"$@\"; do case \"$a\" in --file=*) echo partial > \"${a#--file=}\";; esac; done\n"
        "echo 'pg_dump: dumping contents of table \"public.big\"' >&2\n"
        "exec sleep 30\n"));
    auto profile = parseDatabaseUrl(QStringLiteral("postgresql://bob@127.0.0.1:1/db"), QString());
    std::atomic_bool cancel{false};
    QStringList seen;
    BackupRequest request;
    request.directory = m_dir.filePath(QStringLiteral("backups-slow"));
    request.programs.pgDump = tool;
    request.cancel = &cancel;
    request.progress = [&](qint64, qint64, const QString &what) {
        seen << what;
        if (what.startsWith(QLatin1String("dumping table")))
            cancel = true;
    };
    QElapsedTimer timer;
    timer.start();
    const auto record = Backup::create(profile.value(), request);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!record);
    QVERIFY(record.error().cancelled);
    QVERIFY(seen.contains(QStringLiteral("dumping table public.big")));
    QCOMPARE(filesIn(request.directory), QStringList());
}

void TestBackup::postgresToolMissing()
{
    BackupRequest request;
    request.directory = m_dir.filePath(QStringLiteral("backups-missing-tool"));
    request.programs.pgDump = m_dir.filePath(QStringLiteral("no-such-dir/pg_dump"));
    const auto record = Backup::create(parseDatabaseUrl(QStringLiteral("postgresql://u@127.0.0.1:1/db"), QString()).value(),
                                       request);
    QVERIFY(!record);
    QVERIFY2(record.error().toolOutput.contains(QLatin1String("could not be started")),
             qPrintable(record.error().toString()));
    QCOMPARE(filesIn(request.directory), QStringList());
}

void TestBackup::postgresEmptyDatabaseBackupVerifies()
{
    if (!havePostgres())
        QSKIP("needs a PostgreSQL server (RETORT_TEST_PG)");
    // A fresh database (nothing migrated yet) dumps to an archive that lists no entries; it is
    // still a valid backup, or a production profile could never run its first migration.
    Retort::Test::ScratchDatabase fresh(QStringLiteral("postgresql"));
    QVERIFY(fresh.ok());
    BackupCatalog catalog(m_dir.filePath(QStringLiteral("backups-empty")));
    const auto record = catalog.createAndAdd(fresh.profile(), BackupRequest{});
    QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
    QVERIFY(record->verified);
    QVERIFY2(record->verification.contains(QLatin1String("empty database")), qPrintable(record->verification));
}

void TestBackup::postgresBackupAndRestore()
{
    if (!havePostgres())
        QSKIP("needs a PostgreSQL server: `eval \"$(scripts/pg-throwaway.sh start)\"` (RETORT_TEST_PG)");
    const ConnectionProfile profile = postgresProfile(m_pgDatabase);
    const QStringList setup{
        QStringLiteral("CREATE SCHEMA audit"),
        QStringLiteral("CREATE TABLE author (id SERIAL PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE book (id SERIAL PRIMARY KEY, author_id INT REFERENCES author, title TEXT, "
                       "price NUMERIC(8,2), tags TEXT[])"),
        QStringLiteral("CREATE TABLE audit.entry (id BIGINT PRIMARY KEY, what TEXT)"),
        QStringLiteral("INSERT INTO author (name) VALUES ('Ursula'), ('Terry')"),
        QStringLiteral("INSERT INTO book (author_id, title, price, tags) VALUES (1, 'The Dispossessed', 9.50, "
                       "'{sf,classic}'), (2, 'Mort', 7.25, NULL)"),
        QStringLiteral("INSERT INTO audit.entry VALUES (1, 'created')"),
    };
    const QStringList tables{QStringLiteral("author"), QStringLiteral("book"), QStringLiteral("audit.entry")};
    {
        auto opened = DatabaseSession::open(profile);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        DatabaseSession session = std::move(opened).value();
        QSqlQuery q(session.database());
        for (const QString &sql : setup)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    const QStringList before = dumpRows(profile, tables);
    QCOMPARE(before.size(), 5);
    const auto estimate = Backup::estimateSize(profile);
    QVERIFY2(estimate && estimate.value() > 1000, qPrintable(estimate ? QString() : estimate.error().toString()));

    BackupCatalog catalog(m_dir.filePath(QStringLiteral("backups-pg")));
    QStringList steps;
    qint64 lastTotal = -1;
    BackupRequest request;
    request.progress = [&](qint64, qint64 total, const QString &what) {
        steps << what;
        if (what.startsWith(QLatin1String("dumping table")))
            lastTotal = total;
    };
    const auto record = catalog.createAndAdd(profile, request);
    QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
    QVERIFY(record->verified);
    QVERIFY2(record->verification.startsWith(QLatin1String("pg_restore --list: ")), qPrintable(record->verification));
    QVERIFY(record->verification.endsWith(QLatin1String(", 3 with table data")));
    QVERIFY(steps.contains(QStringLiteral("dumping table public.book")));
    QVERIFY(steps.contains(QStringLiteral("dumping table audit.entry")));
    QCOMPARE(lastTotal, 3);
    QCOMPARE(record->dialect, QStringLiteral("postgresql"));
    QCOMPARE(record->database, m_pgDatabase);
    QVERIFY(record->rawRestoreCommand.startsWith(QLatin1String("pg_restore --clean --if-exists --no-owner")));
    QVERIFY(record->rawRestoreCommand.contains(QLatin1String(" -d ") + m_pgDatabase + QLatin1Char(' ')));

    {
        auto opened = DatabaseSession::open(profile);
        QVERIFY(opened);
        DatabaseSession session = std::move(opened).value();
        QSqlQuery q(session.database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE book")));
        QVERIFY(q.exec(QStringLiteral("UPDATE author SET name = 'changed'")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit.entry")));
    }
    QVERIFY(dumpRows(profile, tables) != before);
    const auto restored = catalog.restore(record->id, profile);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QCOMPARE(dumpRows(profile, tables), before);
    // The state before the restore was backed up and cataloged first.
    QVERIFY(restored->safetyBackup.has_value());
    QCOMPARE(restored->safetyBackup->note, QStringLiteral("before restoring ") + record->id);
    const auto listed = catalog.list();
    QVERIFY(listed);
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).id, restored->safetyBackup->id);
}

void TestBackup::postgresToolErrors_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dead server") << QString() << 1 << QStringLiteral("port 1 failed");
    QTest::newRow("unknown role") << QStringLiteral("retort_nobody") << 0
                                  << QStringLiteral("role \"retort_nobody\" does not exist");
}

void TestBackup::postgresToolErrors()
{
    QFETCH(QString, user);
    QFETCH(int, port);
    QFETCH(QString, expected);
    if (port == 0 && !havePostgres())
        QSKIP("needs a PostgreSQL server (RETORT_TEST_PG)");
    BackupRequest request;
    request.directory = m_dir.filePath(QStringLiteral("backups-errors"));
    const auto record = Backup::create(postgresProfile(m_pgDatabase.isEmpty() ? QStringLiteral("x") : m_pgDatabase,
                                                       user, port), request);
    QVERIFY(!record);
    QVERIFY(!record.error().cancelled);
    QVERIFY2(record.error().toolOutput.contains(expected), qPrintable(record.error().toString()));
    QVERIFY(record.error().message.startsWith(QLatin1String("pg_dump could not back up")));
    QCOMPARE(filesIn(request.directory), QStringList());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The backup catalog: records kept as JSON, written atomically under a lock; restores refused
// when the backup file is missing, changed or of another dialect.

#include "core/db/backupcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Retort::Core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

//! A record for a small file of \a bytes in \a dir (not a real database backup).
BackupRecord fakeRecord(const QString &dir, const QString &id, const QByteArray &bytes = "backup bytes")
{
    BackupRecord r;
    r.id = id;
    r.dialect = QStringLiteral("sqlite");
    r.profileName = QStringLiteral("local");
    r.displayUrl = QStringLiteral("sqlite:////tmp/x.db");
    r.url = r.displayUrl;
    r.database = QStringLiteral("/tmp/x.db");
    r.fromRevisions = QStringList{QStringLiteral("a1")};
    r.toRevisions = QStringList{QStringLiteral("b2"), QStringLiteral("c3")};
    r.note = QStringLiteral("before upgrade");
    r.created = QDateTime(QDate(2026, 11, 21), QTime(12, 34, 56, 789), Qt::UTC);
    r.filePath = dir + QLatin1Char('/') + id + QLatin1String(".sqlite");
    writeFile(r.filePath, bytes);
    r.size = bytes.size();
    r.sha256 = Backup::fileSha256(r.filePath);
    r.verified = true;
    r.verification = QStringLiteral("PRAGMA integrity_check: ok; 1 tables");
    r.restoreCommand = QStringLiteral("retort-cli backups restore ") + id;
    r.rawRestoreCommand = QStringLiteral("cp a b");
    return r;
}

void execSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exec"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exec"));
}

ConnectionProfile sqliteProfile(const QString &path)
{
    return parseDatabaseUrl(QStringLiteral("sqlite:///") + path, QString()).value();
}

} // namespace

class TestBackupCatalog : public QObject
{
    Q_OBJECT

private slots:
    void defaultDirectory();
    void emptyCatalog();
    void addListFind();
    void recordRoundTrip();
    void atomicWriteLeavesNoTemporaries();
    void damagedCatalogIsNeverOverwritten();
    void concurrentAdds();
    void restoreRefusesChangedBackup();
    void restoreRefusesMissingFileAndOtherDialect();
    void restoreIntoNewFile();
    void shellQuoting_data();
    void shellQuoting();

private:
    QTemporaryDir m_dir;
};

void TestBackupCatalog::defaultDirectory()
{
    QVERIFY(BackupCatalog::defaultDirectory().endsWith(QLatin1String("/Retort/Retort/backups")));
    QCOMPARE(BackupCatalog().directory(), BackupCatalog::defaultDirectory());
}

void TestBackupCatalog::emptyCatalog()
{
    BackupCatalog catalog(m_dir.filePath(QStringLiteral("empty")));
    const auto list = catalog.list();
    QVERIFY(list);
    QVERIFY(list->isEmpty());
    const auto missing = catalog.find(QStringLiteral("2026"));
    QVERIFY(!missing);
    QVERIFY(missing.error().startsWith(QLatin1String("No backup '2026'")));
    QVERIFY(!QFileInfo::exists(catalog.directory())); // reading creates nothing
}

void TestBackupCatalog::addListFind()
{
    const QString dir = m_dir.filePath(QStringLiteral("alf"));
    QVERIFY(QDir().mkpath(dir));
    BackupCatalog catalog(dir);
    const QStringList ids{QStringLiteral("20261121-100000-000"), QStringLiteral("20261121-120000-000"),
                          QStringLiteral("20261120-090000-000")};
    for (const QString &id : ids)
        QVERIFY(catalog.add(fakeRecord(dir, id)));
    const auto list = catalog.list();
    QVERIFY(list);
    QStringList listed;
    for (const BackupRecord &r : list.value())
        listed << r.id;
    QCOMPARE(listed, (QStringList{ids.at(1), ids.at(0), ids.at(2)})); // newest first

    QCOMPARE(catalog.find(ids.at(0))->id, ids.at(0));
    QCOMPARE(catalog.find(QStringLiteral("20261120"))->id, ids.at(2)); // unique prefix
    const auto ambiguous = catalog.find(QStringLiteral("20261121"));
    QVERIFY(!ambiguous);
    QVERIFY2(ambiguous.error().contains(QLatin1String("matches several backups")), qPrintable(ambiguous.error()));
    QVERIFY(!catalog.find(QStringLiteral("2025")));

    const auto duplicate = catalog.add(fakeRecord(dir, ids.at(0)));
    QVERIFY(!duplicate);
    QVERIFY(duplicate.error().contains(QLatin1String("already has a backup")));
    QCOMPARE(catalog.list()->size(), 3);
}

void TestBackupCatalog::recordRoundTrip()
{
    const QString dir = m_dir.filePath(QStringLiteral("roundtrip"));
    QVERIFY(QDir().mkpath(dir));
    const BackupRecord original = fakeRecord(dir, QStringLiteral("20261121-123456-789"));
    QVERIFY(BackupCatalog(dir).add(original));
    const auto found = BackupCatalog(dir).find(original.id); // a new object reads the file
    QVERIFY(found);
    QCOMPARE(found.value(), original);
    QCOMPARE(found->created.toString(Qt::ISODateWithMs), QStringLiteral("2026-11-21T12:34:56.789Z"));
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value(QLatin1String("created")).toString(), QStringLiteral("2026-11-21T12:34:56.789Z"));
    QVERIFY(!json.contains(QLatin1String("password")));
    QVERIFY(!BackupRecord::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}));
}

void TestBackupCatalog::atomicWriteLeavesNoTemporaries()
{
    const QString dir = m_dir.filePath(QStringLiteral("atomic"));
    QVERIFY(QDir().mkpath(dir));
    BackupCatalog catalog(dir);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(catalog.add(fakeRecord(dir, QStringLiteral("20261121-00000%1-000").arg(i))));
        // After every add the catalog is a whole, valid document.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(catalog.catalogPath()), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1String("backups")).toArray().size(), i + 1);
    }
    QStringList others = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    others.removeAll(QStringLiteral("catalog.json"));
    QCOMPARE(others.filter(QStringLiteral("catalog")), QStringList()); // no temp or lock file left
}

void TestBackupCatalog::damagedCatalogIsNeverOverwritten()
{
    const QString dir = m_dir.filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(dir));
    BackupCatalog catalog(dir);
    const QByteArray garbage = "{\"format\": \"retort-backup-catalog\", \"backups\": [ {\"id\": ";
    writeFile(catalog.catalogPath(), garbage);
    const auto list = catalog.list();
    QVERIFY(!list);
    QVERIFY2(list.error().contains(QLatin1String("is damaged")), qPrintable(list.error()));
    QVERIFY(!catalog.add(fakeRecord(dir, QStringLiteral("20261121-000000-000"))));
    QCOMPARE(readAll(catalog.catalogPath()), garbage);
    writeFile(catalog.catalogPath(), "{\"something\": \"else\"}");
    QVERIFY(!catalog.list());
}

void TestBackupCatalog::concurrentAdds()
{
    const QString dir = m_dir.filePath(QStringLiteral("concurrent"));
    QVERIFY(QDir().mkpath(dir));
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt failures = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([dir, t, &failures] {
            BackupCatalog catalog(dir); // one catalog object per thread, as documented
            for (int i = 0; i < 10; ++i) {
                if (!catalog.add(fakeRecord(dir, QStringLiteral("20261121-%1-%2").arg(t).arg(i, 3, 10, QLatin1Char('0')))))
                    failures.fetchAndAddRelaxed(1);
            }
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(failures.loadRelaxed(), 0);
    const auto list = BackupCatalog(dir).list();
    QVERIFY(list);
    QCOMPARE(list->size(), 40);
}

void TestBackupCatalog::restoreRefusesChangedBackup()
{
    const QString db = m_dir.filePath(QStringLiteral("target.db"));
    execSqlite(db, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    BackupCatalog catalog(m_dir.filePath(QStringLiteral("changed")));
    const auto record = catalog.createAndAdd(sqliteProfile(db), BackupRequest{});
    QVERIFY2(record, qPrintable(record ? QString() : record.error().toString()));
    QCOMPARE(catalog.find(record->id).value(), record.value());
    execSqlite(db, {QStringLiteral("INSERT INTO t VALUES (2)")});
    const QByteArray current = readAll(db);

    QFile file(record->filePath);
    QVERIFY(file.open(QIODevice::Append));
    file.write("x");
    file.close();
    const auto refused = catalog.restore(record->id, sqliteProfile(db));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("has changed since it was made")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(record->sha256));
    QVERIFY(refused.error().message.contains(Backup::fileSha256(record->filePath)));
    QCOMPARE(readAll(db), current);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("target.db.*")}, QDir::Files), QStringList());
}

void TestBackupCatalog::restoreRefusesMissingFileAndOtherDialect()
{
    const QString dir = m_dir.filePath(QStringLiteral("missing"));
    QVERIFY(QDir().mkpath(dir));
    BackupCatalog catalog(dir);
    const BackupRecord record = fakeRecord(dir, QStringLiteral("20261121-111111-111"));
    QVERIFY(catalog.add(record));
    const auto postgres = parseDatabaseUrl(QStringLiteral("postgresql://u@127.0.0.1:1/db"), QString());
    const auto otherDialect = catalog.restore(record.id, postgres.value());
    QVERIFY(!otherDialect);
    QVERIFY2(otherDialect.error().message.contains(QLatin1String("is a sqlite backup")),
             qPrintable(otherDialect.error().message));
    QVERIFY(QFile::remove(record.filePath));
    const auto missing = catalog.restore(record.id, sqliteProfile(m_dir.filePath(QStringLiteral("m.db"))));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("is missing")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("m.db"))));
    const auto unknown = catalog.restore(QStringLiteral("1999"), sqliteProfile(m_dir.filePath(QStringLiteral("m.db"))));
    QVERIFY(!unknown);
}

void TestBackupCatalog::restoreIntoNewFile()
{
    const QString db = m_dir.filePath(QStringLiteral("source.db"));
    execSqlite(db, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES ('kept')")});
    BackupCatalog catalog(m_dir.filePath(QStringLiteral("newfile")));
    const auto record = catalog.createAndAdd(sqliteProfile(db), BackupRequest{});
    QVERIFY(record);
    const QString elsewhere = m_dir.filePath(QStringLiteral("fresh.db"));
    const auto restored = catalog.restore(record->id, sqliteProfile(elsewhere));
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QVERIFY(restored->keptFile.isEmpty()); // nothing was replaced
    QCOMPARE(Backup::fileSha256(elsewhere), record->sha256);
}

void TestBackupCatalog::shellQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain path") << QStringLiteral("/var/lib/x-1.db") << QStringLiteral("/var/lib/x-1.db");
    QTest::newRow("space") << QStringLiteral("/my files/a.db") << QStringLiteral("'/my files/a.db'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
}

void TestBackupCatalog::shellQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(argument), quoted);
}

QTEST_GUILESS_MAIN(TestBackupCatalog)
#include "tst_backupcatalog.moc"

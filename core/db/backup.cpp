// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/backup.h"

#include "core/db/backuptool.h"
#include "core/db/databasesession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <utility>

namespace Retort::Core {
namespace {

//! A new, empty backup file whose name nobody else can take any more.
struct ReservedFile
{
    QString id;
    QString path;
    QDateTime created;
};

void report(const BackupRequest &request, qint64 done, qint64 total, const QString &what)
{
    if (request.progress)
        request.progress(done, total, what);
}

bool isCancelled(const BackupRequest &request)
{
    return request.cancel && request.cancel->load();
}

BackupError cancelledError()
{
    return BackupError{QStringLiteral("The backup was cancelled; no backup file was kept"), {}, true};
}

//! The database's name for file names: the profile's label, else the file or database name.
QString fileSlug(const ConnectionProfile &profile)
{
    QString base = profile.name;
    if (base.isEmpty())
        base = profile.isSqlite() ? QFileInfo(profile.sqlitePath).completeBaseName() : profile.database;
    QString slug;
    for (const QChar c : std::as_const(base)) {
        const bool plain = c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.'));
        slug += plain ? c : QLatin1Char('_');
    }
    slug = slug.left(40);
    return slug.isEmpty() ? QStringLiteral("database") : slug;
}

/*! Creates `<directory>/<id>_<slug><suffix>` exclusively. The id is the UTC time to the
    millisecond, moved on by a millisecond while any file of the directory starts with it. */
Expected<ReservedFile, BackupError> reserveFile(const QString &directory, const ConnectionProfile &profile,
                                                const QString &suffix)
{
    QDir dir(directory);
    if (directory.isEmpty() || !dir.mkpath(QStringLiteral(".")))
        return BackupError{QStringLiteral("Cannot create the backup directory '%1'").arg(directory), {}, false};
    QDateTime created = QDateTime::currentDateTimeUtc();
    const QString slug = fileSlug(profile);
    for (int attempt = 0; attempt < 1000; ++attempt, created = created.addMSecs(1)) {
        const QString id = created.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        if (!dir.entryList({id + QLatin1Char('*')}, QDir::AllEntries | QDir::Hidden | QDir::System).isEmpty())
            continue;
        const QString path = dir.absoluteFilePath(id + QLatin1Char('_') + slug + suffix);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return ReservedFile{id, path, created};
        if (!QFileInfo::exists(path))
            return BackupError{QStringLiteral("Cannot create the backup file '%1': %2").arg(path, file.errorString()),
                               {}, false};
    }
    return BackupError{QStringLiteral("No free backup file name in '%1'").arg(directory), {}, false};
}

ConnectionProfile sqliteFileProfile(const QString &path)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::SQLite;
    profile.driverName = QStringLiteral("sqlite");
    profile.sqliteDatabase = path;
    profile.sqlitePath = path;
    return profile;
}

//! Runs \a sql on \a session and returns the first column of every row.
Expected<QStringList, QString> queryColumn(DatabaseSession &session, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(session.database());
    if (!query.prepare(sql))
        return query.lastError().text();
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

//! The number of tables in a SQLite file, or an error text.
Expected<qint64, QString> sqliteTableCount(const ConnectionProfile &profile, bool readOnly)
{
    DatabaseSession::Options options;
    options.readOnly = readOnly;
    auto opened = DatabaseSession::open(profile, options);
    if (!opened)
        return opened.error();
    DatabaseSession session = std::move(opened).value();
    const auto count = queryColumn(session, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    if (!count)
        return count.error();
    return count->value(0).toLongLong();
}

BackupVerification verifySqlite(const QString &path, qint64 expectedTables)
{
    DatabaseSession::Options options;
    options.readOnly = true;
    auto opened = DatabaseSession::open(sqliteFileProfile(path), options);
    if (!opened)
        return {false, QStringLiteral("The copy cannot be opened: %1").arg(opened.error())};
    DatabaseSession session = std::move(opened).value();
    const auto integrity = queryColumn(session, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return {false, QStringLiteral("PRAGMA integrity_check failed: %1").arg(integrity.error())};
    if (integrity.value() != QStringList{QStringLiteral("ok")})
        return {false, QStringLiteral("PRAGMA integrity_check: %1").arg(integrity->mid(0, 10).join(QLatin1String("; ")))};
    const auto tables = queryColumn(session, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return {false, QStringLiteral("Counting the tables of the copy failed: %1").arg(tables.error())};
    const qint64 count = tables->value(0).toLongLong();
    if (expectedTables >= 0 && count != expectedTables)
        return {false, QStringLiteral("The copy has %1 tables, the database %2").arg(count).arg(expectedTables)};
    return {true, QStringLiteral("PRAGMA integrity_check: ok; %1 tables").arg(count)};
}

//! `VACUUM INTO ?` on a helper thread with its own connection; progress from the copy's size.
Expected<bool, BackupError> vacuumInto(const ConnectionProfile &profile, const QString &target,
                                       const BackupRequest &request, qint64 total)
{
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&profile, &target, &error] {
        auto opened = DatabaseSession::open(profile);
        if (!opened) {
            error = opened.error();
            return;
        }
        DatabaseSession session = std::move(opened).value();
        QSqlQuery query(session.database());
        if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
            error = query.lastError().text();
        query.addBindValue(target);
        if (error.isEmpty() && !query.exec())
            error = query.lastError().text();
    }));
    worker->start();
    const QString copying = QStringLiteral("copying %1").arg(QFileInfo(profile.sqlitePath).fileName());
    while (!worker->wait(100)) {
        const qint64 done = std::min(QFileInfo(target).size(), total);
        report(request, done, total, isCancelled(request) ? QStringLiteral("cancelling (SQLite finishes the copy first)")
                                                          : copying);
    }
    if (!error.isEmpty())
        return BackupError{QStringLiteral("SQLite could not copy '%1'").arg(profile.sqlitePath), error, false};
    return true;
}

Expected<BackupVerification, BackupError> createSqlite(const ConnectionProfile &profile, const BackupRequest &request,
                                                       const ReservedFile &file)
{
    const qint64 total = QFileInfo(profile.sqlitePath).size();
    const auto sourceTables = sqliteTableCount(profile, false);
    if (!sourceTables)
        return BackupError{QStringLiteral("Cannot read '%1'").arg(profile.sqlitePath), sourceTables.error(), false};
    const auto copied = vacuumInto(profile, file.path, request, total);
    if (!copied)
        return copied.error();
    if (isCancelled(request))
        return cancelledError();
    report(request, total, total, QStringLiteral("verifying the copy (PRAGMA integrity_check)"));
    return verifySqlite(file.path, sourceTables.value());
}

//! Tables whose contents pg_dump dumps (for progress); -1 when they cannot be counted.
qint64 postgresTableCount(const ConnectionProfile &profile)
{
    auto opened = DatabaseSession::open(profile);
    if (!opened)
        return -1;
    DatabaseSession session = std::move(opened).value();
    const auto count = queryColumn(session, QStringLiteral(
        "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"));
    return count ? count->value(0).toLongLong() : -1;
}

BackupVerification verifyPostgres(const QString &path, const BackupPrograms &programs)
{
    const BackupTool tool(programs.pgRestore);
    const BackupToolRun run = tool.run({QStringLiteral("--list"), path}, QProcessEnvironment::systemEnvironment(),
                                       {}, nullptr);
    if (!run.succeeded())
        return {false, QStringLiteral("pg_restore --list failed: %1").arg(run.failureText(tool.program()))};
    const QStringList lines = QString::fromLocal8Bit(run.output).split(QLatin1Char('\n'));
    int entries = 0;
    int data = 0;
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')))
            continue;
        ++entries;
        data += line.contains(QLatin1String(" TABLE DATA ")) ? 1 : 0;
    }
    // pg_restore's header (";" lines, with "TOC Entries:") proves a readable archive; a database
    // without any object (a fresh one) gives a valid archive that lists nothing.
    const bool hasHeader = std::any_of(lines.cbegin(), lines.cend(),
                                       [](const QString &line) { return line.startsWith(QLatin1String(";     TOC Entries:")); });
    if (entries == 0 && !hasHeader)
        return {false, QStringLiteral("pg_restore --list: the archive lists no entries")};
    if (entries == 0)
        return {true, QStringLiteral("pg_restore --list: a valid archive of an empty database")};
    return {true, QStringLiteral("pg_restore --list: %1 entries, %2 with table data").arg(entries).arg(data)};
}

Expected<BackupVerification, BackupError> createPostgres(const ConnectionProfile &profile, const BackupRequest &request,
                                                         const ReservedFile &file)
{
    report(request, 0, 0, QStringLiteral("counting tables"));
    const qint64 total = std::max<qint64>(postgresTableCount(profile), 0);
    qint64 done = 0;
    const BackupTool tool(request.programs.pgDump);
    const auto onLine = [&](const QString &line) {
        static const QLatin1String dumping("dumping contents of table ");
        if (line.startsWith(dumping)) {
            QString table = line.mid(dumping.size());
            table.remove(QLatin1Char('"'));
            report(request, std::min(done, total), total, QStringLiteral("dumping table %1").arg(table));
            ++done;
        } else {
            report(request, std::min(done, total), total, line);
        }
    };
    const QStringList args{QStringLiteral("--format=custom"), QStringLiteral("--verbose"), QStringLiteral("--no-password"),
                           QStringLiteral("--file=") + file.path};
    const BackupToolRun run = tool.run(args, BackupTool::environment(profile, QProcessEnvironment::systemEnvironment()),
                                       onLine, request.cancel);
    if (run.cancelled)
        return cancelledError();
    if (!run.succeeded())
        return BackupError{QStringLiteral("pg_dump could not back up the database %1").arg(profile.displayUrl()),
                           run.failureText(tool.program()), false};
    report(request, total, total, QStringLiteral("verifying the dump (pg_restore --list)"));
    return verifyPostgres(file.path, request.programs);
}

void fillRecord(BackupRecord *record, const ConnectionProfile &profile, const BackupRequest &request,
                const ReservedFile &file)
{
    record->id = file.id;
    record->dialect = profile.dialectName();
    record->profileName = profile.name;
    // A SQLite URL as written may be relative to a working directory; the record names the file.
    record->url = profile.isSqlite() ? QLatin1String("sqlite:///") + profile.sqlitePath : profile.toUrl();
    record->displayUrl = profile.isSqlite() ? record->url : profile.displayUrl();
    record->database = profile.isSqlite() ? profile.sqlitePath : profile.database;
    record->fromRevisions = request.fromRevisions;
    record->toRevisions = request.toRevisions;
    record->note = request.note;
    record->created = file.created;
    record->filePath = file.path;
    record->size = QFileInfo(file.path).size();
    record->restoreCommand = QStringLiteral("retort-cli backups restore ") + file.id;
    QStringList raw;
    if (profile.isSqlite()) {
        raw << QStringLiteral("cp") << file.path << profile.sqlitePath;
    } else {
        raw << QStringLiteral("pg_restore") << QStringLiteral("--clean") << QStringLiteral("--if-exists")
            << QStringLiteral("--no-owner") << QStringLiteral("--single-transaction")
            << BackupTool::connectionArguments(profile) << file.path;
    }
    for (QString &argument : raw)
        argument = shellQuote(argument);
    record->rawRestoreCommand = raw.join(QLatin1Char(' '));
}

} // namespace

QString BackupError::toString() const
{
    return toolOutput.isEmpty() ? message : message + QLatin1Char('\n') + toolOutput;
}

Expected<qint64, BackupError> Backup::estimateSize(const ConnectionProfile &profile)
{
    if (profile.isSqlite()) {
        if (profile.isInMemory() || !QFileInfo::exists(profile.sqlitePath))
            return BackupError{QStringLiteral("There is no database file to back up"), {}, false};
        return QFileInfo(profile.sqlitePath).size() + QFileInfo(profile.sqlitePath + QLatin1String("-wal")).size();
    }
    auto opened = DatabaseSession::open(profile);
    if (!opened)
        return BackupError{QStringLiteral("Cannot connect to %1").arg(profile.displayUrl()), opened.error(), false};
    DatabaseSession session = std::move(opened).value();
    const auto size = queryColumn(session, QStringLiteral("SELECT pg_database_size(current_database())"));
    if (!size)
        return BackupError{QStringLiteral("Cannot read the size of %1").arg(profile.displayUrl()), size.error(), false};
    return size->value(0).toLongLong();
}

Expected<BackupRecord, BackupError> Backup::create(const ConnectionProfile &profile, const BackupRequest &request)
{
    if (profile.isInMemory())
        return BackupError{QStringLiteral("An in-memory SQLite database cannot be backed up"), {}, false};
    if (profile.isSqlite() && !QFileInfo(profile.sqlitePath).isFile())
        return BackupError{QStringLiteral("The SQLite database '%1' does not exist").arg(profile.sqlitePath), {}, false};
    if (isCancelled(request))
        return cancelledError();
    const auto reserved = reserveFile(request.directory, profile,
                                      profile.isSqlite() ? QStringLiteral(".sqlite") : QStringLiteral(".pgdump"));
    if (!reserved)
        return reserved.error();
    const ReservedFile &file = reserved.value();
    const auto verification = profile.isSqlite() ? createSqlite(profile, request, file)
                                                 : createPostgres(profile, request, file);
    const auto discard = [&file](BackupError error) {
        QFile::remove(file.path);
        return error;
    };
    if (!verification)
        return discard(verification.error());
    if (!verification->ok)
        return discard(BackupError{QStringLiteral("The backup failed its verification; it was deleted"),
                                   verification->text, false});
    const qint64 size = QFileInfo(file.path).size();
    report(request, size, size, QStringLiteral("computing the checksum"));
    BackupRecord record;
    record.sha256 = fileSha256(file.path);
    if (record.sha256.isEmpty())
        return discard(BackupError{QStringLiteral("Cannot read back '%1'").arg(file.path), {}, false});
    if (isCancelled(request))
        return discard(cancelledError());
    record.verified = true;
    record.verification = verification->text;
    fillRecord(&record, profile, request, file);
    return record;
}

BackupVerification Backup::verify(const QString &dialect, const QString &filePath, const BackupPrograms &programs)
{
    if (!QFileInfo(filePath).isFile())
        return {false, QStringLiteral("The backup file '%1' does not exist").arg(filePath)};
    return dialect == QLatin1String("sqlite") ? verifySqlite(filePath, -1) : verifyPostgres(filePath, programs);
}

QString Backup::fileSha256(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Retort::Core

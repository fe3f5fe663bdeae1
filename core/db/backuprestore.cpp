// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/backuprestore.h"

#include "core/db/backuptool.h"
#include "core/db/databasesession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace Retort::Core {
namespace {

void report(const RestoreOptions &options, qint64 done, qint64 total, const QString &what)
{
    if (options.progress)
        options.progress(done, total, what);
}

bool isCancelled(const RestoreOptions &options)
{
    return options.cancel && options.cancel->load();
}

BackupError restoreCancelled()
{
    return BackupError{QStringLiteral("The restore was cancelled; the database was not changed"), {}, true};
}

BackupError inUse(const QString &path, const QString &detail)
{
    return BackupError{QStringLiteral("The database '%1' is in use by another program; close it and restore again")
                           .arg(path),
                       detail, false};
}

/*! Makes sure nobody else uses the SQLite file and that everything committed is in the main
    file: checkpoint a WAL, take an exclusive lock once, close; a -wal file that survives our
    close belongs to another connection. */
Expected<bool, BackupError> quiesceSqlite(const ConnectionProfile &target)
{
    {
        DatabaseSession::Options sessionOptions;
        sessionOptions.busyTimeoutMs = 1000;
        auto opened = DatabaseSession::open(target, sessionOptions);
        if (!opened)
            return BackupError{QStringLiteral("Cannot open '%1'").arg(target.sqlitePath), opened.error(), false};
        DatabaseSession session = std::move(opened).value();
        QSqlQuery query(session.database());
        if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
            return BackupError{QStringLiteral("Cannot read '%1'").arg(target.sqlitePath), query.lastError().text(), false};
        const bool wal = query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        query.finish();
        if (wal && !query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return inUse(target.sqlitePath, query.lastError().text());
        query.finish();
        if (!query.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            return inUse(target.sqlitePath, query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
    }
    if (QFileInfo::exists(target.sqlitePath + QLatin1String("-wal")))
        return inUse(target.sqlitePath, QStringLiteral("its -wal file is still open"));
    return true;
}

/*! Writes the backup over \a databasePath through QSaveFile (a temporary file beside it,
    renamed over it on commit), checking the bytes against the record's sha256 on the way. */
Expected<bool, BackupError> replaceWithBackup(const BackupRecord &record, const QString &databasePath,
                                              const RestoreOptions &options)
{
    QFile source(record.filePath);
    if (!source.open(QIODevice::ReadOnly))
        return BackupError{QStringLiteral("Cannot read the backup file '%1'").arg(record.filePath), source.errorString(), false};
    QSaveFile target(databasePath);
    if (!target.open(QIODevice::WriteOnly))
        return BackupError{QStringLiteral("Cannot write beside '%1'").arg(databasePath), target.errorString(), false};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = source.size();
    qint64 done = 0;
    while (!source.atEnd()) {
        if (isCancelled(options)) {
            target.cancelWriting();
            return restoreCancelled();
        }
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return BackupError{QStringLiteral("Copying the backup into place failed"), target.errorString(), false};
        }
        hash.addData(chunk);
        done += chunk.size();
        report(options, done, total, QStringLiteral("copying the backup into place"));
    }
    if (QString::fromLatin1(hash.result().toHex()) != record.sha256) {
        target.cancelWriting();
        return BackupError{QStringLiteral("The backup file changed while it was being restored; the database was not changed"),
                           {}, false};
    }
    if (!target.commit())
        return BackupError{QStringLiteral("Replacing '%1' failed; it was not changed").arg(databasePath),
                           target.errorString(), false};
    return true;
}

//! A libpq connection-string value in single quotes.
QString conninfoQuote(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

//! Entries with table data in the archive's table of contents (for progress); 0 when unknown.
qint64 tableDataEntries(const BackupTool &tool, const QString &path)
{
    const BackupToolRun run = tool.run({QStringLiteral("--list"), path}, QProcessEnvironment::systemEnvironment(), {}, nullptr);
    return run.succeeded() ? QString::fromLocal8Bit(run.output).count(QLatin1String(" TABLE DATA ")) : 0;
}

} // namespace

QString BackupRestore::keptFilePath(const QString &databasePath, const QDateTime &when)
{
    const QString base = databasePath + QLatin1String(".before-restore-")
        + when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString path = base;
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = base + QLatin1Char('-') + QString::number(n);
    return path;
}

Expected<QString, BackupError> BackupRestore::restoreSqlite(const BackupRecord &record, const ConnectionProfile &target,
                                                            const RestoreOptions &options)
{
    if (target.isInMemory())
        return BackupError{QStringLiteral("A backup cannot be restored into an in-memory database"), {}, false};
    const QString db = target.sqlitePath;
    QString kept;
    if (QFileInfo::exists(db)) {
        report(options, 0, 0, QStringLiteral("checking that nobody uses the database"));
        const auto quiet = quiesceSqlite(target);
        if (!quiet)
            return quiet.error();
        kept = keptFilePath(db, QDateTime::currentDateTimeUtc());
        report(options, 0, 0, QStringLiteral("keeping the current database as %1").arg(QFileInfo(kept).fileName()));
        if (!QFile::copy(db, kept)) {
            QFile::remove(kept);
            return BackupError{QStringLiteral("Cannot keep a copy of '%1' as '%2'; nothing was changed").arg(db, kept),
                               {}, false};
        }
    }
    if (isCancelled(options)) {
        QFile::remove(kept);
        return restoreCancelled();
    }
    const auto replaced = replaceWithBackup(record, db, options);
    if (!replaced) {
        QFile::remove(kept); // the database was not touched: the kept copy is not needed
        return replaced.error();
    }
    return kept;
}

Expected<QString, BackupError> BackupRestore::restorePostgres(const BackupRecord &record, const ConnectionProfile &target,
                                                              const RestoreOptions &options)
{
    if (target.database.isEmpty())
        return BackupError{QStringLiteral("The target URL names no database to restore into"), {}, false};
    const BackupTool tool(options.programs.pgRestore);
    report(options, 0, 0, QStringLiteral("reading the archive's table of contents"));
    const qint64 total = tableDataEntries(tool, record.filePath);
    qint64 done = 0;
    const auto onLine = [&](const QString &line) {
        static const QLatin1String processing("processing data for table ");
        if (line.startsWith(processing)) {
            QString table = line.mid(processing.size());
            table.remove(QLatin1Char('"'));
            report(options, std::min(done++, total), total, QStringLiteral("restoring table %1").arg(table));
        } else {
            report(options, std::min(done, total), total, line);
        }
    };
    // The database name is passed as a connection string so that a name containing '=' is
    // not read as one; host, user and password come from the environment (BackupTool).
    const QStringList args{QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                           QStringLiteral("--single-transaction"), QStringLiteral("--verbose"),
                           QStringLiteral("--no-password"),
                           QStringLiteral("--dbname=dbname=") + conninfoQuote(target.database), record.filePath};
    const BackupToolRun run = tool.run(args, BackupTool::environment(target, QProcessEnvironment::systemEnvironment()),
                                       onLine, options.cancel);
    if (run.cancelled)
        return restoreCancelled();
    if (!run.succeeded())
        return BackupError{QStringLiteral("pg_restore failed; the database was not changed (single transaction)"),
                           run.failureText(tool.program()), false};
    return run.messages;
}

} // namespace Retort::Core

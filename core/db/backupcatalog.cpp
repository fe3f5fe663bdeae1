// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/backupcatalog.h"

#include "core/db/backuprestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Retort::Core {
namespace {

const QLatin1String kFormat("retort-backup-catalog");
constexpr int kVersion = 1;

BackupError refused(const QString &message)
{
    return BackupError{message, {}, false};
}

//! Checks that \a record's file is there and unchanged before anything is touched.
Expected<bool, BackupError> checkBackupFile(const BackupRecord &record, const ConnectionProfile &target)
{
    if (record.dialect != target.dialectName())
        return refused(QStringLiteral("Backup %1 is a %2 backup; it cannot be restored into the %3 database %4")
                           .arg(record.id, record.dialect, target.dialectName(), target.displayUrl()));
    if (!QFileInfo(record.filePath).isFile())
        return refused(QStringLiteral("The file of backup %1 is missing: %2").arg(record.id, record.filePath));
    const QString now = Backup::fileSha256(record.filePath);
    if (now != record.sha256)
        return refused(QStringLiteral("The file of backup %1 (%2) has changed since it was made (sha256 recorded %3, "
                                      "now %4); refusing to restore it")
                           .arg(record.id, record.filePath, record.sha256,
                                now.isEmpty() ? QStringLiteral("unreadable") : now));
    return true;
}

} // namespace

QString BackupCatalog::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/Retort/Retort/backups");
}

BackupCatalog::BackupCatalog() : BackupCatalog(defaultDirectory()) {}

BackupCatalog::BackupCatalog(const QString &directory) : m_directory(QDir::cleanPath(directory)) {}

QString BackupCatalog::catalogPath() const
{
    return m_directory + QLatin1String("/catalog.json");
}

Expected<QList<BackupRecord>, QString> BackupCatalog::read() const
{
    QFile file(catalogPath());
    if (!file.exists())
        return QList<BackupRecord>{};
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read the backup catalog %1: %2").arg(catalogPath(), file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    const auto damaged = [this](const QString &why) {
        return QStringLiteral("The backup catalog %1 is damaged (%2); it is left as it is").arg(catalogPath(), why);
    };
    if (error.error != QJsonParseError::NoError)
        return damaged(QStringLiteral("at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (root.value(QLatin1String("format")).toString() != kFormat || !root.value(QLatin1String("backups")).isArray())
        return damaged(QStringLiteral("not a Retort backup catalog"));
    if (root.value(QLatin1String("version")).toInt() > kVersion)
        return QStringLiteral("The backup catalog %1 was written by a newer Retort").arg(catalogPath());
    QList<BackupRecord> records;
    for (const QJsonValue &value : root.value(QLatin1String("backups")).toArray()) {
        const auto record = BackupRecord::fromJson(value.toObject());
        if (!record)
            return damaged(record.error());
        records << record.value();
    }
    return records;
}

Expected<bool, QString> BackupCatalog::write(const QList<BackupRecord> &records) const
{
    QJsonArray backups;
    for (const BackupRecord &record : records)
        backups.append(record.toJson());
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("backups"), backups}};
    QSaveFile file(catalogPath());
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("Cannot write the backup catalog %1: %2").arg(catalogPath(), file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("Cannot write the backup catalog %1: %2").arg(catalogPath(), file.errorString());
    return true;
}

Expected<QList<BackupRecord>, QString> BackupCatalog::list() const
{
    auto records = read();
    if (!records)
        return records;
    QList<BackupRecord> sorted = std::move(records).value();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const BackupRecord &a, const BackupRecord &b) { return a.id > b.id; });
    return sorted;
}

Expected<BackupRecord, QString> BackupCatalog::find(const QString &id) const
{
    const auto records = read();
    if (!records)
        return records.error();
    QStringList candidates;
    const BackupRecord *match = nullptr;
    for (const BackupRecord &record : records.value()) {
        if (record.id == id)
            return record;
        if (!id.isEmpty() && record.id.startsWith(id)) {
            candidates << record.id;
            match = &record;
        }
    }
    if (candidates.size() == 1)
        return *match;
    if (candidates.size() > 1)
        return QStringLiteral("'%1' matches several backups: %2").arg(id, candidates.join(QLatin1String(", ")));
    return QStringLiteral("No backup '%1' in %2").arg(id, catalogPath());
}

Expected<bool, QString> BackupCatalog::add(const BackupRecord &record)
{
    if (!QDir().mkpath(m_directory))
        return QStringLiteral("Cannot create the backup directory %1").arg(m_directory);
    QLockFile lock(catalogPath() + QLatin1String(".lock"));
    if (!lock.tryLock(10000))
        return QStringLiteral("The backup catalog %1 is locked by another program").arg(catalogPath());
    auto records = read();
    if (!records)
        return records.error();
    for (const BackupRecord &existing : records.value()) {
        if (existing.id == record.id)
            return QStringLiteral("The backup catalog already has a backup %1").arg(record.id);
    }
    records.value().append(record);
    return write(records.value());
}

Expected<BackupRecord, BackupError> BackupCatalog::createAndAdd(const ConnectionProfile &profile, BackupRequest request)
{
    request.directory = m_directory;
    auto record = Backup::create(profile, request);
    if (!record)
        return record;
    const auto added = add(record.value());
    if (!added)
        return BackupError{QStringLiteral("The backup %1 was made but could not be cataloged").arg(record->filePath),
                           added.error(), false};
    return record;
}

Expected<RestoreResult, BackupError> BackupCatalog::restore(const QString &id, const ConnectionProfile &target,
                                                            const RestoreOptions &options)
{
    const auto found = find(id);
    if (!found)
        return refused(found.error());
    RestoreResult result;
    result.restored = found.value();
    const auto checked = checkBackupFile(result.restored, target);
    if (!checked)
        return checked.error();
    if (result.restored.isSqlite()) {
        const auto kept = BackupRestore::restoreSqlite(result.restored, target, options);
        if (!kept)
            return kept.error();
        result.keptFile = kept.value();
        return result;
    }
    if (options.backupBeforeRestore) {
        BackupRequest request;
        request.note = QStringLiteral("before restoring %1").arg(result.restored.id);
        request.progress = options.progress;
        request.cancel = options.cancel;
        request.programs = options.programs;
        const auto safety = createAndAdd(target, request);
        if (!safety)
            return BackupError{QStringLiteral("The current state of %1 could not be backed up first; nothing was "
                                              "restored: %2").arg(target.displayUrl(), safety.error().message),
                               safety.error().toolOutput, safety.error().cancelled};
        result.safetyBackup = safety.value();
    }
    const auto restored = BackupRestore::restorePostgres(result.restored, target, options);
    if (!restored)
        return restored.error();
    result.toolOutput = restored.value();
    return result;
}

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/db/backup.h"
#include "core/db/backuprecord.h"
#include "core/db/connectionprofile.h"

#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Retort::Core {

/*! How a restore runs. */
struct RestoreOptions
{
    BackupProgress progress;                  //!< may be empty
    const std::atomic_bool *cancel = nullptr; //!< may be null
    BackupPrograms programs;
    /*! PostgreSQL: back up the database as it is now (added to the catalog, note "before
        restoring <id>") before pg_restore replaces it. SQLite always keeps the replaced file. */
    bool backupBeforeRestore = true;
};

/*! What a restore did. */
struct RestoreResult
{
    BackupRecord restored;                //!< the backup that was put back
    QString keptFile;                     //!< SQLite: where the replaced database file was kept
    std::optional<BackupRecord> safetyBackup; //!< PostgreSQL: the backup made before restoring
    QString toolOutput;                   //!< pg_restore's messages (warnings), if any
};

/*! The backups Retort has made, kept as one JSON file (`catalog.json`) in a directory beside
    the backup files themselves.

    The catalog file is replaced atomically (QSaveFile) under a lock file (QLockFile, so that
    the GUI and retort-cli can add at the same time); a reader never sees half a catalog. A
    catalog file that cannot be read is an error and is never overwritten.

    Restore:
    - SQLite: the backup's sha256 is checked, the target must not be in use (no writer holds a
      lock, no non-empty -wal remains after a checkpoint), the target is copied to
      `<db>.before-restore-<UTC time>` (never overwriting), then the backup is written beside
      the target and renamed over it in one atomic step (QSaveFile).
    - PostgreSQL: the sha256 is checked, by default a safety backup of the current state is made
      and cataloged, then `pg_restore --clean --if-exists --no-owner --single-transaction`
      replaces the backed-up objects (all or nothing).
    A checksum mismatch, a missing file or a backup of another dialect is refused.

    Threads: blocking calls on the calling thread; one catalog object per thread. */
class BackupCatalog
{
public:
    /*! `<data>/Retort/Retort/backups`, where <data> is QStandardPaths::GenericDataLocation:
        the Retort GUI's AppDataLocation on Linux and macOS, the same for every program
        (retort-cli has another application name). */
    static QString defaultDirectory();

    BackupCatalog();                                 //!< defaultDirectory()
    explicit BackupCatalog(const QString &directory); //!< for tests and custom locations

    QString directory() const { return m_directory; }
    QString catalogPath() const;

    //! Every cataloged backup, newest first. No catalog file yet = an empty list.
    Expected<QList<BackupRecord>, QString> list() const;
    //! The backup with id \a id, or with a unique id starting with \a id.
    Expected<BackupRecord, QString> find(const QString &id) const;
    //! Adds \a record (its id must be new). Returns true.
    Expected<bool, QString> add(const BackupRecord &record);

    /*! Makes a backup into directory() (Backup::create with the request's directory set) and
        adds it. A convenience for the executor and the CLI. */
    Expected<BackupRecord, BackupError> createAndAdd(const ConnectionProfile &profile, BackupRequest request);

    //! Puts backup \a id back into \a target (see the class comment).
    Expected<RestoreResult, BackupError> restore(const QString &id, const ConnectionProfile &target,
                                                 const RestoreOptions &options = {});

private:
    Expected<QList<BackupRecord>, QString> read() const;
    Expected<bool, QString> write(const QList<BackupRecord> &records) const;

    QString m_directory;
};

} // namespace Retort::Core

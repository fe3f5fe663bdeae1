// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/db/backuprecord.h"
#include "core/db/connectionprofile.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Retort::Core {

/*! Progress of a long backup or restore: \a done of \a total units of the current phase (bytes
    while SQLite copies or a checksum is computed, tables while pg_dump or pg_restore runs;
    total 0 = unknown) and what is happening ("dumping table public.book"). Called on the thread
    that called Backup or BackupCatalog. */
using BackupProgress = std::function<void(qint64 done, qint64 total, const QString &what)>;

/*! Why a backup or restore did not happen. */
struct BackupError
{
    QString message;    //!< a sentence for the user
    QString toolOutput; //!< pg_dump's / pg_restore's stderr (or SQLite's error text); may be empty
    bool cancelled = false;

    //! The message, and the tool output below it when there is one.
    QString toString() const;
};

//! The PostgreSQL client programs to run: names looked up on PATH, or paths.
struct BackupPrograms
{
    QString pgDump = QStringLiteral("pg_dump");
    QString pgRestore = QStringLiteral("pg_restore");
};

/*! What to back up into, and why. */
struct BackupRequest
{
    QString directory;        //!< where the file goes (created when missing); BackupCatalog::directory()
    QStringList fromRevisions; //!< copied into the record
    QStringList toRevisions;   //!< copied into the record
    QString note;             //!< copied into the record
    BackupProgress progress;  //!< may be empty
    const std::atomic_bool *cancel = nullptr; //!< may be null; raising it stops the backup
    BackupPrograms programs;
};

/*! The result of checking a backup file. */
struct BackupVerification
{
    bool ok = false;
    QString text; //!< what was found ("PRAGMA integrity_check: ok; 3 tables"), or what is wrong
};

/*! Makes verified backups of a database before a migration run (issue 4 "Backups").

    - SQLite: `VACUUM INTO` a new file (a consistent snapshot, even while others read or write),
      then the copy is opened read-only, `PRAGMA integrity_check` must say "ok" and its tables are
      counted. The copy runs on a short-lived helper thread with its own connection, so that the
      calling thread can report the copy's growing size and notice cancel; SQLite cannot stop a
      VACUUM midway, so a cancel takes effect when the copy is done and the copy is deleted.
    - PostgreSQL: `pg_dump -Fc --verbose` to a new file, progress from its "dumping contents of
      table" lines against the number of tables counted beforehand, then `pg_restore --list`
      must succeed and list entries. Cancel kills pg_dump and deletes the partial file.

    An existing file is never overwritten: the name is reserved with an exclusive create first.
    Nothing is left behind on failure or cancel. The record is not added to any catalog
    (BackupCatalog::add does that).

    Threads: every function runs on and blocks the calling thread (the executor's worker);
    callbacks are called on it. Errors are values. */
class Backup
{
public:
    /*! Roughly how big the backup will be, for the GUI's "back up N MB first?" prompt: the
        SQLite file (and its -wal) size, or `pg_database_size()` (a dump is usually smaller). */
    static Expected<qint64, BackupError> estimateSize(const ConnectionProfile &profile);

    /*! Makes, verifies and checksums a backup of \a profile's database. An in-memory or missing
        SQLite database, a failed copy or a failed verification are errors (no file is kept). */
    static Expected<BackupRecord, BackupError> create(const ConnectionProfile &profile, const BackupRequest &request);

    //! Checks an existing backup file as create() does (SQLite: \a dialect "sqlite").
    static BackupVerification verify(const QString &dialect, const QString &filePath,
                                     const BackupPrograms &programs = {});

    //! sha256 of the file's bytes as lowercase hex; empty when it cannot be read.
    static QString fileSha256(const QString &filePath);
};

} // namespace Retort::Core

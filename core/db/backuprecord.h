// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/db/connectionprofile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! One verified backup of a database, as the backup catalog stores it.

    Holds no secret: `displayUrl` is masked and `url` has no password (ConnectionProfile::toUrl).
    A plain value; safe to copy between threads. */
struct BackupRecord
{
    QString id;               //!< "20261121-123456-789": UTC creation time, sortable as text; unique per catalog
    QString dialect;          //!< "sqlite" or "postgresql"
    QString profileName;      //!< the profile's label; empty for an ad-hoc URL
    QString displayUrl;       //!< the URL with the password masked, for people
    QString url;              //!< the URL without a password (re-parsable), to find the database again
    QString database;         //!< SQLite: absolute file path; PostgreSQL: database name
    QStringList fromRevisions; //!< the database's heads when the backup was made (given by the caller)
    QStringList toRevisions;   //!< where the run that asked for the backup was going (given by the caller)
    QString note;             //!< why it was made ("before upgrade", "before restoring X"); may be empty
    QDateTime created;        //!< UTC
    QString filePath;         //!< absolute path of the backup file
    qint64 size = 0;          //!< bytes of the backup file
    QString sha256;           //!< lowercase hex of the backup file's bytes
    bool verified = false;
    QString verification;     //!< what the verification found ("PRAGMA integrity_check: ok; 3 tables")
    QString restoreCommand;   //!< `retort-cli backups restore <id>`
    QString rawRestoreCommand; //!< the same without Retort: `cp ...` or `pg_restore --clean --if-exists ...`

    bool isSqlite() const { return dialect == QLatin1String("sqlite"); }

    //! The database the backup was made from, without a password (PostgreSQL reads PGPASSWORD/.pgpass).
    Expected<ConnectionProfile, QString> sourceProfile() const;

    QJsonObject toJson() const;
    //! Reads what toJson() wrote; fails naming the first missing or malformed key.
    static Expected<BackupRecord, QString> fromJson(const QJsonObject &object);

    bool operator==(const BackupRecord &other) const = default;
};

/*! \a argument quoted for a POSIX shell when it needs it ('...' with embedded quotes escaped),
    as it appears in the restore commands shown to users. */
QString shellQuote(const QString &argument);

} // namespace Retort::Core

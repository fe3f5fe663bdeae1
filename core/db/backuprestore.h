// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/db/backupcatalog.h"

#include <QString>

namespace Retort::Core {

/*! The two ways of putting a backup back, used by BackupCatalog::restore() once it has checked
    the record (dialect, file present, sha256). See BackupCatalog for the guarantees.
    Blocking; the calling thread. */
class BackupRestore
{
public:
    /*! Replaces the SQLite file of \a target with the backup. Returns where the replaced file
        was kept (empty when there was no file). */
    static Expected<QString, BackupError> restoreSqlite(const BackupRecord &record, const ConnectionProfile &target,
                                                        const RestoreOptions &options);

    //! `pg_restore --clean --if-exists --no-owner --single-transaction` into \a target; returns its warnings.
    static Expected<QString, BackupError> restorePostgres(const BackupRecord &record, const ConnectionProfile &target,
                                                          const RestoreOptions &options);

    //! `<db>.before-restore-<yyyyMMddTHHmmssZ>`, with "-2", "-3" ... when taken.
    static QString keptFilePath(const QString &databasePath, const QDateTime &when);
};

} // namespace Retort::Core

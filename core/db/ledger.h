// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Retort::Core {

class DatabaseSession;
class Project;

/*! One row of the `retort_ledger` table: one migration step Retort ran (or tried to run). */
struct LedgerEntry
{
    enum class Direction { Upgrade, Downgrade, Stamp };
    enum class Outcome { Succeeded, Failed, Cancelled };

    qint64 id = 0;            //!< assigned by the database (increasing); 0 before recording
    QString runId;            //!< shared by every step of one run (Ledger::newRunId())
    QString revision;         //!< the revision the step applied, removed or stamped
    Direction direction = Direction::Upgrade;
    QString fileSha256;       //!< revisionFileSha256() of the revision file when the step ran; may be empty
    QDateTime started;        //!< UTC
    QDateTime finished;       //!< UTC
    Outcome outcome = Outcome::Succeeded;
    QString error;            //!< the failure's text; empty on success
    QString osUser;           //!< filled by recordStep()/recordFailure() when empty
    QString host;             //!< filled when empty (QSysInfo::machineHostName())
    QString retortVersion;    //!< filled when empty (RETORT_VERSION)
    QString backupId;         //!< the backup made before the run; may be empty

    bool operator==(const LedgerEntry &other) const = default;
};

QString directionName(LedgerEntry::Direction direction); //!< "upgrade", "downgrade", "stamp"
QString outcomeName(LedgerEntry::Outcome outcome);       //!< "succeeded", "failed", "cancelled"

/*! A revision whose file changed after it was applied. */
struct ChecksumMismatch
{
    QString revision;
    QString file;           //!< the revision file as the project reads it now
    QString recordedSha256; //!< from the latest successful upgrade of the revision
    QString currentSha256;  //!< the file now; empty when it cannot be read
    QDateTime appliedAt;    //!< when that upgrade finished (UTC)

    //! "revision abc (versions/abc_x.py) was edited after it was applied on <time>: ..."
    QString message() const;

    bool operator==(const ChecksumMismatch &other) const = default;
};

/*! The audit ledger: the `retort_ledger` table in the migrated database itself, so that its
    history travels with it. It never touches the version table.

    SQL per dialect: SQLite stores times as ISO 8601 TEXT ("2026-11-21T12:34:56.789Z"),
    PostgreSQL as timestamptz; ids are SQLite's INTEGER PRIMARY KEY / PostgreSQL's bigserial.
    The schema name, when given, is quoted where needed.

    Transactions: recordStep() runs inside the caller's open transaction (the step's), so the
    row commits or rolls back with the step; recordFailure() is meant for after the rollback and
    runs in autocommit. Neither begins, commits or rolls back. Both create the table when it is
    absent (on PostgreSQL a failing CREATE aborts the caller's transaction).

    Errors are the driver's text. Use from the thread that owns the session. A cheap value. */
class Ledger
{
public:
    static constexpr const char *kTableName = "retort_ledger";

    explicit Ledger(const QString &schema = {});

    QString schema() const { return m_schema; }
    //! The table name as SQL on \a dialect ("retort_ledger" or "audit".retort_ledger).
    QString qualifiedTable(const QString &dialect) const;
    QString createStatement(const QString &dialect) const;

    //! A new run id: "run-" followed by the UTC time and a random part; sortable.
    static QString newRunId();

    //! Whether the table exists (read-only).
    Expected<bool, QString> hasTable(DatabaseSession &session) const;
    //! Creates the table unless it exists. Returns true when it was created.
    Expected<bool, QString> ensureTable(DatabaseSession &session) const;

    //! Whether the table may still need creating before an INSERT (a check costs a round trip).
    enum class TableState { MayBeMissing, Exists };

    //! Records a successful step inside the caller's transaction. Returns the row id.
    Expected<qint64, QString> recordStep(DatabaseSession &session, const LedgerEntry &entry,
                                         TableState table = TableState::MayBeMissing) const;
    //! Records a failed or cancelled step (after the rollback). Returns the row id.
    Expected<qint64, QString> recordFailure(DatabaseSession &session, const LedgerEntry &entry) const;

    //! The newest \a limit rows (all when limit <= 0), newest first. No table = no rows.
    Expected<QList<LedgerEntry>, QString> entries(DatabaseSession &session, int limit = 100) const;

    /*! For each revision currently applied (the version table's rows and everything below
        them, the project's env settings naming the table), whose latest successful upgrade row
        has a sha256 that differs from its file's sha256 now; in the map's load order.
        Revisions without such a row (applied by Alembic) are not reported. */
    Expected<QList<ChecksumMismatch>, QString> checksumMismatches(DatabaseSession &session, const Project &project) const;

private:
    Expected<qint64, QString> insert(DatabaseSession &session, const LedgerEntry &entry, TableState table) const;

    QString m_schema;
};

//! sha256 of the file's bytes as lowercase hex; empty when it cannot be read.
QString revisionFileSha256(const QString &path);

} // namespace Retort::Core

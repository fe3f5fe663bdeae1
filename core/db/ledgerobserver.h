// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/ledger.h"
#include "core/db/migrationexecutor.h"

namespace Retort::Core {

/*! Writes each step of a run to the `retort_ledger` table: a succeeded row inside the step's
    transaction (so it commits or rolls back with the step), a failed or cancelled row after
    the rollback. All rows of one run share \a runId; \a backupId ties them to the backup made
    before the run (empty when skipped). The table is created when the run starts, under the
    migration lock (two racing runs must not both create it). Used on the executor's thread. */
class LedgerObserver final : public StepObserver
{
public:
    LedgerObserver(const Ledger &ledger, const QString &runId, const QString &backupId);

    Expected<bool, QString> runStarting(DatabaseSession &session) override;
    Expected<bool, QString> stepSucceeded(DatabaseSession &session, const ExecutionStep &step, qint64 elapsedMs) override;
    void stepFailed(DatabaseSession &session, const ExecutionStep &step, const QString &error, bool cancelled) override;

private:
    LedgerEntry entryFor(const ExecutionStep &step, qint64 elapsedMs) const;

    Ledger m_ledger;
    QString m_runId;
    QString m_backupId;
};

} // namespace Retort::Core

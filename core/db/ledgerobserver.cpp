// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/ledgerobserver.h"

#include <QDateTime>

namespace Retort::Core {

LedgerObserver::LedgerObserver(const Ledger &ledger, const QString &runId, const QString &backupId)
    : m_ledger(ledger)
    , m_runId(runId)
    , m_backupId(backupId)
{
}

LedgerEntry LedgerObserver::entryFor(const ExecutionStep &step, qint64 elapsedMs) const
{
    LedgerEntry entry;
    entry.runId = m_runId;
    entry.backupId = m_backupId;
    // A stamp names where it goes; a stamp to base names what it removes.
    entry.revision = !step.step.revision.isEmpty()       ? step.step.revision
                     : !step.step.toRevisions.isEmpty() ? step.step.toRevisions.join(QLatin1Char(','))
                                                        : step.step.fromRevisions.join(QLatin1Char(','));
    entry.direction = step.step.direction == MigrationStep::Upgrade     ? LedgerEntry::Direction::Upgrade
                      : step.step.direction == MigrationStep::Downgrade ? LedgerEntry::Direction::Downgrade
                                                                        : LedgerEntry::Direction::Stamp;
    if (!step.file.isEmpty())
        entry.fileSha256 = revisionFileSha256(step.file);
    entry.finished = QDateTime::currentDateTimeUtc();
    entry.started = entry.finished.addMSecs(-elapsedMs);
    return entry;
}

Expected<bool, QString> LedgerObserver::runStarting(DatabaseSession &session)
{
    const auto created = m_ledger.ensureTable(session);
    if (!created)
        return QString(QStringLiteral("Could not create the retort_ledger table: ") + created.error());
    return true;
}

Expected<bool, QString> LedgerObserver::stepSucceeded(DatabaseSession &session, const ExecutionStep &step, qint64 elapsedMs)
{
    LedgerEntry entry = entryFor(step, elapsedMs);
    entry.outcome = LedgerEntry::Outcome::Succeeded;
    // runStarting() made the table in this run's first transaction, which this step follows.
    const auto recorded = m_ledger.recordStep(session, entry, Ledger::TableState::Exists);
    if (!recorded)
        return QString(QStringLiteral("Could not write the ledger: ") + recorded.error());
    return true;
}

void LedgerObserver::stepFailed(DatabaseSession &session, const ExecutionStep &step, const QString &error, bool cancelled)
{
    LedgerEntry entry = entryFor(step, 0);
    entry.outcome = cancelled ? LedgerEntry::Outcome::Cancelled : LedgerEntry::Outcome::Failed;
    entry.error = error;
    m_ledger.recordFailure(session, entry);
}

} // namespace Retort::Core

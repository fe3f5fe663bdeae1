// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/runhistorymodel.h"

#include "ui/common/iconprovider.h"
#include "ui/execution/durationtext.h"

#include <QLocale>

namespace Retort::Ui {

namespace {

QString outcomeText(Core::LedgerEntry::Outcome outcome)
{
    switch (outcome) {
    case Core::LedgerEntry::Outcome::Succeeded: return RunHistoryModel::tr("succeeded");
    case Core::LedgerEntry::Outcome::Failed: return RunHistoryModel::tr("failed");
    case Core::LedgerEntry::Outcome::Cancelled: return RunHistoryModel::tr("cancelled");
    }
    return {};
}

QString directionText(Core::LedgerEntry::Direction direction)
{
    switch (direction) {
    case Core::LedgerEntry::Direction::Upgrade: return RunHistoryModel::tr("upgrade");
    case Core::LedgerEntry::Direction::Downgrade: return RunHistoryModel::tr("downgrade");
    case Core::LedgerEntry::Direction::Stamp: return RunHistoryModel::tr("stamp");
    }
    return {};
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunHistoryModel::setEntries(const QList<Core::LedgerEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::display(const Core::LedgerEntry &entry, int column) const
{
    switch (column) {
    case WhenColumn: return QLocale().toString(entry.started.toLocalTime(), QLocale::ShortFormat);
    case WhoColumn:
        if (entry.osUser.isEmpty() || entry.host.isEmpty())
            return entry.osUser.isEmpty() ? entry.host : entry.osUser;
        return QString(entry.osUser + QLatin1Char('@') + entry.host);
    case WhatColumn: return QString(directionText(entry.direction) + QLatin1Char(' ') + entry.revision);
    case OutcomeColumn: return outcomeText(entry.outcome);
    case DurationColumn:
        return entry.started.isValid() && entry.finished.isValid() ? durationText(entry.started.msecsTo(entry.finished))
                                                                   : QString();
    case RunColumn: return entry.runId;
    case BackupColumn: return entry.backupId.isEmpty() ? tr("none") : entry.backupId;
    default: return {};
    }
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::LedgerEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(entry, index.column());
    case Qt::ToolTipRole:
        if (!entry.error.isEmpty())
            return entry.error;
        return index.column() == WhenColumn ? QLocale().toString(entry.started.toLocalTime(), QLocale::LongFormat)
                                            : display(entry, index.column());
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn && entry.outcome != Core::LedgerEntry::Outcome::Succeeded)
            return themedIcon(entry.outcome == Core::LedgerEntry::Outcome::Failed ? QStringLiteral("error")
                                                                                  : QStringLiteral("warning"));
        return {};
    case OutcomeRole: return int(entry.outcome);
    case RunIdRole: return entry.runId;
    default: return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    case OutcomeColumn: return tr("Outcome");
    case DurationColumn: return tr("Duration");
    case RunColumn: return tr("Run");
    case BackupColumn: return tr("Backup");
    default: return {};
    }
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/ledger.h"

#include <QAbstractTableModel>
#include <QList>

namespace Retort::Ui {

/*! The rows of the `retort_ledger` table (Core::LedgerEntry, one per step Retort ran), newest
    first as Core::Ledger::entries returns them: when, who, what, outcome, duration, run, backup.
    The failure's text is the tooltip of a failed or cancelled row. Read-only. GUI thread only. */
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, OutcomeColumn, DurationColumn, RunColumn, BackupColumn, ColumnCount };
    //! The row's Core::LedgerEntry::Outcome as int (any column).
    static constexpr int OutcomeRole = Qt::UserRole + 1;
    //! The row's run id (any column).
    static constexpr int RunIdRole = Qt::UserRole + 2;

    explicit RunHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<Core::LedgerEntry> &entries);
    const QList<Core::LedgerEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Core::LedgerEntry &entry, int column) const;

    QList<Core::LedgerEntry> m_entries;
};

} // namespace Retort::Ui

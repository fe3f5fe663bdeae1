// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/revisionsummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace Retort::Ui {

/*! The project's revisions as a flat table in history order (newest first, as
    `alembic history` lists them). Read-only; reset as a whole by setRevisions().
    Lives on the GUI thread. Column texts are plain; the Markers column joins Alembic's
    markers ("head", "base", "branchpoint", "mergepoint", "effective head"). */
class RevisionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionTableModel)

public:
    enum Column { RevisionColumn, MessageColumn, ParentsColumn, LabelsColumn, MarkersColumn, FileColumn, ColumnCount };
    //! Extra role: the revision id of a row, whatever the column.
    static constexpr int RevisionIdRole = Qt::UserRole + 1;

    explicit RevisionTableModel(QObject *parent = nullptr);

    void setRevisions(const QList<Core::RevisionSummary> &revisions);
    //! The revisions the connected database stands at (marked "current"); empty: none.
    void setCurrentRevisions(const QStringList &revisionIds);
    const Core::RevisionSummary *revisionAt(int row) const;
    //! Row of \a revisionId, or -1.
    int rowOf(const QString &revisionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList markersOf(const Core::RevisionSummary &revision) const;

private:
    QString displayText(const Core::RevisionSummary &revision, int column) const;

    QList<Core::RevisionSummary> m_revisions;
    QStringList m_current;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/models/revisiontablemodel.h"

#include <QFileInfo>

namespace Retort::Ui {

RevisionTableModel::RevisionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevisionTableModel::setRevisions(const QList<Core::RevisionSummary> &revisions)
{
    beginResetModel();
    m_revisions = revisions;
    endResetModel();
}

void RevisionTableModel::setCurrentRevisions(const QStringList &revisionIds)
{
    m_current = revisionIds;
    if (!m_revisions.isEmpty())
        emit dataChanged(index(0, MarkersColumn), index(int(m_revisions.size()) - 1, MarkersColumn));
}

const Core::RevisionSummary *RevisionTableModel::revisionAt(int row) const
{
    return row >= 0 && row < m_revisions.size() ? &m_revisions.at(row) : nullptr;
}

int RevisionTableModel::rowOf(const QString &revisionId) const
{
    for (int row = 0; row < m_revisions.size(); ++row) {
        if (m_revisions.at(row).id == revisionId)
            return row;
    }
    return -1;
}

int RevisionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList RevisionTableModel::markersOf(const Core::RevisionSummary &revision) const
{
    QStringList markers;
    if (m_current.contains(revision.id))
        markers << tr("current");
    if (revision.isRealHead)
        markers << tr("head");
    else if (revision.isHead)
        markers << tr("effective head");
    if (revision.isBase)
        markers << tr("base");
    if (revision.isBranchPoint)
        markers << tr("branchpoint");
    if (revision.isMergePoint)
        markers << tr("mergepoint");
    return markers;
}

QString RevisionTableModel::displayText(const Core::RevisionSummary &revision, int column) const
{
    switch (column) {
    case RevisionColumn: return revision.id;
    case MessageColumn: return revision.doc;
    case ParentsColumn:
        return revision.downRevisions.isEmpty() ? tr("<base>") : revision.downRevisions.join(QLatin1String(", "));
    case LabelsColumn: return revision.branchLabels.join(QLatin1String(", "));
    case MarkersColumn: return markersOf(revision).join(QLatin1String(", "));
    case FileColumn: return QFileInfo(revision.path).fileName();
    }
    return {};
}

QVariant RevisionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::RevisionSummary &revision = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(revision, index.column());
    case Qt::ToolTipRole:
        return index.column() == FileColumn ? revision.path : revision.longDoc;
    case RevisionIdRole: return revision.id;
    default: return {};
    }
}

QVariant RevisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RevisionColumn: return tr("Revision");
    case MessageColumn: return tr("Message");
    case ParentsColumn: return tr("Parents");
    case LabelsColumn: return tr("Branch labels");
    case MarkersColumn: return tr("Markers");
    case FileColumn: return tr("File");
    }
    return {};
}

} // namespace Retort::Ui

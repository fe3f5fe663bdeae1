// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/models/diagnosticsmodel.h"

#include <QFileInfo>

namespace Retort::Ui {
namespace {

QString placeOf(const Core::SourceLocation &at)
{
    if (at.file.isEmpty())
        return {};
    QString place = QFileInfo(at.file).fileName();
    if (at.line > 0)
        place += QLatin1Char(':') + QString::number(at.line);
    if (at.line > 0 && at.column > 0)
        place += QLatin1Char(':') + QString::number(at.column);
    return place;
}

QString severityText(Core::Severity severity)
{
    switch (severity) {
    case Core::Severity::Error: return DiagnosticsModel::tr("Error");
    case Core::Severity::Warning: return DiagnosticsModel::tr("Warning");
    case Core::Severity::Info: return DiagnosticsModel::tr("Info");
    }
    return {};
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiagnosticsModel::setDiagnostics(const Core::DiagnosticList &diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

const Core::Diagnostic *DiagnosticsModel::diagnosticAt(int row) const
{
    return row >= 0 && row < m_diagnostics.size() ? &m_diagnostics.at(row) : nullptr;
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::Diagnostic &d = m_diagnostics.at(index.row());
    if (role == Qt::ToolTipRole)
        return d.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return severityText(d.severity);
    case PlaceColumn: return placeOf(d.location);
    case MessageColumn: return d.message;
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case PlaceColumn: return tr("Where");
    case MessageColumn: return tr("Problem");
    }
    return {};
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"

#include <QAbstractTableModel>

namespace Retort::Ui {

/*! Every problem the engine found, one row each: severity, place (file:line:column) and
    message. Read-only, reset as a whole; GUI thread only. */
class DiagnosticsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsModel)

public:
    enum Column { SeverityColumn, PlaceColumn, MessageColumn, ColumnCount };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setDiagnostics(const Core::DiagnosticList &diagnostics);
    const Core::Diagnostic *diagnosticAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Core::DiagnosticList m_diagnostics;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/schema/schemasnapshot.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Retort::Ui {

/*! The connected database's schema as a tree for the Schema dock: tables (then views and enum
    types) at the top; under a table its columns (name | type, NOT NULL, default), primary key,
    indexes, unique, check and foreign-key constraints. Two columns: Name, Details. Read-only;
    reset as a whole by setSnapshot(). GUI thread only. */
class SchemaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeModel)

public:
    enum Column { NameColumn, DetailsColumn, ColumnCount };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setSnapshot(const Core::SchemaSnapshot &snapshot);
    const Core::SchemaSnapshot &snapshot() const { return m_snapshot; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString name;
        QString details;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        Node *add(const QString &name, const QString &details);
    };
    void buildTable(Node *node, const Core::SchemaTable &table) const;
    Node *nodeOf(const QModelIndex &index) const;

    Core::SchemaSnapshot m_snapshot;
    std::unique_ptr<Node> m_root;
};

} // namespace Retort::Ui

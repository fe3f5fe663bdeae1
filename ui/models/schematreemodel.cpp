// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/models/schematreemodel.h"

namespace Retort::Ui {

SchemaTreeModel::Node *SchemaTreeModel::Node::add(const QString &childName, const QString &childDetails)
{
    auto node = std::make_unique<Node>();
    node->name = childName;
    node->details = childDetails;
    node->parent = this;
    node->row = int(children.size());
    children.push_back(std::move(node));
    return children.back().get();
}

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setSnapshot(const Core::SchemaSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_root = std::make_unique<Node>();
    for (const Core::SchemaTable &table : snapshot.tables)
        buildTable(m_root->add(table.name, tr("%n column(s)", nullptr, int(table.columns.size()))), table);
    for (const Core::SchemaView &view : snapshot.views)
        m_root->add(view.name, tr("view"));
    for (const Core::SchemaEnumType &type : snapshot.enumTypes)
        m_root->add(type.name, tr("enum: %1").arg(type.labels.join(QStringLiteral(", "))));
    endResetModel();
}

void SchemaTreeModel::buildTable(Node *node, const Core::SchemaTable &table) const
{
    for (const Core::SchemaColumn &c : table.columns) {
        QString details = c.type;
        if (!c.nullable)
            details += QStringLiteral(" NOT NULL");
        if (!c.defaultExpression.isEmpty())
            details += QStringLiteral(" DEFAULT ") + c.defaultExpression;
        node->add(c.name, details);
    }
    if (!table.primaryKey.columns.isEmpty())
        node->add(table.primaryKey.name.isEmpty() ? tr("primary key") : table.primaryKey.name,
                  tr("PRIMARY KEY (%1)").arg(table.primaryKey.columns.join(QStringLiteral(", "))));
    for (const Core::SchemaIndex &i : table.indexes)
        node->add(i.name, QStringLiteral("%1INDEX (%2)%3").arg(i.unique ? QStringLiteral("UNIQUE ") : QString(),
                                                                i.elements.join(QStringLiteral(", ")),
                                                                i.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + i.where));
    for (const Core::SchemaUniqueConstraint &u : table.uniqueConstraints)
        node->add(u.name.isEmpty() ? tr("unique") : u.name, QStringLiteral("UNIQUE (%1)").arg(u.columns.join(QStringLiteral(", "))));
    for (const Core::SchemaCheckConstraint &c : table.checkConstraints)
        node->add(c.name.isEmpty() ? tr("check") : c.name, QStringLiteral("CHECK (%1)").arg(c.expression));
    for (const Core::SchemaForeignKey &f : table.foreignKeys)
        node->add(f.name.isEmpty() ? tr("foreign key") : f.name,
                  QStringLiteral("(%1) → %2(%3) ON DELETE %4")
                      .arg(f.columns.join(QStringLiteral(", ")), f.referredTable, f.referredColumns.join(QStringLiteral(", ")), f.onDelete));
}

SchemaTreeModel::Node *SchemaTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *node = nodeOf(index);
    return index.column() == NameColumn ? node->name : node->details;
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Details");
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/schema/schemasnapshot.h"

#include <algorithm>
#include <tuple>

namespace Retort::Core {
namespace {

template<typename T>
const T *findByName(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

template<typename T, typename Key>
void sortBy(QList<T> &items, Key key)
{
    std::stable_sort(items.begin(), items.end(), [&key](const T &a, const T &b) { return key(a) < key(b); });
}

void normalizeTable(SchemaTable &table)
{
    sortBy(table.indexes, [](const SchemaIndex &i) { return std::tie(i.name, i.elements, i.where); });
    sortBy(table.uniqueConstraints, [](const SchemaUniqueConstraint &u) { return std::tie(u.name, u.columns); });
    sortBy(table.checkConstraints, [](const SchemaCheckConstraint &c) { return std::tie(c.name, c.expression); });
    sortBy(table.foreignKeys, [](const SchemaForeignKey &f) {
        return std::tie(f.name, f.columns, f.referredSchema, f.referredTable, f.referredColumns);
    });
}

bool isQuoteOpen(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[');
}

} // namespace

const SchemaColumn *SchemaTable::column(const QString &name) const { return findByName(columns, name); }
const SchemaIndex *SchemaTable::index(const QString &name) const { return findByName(indexes, name); }
const SchemaForeignKey *SchemaTable::foreignKey(const QString &name) const { return findByName(foreignKeys, name); }

const SchemaCheckConstraint *SchemaTable::checkConstraint(const QString &name) const
{
    return findByName(checkConstraints, name);
}

const SchemaUniqueConstraint *SchemaTable::uniqueConstraint(const QString &name) const
{
    return findByName(uniqueConstraints, name);
}

void SchemaSnapshot::normalize()
{
    schemas.sort();
    sortBy(tables, [](const SchemaTable &t) { return t.name; });
    sortBy(views, [](const SchemaView &v) { return v.name; });
    sortBy(enumTypes, [](const SchemaEnumType &e) { return e.name; });
    for (SchemaTable &table : tables)
        normalizeTable(table);
}

const SchemaTable *SchemaSnapshot::table(const QString &name) const { return findByName(tables, name); }
const SchemaView *SchemaSnapshot::view(const QString &name) const { return findByName(views, name); }
const SchemaEnumType *SchemaSnapshot::enumType(const QString &name) const { return findByName(enumTypes, name); }

QString collapseSqlWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    QChar closing;
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (!closing.isNull()) {
            out += c;
            if (c == closing)
                closing = QChar();
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
        if (isQuoteOpen(c))
            closing = c == QLatin1Char('[') ? QLatin1Char(']') : c;
    }
    return out;
}

} // namespace Retort::Core

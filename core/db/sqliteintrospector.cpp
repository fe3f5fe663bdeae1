// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/sqliteintrospector.h"

#include "core/db/introspectionquery.h"
#include "core/db/sqliteddlparser.h"

#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>
#include <vector>

namespace Retort::Core {
namespace {

using Error = std::optional<QString>;
using Kind = SqliteDdlConstraint::Kind;

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).compare(b.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

const SqliteDdlConstraint *ddlPrimaryKey(const SqliteDdlTable &ddl)
{
    for (const SqliteDdlConstraint &c : ddl.constraints) {
        if (c.kind == Kind::PrimaryKey)
            return &c;
    }
    return nullptr;
}

Error readColumns(const QSqlDatabase &db, const SqliteDdlTable &ddl, SchemaTable &table)
{
    const auto rows = selectRows(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                                    "FROM pragma_table_xinfo(?)"), {table.name});
    if (!rows)
        return rows.error();
    const SqliteDdlConstraint *pk = ddlPrimaryKey(ddl);
    QList<std::pair<int, QString>> keyColumns;
    for (const SqlRow &row : *rows) {
        const int hidden = row.at(5).toInt();
        if (hidden == 1)
            continue; // hidden column of a virtual table
        SchemaColumn column;
        column.name = row.at(0).toString();
        column.type = SqliteIntrospector::normalizeType(row.at(1).toString());
        column.nullable = row.at(2).toInt() == 0;
        column.defaultExpression = collapseSqlWhitespace(row.at(3).toString());
        if (hidden == 2 || hidden == 3) {
            column.generated = ddl.generatedExpressions.value(column.name);
            if (hidden == 3)
                column.generated += QLatin1String(" STORED");
        }
        if (const int keyPosition = row.at(4).toInt(); keyPosition > 0) {
            keyColumns.append({keyPosition, column.name});
            if (pk && pk->autoincrement)
                column.identity = QStringLiteral("AUTOINCREMENT");
        }
        table.columns << column;
    }
    std::sort(keyColumns.begin(), keyColumns.end());
    for (const auto &key : keyColumns)
        table.primaryKey.columns << key.second;
    if (pk && !keyColumns.isEmpty())
        table.primaryKey.name = pk->name;
    return std::nullopt;
}

Error readIndex(const QSqlDatabase &db, const QString &name, bool unique, const QString &sql, SchemaTable &table)
{
    const auto rows = selectRows(db, QStringLiteral("SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(?) "
                                                    "WHERE key = 1 ORDER BY seqno"), {name});
    if (!rows)
        return rows.error();
    const SqliteDdlIndex ddl = parseSqliteCreateIndex(sql);
    SchemaIndex index;
    index.name = name;
    index.unique = unique;
    index.where = ddl.where;
    for (const SqlRow &row : *rows) {
        const int cid = row.at(0).toInt();
        const qsizetype position = index.elements.size();
        QString element = cid >= 0 ? row.at(1).toString()
                        : cid == -1 ? QStringLiteral("rowid")
                                    : ddl.elements.value(position);
        // An expression's text from the DDL already carries its COLLATE clause.
        if (const QString collation = row.at(3).toString();
            cid >= 0 && !collation.isEmpty() && collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
            element += QLatin1String(" COLLATE ") + collation;
        if (row.at(2).toInt() != 0)
            element += QLatin1String(" DESC");
        index.elements << element;
    }
    table.indexes << index;
    return std::nullopt;
}

Error readIndexes(const QSqlDatabase &db, const QHash<QString, QString> &indexSql, SchemaTable &table)
{
    const auto rows = selectRows(db, QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list(?)"),
                                 {table.name});
    if (!rows)
        return rows.error();
    for (const SqlRow &row : *rows) {
        if (row.at(2).toString() != QLatin1String("c"))
            continue; // backs a PRIMARY KEY or UNIQUE constraint
        const QString name = row.at(0).toString();
        if (Error e = readIndex(db, name, row.at(1).toInt() != 0, indexSql.value(name), table))
            return e;
    }
    return std::nullopt;
}

Expected<QStringList, QString> primaryKeyOf(const QSqlDatabase &db, const QString &table)
{
    const auto rows = selectRows(db, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"),
                                 {table});
    if (!rows)
        return rows.error();
    QStringList names;
    for (const SqlRow &row : *rows)
        names << row.at(0).toString();
    return names;
}

//! Takes name and deferrability from the first unused DDL clause with the same columns and target.
void matchForeignKeyText(const SqliteDdlTable &ddl, std::vector<bool> &used, SchemaForeignKey &fk)
{
    for (qsizetype i = 0; i < ddl.constraints.size(); ++i) {
        const SqliteDdlConstraint &c = ddl.constraints.at(i);
        if (used[static_cast<size_t>(i)] || c.kind != Kind::ForeignKey || !sameNames(c.columns, fk.columns)
            || c.referredTable.compare(fk.referredTable, Qt::CaseInsensitive) != 0)
            continue;
        used[static_cast<size_t>(i)] = true;
        fk.name = c.name;
        fk.deferrable = c.deferrable;
        fk.initiallyDeferred = c.initiallyDeferred;
        return;
    }
}

Error readForeignKeys(const QSqlDatabase &db, const SqliteDdlTable &ddl, SchemaTable &table)
{
    const auto rows = selectRows(db, QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete "
                                                    "FROM pragma_foreign_key_list(?) ORDER BY id, seq"), {table.name});
    if (!rows)
        return rows.error();
    QList<SchemaForeignKey> keys;
    bool missingTargets = false;
    int currentId = -1;
    for (const SqlRow &row : *rows) {
        if (row.at(0).toInt() != currentId || keys.isEmpty()) {
            currentId = row.at(0).toInt();
            SchemaForeignKey fk;
            fk.referredTable = row.at(1).toString();
            fk.onUpdate = row.at(4).toString().toUpper();
            fk.onDelete = row.at(5).toString().toUpper();
            keys << fk;
        }
        keys.last().columns << row.at(2).toString();
        if (row.at(3).isNull())
            missingTargets = true;
        else
            keys.last().referredColumns << row.at(3).toString();
    }
    std::vector<bool> used(static_cast<size_t>(ddl.constraints.size()), false);
    for (SchemaForeignKey &fk : keys) {
        if (missingTargets && fk.referredColumns.isEmpty()) {
            const auto pk = primaryKeyOf(db, fk.referredTable);
            if (!pk)
                return pk.error();
            fk.referredColumns = *pk;
        }
        matchForeignKeyText(ddl, used, fk);
        table.foreignKeys << fk;
    }
    return std::nullopt;
}

void readTextConstraints(const SqliteDdlTable &ddl, SchemaTable &table)
{
    for (const SqliteDdlConstraint &c : ddl.constraints) {
        if (c.kind == Kind::Unique)
            table.uniqueConstraints << SchemaUniqueConstraint{c.name, c.columns, c.deferrable, c.initiallyDeferred};
        else if (c.kind == Kind::Check)
            table.checkConstraints << SchemaCheckConstraint{c.name, c.expression};
    }
}

struct MasterRow
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

Expected<SchemaTable, QString> readTable(const QSqlDatabase &db, const MasterRow &entry,
                                         const QHash<QString, QString> &indexSql)
{
    SchemaTable table;
    table.name = entry.name;
    const SqliteDdlTable ddl = parseSqliteCreateTable(entry.sql);
    if (Error e = readColumns(db, ddl, table))
        return *e;
    if (Error e = readIndexes(db, indexSql, table))
        return *e;
    if (Error e = readForeignKeys(db, ddl, table))
        return *e;
    readTextConstraints(ddl, table);
    return table;
}

} // namespace

Expected<SchemaSnapshot, QString> SqliteIntrospector::introspect(const QSqlDatabase &db)
{
    const auto master = selectRows(db, QStringLiteral("SELECT type, name, tbl_name, sql FROM main.sqlite_master "
                                                      "WHERE type IN ('table', 'view', 'index') "
                                                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!master)
        return master.error();
    QList<MasterRow> entries;
    QHash<QString, QString> indexSql;
    for (const SqlRow &row : *master) {
        MasterRow entry{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), row.at(3).toString()};
        if (entry.type == QLatin1String("index"))
            indexSql.insert(entry.name, entry.sql);
        else
            entries << entry;
    }
    SchemaSnapshot snapshot;
    const auto databases = selectRows(db, QStringLiteral("SELECT name FROM pragma_database_list WHERE name <> 'temp'"));
    if (!databases)
        return databases.error();
    for (const SqlRow &row : *databases)
        snapshot.schemas << row.at(0).toString();
    for (const MasterRow &entry : entries) {
        if (entry.type == QLatin1String("view")) {
            snapshot.views << SchemaView{entry.name, collapseSqlWhitespace(entry.sql)};
            continue;
        }
        auto table = readTable(db, entry, indexSql);
        if (!table)
            return table.error();
        snapshot.tables << std::move(table).value();
    }
    snapshot.normalize();
    return snapshot;
}

QString SqliteIntrospector::normalizeType(const QString &declared)
{
    const QString collapsed = collapseSqlWhitespace(declared);
    QString out;
    out.reserve(collapsed.size() + 4);
    QChar closing;
    for (qsizetype i = 0; i < collapsed.size(); ++i) {
        const QChar c = collapsed.at(i);
        if (!closing.isNull()) {
            out += c;
            if (c == closing)
                closing = QChar();
            continue;
        }
        if (c == QLatin1Char(' ')) {
            const QChar next = i + 1 < collapsed.size() ? collapsed.at(i + 1) : QChar();
            if (out.endsWith(QLatin1Char('(')) || out.endsWith(QLatin1Char(' ')) || next == QLatin1Char('(')
                || next == QLatin1Char(')') || next == QLatin1Char(','))
                continue;
        }
        out += c.toUpper();
        if (c == QLatin1Char(','))
            out += QLatin1Char(' ');
        else if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            closing = c;
    }
    return out;
}

} // namespace Retort::Core

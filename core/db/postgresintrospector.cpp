// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/postgresintrospector.h"

#include "core/db/introspectionquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>

#include <optional>

namespace Retort::Core {
namespace {

using Error = std::optional<QString>;
using TableIndex = QHash<QString, qsizetype>;

// Tables of the schema: ordinary and partitioned.
const QLatin1String kTableFilter("n.nspname = ? AND c.relkind IN ('r', 'p')");

QStringList jsonStrings(const QVariant &value)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

QString foreignKeyAction(const QString &code)
{
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

//! `CHECK (expr)` → `expr`; a NOT VALID suffix is kept after the expression.
QString checkExpression(const QString &definition)
{
    QString text = definition;
    QString suffix;
    static const QLatin1String notValid(" NOT VALID");
    if (text.endsWith(notValid)) {
        text.chop(notValid.size());
        suffix = notValid;
    }
    if (text.startsWith(QLatin1String("CHECK (")) && text.endsWith(QLatin1Char(')')))
        text = text.mid(7, text.size() - 8);
    return collapseSqlWhitespace(text) + suffix;
}

SchemaTable *tableFor(SchemaSnapshot &snapshot, const TableIndex &index, const QVariant &name)
{
    const auto it = index.constFind(name.toString());
    return it == index.constEnd() ? nullptr : &snapshot.tables[*it];
}

Error readTables(const QSqlDatabase &db, const QString &schema, SchemaSnapshot &snapshot, TableIndex &index)
{
    const auto rows = selectRows(db, QStringLiteral("SELECT c.relname, coalesce(obj_description(c.oid, 'pg_class'), '') "
                                                    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ")
                                         + kTableFilter + QLatin1String(" ORDER BY c.relname"),
                                 {schema});
    if (!rows)
        return rows.error();
    for (const SqlRow &row : *rows) {
        SchemaTable table;
        table.name = row.at(0).toString();
        table.comment = row.at(1).toString();
        index.insert(table.name, snapshot.tables.size());
        snapshot.tables << table;
    }
    return std::nullopt;
}

Error readColumns(const QSqlDatabase &db, const QString &schema, SchemaSnapshot &snapshot, const TableIndex &index)
{
    const auto rows = selectRows(
        db,
        QStringLiteral("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                       "coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text, a.attgenerated::text, "
                       "coalesce(col_description(c.oid, a.attnum), '') "
                       "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE ")
            + kTableFilter + QLatin1String(" AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum"),
        {schema});
    if (!rows)
        return rows.error();
    for (const SqlRow &row : *rows) {
        SchemaTable *table = tableFor(snapshot, index, row.at(0));
        if (!table)
            continue;
        SchemaColumn column;
        column.name = row.at(1).toString();
        column.type = row.at(2).toString();
        column.nullable = !row.at(3).toBool();
        const QString identity = row.at(5).toString();
        column.identity = identity == QLatin1String("a") ? QStringLiteral("ALWAYS")
                        : identity == QLatin1String("d") ? QStringLiteral("BY DEFAULT")
                                                         : QString();
        if (row.at(6).toString() == QLatin1String("s"))
            column.generated = row.at(4).toString() + QLatin1String(" STORED");
        else
            column.defaultExpression = row.at(4).toString();
        column.comment = row.at(7).toString();
        table->columns << column;
    }
    return std::nullopt;
}

void addConstraint(SchemaTable &table, const QString &schema, const SqlRow &row)
{
    const QString name = row.at(1).toString();
    const QString type = row.at(2).toString();
    const bool deferrable = row.at(4).toBool();
    const bool deferred = row.at(5).toBool();
    const QStringList columns = jsonStrings(row.at(6));
    if (type == QLatin1String("p")) {
        table.primaryKey = SchemaPrimaryKey{name, columns};
    } else if (type == QLatin1String("u")) {
        table.uniqueConstraints << SchemaUniqueConstraint{name, columns, deferrable, deferred};
    } else if (type == QLatin1String("c")) {
        table.checkConstraints << SchemaCheckConstraint{name, checkExpression(row.at(3).toString())};
    } else if (type == QLatin1String("f")) {
        SchemaForeignKey fk;
        fk.name = name;
        fk.columns = columns;
        const QString referredSchema = row.at(7).toString();
        fk.referredSchema = referredSchema == schema ? QString() : referredSchema;
        fk.referredTable = row.at(8).toString();
        fk.referredColumns = jsonStrings(row.at(9));
        fk.onDelete = foreignKeyAction(row.at(10).toString());
        fk.onUpdate = foreignKeyAction(row.at(11).toString());
        fk.deferrable = deferrable;
        fk.initiallyDeferred = deferred;
        table.foreignKeys << fk;
    }
}

Error readConstraints(const QSqlDatabase &db, const QString &schema, SchemaSnapshot &snapshot, const TableIndex &index)
{
    static const QLatin1String keyNames(
        "(SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(%1) WITH ORDINALITY AS k(attnum, ord) "
        "JOIN pg_attribute a ON a.attrelid = %2 AND a.attnum = k.attnum)::text");
    const QString sql =
        QStringLiteral("SELECT c.relname, con.conname, con.contype::text, pg_get_constraintdef(con.oid, true), "
                       "con.condeferrable, con.condeferred, ")
        + QString(keyNames).arg(QLatin1String("con.conkey"), QLatin1String("con.conrelid"))
        + QLatin1String(", coalesce(fn.nspname, ''), coalesce(fc.relname, ''), ")
        + QString(keyNames).arg(QLatin1String("con.confkey"), QLatin1String("con.confrelid"))
        + QLatin1String(", con.confdeltype::text, con.confupdtype::text "
                        "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
                        "LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace WHERE ")
        + kTableFilter + QLatin1String(" AND con.contype IN ('p', 'u', 'c', 'f') ORDER BY c.relname, con.conname");
    const auto rows = selectRows(db, sql, {schema});
    if (!rows)
        return rows.error();
    for (const SqlRow &row : *rows) {
        if (SchemaTable *table = tableFor(snapshot, index, row.at(0)))
            addConstraint(*table, schema, row);
    }
    return std::nullopt;
}

Error readIndexes(const QSqlDatabase &db, const QString &schema, SchemaSnapshot &snapshot, const TableIndex &index)
{
    const auto rows = selectRows(
        db,
        QStringLiteral("SELECT c.relname, i.relname, ix.indisunique, "
                       "(SELECT json_agg(pg_get_indexdef(ix.indexrelid, k, true) "
                       "|| CASE WHEN (ix.indoption[k - 1] & 1) = 1 THEN ' DESC' ELSE '' END ORDER BY k) "
                       "FROM generate_series(1, ix.indnkeyatts) AS k)::text, "
                       "coalesce(pg_get_expr(ix.indpred, ix.indrelid, true), '') "
                       "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid "
                       "JOIN pg_class c ON c.oid = ix.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ")
            + kTableFilter
            + QLatin1String(" AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid "
                            "AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x')) "
                            "ORDER BY c.relname, i.relname"),
        {schema});
    if (!rows)
        return rows.error();
    for (const SqlRow &row : *rows) {
        if (SchemaTable *table = tableFor(snapshot, index, row.at(0))) {
            table->indexes << SchemaIndex{row.at(1).toString(), row.at(2).toBool(), jsonStrings(row.at(3)),
                                          collapseSqlWhitespace(row.at(4).toString())};
        }
    }
    return std::nullopt;
}

Error readTypesViewsSchemas(const QSqlDatabase &db, const QString &schema, SchemaSnapshot &snapshot)
{
    const auto enums = selectRows(db, QStringLiteral("SELECT t.typname, json_agg(e.enumlabel ORDER BY e.enumsortorder)::text "
                                                     "FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                                                     "JOIN pg_enum e ON e.enumtypid = t.oid WHERE n.nspname = ? "
                                                     "GROUP BY t.typname ORDER BY t.typname"),
                                  {schema});
    if (!enums)
        return enums.error();
    for (const SqlRow &row : *enums)
        snapshot.enumTypes << SchemaEnumType{row.at(0).toString(), jsonStrings(row.at(1))};
    const auto views = selectRows(db, QStringLiteral("SELECT c.relname, pg_get_viewdef(c.oid, true) FROM pg_class c "
                                                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                     "WHERE n.nspname = ? AND c.relkind IN ('v', 'm') ORDER BY c.relname"),
                                  {schema});
    if (!views)
        return views.error();
    for (const SqlRow &row : *views)
        snapshot.views << SchemaView{row.at(0).toString(), collapseSqlWhitespace(row.at(1).toString())};
    const auto schemas = selectRows(db, QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                                                       "AND nspname <> 'information_schema' ORDER BY nspname"));
    if (!schemas)
        return schemas.error();
    for (const SqlRow &row : *schemas)
        snapshot.schemas << row.at(0).toString();
    return std::nullopt;
}

} // namespace

Expected<SchemaSnapshot, QString> PostgresIntrospector::introspect(const QSqlDatabase &db, const QString &schema)
{
    SchemaSnapshot snapshot;
    TableIndex index;
    if (Error e = readTables(db, schema, snapshot, index))
        return *e;
    if (Error e = readColumns(db, schema, snapshot, index))
        return *e;
    if (Error e = readConstraints(db, schema, snapshot, index))
        return *e;
    if (Error e = readIndexes(db, schema, snapshot, index))
        return *e;
    if (Error e = readTypesViewsSchemas(db, schema, snapshot))
        return *e;
    snapshot.normalize();
    return snapshot;
}

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/versiontable.h"

#include "core/db/databasesession.h"
#include "core/graph/versiontablesql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Retort::Core {
namespace {

//! SQLAlchemy's has_table() for the session's dialect (see VersionTable::readHeads).
Expected<bool, QString> tableExists(DatabaseSession &session, const QString &table, const QString &schema)
{
    QSqlQuery query(session.database());
    QString sql;
    QVariantList binds;
    if (session.kind() == ConnectionProfile::Kind::SQLite) {
        static const QLatin1String where(" WHERE type IN ('table', 'view') AND lower(name) = lower(?)");
        if (schema.isEmpty()) {
            sql = QLatin1String("SELECT 1 FROM main.sqlite_master") + where
                  + QLatin1String(" UNION ALL SELECT 1 FROM temp.sqlite_master") + where;
            binds = {table, table};
        } else {
            sql = QLatin1String("SELECT 1 FROM ") + VersionTableSql::quoteIdentifier(schema, QStringLiteral("sqlite"))
                  + QLatin1String(".sqlite_master") + where;
            binds = {table};
        }
    } else {
        sql = QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n "
                             "ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ");
        if (schema.isEmpty()) {
            sql += QLatin1String("pg_catalog.pg_table_is_visible(c.oid) AND c.relname = ?");
            binds = {table};
        } else {
            sql += QLatin1String("n.nspname = ? AND c.relname = ?");
            binds = {schema, table};
        }
    }
    if (!query.prepare(sql))
        return query.lastError().text();
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    return query.next();
}

QString statementText(const VersionTableSql &sql, const VersionStatement &statement)
{
    QString text = sql.render(statement);
    if (text.endsWith(QLatin1Char(';')))
        text.chop(1);
    return text;
}

QString mismatchMessage(const VersionStatement &statement, const QString &table, int rows)
{
    if (statement.kind == VersionStatement::Update)
        return QStringLiteral("Online migration expected to match one row when updating '%1' to '%2' in '%3'; %4 found")
            .arg(statement.from, statement.to, table)
            .arg(rows);
    return QStringLiteral("Online migration expected to match one row when deleting '%1' in '%2'; %3 found")
        .arg(statement.from, table)
        .arg(rows);
}

} // namespace

VersionTable::VersionTable(const QString &table, const QString &schema) : m_table(table), m_schema(schema) {}

QString VersionTable::createStatement(const QString &dialect) const
{
    const VersionTableSql sql(m_table, m_schema, dialect);
    return QStringLiteral("CREATE TABLE %1 (\n    version_num VARCHAR(32) NOT NULL, \n"
                          "    CONSTRAINT %2 PRIMARY KEY (version_num)\n)")
        .arg(sql.qualifiedTable(), VersionTableSql::quoteIdentifier(m_table + QLatin1String("_pkc"), dialect));
}

Expected<VersionTableState, QString> VersionTable::readHeads(DatabaseSession &session) const
{
    const auto exists = tableExists(session, m_table, m_schema);
    if (!exists)
        return exists.error();
    VersionTableState state;
    state.hasTable = exists.value();
    if (!state.hasTable)
        return state;
    const VersionTableSql sql(m_table, m_schema, session.dialectName());
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT version_num FROM ") + sql.qualifiedTable()))
        return query.lastError().text();
    while (query.next())
        state.heads << query.value(0).toString();
    return state;
}

Expected<bool, QString> VersionTable::ensureTable(DatabaseSession &session) const
{
    const auto exists = tableExists(session, m_table, m_schema);
    if (!exists)
        return exists.error();
    if (exists.value())
        return false;
    QSqlQuery query(session.database());
    if (!query.exec(createStatement(session.dialectName())))
        return query.lastError().text();
    return true;
}

Expected<int, QString> VersionTable::apply(DatabaseSession &session, const QList<VersionStatement> &statements) const
{
    const VersionTableSql sql(m_table, m_schema, session.dialectName());
    int done = 0;
    for (const VersionStatement &statement : statements) {
        for (const QString &id : {statement.from, statement.to}) {
            if (id.contains(QLatin1Char('\'')))
                return QStringLiteral("The revision id %1 contains a quote and cannot be written to the version table")
                    .arg(id);
        }
        QSqlQuery query(session.database());
        if (!query.exec(statementText(sql, statement)))
            return query.lastError().text();
        if (statement.kind != VersionStatement::Insert) {
            const int rows = query.numRowsAffected();
            if (rows != 1)
                return mismatchMessage(statement, m_table, rows);
        }
        ++done;
    }
    return done;
}

Expected<int, QString> VersionTable::apply(DatabaseSession &session, const MigrationStep &step) const
{
    return apply(session, step.versionStatements);
}

} // namespace Retort::Core

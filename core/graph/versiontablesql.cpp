// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/versiontablesql.h"

#include <QSet>

namespace Retort::Core {

namespace {

// The reserved_words of SQLAlchemy 1.4's SQLite and PostgreSQL identifier preparers.
const QSet<QString> &sqliteReserved()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            "add after all alter analyze and as asc attach autoincrement before begin between by cascade case cast "
            "check collate column commit conflict constraint create cross current_date current_time "
            "current_timestamp database default deferrable deferred delete desc detach distinct drop each else end "
            "escape except exclusive exists explain fail false for foreign from full glob group having if ignore "
            "immediate in index indexed initially inner insert instead intersect into is isnull join key left like "
            "limit match natural not notnull null of offset on or order outer plan pragma primary query raise "
            "references reindex rename replace restrict right rollback row select set table temp temporary then to "
            "transaction trigger true union unique update using vacuum values view virtual when where");
        const QStringList split = list.split(QLatin1Char(' '));
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

const QSet<QString> &postgresqlReserved()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            "all analyse analyze and any array as asc asymmetric authorization between binary both case cast check "
            "collate column constraint create cross current_catalog current_date current_role current_schema "
            "current_time current_timestamp current_user default deferrable desc distinct do else end except false "
            "fetch for foreign freeze from full grant group having ilike in initially inner intersect into is isnull "
            "join leading left like limit localtime localtimestamp natural new not notnull null of off offset old on "
            "only or order outer over overlaps placing primary references returning right select session_user "
            "similar some symmetric table then to trailing true union unique user using variadic verbose when where "
            "window with");
        const QStringList split = list.split(QLatin1Char(' '));
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

bool requiresQuotes(const QString &name, const QString &dialect)
{
    if (name.isEmpty())
        return true;
    const QString lower = name.toLower();
    const QSet<QString> &reserved = dialect == QLatin1String("postgresql") ? postgresqlReserved() : sqliteReserved();
    if (reserved.contains(lower) || lower != name)
        return true;
    const QChar first = name.at(0);
    if (first == QLatin1Char('$') || (first >= QLatin1Char('0') && first <= QLatin1Char('9')))
        return true;
    for (QChar c : name) {   // ^[A-Z0-9_$]+$ (case-insensitive)
        const bool legal = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') || c == QLatin1Char('$');
        if (!legal)
            return true;
    }
    return false;
}

} // namespace

QString VersionTableSql::quoteIdentifier(const QString &name, const QString &dialect)
{
    if (!requiresQuotes(name, dialect))
        return name;
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

VersionTableSql::VersionTableSql(const QString &table, const QString &schema, const QString &dialect)
    : m_table(quoteIdentifier(table, dialect))
    , m_returning(dialect == QLatin1String("postgresql"))
{
    if (!schema.isEmpty())
        m_table = quoteIdentifier(schema, dialect) + QLatin1Char('.') + m_table;
}

QString VersionTableSql::render(const VersionStatement &statement) const
{
    switch (statement.kind) {
    case VersionStatement::Insert:
        return QStringLiteral("INSERT INTO %1 (version_num) VALUES ('%2')%3;")
            .arg(m_table, statement.to,
                 m_returning ? QStringLiteral(" RETURNING %1.version_num").arg(m_table) : QString());
    case VersionStatement::Update:
        return QStringLiteral("UPDATE %1 SET version_num='%2' WHERE %1.version_num = '%3';")
            .arg(m_table, statement.to, statement.from);
    case VersionStatement::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE %1.version_num = '%2';").arg(m_table, statement.from);
    }
    return {};
}

} // namespace Retort::Core

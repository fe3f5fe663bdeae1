// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! The schema of one database as introspected, as plain values. Texts (types, defaults,
    expressions) are what the database reports, normalised only so that two databases built
    from the same SQL give equal snapshots; they stay dialect-specific (SQLite `VARCHAR(50)`,
    PostgreSQL `character varying(50)`). Empty strings mean "none" (no default, no name, no
    WHERE). Call SchemaSnapshot::normalize() after filling one by hand: introspectors return
    normalised snapshots, and operator== compares element by element. */
struct SchemaColumn
{
    QString name;
    QString type;
    bool nullable = true;
    QString defaultExpression;
    QString identity; //!< PostgreSQL `ALWAYS`/`BY DEFAULT`, SQLite `AUTOINCREMENT`; empty otherwise
    QString generated; //!< generation expression of a generated (computed) column
    QString comment;

    bool operator==(const SchemaColumn &other) const = default;
};

struct SchemaPrimaryKey
{
    QString name; //!< empty when unnamed (SQLite) or no primary key
    QStringList columns; //!< key order; empty when the table has no primary key

    bool operator==(const SchemaPrimaryKey &other) const = default;
};

struct SchemaIndex
{
    QString name;
    bool unique = false;
    QStringList elements; //!< column names or expression texts, in key order, " DESC" appended when descending
    QString where; //!< predicate of a partial index

    bool operator==(const SchemaIndex &other) const = default;
};

struct SchemaUniqueConstraint
{
    QString name;
    QStringList columns;
    bool deferrable = false;
    bool initiallyDeferred = false;

    bool operator==(const SchemaUniqueConstraint &other) const = default;
};

struct SchemaCheckConstraint
{
    QString name;
    QString expression; //!< the text inside CHECK ( ... )

    bool operator==(const SchemaCheckConstraint &other) const = default;
};

struct SchemaForeignKey
{
    QString name;
    QStringList columns;
    QString referredSchema; //!< empty when it is the introspected schema
    QString referredTable;
    QStringList referredColumns;
    QString onDelete = QStringLiteral("NO ACTION"); //!< upper case: NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onUpdate = QStringLiteral("NO ACTION");
    bool deferrable = false;
    bool initiallyDeferred = false;

    bool operator==(const SchemaForeignKey &other) const = default;
};

struct SchemaTable
{
    QString name;
    QList<SchemaColumn> columns; //!< in table (ordinal) order, which is significant
    SchemaPrimaryKey primaryKey;
    QList<SchemaIndex> indexes; //!< indexes created by CREATE INDEX only (not those backing constraints)
    QList<SchemaUniqueConstraint> uniqueConstraints;
    QList<SchemaCheckConstraint> checkConstraints;
    QList<SchemaForeignKey> foreignKeys;
    QString comment;

    const SchemaColumn *column(const QString &name) const;
    const SchemaIndex *index(const QString &name) const;
    const SchemaForeignKey *foreignKey(const QString &name) const;
    const SchemaCheckConstraint *checkConstraint(const QString &name) const;
    const SchemaUniqueConstraint *uniqueConstraint(const QString &name) const;

    bool operator==(const SchemaTable &other) const = default;
};

struct SchemaView
{
    QString name;
    QString definition;

    bool operator==(const SchemaView &other) const = default;
};

struct SchemaEnumType
{
    QString name;
    QStringList labels; //!< in sort order

    bool operator==(const SchemaEnumType &other) const = default;
};

struct SchemaSnapshot
{
    QStringList schemas; //!< PostgreSQL: non-system schemas of the database; SQLite: attached database names
    QList<SchemaTable> tables;
    QList<SchemaView> views;
    QList<SchemaEnumType> enumTypes;

    /*! Sorts everything whose order the database does not define: schemas, tables, views and
        enum types by name; indexes and constraints by name, then content. Keeps column,
        element and label order. Idempotent. */
    void normalize();

    const SchemaTable *table(const QString &name) const;
    const SchemaView *view(const QString &name) const;
    const SchemaEnumType *enumType(const QString &name) const;

    bool operator==(const SchemaSnapshot &other) const = default;
};

/*! Collapses runs of whitespace outside quotes ('…', "…", `…`, […]) to one space and trims.
    Used for texts the database stores as written (SQLite DDL fragments). */
QString collapseSqlWhitespace(const QString &text);

} // namespace Retort::Core

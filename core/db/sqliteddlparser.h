// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! One constraint found in the text of a SQLite CREATE TABLE, table-level or attached to a
    column definition (then `columns` is that column). Texts are as written, whitespace
    collapsed; identifiers are unquoted. */
struct SqliteDdlConstraint
{
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
    Kind kind = Kind::Check;
    QString name; //!< from `CONSTRAINT name`; empty when unnamed
    QStringList columns;
    QString expression; //!< CHECK only: the text inside the parentheses
    QString referredTable; //!< FOREIGN KEY only
    QStringList referredColumns; //!< FOREIGN KEY only; empty when the clause names none
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool autoincrement = false; //!< PRIMARY KEY only
};

struct SqliteDdlTable
{
    QList<SqliteDdlConstraint> constraints; //!< in text order
    QHash<QString, QString> generatedExpressions; //!< column name → `AS ( … )` text
};

struct SqliteDdlIndex
{
    QStringList elements; //!< key texts in order, ASC/DESC removed, whitespace collapsed
    QString where; //!< partial-index predicate; empty when none
};

/*! Best-effort readers of the DDL texts SQLite keeps in sqlite_master (SQLite does not
    expose constraint names, CHECK texts, deferrability or index predicates otherwise).
    They never fail: unreadable parts are skipped. Thread-safe, no allocation beyond results. */
SqliteDdlTable parseSqliteCreateTable(const QString &sql);
SqliteDdlIndex parseSqliteCreateIndex(const QString &sql);

} // namespace Retort::Core

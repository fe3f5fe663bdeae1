// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! The version rows of a SQLite database, read without writing anything: the file is opened
    read-only, so a missing file stays missing. `exists` is false when the file does not exist;
    `hasTable` is false when it has no version table (a database Alembic never touched). */
struct SqliteVersionState
{
    bool exists = false;
    bool hasTable = false;
    QStringList heads; //!< `SELECT version_num FROM <table>` in database row order
};

/*! Reads \a table of the SQLite file at \a path. Opens its own uniquely named QtSql
    connection and removes it before returning, so it may be called from any thread.
    Errors (not a database, locked, unreadable) come back as the driver's message. */
Expected<SqliteVersionState, QString> readSqliteVersionTable(const QString &path,
                                                              const QString &table = QStringLiteral("alembic_version"));

/*! The file path of a SQLAlchemy SQLite URL: `sqlite:///relative.db` (relative to
    \a baseDirectory), `sqlite:////absolute.db`; empty for any other URL. */
QString sqliteUrlPath(const QString &url, const QString &baseDirectory);

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"

#include <QList>
#include <QString>

namespace Retort::Core {

/*! One key=value of a database URL's query string, decoded, in the order written. */
struct UrlQueryOption
{
    QString key;
    QString value;

    bool operator==(const UrlQueryOption &other) const = default;
};

/*! Everything needed to open one database: what users write as a SQLAlchemy URL, split into
    its parts, plus Retort's own metadata (`name`, `production`).

    The password lives in memory only. Nothing may persist it: no settings file, no log, no
    JSON output, no recent-projects list. Show displayUrl(), store toUrl() (both omit it);
    saved passwords belong to the system keyring (DESIGN.md §2).

    A plain value; safe to copy between threads. */
struct ConnectionProfile
{
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString name;             //!< the user's label for the profile; empty for an ad-hoc URL
    QString driverName;       //!< the URL scheme as written: "sqlite", "postgresql+psycopg2", ...

    // SQLite
    QString sqliteDatabase;   //!< the database part as written ("rel.db", "/abs.db"); empty = in memory
    QString sqlitePath;       //!< absolute file path; empty for an in-memory database

    // PostgreSQL
    QString host;             //!< name, address (IPv6 without brackets) or socket directory; empty = libpq default
    bool hostFromQuery = false; //!< host came from `?host=` (kept so the URL renders back the same)
    int port = 0;             //!< 0 = libpq default
    QString database;         //!< as written (SQLAlchemy 1.4 does not percent-decode it)
    QString user;             //!< percent-decoded
    QString password;         //!< percent-decoded; in memory only (see above)
    bool hasPassword = false; //!< a password was given, possibly empty ("user:@host")
    QString sslmode;          //!< `?sslmode=`; empty = libpq default

    QList<UrlQueryOption> options; //!< other query options, in the order written
    bool production = false;  //!< Retort asks for confirmation before changing such a database

    bool isSqlite() const { return kind == Kind::SQLite; }
    bool isInMemory() const { return kind == Kind::SQLite && sqlitePath.isEmpty(); }
    //! "sqlite" or "postgresql": the SQLAlchemy dialect name, for SQL rendering.
    QString dialectName() const;

    /*! The URL as SQLAlchemy 1.4 prints it (`str(url)`): query keys sorted, the password
        replaced by \a passwordMask (omitted with the ':' when there is none). Alembic's
        `current -v` header uses the mask "XXXXX". */
    QString displayUrl(const QString &passwordMask = QStringLiteral("***")) const;
    //! The URL without any password, percent-encoded so that parseDatabaseUrl() reads it back.
    QString toUrl() const;

    bool operator==(const ConnectionProfile &other) const = default;
};

/*! Parses a SQLAlchemy database URL the way SQLAlchemy 1.4 splits it
    (`driver://user:password@host:port/database?key=value&...`), for the dialects Retort
    supports:
    - `sqlite://`, `sqlite:///:memory:` (in memory), `sqlite:///rel.db` (relative to
      \a baseDirectory; Alembic resolves it against the process's working directory),
      `sqlite:////abs.db`; drivers `sqlite+pysqlite`, `sqlite+aiosqlite`; `?timeout=SECONDS`;
    - `postgresql://`, `postgres://`, `postgresql+DRIVER://` (psycopg2, psycopg, asyncpg,
      pg8000, ...): user and password percent-decoded, host, `[IPv6]`, port, database,
      `?sslmode=`, `?host=/socket/dir`, other options kept in order (libpq keywords;
      asyncpg's `ssl=` is read as sslmode).
    Errors are user-facing sentences: another dialect ("Retort supports SQLite and PostgreSQL
    databases; 'mysql+pymysql' is not one of them"), a malformed URL, a bad port, a SQLite URL
    with a host, SQLite URI filenames. The profile's `name` is empty and `production` false. */
Expected<ConnectionProfile, QString> parseDatabaseUrl(const QString &url, const QString &baseDirectory);

} // namespace Retort::Core

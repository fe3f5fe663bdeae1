// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/db/connectionprofile.h"

#include <QSqlDatabase>
#include <QString>

namespace Retort::Core {

/*! One open QtSql connection, owned by the thread that opened it.

    Threads: QtSql connections belong to the thread that creates them. Open, use and destroy a
    session on one thread; give every worker thread its own session (DESIGN.md, qt-codebase
    anchors §4.4). The connection name is unique per session, so sessions never share state.

    Lifetime contract: the destructor closes the connection and calls
    QSqlDatabase::removeDatabase(). Every QSqlQuery made on database(), and every QSqlDatabase
    copy returned by database(), must be destroyed before the session is; otherwise Qt warns
    "connection ... is still in use" and those objects stop working. Keep queries in an inner
    scope.

    Errors are values carrying the driver's text (QSqlError::text()). Not copyable; moving
    transfers the connection (the moved-from session owns nothing). */
class DatabaseSession
{
public:
    struct Options
    {
        bool readOnly = false;          //!< SQLite: QSQLITE_OPEN_READONLY (a missing file stays missing)
        int busyTimeoutMs = 5000;       //!< SQLite: wait this long on a locked database (`?timeout=` wins)
        int connectTimeoutSeconds = 10; //!< PostgreSQL: libpq connect_timeout (the URL's wins)
    };

    /*! Opens \a profile with QSQLITE or QPSQL. PostgreSQL gets host, port, database, user,
        password, sslmode and the URL's other options as libpq keywords, plus
        `application_name=retort` unless the URL sets one (asyncpg's `ssl=` becomes sslmode).
        Fails with the driver's message, or when the Qt driver is not installed. */
    static Expected<DatabaseSession, QString> open(const ConnectionProfile &profile, const Options &options);
    static Expected<DatabaseSession, QString> open(const ConnectionProfile &profile);

    DatabaseSession(DatabaseSession &&other) noexcept;
    DatabaseSession &operator=(DatabaseSession &&other) noexcept;
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;
    ~DatabaseSession();

    //! The open connection (a handle; see the lifetime contract). Invalid after a move.
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    ConnectionProfile::Kind kind() const { return m_kind; }
    //! "sqlite" or "postgresql".
    QString dialectName() const;

    /*! "3.40.1" (sqlite_version()) or PostgreSQL's `server_version` ("15.14 (Debian ...)");
        the error is a Diagnostic "db-query" with the driver's text (Expected cannot hold two
        QStrings). */
    Expected<QString, Diagnostic> serverVersion() const;

private:
    DatabaseSession(QString connectionName, ConnectionProfile::Kind kind);
    void release();

    QString m_connectionName;
    ConnectionProfile::Kind m_kind = ConnectionProfile::Kind::SQLite;
};

} // namespace Retort::Core

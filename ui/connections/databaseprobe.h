// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/versiontable.h"
#include "core/schema/schemasnapshot.h"

#include <QString>

class QThreadPool;

namespace Retort::Ui {

/*! What to read from a database in one visit. */
struct ProbeRequest
{
    bool readState
        = false; //!< also the version table and the schema (else: only the server version)
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema; //!< env.py's version_table_schema; "" = default
    QString schema = QStringLiteral("public"); //!< PostgreSQL schema to introspect
};

/*! What one visit found. */
struct ProbeResult
{
    bool ok = false;
    QString error; //!< the driver's text when !ok
    bool needsPassword = false; //!< the server asked for a password (none or a wrong one given)
    QString serverVersion; //!< "3.40.1" / "15.14 (Debian ...)"
    Core::VersionTableState versions;
    Core::SchemaSnapshot schema;
};

/*! Opens \a profile read-only (SQLite: QSQLITE_OPEN_READONLY, so a missing file is an error
    and nothing is created), reads what \a request asks with its own Core::DatabaseSession,
    and closes it again. Meant for a worker thread (QtConcurrent); any thread, blocking. */
ProbeResult probeDatabase(const Core::ConnectionProfile &profile, const ProbeRequest &request);

/*! The pool that database visits run on (not the global one: a slow server must not starve
    project loading). Owned by the QCoreApplication; GUI thread (creation). */
QThreadPool *databaseThreadPool();

//! True for libpq's "no password supplied" and "password authentication failed" errors.
bool isPasswordError(const QString &driverError);

} // namespace Retort::Ui

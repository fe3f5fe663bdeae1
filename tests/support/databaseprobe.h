// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// What the run-flow GUI tests read back from a database to compare with Alembic: the schema
// (Retort's introspectors), the version rows, a table's rows, the ledger; the real alembic as
// the oracle. Each call opens its own connection on the calling thread.
#pragma once

#include "core/db/databasesession.h"
#include "core/db/ledger.h"
#include "core/db/postgresintrospector.h"
#include "core/db/sqliteintrospector.h"
#include "core/db/versiontable.h"
#include "tests/support/screenshot.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace Retort::Test {

//! The database's schema as Retort's introspector reads it, without \a excluded tables.
inline Core::SchemaSnapshot snapshotOf(const Core::ConnectionProfile &profile, const QStringList &excluded = {})
{
    Core::SchemaSnapshot snapshot;
    auto session = Core::DatabaseSession::open(profile);
    if (!session)
        return snapshot;
    const auto read = profile.isSqlite() ? Core::SqliteIntrospector::introspect(session->database())
                                         : Core::PostgresIntrospector::introspect(session->database());
    if (!read) {
        qWarning("introspection failed: %s", qPrintable(read.error()));
        return snapshot;
    }
    snapshot = read.value();
    snapshot.tables.erase(std::remove_if(snapshot.tables.begin(), snapshot.tables.end(),
                                         [&](const Core::SchemaTable &t) { return excluded.contains(t.name); }),
                          snapshot.tables.end());
    return snapshot;
}

inline QStringList versionRows(const Core::ConnectionProfile &profile)
{
    auto session = Core::DatabaseSession::open(profile);
    if (!session)
        return {QStringLiteral("<no connection>")};
    const auto state = Core::VersionTable().readHeads(session.value());
    if (!state)
        return {QStringLiteral("<error>")};
    QStringList heads = state->heads;
    heads.sort();
    return heads;
}

//! Every row of \a table as text, in primary-key order.
inline QStringList tableRows(const Core::ConnectionProfile &profile, const QString &table)
{
    QStringList rows;
    auto session = Core::DatabaseSession::open(profile);
    if (!session)
        return {QStringLiteral("<no connection>")};
    {
        QSqlQuery query(session->database());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
            return {query.lastError().text()};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

inline QList<Core::LedgerEntry> ledgerOf(const Core::ConnectionProfile &profile)
{
    auto session = Core::DatabaseSession::open(profile);
    if (!session)
        return {};
    const auto entries = Core::Ledger().entries(session.value(), 0);
    return entries ? entries.value() : QList<Core::LedgerEntry>();
}


//! Runs the real alembic (`python3 -m alembic -c ini arguments`) with DATABASE_URL=\a url.
inline bool runAlembic(const QStringList &arguments, const QString &ini, const QString &url)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), url);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QFileInfo(ini).absolutePath());
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"), ini} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("alembic %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace Retort::Test

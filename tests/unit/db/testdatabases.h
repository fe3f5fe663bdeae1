// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// Fresh, empty databases for tests: SQLite files in a temporary directory, and PostgreSQL
// databases created on the server named by PGHOST/PGPORT/PGUSER (only when RETORT_TEST_PG is
// set; `scripts/pg-throwaway.sh start` provides one) and dropped by the destructor.

#include "core/db/connectionprofile.h"
#include "core/db/databasesession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

namespace Retort::Test {

class TestDatabases
{
public:
    static bool postgresAvailable() { return !qEnvironmentVariableIsEmpty("RETORT_TEST_PG"); }

    //! The server's admin database (PGDATABASE, else "postgres").
    static Core::ConnectionProfile postgresProfile(const QString &database = {})
    {
        Core::ConnectionProfile profile;
        profile.kind = Core::ConnectionProfile::Kind::PostgreSQL;
        profile.driverName = QStringLiteral("postgresql");
        profile.host = qEnvironmentVariable("PGHOST", QStringLiteral("127.0.0.1"));
        profile.port = qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt();
        profile.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
        profile.database = database.isEmpty() ? qEnvironmentVariable("PGDATABASE", QStringLiteral("postgres")) : database;
        return profile;
    }

    ~TestDatabases()
    {
        if (m_created.isEmpty())
            return;
        auto admin = Core::DatabaseSession::open(postgresProfile());
        if (!admin)
            return;
        for (const QString &name : std::as_const(m_created)) {
            QSqlQuery drop(admin->database());
            if (!drop.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + name))
                qWarning("%s", qPrintable(drop.lastError().text()));
        }
    }

    //! A new empty database of \a dialect ("sqlite" or "postgresql"); an error text if it cannot be made.
    std::optional<Core::ConnectionProfile> fresh(const QString &dialect, QString *error)
    {
        ++m_counter;
        if (dialect == QLatin1String("sqlite")) {
            Core::ConnectionProfile profile;
            profile.driverName = QStringLiteral("sqlite");
            profile.sqlitePath = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_counter));
            profile.sqliteDatabase = profile.sqlitePath;
            return profile;
        }
        const QString name = QStringLiteral("retort_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
        auto admin = Core::DatabaseSession::open(postgresProfile());
        if (!admin) {
            *error = admin.error();
            return std::nullopt;
        }
        QSqlQuery create(admin->database());
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            *error = create.lastError().text();
            return std::nullopt;
        }
        m_created << name;
        return postgresProfile(name);
    }

    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QStringList m_created;
    int m_counter = 0;
};

} // namespace Retort::Test

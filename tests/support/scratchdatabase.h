// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once
// A fresh, empty database per test: a SQLite file in a temporary directory, or a PostgreSQL
// database created on the loopback server named by PGHOST/PGPORT/PGUSER (scripts/dev.sh test
// starts one and sets RETORT_TEST_PG) and dropped again (WITH (FORCE)) on destruction.

#include "core/db/connectionprofile.h"
#include "core/db/databasesession.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace Retort::Test {

inline bool postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty("RETORT_TEST_PG");
}

class ScratchDatabase
{
public:
    //! \a dialect "sqlite" or "postgresql". Check ok() (PostgreSQL may be unavailable).
    explicit ScratchDatabase(const QString &dialect)
    {
        if (dialect == QLatin1String("sqlite")) {
            m_profile.kind = Core::ConnectionProfile::Kind::SQLite;
            m_profile.sqlitePath = m_dir.filePath(QStringLiteral("scratch.db"));
            m_profile.sqliteDatabase = m_profile.sqlitePath;
            m_profile.driverName = QStringLiteral("sqlite");
            m_ok = true;
            return;
        }
        m_profile.kind = Core::ConnectionProfile::Kind::PostgreSQL;
        m_profile.driverName = QStringLiteral("postgresql");
        m_profile.host = qEnvironmentVariable("PGHOST", QStringLiteral("127.0.0.1"));
        m_profile.port = qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt();
        m_profile.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
        m_profile.database = QStringLiteral("postgres");
        const QString name = QStringLiteral("retort_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        m_ok = admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        if (m_ok) {
            m_profile.database = name;
            m_dropName = name;
        }
    }
    ~ScratchDatabase()
    {
        if (!m_dropName.isEmpty()) {
            m_profile.database = QStringLiteral("postgres");
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dropName));
        }
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool ok() const { return m_ok; }
    const Core::ConnectionProfile &profile() const { return m_profile; }
    //! A SQLAlchemy URL for alembic (and retort-cli --url).
    QString url() const
    {
        if (m_profile.isSqlite())
            return QStringLiteral("sqlite:///") + m_profile.sqlitePath;
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_profile.user, m_profile.host).arg(m_profile.port).arg(m_profile.database);
    }

private:
    bool admin(const QString &sql)
    {
        auto session = Core::DatabaseSession::open(m_profile);
        if (!session)
            return false;
        QSqlQuery query(session.value().database());
        return query.exec(sql);
    }

    QTemporaryDir m_dir;
    Core::ConnectionProfile m_profile;
    QString m_dropName;
    bool m_ok = false;
};

} // namespace Retort::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/databasesession.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <utility>

namespace Retort::Core {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("retort-session-%1").arg(counter.fetchAndAddRelaxed(1));
}

//! A libpq conninfo value in single quotes (QPSQL passes connect options through as written).
QString libpqQuote(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

//! The QPSQL connect options (joined with ';'): sslmode, the URL's options, application_name
//! and connect_timeout.
Expected<QStringList, QString> postgresConnectOptions(const ConnectionProfile &profile, int connectTimeoutSeconds)
{
    QList<UrlQueryOption> options = profile.options;
    QString sslmode = profile.sslmode;
    bool hasApplicationName = false;
    bool hasTimeout = false;
    QStringList pieces;
    for (const UrlQueryOption &option : options) {
        if (option.key == QLatin1String("ssl")) { // asyncpg's spelling
            if (sslmode.isEmpty())
                sslmode = option.value == QLatin1String("true") ? QStringLiteral("require") : option.value;
            continue;
        }
        hasApplicationName |= option.key == QLatin1String("application_name");
        hasTimeout |= option.key == QLatin1String("connect_timeout");
        pieces << option.key + QLatin1Char('=') + libpqQuote(option.value);
    }
    if (!sslmode.isEmpty())
        pieces << QStringLiteral("sslmode=") + libpqQuote(sslmode);
    if (!hasApplicationName)
        pieces << QStringLiteral("application_name=retort");
    if (!hasTimeout && connectTimeoutSeconds > 0)
        pieces << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    for (const QString &piece : std::as_const(pieces)) {
        if (piece.contains(QLatin1Char(';')))
            return QStringLiteral("The connection option '%1' contains ';', which Qt's PostgreSQL driver cannot pass on")
                .arg(piece.section(QLatin1Char('='), 0, 0));
    }
    return pieces;
}

QString sqliteConnectOptions(const ConnectionProfile &profile, const DatabaseSession::Options &options)
{
    int timeoutMs = options.busyTimeoutMs;
    for (const UrlQueryOption &option : profile.options) {
        if (option.key == QLatin1String("timeout"))
            timeoutMs = static_cast<int>(std::lround(option.value.toDouble() * 1000.0));
    }
    QStringList pieces{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeoutMs)};
    if (options.readOnly)
        pieces << QStringLiteral("QSQLITE_OPEN_READONLY");
    return pieces.join(QLatin1Char(';'));
}

//! Configures \a db from \a profile; an error when a setting cannot be passed on.
Expected<bool, QString> configure(QSqlDatabase &db, const ConnectionProfile &profile,
                                  const DatabaseSession::Options &options)
{
    if (profile.isSqlite()) {
        db.setDatabaseName(profile.isInMemory() ? QStringLiteral(":memory:") : profile.sqlitePath);
        db.setConnectOptions(sqliteConnectOptions(profile, options));
        return true;
    }
    const auto connectOptions = postgresConnectOptions(profile, options.connectTimeoutSeconds);
    if (!connectOptions)
        return connectOptions.error();
    db.setHostName(profile.host);
    if (profile.port > 0)
        db.setPort(profile.port);
    db.setDatabaseName(profile.database);
    db.setUserName(profile.user);
    db.setPassword(profile.password);
    db.setConnectOptions(connectOptions->join(QLatin1Char(';')));
    return true;
}

} // namespace

DatabaseSession::DatabaseSession(QString connectionName, ConnectionProfile::Kind kind)
    : m_connectionName(std::move(connectionName)), m_kind(kind)
{
}

Expected<DatabaseSession, QString> DatabaseSession::open(const ConnectionProfile &profile)
{
    return open(profile, Options{});
}

Expected<DatabaseSession, QString> DatabaseSession::open(const ConnectionProfile &profile, const Options &options)
{
    const QString driver = profile.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return QStringLiteral("The Qt SQL driver %1 is not installed").arg(driver);
    const QString name = uniqueConnectionName();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        const auto configured = configure(db, profile, options);
        if (!configured)
            error = configured.error();
        else if (!db.open())
            error = db.lastError().text();
    }
    if (!error.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    return DatabaseSession(name, profile.kind);
}

DatabaseSession::DatabaseSession(DatabaseSession &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString())), m_kind(other.m_kind)
{
}

DatabaseSession &DatabaseSession::operator=(DatabaseSession &&other) noexcept
{
    if (this != &other) {
        release();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_kind = other.m_kind;
    }
    return *this;
}

DatabaseSession::~DatabaseSession()
{
    release();
}

void DatabaseSession::release()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase DatabaseSession::database() const
{
    return m_connectionName.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connectionName, false);
}

QString DatabaseSession::dialectName() const
{
    return m_kind == ConnectionProfile::Kind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

Expected<QString, Diagnostic> DatabaseSession::serverVersion() const
{
    QSqlQuery query(database());
    const QString sql = m_kind == ConnectionProfile::Kind::SQLite ? QStringLiteral("SELECT sqlite_version()")
                                                                  : QStringLiteral("SHOW server_version");
    if (!query.exec(sql))
        return Diagnostic::error(QStringLiteral("db-query"), query.lastError().text());
    if (!query.next())
        return Diagnostic::error(QStringLiteral("db-query"), QStringLiteral("The server did not report its version"));
    return query.value(0).toString();
}

} // namespace Retort::Core

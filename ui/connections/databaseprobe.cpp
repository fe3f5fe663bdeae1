// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/databaseprobe.h"

#include "core/db/databasesession.h"
#include "core/db/postgresintrospector.h"
#include "core/db/sqliteintrospector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThreadPool>

namespace Retort::Ui {
namespace {

constexpr int kMaxDatabaseThreads = 4;

/*! A SQLite file that does not exist yet is an empty database, as for Alembic: the first run
    creates it (the probe itself opens read-only and never creates files). Its folder must
    exist. */
ProbeResult probeMissingSqliteFile(const Core::ConnectionProfile &profile)
{
    ProbeResult result;
    const QFileInfo file(profile.sqlitePath);
    if (!file.absoluteDir().exists()) {
        result.error = QCoreApplication::translate("Retort::Ui::DatabaseProbe",
                                                   "The folder of %1 does not exist.")
                           .arg(QDir::toNativeSeparators(file.absoluteFilePath()));
        return result;
    }
    Core::ConnectionProfile memory = profile;
    memory.sqlitePath.clear(); // in memory: only the library version is read
    QString version = QStringLiteral("SQLite");
    if (auto session = Core::DatabaseSession::open(memory)) {
        if (const auto read = session->serverVersion())
            version = read.value();
    }
    result.serverVersion = QCoreApplication::translate("Retort::Ui::DatabaseProbe",
                                                       "%1 — new file: the first run creates it")
                               .arg(version);
    result.ok = true;
    return result;
}

} // namespace

bool isPasswordError(const QString &driverError)
{
    return driverError.contains(QLatin1String("no password supplied"))
        || driverError.contains(QLatin1String("password authentication failed"));
}

ProbeResult probeDatabase(const Core::ConnectionProfile &profile, const ProbeRequest &request)
{
    if (profile.isSqlite() && !profile.isInMemory() && !QFileInfo::exists(profile.sqlitePath))
        return probeMissingSqliteFile(profile);
    ProbeResult result;
    Core::DatabaseSession::Options options;
    options.readOnly = true;
    auto session = Core::DatabaseSession::open(profile, options);
    if (!session) {
        result.error = session.error();
        result.needsPassword = !profile.isSqlite() && isPasswordError(result.error);
        return result;
    }
    const auto version = session->serverVersion();
    if (!version) {
        result.error = version.error().message;
        return result;
    }
    result.serverVersion = version.value();
    if (request.readState) {
        const Core::VersionTable table(request.versionTable, request.versionTableSchema);
        const auto heads = table.readHeads(session.value());
        if (!heads) {
            result.error = heads.error();
            return result;
        }
        result.versions = heads.value();
        const auto schema = profile.isSqlite()
            ? Core::SqliteIntrospector::introspect(session->database())
            : Core::PostgresIntrospector::introspect(session->database(), request.schema);
        if (!schema) {
            result.error = schema.error();
            return result;
        }
        result.schema = schema.value();
    }
    result.ok = true;
    return result;
}

QThreadPool *databaseThreadPool()
{
    // Parented to the application: its destructor waits for running visits before QtSql goes.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(kMaxDatabaseThreads);
        return p;
    }();
    return pool;
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/databaseprobe.h"

#include "core/db/databasesession.h"
#include "core/db/postgresintrospector.h"
#include "core/db/sqliteintrospector.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace Retort::Ui {
namespace {

constexpr int kMaxDatabaseThreads = 4;

} // namespace

bool isPasswordError(const QString &driverError)
{
    return driverError.contains(QLatin1String("no password supplied"))
        || driverError.contains(QLatin1String("password authentication failed"));
}

ProbeResult probeDatabase(const Core::ConnectionProfile &profile, const ProbeRequest &request)
{
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

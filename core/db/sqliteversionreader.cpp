// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/sqliteversionreader.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Retort::Core {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("retort-version-reader-%1").arg(counter.fetchAndAddRelaxed(1));
}

Expected<SqliteVersionState, QString> readOpen(QSqlDatabase &db, const QString &table)
{
    SqliteVersionState state;
    state.exists = true;
    QSqlQuery probe(db);
    if (!probe.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")))
        return probe.lastError().text();
    probe.addBindValue(table);
    if (!probe.exec())
        return probe.lastError().text();
    state.hasTable = probe.next();
    if (!state.hasTable)
        return state;
    QSqlQuery rows(db);
    const QString quoted = QLatin1Char('"') + QString(table).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    if (!rows.exec(QStringLiteral("SELECT version_num FROM ") + quoted))
        return rows.lastError().text();
    while (rows.next())
        state.heads << rows.value(0).toString();
    return state;
}

} // namespace

Expected<SqliteVersionState, QString> readSqliteVersionTable(const QString &path, const QString &table)
{
    if (!QFileInfo::exists(path))
        return SqliteVersionState{};
    const QString name = uniqueConnectionName();
    Expected<SqliteVersionState, QString> result = QStringLiteral("not read");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            result = db.lastError().text();
        else
            result = readOpen(db, table);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString sqliteUrlPath(const QString &url, const QString &baseDirectory)
{
    static const QLatin1String prefix("sqlite:///");
    if (!url.startsWith(prefix))
        return {};
    QString path = url.mid(prefix.size());
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query >= 0)
        path.truncate(query);
    if (path.isEmpty())
        return {}; // sqlite:// (in-memory) has no file
    return QDir::isAbsolutePath(path) ? QDir::cleanPath(path) : QDir(baseDirectory).absoluteFilePath(path);
}

} // namespace Retort::Core

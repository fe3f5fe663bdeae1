// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/backuprecord.h"

#include <QJsonArray>
#include <QJsonValue>

namespace Retort::Core {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

//! The string values of \a value; false when it is not an array of strings.
bool readStringList(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}

} // namespace

QString shellQuote(const QString &argument)
{
    static const QString safe = QStringLiteral("+-./:=@_%,");
    bool plain = !argument.isEmpty();
    for (const QChar c : argument) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

Expected<ConnectionProfile, QString> BackupRecord::sourceProfile() const
{
    if (!isSqlite())
        return parseDatabaseUrl(url, QString());
    if (database.isEmpty())
        return QStringLiteral("The backup %1 does not name its SQLite file").arg(id);
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::SQLite;
    profile.name = profileName;
    profile.driverName = QStringLiteral("sqlite");
    profile.sqliteDatabase = database;
    profile.sqlitePath = database;
    return profile;
}

QJsonObject BackupRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("dialect"), dialect},
        {QStringLiteral("profile_name"), profileName},
        {QStringLiteral("display_url"), displayUrl},
        {QStringLiteral("url"), url},
        {QStringLiteral("database"), database},
        {QStringLiteral("from_revisions"), toArray(fromRevisions)},
        {QStringLiteral("to_revisions"), toArray(toRevisions)},
        {QStringLiteral("note"), note},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("file"), filePath},
        {QStringLiteral("size"), static_cast<double>(size)},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("verification"), verification},
        {QStringLiteral("restore_command"), restoreCommand},
        {QStringLiteral("raw_restore_command"), rawRestoreCommand},
    };
}

Expected<BackupRecord, QString> BackupRecord::fromJson(const QJsonObject &object)
{
    BackupRecord r;
    const auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };
    r.id = text("id");
    r.dialect = text("dialect");
    r.profileName = text("profile_name");
    r.displayUrl = text("display_url");
    r.url = text("url");
    r.database = text("database");
    r.note = text("note");
    r.filePath = text("file");
    r.sha256 = text("sha256");
    r.verification = text("verification");
    r.restoreCommand = text("restore_command");
    r.rawRestoreCommand = text("raw_restore_command");
    r.verified = object.value(QLatin1String("verified")).toBool();
    r.size = static_cast<qint64>(object.value(QLatin1String("size")).toDouble());
    r.created = QDateTime::fromString(text("created"), Qt::ISODateWithMs).toUTC();
    if (r.id.isEmpty())
        return QStringLiteral("a backup entry has no \"id\"");
    if (r.dialect != QLatin1String("sqlite") && r.dialect != QLatin1String("postgresql"))
        return QStringLiteral("backup %1: \"dialect\" must be \"sqlite\" or \"postgresql\"").arg(r.id);
    if (r.filePath.isEmpty() || r.sha256.isEmpty())
        return QStringLiteral("backup %1: \"file\" and \"sha256\" are required").arg(r.id);
    if (!r.created.isValid())
        return QStringLiteral("backup %1: \"created\" is not an ISO 8601 time").arg(r.id);
    if (!readStringList(object.value(QLatin1String("from_revisions")), &r.fromRevisions)
        || !readStringList(object.value(QLatin1String("to_revisions")), &r.toRevisions))
        return QStringLiteral("backup %1: revisions must be lists of strings").arg(r.id);
    return r;
}

} // namespace Retort::Core

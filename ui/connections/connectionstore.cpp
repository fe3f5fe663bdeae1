// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/connectionstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace Retort::Ui {
namespace {

const QLatin1String kRoot("connections");
const QLatin1String kGlobalGroup("connections/global");
const QLatin1String kProfiles("profiles");
const QLatin1String kIniPathKey("iniPath");
const QLatin1String kLastUsedKey("lastUsed");

QString canonicalIniPath(const QString &iniPath)
{
    const QFileInfo info(iniPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

QString kindName(Core::ConnectionProfile::Kind kind)
{
    return kind == Core::ConnectionProfile::Kind::SQLite ? QStringLiteral("sqlite")
                                                         : QStringLiteral("postgresql");
}

//! Writes every field but the password (see the class contract) into the current group.
void writeProfile(QSettings &settings, const SavedConnection &connection)
{
    const Core::ConnectionProfile &p = connection.profile;
    settings.setValue(QStringLiteral("name"), p.name);
    settings.setValue(QStringLiteral("kind"), kindName(p.kind));
    settings.setValue(QStringLiteral("driver"), p.driverName);
    settings.setValue(QStringLiteral("production"), p.production);
    settings.setValue(QStringLiteral("savePassword"), connection.savePassword);
    if (p.isSqlite()) {
        settings.setValue(QStringLiteral("sqliteDatabase"), p.sqliteDatabase);
        settings.setValue(QStringLiteral("sqlitePath"), p.sqlitePath);
    } else {
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("hostFromQuery"), p.hostFromQuery);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("sslmode"), p.sslmode);
    }
    QStringList options;
    for (const Core::UrlQueryOption &option : p.options)
        options << option.key + QLatin1Char('=') + option.value;
    settings.setValue(QStringLiteral("options"), options);
}

SavedConnection readProfile(
    const QSettings &settings, const QString &id, SavedConnection::Scope scope)
{
    SavedConnection connection;
    connection.id = id;
    connection.scope = scope;
    connection.savePassword = settings.value(QStringLiteral("savePassword")).toBool();
    Core::ConnectionProfile &p = connection.profile;
    p.name = settings.value(QStringLiteral("name")).toString();
    const bool sqlite
        = settings.value(QStringLiteral("kind")).toString() != QLatin1String("postgresql");
    p.kind = sqlite ? Core::ConnectionProfile::Kind::SQLite
                    : Core::ConnectionProfile::Kind::PostgreSQL;
    p.driverName = settings.value(QStringLiteral("driver"), kindName(p.kind)).toString();
    p.production = settings.value(QStringLiteral("production")).toBool();
    p.sqliteDatabase = settings.value(QStringLiteral("sqliteDatabase")).toString();
    p.sqlitePath = settings.value(QStringLiteral("sqlitePath")).toString();
    p.host = settings.value(QStringLiteral("host")).toString();
    p.hostFromQuery = settings.value(QStringLiteral("hostFromQuery")).toBool();
    p.port = settings.value(QStringLiteral("port")).toInt();
    p.database = settings.value(QStringLiteral("database")).toString();
    p.user = settings.value(QStringLiteral("user")).toString();
    p.sslmode = settings.value(QStringLiteral("sslmode")).toString();
    for (const QString &option : settings.value(QStringLiteral("options")).toStringList()) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.options.append({option.left(eq), option.mid(eq + 1)});
    }
    return connection;
}

} // namespace

ConnectionStore::ConnectionStore(QObject *parent)
    : QObject(parent)
{ }

ConnectionStore::ConnectionStore(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_iniFile(iniFile)
{ }

ConnectionStore::~ConnectionStore() = default;

std::unique_ptr<QSettings> ConnectionStore::settings() const
{
    if (m_iniFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_iniFile, QSettings::IniFormat);
}

QString ConnectionStore::projectGroup(const QString &iniPath)
{
    const QByteArray hash
        = QCryptographicHash::hash(canonicalIniPath(iniPath).toUtf8(), QCryptographicHash::Sha1);
    return kRoot + QLatin1String("/project-") + QString::fromLatin1(hash.toHex().left(16));
}

void ConnectionStore::setProject(const QString &iniPath)
{
    m_projectIniPath = iniPath.isEmpty() ? QString() : canonicalIniPath(iniPath);
    m_projectKey = iniPath.isEmpty() ? QString() : projectGroup(iniPath);
}

QString ConnectionStore::groupOf(SavedConnection::Scope scope) const
{
    return scope == SavedConnection::Scope::Global ? QString(kGlobalGroup) : m_projectKey;
}

QList<SavedConnection> ConnectionStore::readGroup(
    QSettings &settings, SavedConnection::Scope scope) const
{
    QList<SavedConnection> result;
    const QString group = groupOf(scope);
    if (group.isEmpty())
        return result;
    settings.beginGroup(group + QLatin1Char('/') + kProfiles);
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        result.append(readProfile(settings, id, scope));
        settings.endGroup();
    }
    settings.endGroup();
    std::sort(result.begin(), result.end(), [](const SavedConnection &a, const SavedConnection &b) {
        return a.profile.name.compare(b.profile.name, Qt::CaseInsensitive) < 0;
    });
    return result;
}

QList<SavedConnection> ConnectionStore::connections() const
{
    const auto s = settings();
    return readGroup(*s, SavedConnection::Scope::Project)
        + readGroup(*s, SavedConnection::Scope::Global);
}

std::optional<SavedConnection> ConnectionStore::connection(const QString &id) const
{
    for (const SavedConnection &connection : connections()) {
        if (connection.id == id)
            return connection;
    }
    return std::nullopt;
}

std::optional<SavedConnection::Scope> ConnectionStore::scopeOf(
    QSettings &settings, const QString &id) const
{
    for (const auto scope : {SavedConnection::Scope::Project, SavedConnection::Scope::Global}) {
        const QString group = groupOf(scope);
        if (!group.isEmpty()
            && settings.contains(group + QLatin1Char('/') + kProfiles + QLatin1Char('/') + id
                + QLatin1String("/kind")))
            return scope;
    }
    return std::nullopt;
}

SavedConnection ConnectionStore::add(SavedConnection connection)
{
    connection.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (connection.scope == SavedConnection::Scope::Project && !hasProject())
        connection.scope = SavedConnection::Scope::Global;
    connection.profile.password.clear();
    connection.profile.hasPassword = false;
    const auto s = settings();
    if (connection.scope == SavedConnection::Scope::Project)
        s->setValue(m_projectKey + QLatin1Char('/') + kIniPathKey, m_projectIniPath);
    s->beginGroup(groupOf(connection.scope) + QLatin1Char('/') + kProfiles + QLatin1Char('/')
        + connection.id);
    writeProfile(*s, connection);
    s->endGroup();
    s->sync();
    emit changed();
    return connection;
}

bool ConnectionStore::update(const SavedConnection &connection)
{
    const auto s = settings();
    const std::optional<SavedConnection::Scope> current = scopeOf(*s, connection.id);
    if (!current)
        return false;
    SavedConnection::Scope scope = connection.scope;
    if (scope == SavedConnection::Scope::Project && !hasProject())
        scope = SavedConnection::Scope::Global;
    if (*current != scope)
        s->remove(
            groupOf(*current) + QLatin1Char('/') + kProfiles + QLatin1Char('/') + connection.id);
    if (scope == SavedConnection::Scope::Project)
        s->setValue(m_projectKey + QLatin1Char('/') + kIniPathKey, m_projectIniPath);
    const QString group
        = groupOf(scope) + QLatin1Char('/') + kProfiles + QLatin1Char('/') + connection.id;
    s->remove(group); // no stale keys from the other kind
    s->beginGroup(group);
    writeProfile(*s, connection);
    s->endGroup();
    s->sync();
    emit changed();
    return true;
}

bool ConnectionStore::remove(const QString &id)
{
    const auto s = settings();
    const std::optional<SavedConnection::Scope> scope = scopeOf(*s, id);
    if (!scope)
        return false;
    s->remove(groupOf(*scope) + QLatin1Char('/') + kProfiles + QLatin1Char('/') + id);
    if (hasProject() && s->value(m_projectKey + QLatin1Char('/') + kLastUsedKey).toString() == id)
        s->remove(m_projectKey + QLatin1Char('/') + kLastUsedKey);
    s->sync();
    emit changed();
    return true;
}

QString ConnectionStore::lastUsed() const
{
    const QString group = hasProject() ? m_projectKey : QString(kGlobalGroup);
    return settings()->value(group + QLatin1Char('/') + kLastUsedKey).toString();
}

void ConnectionStore::setLastUsed(const QString &id)
{
    const QString group = hasProject() ? m_projectKey : QString(kGlobalGroup);
    const auto s = settings();
    if (hasProject())
        s->setValue(m_projectKey + QLatin1Char('/') + kIniPathKey, m_projectIniPath);
    s->setValue(group + QLatin1Char('/') + kLastUsedKey, id);
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/connectionprofile.h"

#include <QByteArray>
#include <QDir>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace Retort::Core {
namespace {

//! The pieces of `name://user:password@host:port/database?query`, as SQLAlchemy 1.4's
//! `_parse_url` regex splits them (the "has" flags tell an empty group from a missing one).
struct UrlParts
{
    QString scheme;
    bool hasUser = false;
    QString user;
    bool hasPassword = false;
    QString password;
    QString host;
    bool hasPort = false;
    QString port;
    QString database;
    QString query;
};

QString percentDecode(const QString &text)
{
    if (!text.contains(QLatin1Char('%')))
        return text;
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

//! Python's quote_plus(text, safe=''): everything but letters, digits and "_.-~" as %XX (UTF-8),
//! spaces as '+' (\a plus), or as %20 (without).
QString percentEncode(const QString &text, bool plus)
{
    QByteArray encoded = QUrl::toPercentEncoding(text, plus ? QByteArray(" ") : QByteArray());
    if (plus)
        encoded.replace(' ', '+');
    return QString::fromLatin1(encoded);
}

//! SQLAlchemy's _sqla_url_quote for display: only ':', '@' and '/' are encoded.
QString displayQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char(':'), QLatin1String("%3A"));
    out.replace(QLatin1Char('@'), QLatin1String("%40"));
    out.replace(QLatin1Char('/'), QLatin1String("%2F"));
    return out;
}

//! urllib.parse.parse_qsl with its defaults: '&' separated, blank values dropped, '+' = space.
QList<UrlQueryOption> parseQuery(const QString &query)
{
    QList<UrlQueryOption> pairs;
    for (const QString &piece : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = piece.indexOf(QLatin1Char('='));
        if (eq < 0 || eq == piece.size() - 1)
            continue;
        auto decode = [](QString s) { return percentDecode(s.replace(QLatin1Char('+'), QLatin1Char(' '))); };
        pairs.append({decode(piece.left(eq)), decode(piece.mid(eq + 1))});
    }
    return pairs;
}

//! `user[:password]@` at the start of \a rest (regex backtracking resolved by hand).
void splitUserInfo(const QString &rest, qsizetype *pos, UrlParts *parts)
{
    qsizetype run = 0;
    while (run < rest.size() && rest.at(run) != QLatin1Char(':') && rest.at(run) != QLatin1Char('/'))
        ++run;
    if (run < rest.size() && rest.at(run) == QLatin1Char(':')) {
        const qsizetype at = rest.indexOf(QLatin1Char('@'), run + 1);
        if (at >= 0) {
            parts->hasUser = parts->hasPassword = true;
            parts->user = rest.left(run);
            parts->password = rest.mid(run + 1, at - run - 1);
            *pos = at + 1;
            return;
        }
    }
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'), run == 0 ? 0 : run - 1);
    if (at >= 0 && at < run) {
        parts->hasUser = true;
        parts->user = rest.left(at);
        *pos = at + 1;
    }
}

//! Host, port, database and query after the user info; false when characters are left over.
bool splitLocation(const QString &rest, qsizetype pos, UrlParts *parts)
{
    auto runUntil = [&](qsizetype from, const char *stops) {
        qsizetype end = from;
        while (end < rest.size()) {
            const char16_t c = rest.at(end).unicode();
            if (c != 0 && c < 128 && std::strchr(stops, static_cast<char>(c)))
                break;
            ++end;
        }
        return end;
    };
    if (pos < rest.size() && rest.at(pos) == QLatin1Char('[')) {
        const qsizetype end = runUntil(pos + 1, "/?");
        const qsizetype close = rest.lastIndexOf(QLatin1Char(']'), end - 1);
        if (close > pos + 1) {
            parts->host = rest.mid(pos + 1, close - pos - 1);
            pos = close + 1;
        }
    }
    if (parts->host.isEmpty()) {
        const qsizetype end = runUntil(pos, "/:?");
        parts->host = rest.mid(pos, end - pos);
        pos = end;
    }
    if (pos < rest.size() && rest.at(pos) == QLatin1Char(':')) {
        const qsizetype end = runUntil(pos + 1, "/?");
        parts->hasPort = true;
        parts->port = rest.mid(pos + 1, end - pos - 1);
        pos = end;
    }
    if (pos < rest.size() && rest.at(pos) == QLatin1Char('/')) {
        const qsizetype end = runUntil(pos + 1, "?");
        parts->database = rest.mid(pos + 1, end - pos - 1);
        pos = end;
    }
    if (pos < rest.size() && rest.at(pos) == QLatin1Char('?')) {
        parts->query = rest.mid(pos + 1);
        pos = rest.size();
    }
    return pos == rest.size();
}

bool isSchemeChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('+');
}

Expected<UrlParts, QString> splitUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    const qsizetype sep = trimmed.indexOf(QLatin1String("://"));
    const bool schemeOk = sep > 0 && std::all_of(trimmed.cbegin(), trimmed.cbegin() + sep, isSchemeChar);
    if (!schemeOk)
        return QStringLiteral("Could not parse the database URL '%1': expected dialect://... "
                              "(for example sqlite:///app.db or postgresql://user@host/dbname)").arg(url);
    UrlParts parts;
    parts.scheme = trimmed.left(sep);
    const QString rest = trimmed.mid(sep + 3);
    qsizetype pos = 0;
    splitUserInfo(rest, &pos, &parts);
    if (!splitLocation(rest, pos, &parts))
        return QStringLiteral("Could not parse the database URL '%1'").arg(url);
    parts.user = percentDecode(parts.user);
    parts.password = percentDecode(parts.password);
    return parts;
}

Expected<ConnectionProfile, QString> sqliteProfile(const UrlParts &parts, const QString &baseDirectory)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::SQLite;
    profile.driverName = parts.scheme;
    if (parts.hasUser || !parts.host.isEmpty() || parts.hasPort)
        return QStringLiteral("A SQLite URL names a file, not a server: write sqlite:///relative/path.db or "
                              "sqlite:////absolute/path.db (three or four slashes)");
    profile.options = parseQuery(parts.query);
    for (const UrlQueryOption &option : profile.options) {
        if (option.key == QLatin1String("uri"))
            return QStringLiteral("SQLite URI filenames (?uri=true) are not supported; name the database file "
                                  "in the URL path instead");
        bool ok = true;
        if (option.key == QLatin1String("timeout"))
            option.value.toDouble(&ok);
        if (!ok)
            return QStringLiteral("The SQLite timeout must be a number of seconds, not '%1'").arg(option.value);
    }
    profile.sqliteDatabase = parts.database;
    if (!parts.database.isEmpty() && parts.database != QLatin1String(":memory:"))
        profile.sqlitePath = QDir::cleanPath(QDir(baseDirectory).absoluteFilePath(parts.database));
    return profile;
}

Expected<ConnectionProfile, QString> postgresProfile(const UrlParts &parts)
{
    ConnectionProfile profile;
    profile.kind = ConnectionProfile::Kind::PostgreSQL;
    profile.driverName = parts.scheme;
    profile.user = parts.user;
    profile.password = parts.password;
    profile.hasPassword = parts.hasPassword;
    profile.host = parts.host;
    profile.database = parts.database;
    if (parts.hasPort && !parts.port.isEmpty()) {
        bool ok = false;
        profile.port = parts.port.toInt(&ok);
        if (!ok || profile.port <= 0 || profile.port > 65535)
            return QStringLiteral("'%1' is not a valid port number").arg(parts.port);
    }
    for (const UrlQueryOption &option : parseQuery(parts.query)) {
        if (option.key == QLatin1String("sslmode")) {
            profile.sslmode = option.value;
        } else if (option.key == QLatin1String("host") && profile.host.isEmpty()) {
            profile.host = option.value;
            profile.hostFromQuery = true;
        } else {
            profile.options.append(option);
        }
    }
    return profile;
}

} // namespace

QString ConnectionProfile::dialectName() const
{
    return kind == Kind::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

namespace {

QString renderUrl(const ConnectionProfile &p, const QString *passwordMask)
{
    const bool forDisplay = passwordMask != nullptr;
    QString s = p.driverName + QLatin1String("://");
    if (p.isSqlite())
        s += p.sqliteDatabase.isEmpty() ? QString() : QLatin1Char('/') + p.sqliteDatabase;
    if (!p.isSqlite() && !p.user.isEmpty()) {
        s += forDisplay ? displayQuote(p.user) : percentEncode(p.user, false);
        if (forDisplay && p.hasPassword)
            s += QLatin1Char(':') + *passwordMask;
        s += QLatin1Char('@');
    }
    QList<UrlQueryOption> query = p.options;
    if (!p.isSqlite()) {
        if (!p.hostFromQuery)
            s += p.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + p.host + QLatin1Char(']') : p.host;
        if (p.port > 0)
            s += QLatin1Char(':') + QString::number(p.port);
        if (!p.database.isEmpty())
            s += QLatin1Char('/') + p.database;
        if (!p.sslmode.isEmpty())
            query.append({QStringLiteral("sslmode"), p.sslmode});
        if (p.hostFromQuery)
            query.append({QStringLiteral("host"), p.host});
    }
    // SQLAlchemy sorts the keys; several values of one key keep their order.
    std::stable_sort(query.begin(), query.end(),
                     [](const UrlQueryOption &a, const UrlQueryOption &b) { return a.key < b.key; });
    QStringList pairs;
    for (const UrlQueryOption &option : query)
        pairs << percentEncode(option.key, true) + QLatin1Char('=') + percentEncode(option.value, true);
    if (!pairs.isEmpty())
        s += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    return s;
}

} // namespace

QString ConnectionProfile::displayUrl(const QString &passwordMask) const
{
    return renderUrl(*this, &passwordMask);
}

QString ConnectionProfile::toUrl() const
{
    return renderUrl(*this, nullptr);
}

Expected<ConnectionProfile, QString> parseDatabaseUrl(const QString &url, const QString &baseDirectory)
{
    const auto parts = splitUrl(url);
    if (!parts)
        return parts.error();
    const QString dialect = parts->scheme.section(QLatin1Char('+'), 0, 0).toLower();
    const QString driver = parts->scheme.section(QLatin1Char('+'), 1).toLower();
    if (dialect == QLatin1String("sqlite")) {
        if (driver == QLatin1String("pysqlcipher"))
            return QStringLiteral("Encrypted SQLite databases (sqlite+pysqlcipher) are not supported");
        return sqliteProfile(parts.value(), baseDirectory);
    }
    if (dialect == QLatin1String("postgresql") || dialect == QLatin1String("postgres"))
        return postgresProfile(parts.value());
    return QStringLiteral("Retort supports SQLite and PostgreSQL databases; '%1' is not one of them "
                          "(use sqlite:///file.db or postgresql://user@host/dbname)").arg(parts->scheme);
}

} // namespace Retort::Core

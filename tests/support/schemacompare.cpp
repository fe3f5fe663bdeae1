// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// retort-schemacompare: compares the schemas of two databases with Retort's introspectors
// (a test helper for the differential tests in tests/diff/).
//
//   retort-schemacompare URL_A URL_B [--exclude TABLE]...   exit 0 equal, 1 different, 2 error
//   retort-schemacompare --dump URL [--exclude TABLE]...      readable snapshot, exit 0 or 2
//
// URLs: sqlite:///relative/path, sqlite:////absolute/path, postgresql[+driver]://user[:password]@
// host[:port]/database (missing parts fall back to libpq's PGHOST/PGPORT/PGUSER). PostgreSQL
// databases are compared schema by schema (every non-system schema). The rows of every version
// table (a table whose only column is `version_num`, whatever its name) are compared too. Databases are opened read-only where the driver
// allows it and never written.

#include "core/db/introspectionquery.h"
#include "core/db/postgresintrospector.h"
#include "core/db/sqliteintrospector.h"
#include "core/schema/schemadiff.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

using namespace Retort::Core;

namespace {

//! One introspected schema plus the rows of its version tables.
struct SchemaState
{
    SchemaSnapshot snapshot;
    QStringList versionRows; //!< "table (row, ...)" per version table, by table name
};

//! Schema name → state; SQLite has the single schema "main".
using DatabaseState = QMap<QString, SchemaState>;

struct Options
{
    bool dump = false;
    QStringList urls;
    QStringList excluded;
};

struct ParsedUrl
{
    bool postgres = false;
    QString sqlitePath;
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
};

Expected<ParsedUrl, QString> parseUrl(const QString &url)
{
    ParsedUrl out;
    const qsizetype sep = url.indexOf(QLatin1String("://"));
    if (sep < 0)
        return QStringLiteral("not a database URL: %1").arg(url);
    const QString scheme = url.left(sep).section(QLatin1Char('+'), 0, 0);
    if (scheme == QLatin1String("sqlite")) {
        // SQLAlchemy: sqlite:///rel.db is relative, sqlite:////abs.db absolute.
        const QString rest = url.mid(sep + 3);
        if (!rest.startsWith(QLatin1Char('/')) || rest.size() < 2)
            return QStringLiteral("an in-memory SQLite URL has nothing to compare: %1").arg(url);
        out.sqlitePath = QFileInfo(rest.mid(1).section(QLatin1Char('?'), 0, 0)).absoluteFilePath();
        return out;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return QStringLiteral("retort-schemacompare reads sqlite and postgresql databases, not '%1'").arg(scheme);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return QStringLiteral("invalid URL %1: %2").arg(url, parsed.errorString());
    out.postgres = true;
    out.host = parsed.host();
    out.port = parsed.port();
    out.user = parsed.userName(QUrl::FullyDecoded);
    out.password = parsed.password(QUrl::FullyDecoded);
    out.database = parsed.path(QUrl::FullyDecoded).mid(1);
    return out;
}

//! Opens \a url as connection \a name; on error the message names the URL (password masked).
Expected<QSqlDatabase, QString> openDatabase(const ParsedUrl &url, const QString &name)
{
    QSqlDatabase db;
    if (!url.postgres) {
        if (!QFileInfo(url.sqlitePath).isFile())
            return QStringLiteral("no SQLite database at %1").arg(url.sqlitePath);
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(url.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!url.host.isEmpty())
            db.setHostName(url.host);
        if (url.port > 0)
            db.setPort(url.port);
        if (!url.user.isEmpty())
            db.setUserName(url.user);
        if (!url.password.isEmpty())
            db.setPassword(url.password);
        db.setDatabaseName(url.database);
    }
    if (!db.isValid())
        return QStringLiteral("the Qt SQL driver for this database is not available");
    if (!db.open())
        return QStringLiteral("cannot open %1: %2")
            .arg(url.postgres ? url.database : url.sqlitePath, db.lastError().text());
    return db;
}

void removeExcluded(SchemaSnapshot &snapshot, const QStringList &excluded)
{
    snapshot.tables.erase(std::remove_if(snapshot.tables.begin(), snapshot.tables.end(),
                                         [&](const SchemaTable &t) { return excluded.contains(t.name); }),
                          snapshot.tables.end());
}

//! A version table: Alembic's layout, one `version_num` column (whatever env.py names the table).
bool isVersionTable(const SchemaTable &table)
{
    return table.columns.size() == 1 && table.columns.first().name == QLatin1String("version_num");
}

//! "table (row, ...)" for every version table of \a snapshot, in table-name order.
Expected<QStringList, QString> versionRows(const QSqlDatabase &db, const SchemaSnapshot &snapshot, const QString &schema)
{
    QStringList out;
    for (const SchemaTable &table : snapshot.tables) {
        if (!isVersionTable(table))
            continue;
        // The identifiers come from the catalog, so plain double quotes are enough.
        const QString name = schema.isEmpty() ? QStringLiteral("\"%1\"").arg(table.name)
                                              : QStringLiteral("\"%1\".\"%2\"").arg(schema, table.name);
        const auto rows = selectRows(db, QStringLiteral("SELECT version_num FROM %1 ORDER BY version_num").arg(name));
        if (!rows)
            return rows.error();
        QStringList values;
        for (const SqlRow &row : *rows)
            values << row.at(0).toString();
        out << table.name + QLatin1String(" (") + values.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    return out;
}

Expected<SchemaState, QString> readSchema(const QSqlDatabase &db, bool postgres, const QString &schema,
                                          const QStringList &excluded)
{
    const auto snapshot = postgres ? PostgresIntrospector::introspect(db, schema) : SqliteIntrospector::introspect(db);
    if (!snapshot)
        return snapshot.error();
    SchemaState state;
    state.snapshot = snapshot.value();
    removeExcluded(state.snapshot, excluded);
    const auto rows = versionRows(db, state.snapshot, postgres ? schema : QString());
    if (!rows)
        return rows.error();
    state.versionRows = rows.value();
    return state;
}

Expected<DatabaseState, QString> readDatabase(const QSqlDatabase &db, bool postgres, const QStringList &excluded)
{
    DatabaseState out;
    const QString first = postgres ? QStringLiteral("public") : QStringLiteral("main");
    auto state = readSchema(db, postgres, first, excluded);
    if (!state)
        return state.error();
    const QStringList schemas = postgres ? state.value().snapshot.schemas : QStringList();
    out.insert(first, state.value());
    for (const QString &schema : schemas) {
        if (schema == first)
            continue;
        auto other = readSchema(db, postgres, schema, excluded);
        if (!other)
            return other.error();
        out.insert(schema, other.value());
    }
    return out;
}

Expected<DatabaseState, QString> introspectUrl(const QString &url, const QStringList &excluded, int slot)
{
    const auto parsed = parseUrl(url);
    if (!parsed)
        return parsed.error();
    const QString name = QStringLiteral("retort-schemacompare-%1").arg(slot);
    Expected<DatabaseState, QString> result = QString();
    {
        const auto db = openDatabase(parsed.value(), name);
        if (!db)
            result = db.error();
        else
            result = readDatabase(db.value(), parsed.value().postgres, excluded);
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString list(const QStringList &items)
{
    return QLatin1Char('(') + items.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString rowsText(const QStringList &rows)
{
    return rows.isEmpty() ? QStringLiteral("none") : rows.join(QLatin1String("; "));
}

//! The differences between the two databases; empty when equal.
QStringList compare(const DatabaseState &left, const DatabaseState &right)
{
    QStringList lines;
    QStringList schemas = left.keys() + right.keys();
    schemas.removeDuplicates();
    schemas.sort();
    for (const QString &schema : schemas) {
        const bool inLeft = left.contains(schema), inRight = right.contains(schema);
        if (!inLeft || !inRight) {
            lines << QStringLiteral("schema %1 missing on %2").arg(schema, inLeft ? QLatin1String("right") : QLatin1String("left"));
            continue;
        }
        const SchemaState &a = left.value(schema), &b = right.value(schema);
        // Every schema's snapshot lists all schemas; report that once, not per schema.
        SchemaSnapshot sa = a.snapshot, sb = b.snapshot;
        sa.schemas.clear();
        sb.schemas.clear();
        const QString prefix = QStringLiteral("schema %1: ").arg(schema);
        for (const QString &line : diff(sa, sb).lines)
            lines << prefix + line;
        if (a.versionRows != b.versionRows)
            lines << prefix + QStringLiteral("version rows %1 vs %2").arg(rowsText(a.versionRows), rowsText(b.versionRows));
    }
    return lines;
}

QString columnText(const SchemaColumn &c)
{
    QString out = QStringLiteral("  column %1 %2%3").arg(c.name, c.type, c.nullable ? QString() : QStringLiteral(" NOT NULL"));
    if (!c.defaultExpression.isEmpty())
        out += QStringLiteral(" DEFAULT ") + c.defaultExpression;
    if (!c.identity.isEmpty())
        out += QStringLiteral(" IDENTITY ") + c.identity;
    if (!c.generated.isEmpty())
        out += QStringLiteral(" GENERATED ") + c.generated;
    if (!c.comment.isEmpty())
        out += QStringLiteral(" COMMENT ") + c.comment;
    return out;
}

QString deferrable(bool deferrable, bool initiallyDeferred)
{
    return QString(deferrable ? QStringLiteral(" DEFERRABLE") : QString())
        + (initiallyDeferred ? QStringLiteral(" INITIALLY DEFERRED") : QString());
}

QStringList tableText(const SchemaTable &t)
{
    QStringList out{QStringLiteral("table ") + t.name};
    if (!t.comment.isEmpty())
        out << QStringLiteral("  comment ") + t.comment;
    for (const SchemaColumn &c : t.columns)
        out << columnText(c);
    if (!t.primaryKey.columns.isEmpty())
        out << QStringLiteral("  primary key %1 %2").arg(t.primaryKey.name, list(t.primaryKey.columns));
    for (const SchemaIndex &i : t.indexes)
        out << QStringLiteral("  index %1%2 %3%4")
                   .arg(i.name, i.unique ? QStringLiteral(" UNIQUE") : QString(), list(i.elements),
                        i.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + i.where);
    for (const SchemaUniqueConstraint &u : t.uniqueConstraints)
        out << QStringLiteral("  unique %1 %2").arg(u.name, list(u.columns)) + deferrable(u.deferrable, u.initiallyDeferred);
    for (const SchemaCheckConstraint &c : t.checkConstraints)
        out << QStringLiteral("  check %1 (%2)").arg(c.name, c.expression);
    for (const SchemaForeignKey &f : t.foreignKeys)
        out << QStringLiteral("  foreign key %1 %2 -> %3%4 %5 ON DELETE %6 ON UPDATE %7")
                       .arg(f.name, list(f.columns), f.referredSchema.isEmpty() ? QString() : f.referredSchema + QLatin1Char('.'),
                            f.referredTable, list(f.referredColumns), f.onDelete, f.onUpdate)
                + deferrable(f.deferrable, f.initiallyDeferred);
    return out;
}

QStringList dump(const DatabaseState &state)
{
    QStringList out;
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const SchemaSnapshot &s = it.value().snapshot;
        out << QStringLiteral("schema ") + it.key();
        for (const SchemaEnumType &e : s.enumTypes)
            out << QStringLiteral("enum %1 %2").arg(e.name, list(e.labels));
        for (const SchemaTable &t : s.tables)
            out << tableText(t);
        for (const SchemaView &v : s.views)
            out << QStringLiteral("view %1: %2").arg(v.name, v.definition);
        for (const QString &rows : it.value().versionRows)
            out << QStringLiteral("version rows ") + rows;
    }
    return out;
}

Expected<Options, QString> parseOptions(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--dump")) {
            o.dump = true;
        } else if (a == QLatin1String("--exclude") && i + 1 < args.size()) {
            o.excluded << args.at(++i);
        } else if (a.startsWith(QLatin1String("--exclude="))) {
            o.excluded << a.mid(10);
        } else if (a.startsWith(QLatin1String("--"))) {
            return QStringLiteral("unknown option %1").arg(a);
        } else {
            o.urls << a;
        }
    }
    if (o.urls.size() != (o.dump ? 1 : 2))
        return QStringLiteral("usage: retort-schemacompare URL_A URL_B [--exclude TABLE]...\n"
                              "       retort-schemacompare --dump URL [--exclude TABLE]...");
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = parseOptions(QCoreApplication::arguments().mid(1));
    if (!options) {
        err << options.error() << '\n';
        return 2;
    }
    QList<DatabaseState> states;
    for (qsizetype i = 0; i < options.value().urls.size(); ++i) {
        const auto state = introspectUrl(options.value().urls.at(i), options.value().excluded, int(i));
        if (!state) {
            err << "retort-schemacompare: " << state.error() << '\n';
            return 2;
        }
        states << state.value();
    }
    const QStringList lines = options.value().dump ? dump(states.first()) : compare(states.at(0), states.at(1));
    for (const QString &line : lines)
        out << line << '\n';
    return options.value().dump || lines.isEmpty() ? 0 : 1;
}

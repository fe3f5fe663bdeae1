// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/db/ledger.h"

#include "core/db/backup.h"
#include "core/db/databasesession.h"
#include "core/db/versiontable.h"
#include "core/graph/versiontablesql.h"
#include "core/project/project.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace Retort::Core {
namespace {

//! \a value as an SQL literal in the session's dialect ('it''s', NULL), quoted by the driver.
QString sqlLiteral(DatabaseSession &session, const QVariant &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QSqlField field{QString(), QMetaType(QMetaType::QString)};
#else
    QSqlField field{QString(), QVariant::String};
#endif
    field.setValue(value.isNull() ? QVariant() : value);
    return session.database().driver()->formatValue(field);
}

const QLatin1String kColumns("id, run_id, revision, direction, file_sha256, started, finished, outcome, "
                             "error_text, os_user, host, retort_version, backup_id");

bool isSqlite(const DatabaseSession &session)
{
    return session.kind() == ConnectionProfile::Kind::SQLite;
}

QVariant textOrNull(const QString &text)
{
    if (!text.isEmpty())
        return text;
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QVariant(QMetaType::fromType<QString>());
#else
    return QVariant(QVariant::String);
#endif
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseIsoUtc(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

//! A timestamptz column read as the ISO text SQLite stores.
QString pgIsoColumn(const char *column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(QLatin1String(column));
}

QString osUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

template<typename Enum>
std::optional<Enum> enumFromName(const QString &name, QString (*toName)(Enum), std::initializer_list<Enum> values)
{
    for (Enum value : values) {
        if (toName(value) == name)
            return value;
    }
    return std::nullopt;
}

LedgerEntry entryFromRow(const QSqlQuery &query)
{
    LedgerEntry e;
    e.id = query.value(0).toLongLong();
    e.runId = query.value(1).toString();
    e.revision = query.value(2).toString();
    e.direction = enumFromName(query.value(3).toString(), &directionName,
                               {LedgerEntry::Direction::Upgrade, LedgerEntry::Direction::Downgrade,
                                LedgerEntry::Direction::Stamp}).value_or(LedgerEntry::Direction::Upgrade);
    e.fileSha256 = query.value(4).toString();
    e.started = parseIsoUtc(query.value(5).toString());
    e.finished = parseIsoUtc(query.value(6).toString());
    e.outcome = enumFromName(query.value(7).toString(), &outcomeName,
                             {LedgerEntry::Outcome::Succeeded, LedgerEntry::Outcome::Failed,
                              LedgerEntry::Outcome::Cancelled}).value_or(LedgerEntry::Outcome::Failed);
    e.error = query.value(8).toString();
    e.osUser = query.value(9).toString();
    e.host = query.value(10).toString();
    e.retortVersion = query.value(11).toString();
    e.backupId = query.value(12).toString();
    return e;
}

//! Every revision at or below \a heads in \a map (parents and dependencies); unknown ids are skipped.
QSet<QString> appliedRevisions(const RevisionMap &map, const QStringList &heads)
{
    QSet<QString> applied;
    QStringList pending = heads;
    while (!pending.isEmpty()) {
        const QString id = pending.takeLast();
        if (applied.contains(id))
            continue;
        const auto info = map.revision(id);
        if (!info)
            continue;
        applied.insert(id);
        pending += info->allDownRevisions;
    }
    return applied;
}

} // namespace

QString directionName(LedgerEntry::Direction direction)
{
    switch (direction) {
    case LedgerEntry::Direction::Upgrade: return QStringLiteral("upgrade");
    case LedgerEntry::Direction::Downgrade: return QStringLiteral("downgrade");
    case LedgerEntry::Direction::Stamp: return QStringLiteral("stamp");
    }
    return {};
}

QString outcomeName(LedgerEntry::Outcome outcome)
{
    switch (outcome) {
    case LedgerEntry::Outcome::Succeeded: return QStringLiteral("succeeded");
    case LedgerEntry::Outcome::Failed: return QStringLiteral("failed");
    case LedgerEntry::Outcome::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ChecksumMismatch::message() const
{
    const QString now = currentSha256.isEmpty() ? QStringLiteral("the file cannot be read now")
                                                : QStringLiteral("now %1").arg(currentSha256);
    return QStringLiteral("revision %1 (%2) was edited after it was applied on %3: sha256 then %4, %5")
        .arg(revision, file, isoUtc(appliedAt), recordedSha256, now);
}

QString revisionFileSha256(const QString &path)
{
    return Backup::fileSha256(path);
}

Ledger::Ledger(const QString &schema) : m_schema(schema) {}

QString Ledger::qualifiedTable(const QString &dialect) const
{
    const QString table = QLatin1String(kTableName);
    if (m_schema.isEmpty())
        return table;
    return VersionTableSql::quoteIdentifier(m_schema, dialect) + QLatin1Char('.') + table;
}

QString Ledger::createStatement(const QString &dialect) const
{
    const bool sqlite = dialect == QLatin1String("sqlite");
    const QString time = sqlite ? QStringLiteral("TEXT") : QStringLiteral("TIMESTAMP WITH TIME ZONE");
    return QStringLiteral("CREATE TABLE %1 (\n"
                          "    id %2,\n"
                          "    run_id VARCHAR(64) NOT NULL,\n"
                          "    revision VARCHAR(255) NOT NULL,\n"
                          "    direction VARCHAR(16) NOT NULL,\n"
                          "    file_sha256 VARCHAR(64),\n"
                          "    started %3 NOT NULL,\n"
                          "    finished %3,\n"
                          "    outcome VARCHAR(16) NOT NULL,\n"
                          "    error_text TEXT,\n"
                          "    os_user VARCHAR(255),\n"
                          "    host VARCHAR(255),\n"
                          "    retort_version VARCHAR(64),\n"
                          "    backup_id VARCHAR(64),\n"
                          "    CONSTRAINT retort_ledger_direction_check CHECK (direction IN ('upgrade', 'downgrade', 'stamp')),\n"
                          "    CONSTRAINT retort_ledger_outcome_check CHECK (outcome IN ('succeeded', 'failed', 'cancelled'))\n"
                          ")")
        .arg(qualifiedTable(dialect),
             sqlite ? QStringLiteral("INTEGER NOT NULL PRIMARY KEY")
                    : QStringLiteral("BIGSERIAL NOT NULL CONSTRAINT retort_ledger_pkey PRIMARY KEY"),
             time);
}

QString Ledger::newRunId()
{
    return QStringLiteral("run-%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

Expected<bool, QString> Ledger::hasTable(DatabaseSession &session) const
{
    QSqlQuery query(session.database());
    QString sql;
    QVariantList binds{QString::fromLatin1(kTableName)};
    if (isSqlite(session)) {
        sql = QLatin1String("SELECT 1 FROM ")
            + (m_schema.isEmpty() ? QString() : VersionTableSql::quoteIdentifier(m_schema, QStringLiteral("sqlite")) + QLatin1Char('.'))
            + QLatin1String("sqlite_master WHERE type = 'table' AND name = ?");
    } else {
        sql = QStringLiteral("SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE c.relkind IN ('r', 'p') AND c.relname = ? AND ");
        if (m_schema.isEmpty()) {
            sql += QLatin1String("pg_catalog.pg_table_is_visible(c.oid)");
        } else {
            sql += QLatin1String("n.nspname = ?");
            binds << m_schema;
        }
    }
    if (!query.prepare(sql))
        return query.lastError().text();
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    return query.next();
}

Expected<bool, QString> Ledger::ensureTable(DatabaseSession &session) const
{
    const auto exists = hasTable(session);
    if (!exists)
        return exists;
    if (exists.value())
        return false;
    QSqlQuery query(session.database());
    if (!query.exec(createStatement(session.dialectName())))
        return query.lastError().text();
    return true;
}

Expected<qint64, QString> Ledger::recordStep(DatabaseSession &session, const LedgerEntry &entry, TableState table) const
{
    if (entry.outcome != LedgerEntry::Outcome::Succeeded)
        return QStringLiteral("recordStep() records successful steps; use recordFailure() for '%1'")
            .arg(outcomeName(entry.outcome));
    return insert(session, entry, table);
}

Expected<qint64, QString> Ledger::recordFailure(DatabaseSession &session, const LedgerEntry &entry) const
{
    if (entry.outcome == LedgerEntry::Outcome::Succeeded)
        return QStringLiteral("recordFailure() records failed or cancelled steps; use recordStep()");
    return insert(session, entry, TableState::MayBeMissing);
}

Expected<qint64, QString> Ledger::insert(DatabaseSession &session, const LedgerEntry &entry, TableState table) const
{
    if (table == TableState::MayBeMissing) {
        const auto ensured = ensureTable(session);
        if (!ensured)
            return ensured.error();
    }
    const bool sqlite = isSqlite(session);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariantList values{
        entry.runId, entry.revision, directionName(entry.direction), textOrNull(entry.fileSha256),
        isoUtc(entry.started.isValid() ? entry.started : now), textOrNull(isoUtc(entry.finished.isValid() ? entry.finished : now)),
        outcomeName(entry.outcome), textOrNull(entry.error),
        textOrNull(entry.osUser.isEmpty() ? osUserName() : entry.osUser),
        textOrNull(entry.host.isEmpty() ? QSysInfo::machineHostName() : entry.host),
        entry.retortVersion.isEmpty() ? QStringLiteral(RETORT_VERSION) : entry.retortVersion,
        textOrNull(entry.backupId)};
    // Values are quoted by the driver (PQescapeStringConn on PostgreSQL) rather than bound: a
    // prepared statement costs QPSQL three round trips (PREPARE, EXECUTE, DEALLOCATE) per step.
    QStringList literals;
    for (const QVariant &value : values)
        literals << sqlLiteral(session, value);
    if (!sqlite) { // started, finished
        for (const int i : {4, 5})
            literals[i] = QStringLiteral("CAST(%1 AS TIMESTAMP WITH TIME ZONE)").arg(literals[i]);
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (run_id, revision, direction, file_sha256, started, finished, "
                                       "outcome, error_text, os_user, host, retort_version, backup_id) VALUES (%2)%3")
                            .arg(qualifiedTable(session.dialectName()), literals.join(QStringLiteral(", ")),
                                 sqlite ? QString() : QStringLiteral(" RETURNING id"));
    QSqlQuery query(session.database());
    if (!query.exec(sql))
        return query.lastError().text();
    if (sqlite)
        return query.lastInsertId().toLongLong();
    if (!query.next())
        return QStringLiteral("The ledger row was inserted without an id");
    return query.value(0).toLongLong();
}

Expected<QList<LedgerEntry>, QString> Ledger::entries(DatabaseSession &session, int limit) const
{
    const auto exists = hasTable(session);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return QList<LedgerEntry>{};
    QString columns = kColumns;
    if (!isSqlite(session)) {
        columns.replace(QLatin1String("started, finished"),
                        pgIsoColumn("started") + QLatin1String(", ") + pgIsoColumn("finished"));
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY id DESC").arg(columns, qualifiedTable(session.dialectName()));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return query.lastError().text();
    QList<LedgerEntry> rows;
    while (query.next())
        rows << entryFromRow(query);
    return rows;
}

Expected<QList<ChecksumMismatch>, QString> Ledger::checksumMismatches(DatabaseSession &session, const Project &project) const
{
    const auto exists = hasTable(session);
    if (!exists)
        return exists.error();
    if (!exists.value())
        return QList<ChecksumMismatch>{};
    const MigrationContextSettings &settings = project.contextSettings();
    const auto heads = VersionTable(settings.versionTable, settings.versionTableSchema).readHeads(session);
    if (!heads)
        return heads.error();
    const QSet<QString> applied = appliedRevisions(project.map(), heads->heads);
    struct Applied { QString sha256; QDateTime at; };
    QHash<QString, Applied> latest;
    {
        const QString finished = isSqlite(session) ? QStringLiteral("finished") : pgIsoColumn("finished");
        QSqlQuery query(session.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT revision, file_sha256, %1 FROM %2 WHERE direction = 'upgrade' AND "
                                       "outcome = 'succeeded' ORDER BY id")
                            .arg(finished, qualifiedTable(session.dialectName()))))
            return query.lastError().text();
        while (query.next())
            latest.insert(query.value(0).toString(), {query.value(1).toString(), parseIsoUtc(query.value(2).toString())});
    }
    QList<ChecksumMismatch> mismatches;
    for (const QString &id : project.map().allRevisionsInLoadOrder()) {
        const auto found = latest.constFind(id);
        if (!applied.contains(id) || found == latest.constEnd() || found->sha256.isEmpty())
            continue;
        const RevisionScript *script = project.scriptFor(id);
        const QString file = script ? script->filePath : QString();
        const QString now = file.isEmpty() ? QString() : revisionFileSha256(file);
        if (now != found->sha256)
            mismatches << ChecksumMismatch{id, file, found->sha256, now, found->at};
    }
    return mismatches;
}

} // namespace Retort::Core

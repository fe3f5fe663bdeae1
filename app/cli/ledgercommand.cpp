// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/ledgercommand.h"

#include "app/cli/databasetarget.h"

#include "app/cli/clicommands.h"
#include "core/db/databasesession.h"
#include "core/db/databaseurlsource.h"
#include "core/db/ledger.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

#include <utility>

namespace Retort::Cli {
namespace {

struct LedgerReport
{
    bool hasTable = false;
    QList<Core::LedgerEntry> entries;
    QList<Core::ChecksumMismatch> mismatches;
};

Core::Expected<Core::ConnectionProfile, QString> resolveProfile(CliSession &session)
{
    const auto target = resolveDatabaseTarget(session);
    if (!target)
        return target.error();
    return target->profile;
}

Core::Expected<LedgerReport, QString> readLedger(const CliSession &session, const Core::ConnectionProfile &profile,
                                                 int limit)
{
    LedgerReport report;
    // Like `current`, a SQLite file that does not exist is not created.
    if (profile.isSqlite() && !profile.isInMemory() && !QFileInfo::exists(profile.sqlitePath))
        return report;
    Core::DatabaseSession::Options options;
    options.readOnly = true;
    auto opened = Core::DatabaseSession::open(profile, options);
    if (!opened)
        return opened.error();
    Core::DatabaseSession db = std::move(opened).value();
    const Core::Ledger ledger;
    const auto hasTable = ledger.hasTable(db);
    if (!hasTable)
        return hasTable.error();
    report.hasTable = hasTable.value();
    if (!report.hasTable)
        return report;
    auto entries = ledger.entries(db, limit);
    if (!entries)
        return entries.error();
    report.entries = std::move(entries).value();
    auto mismatches = ledger.checksumMismatches(db, session.project());
    if (!mismatches)
        return mismatches.error();
    report.mismatches = std::move(mismatches).value();
    return report;
}

QJsonObject entryJson(const Core::LedgerEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), static_cast<double>(e.id)},
        {QStringLiteral("run_id"), e.runId},
        {QStringLiteral("revision"), e.revision},
        {QStringLiteral("direction"), Core::directionName(e.direction)},
        {QStringLiteral("file_sha256"), e.fileSha256},
        {QStringLiteral("started"), e.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), e.finished.toString(Qt::ISODateWithMs)},
        {QStringLiteral("outcome"), Core::outcomeName(e.outcome)},
        {QStringLiteral("error"), e.error},
        {QStringLiteral("os_user"), e.osUser},
        {QStringLiteral("host"), e.host},
        {QStringLiteral("retort_version"), e.retortVersion},
        {QStringLiteral("backup_id"), e.backupId},
    };
}

int printJson(CliSession &session, const Core::ConnectionProfile &profile, const LedgerReport &report)
{
    QJsonArray entries;
    for (const Core::LedgerEntry &e : report.entries)
        entries.append(entryJson(e));
    QJsonArray mismatches;
    for (const Core::ChecksumMismatch &m : report.mismatches) {
        mismatches.append(QJsonObject{{QStringLiteral("revision"), m.revision},
                                      {QStringLiteral("file"), m.file},
                                      {QStringLiteral("recorded_sha256"), m.recordedSha256},
                                      {QStringLiteral("current_sha256"), m.currentSha256},
                                      {QStringLiteral("applied_at"), m.appliedAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("message"), m.message()}});
    }
    session.printJson(QJsonObject{{QStringLiteral("url"), profile.displayUrl()},
                                  {QStringLiteral("has_ledger"), report.hasTable},
                                  {QStringLiteral("entries"), entries},
                                  {QStringLiteral("checksum_mismatches"), mismatches}});
    return 0;
}

void printEntry(QTextStream &out, const Core::LedgerEntry &e)
{
    out << '#' << e.id << "  " << e.started.toString(Qt::ISODateWithMs) << "  "
        << Core::directionName(e.direction).leftJustified(9) << ' ' << e.revision << "  " << Core::outcomeName(e.outcome);
    if (e.started.isValid() && e.finished.isValid())
        out << "  " << QString::number(double(e.started.msecsTo(e.finished)) / 1000.0, 'f', 3) << " s";
    out << "  " << e.runId;
    if (!e.backupId.isEmpty())
        out << "  backup " << e.backupId;
    out << "  " << e.osUser << '@' << e.host << "  retort " << e.retortVersion << '\n';
    if (!e.error.isEmpty())
        out << "    error: " << QString(e.error).replace(QLatin1Char('\n'), QLatin1String("\n           ")) << '\n';
}

} // namespace

int runLedgerCommand(CliSession &session)
{
    bool ok = true;
    const QString limitText = session.options().values.value(QStringLiteral("limit"), QStringLiteral("20"));
    const int limit = limitText.toInt(&ok);
    if (!ok || limit < 0)
        return session.fail(QStringLiteral("--limit must be a number of rows (0 for all), not '%1'").arg(limitText));
    const auto profile = resolveProfile(session);
    if (!profile)
        return session.fail(profile.error());
    const auto report = readLedger(session, profile.value(), limit);
    if (!report)
        return session.fail(report.error());
    if (session.options().json)
        return printJson(session, profile.value(), report.value());
    QTextStream &out = session.out();
    if (!report->hasTable) {
        out << "No ledger in " << profile->displayUrl(QStringLiteral("XXXXX"))
            << " (Retort has not run a migration on it)\n";
        out.flush();
        return 0;
    }
    out << "Ledger of " << profile->displayUrl(QStringLiteral("XXXXX")) << ", newest first:\n";
    for (const Core::LedgerEntry &e : report->entries)
        printEntry(out, e);
    if (!report->mismatches.isEmpty()) {
        out << "\nRevision files edited after they were applied:\n";
        for (const Core::ChecksumMismatch &m : report->mismatches)
            out << "  " << m.message() << '\n';
    }
    out.flush();
    return 0;
}

} // namespace Retort::Cli

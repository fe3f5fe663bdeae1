// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/backupscommand.h"

#include "app/cli/databasetarget.h"

#include "app/cli/clicommands.h"
#include "core/db/backupcatalog.h"
#include "core/db/databasesession.h"
#include "core/db/databaseurlsource.h"
#include "core/db/versiontable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>

#include <cstdio>
#include <utility>

#include <unistd.h>

namespace Retort::Cli {
namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString revisionsText(const QStringList &revisions)
{
    return revisions.isEmpty() ? QStringLiteral("base") : revisions.join(QLatin1Char(','));
}

//! "at a1" for a backup made outside a run, "a1 -> b2" for one made before a run.
QString whereText(const Core::BackupRecord &record)
{
    if (record.toRevisions.isEmpty() || record.toRevisions == record.fromRevisions)
        return QStringLiteral("at ") + revisionsText(record.fromRevisions);
    return revisionsText(record.fromRevisions) + QLatin1String(" -> ") + revisionsText(record.toRevisions);
}

//! The version table's rows, read only; empty when there is none or it cannot be read.
QStringList currentHeads(const CliSession &session, const Core::ConnectionProfile &profile)
{
    Core::DatabaseSession::Options options;
    options.readOnly = true;
    auto opened = Core::DatabaseSession::open(profile, options);
    if (!opened)
        return {};
    Core::DatabaseSession db = std::move(opened).value();
    const Core::MigrationContextSettings &settings = session.project().contextSettings();
    const auto state = Core::VersionTable(settings.versionTable, settings.versionTableSchema).readHeads(db);
    return state ? state->heads : QStringList();
}

int list(CliSession &session, const Core::BackupCatalog &catalog)
{
    const auto records = catalog.list();
    if (!records)
        return session.fail(records.error());
    if (session.options().json) {
        QJsonArray backups;
        for (const Core::BackupRecord &record : records.value()) {
            QJsonObject object = record.toJson();
            object.insert(QStringLiteral("file_exists"), QFileInfo(record.filePath).isFile());
            backups.append(object);
        }
        session.printJson(QJsonObject{{QStringLiteral("directory"), catalog.directory()},
                                      {QStringLiteral("backups"), backups}});
        return 0;
    }
    if (records->isEmpty()) {
        session.out() << "No backups in " << catalog.directory() << '\n';
        session.out().flush();
        return 0;
    }
    for (const Core::BackupRecord &record : records.value()) {
        const bool present = QFileInfo(record.filePath).isFile();
        session.out() << record.id << "  " << record.created.toString(Qt::ISODateWithMs) << "  " << record.displayUrl
                      << "  " << whereText(record) << "  " << sizeText(record.size) << "  "
                      << (present ? (record.verified ? "verified" : "not verified") : "file missing");
        if (!record.note.isEmpty())
            session.out() << "  (" << record.note << ')';
        session.out() << "\n    file:    " << record.filePath << "\n    restore: " << record.restoreCommand
                      << "\n    or:      " << record.rawRestoreCommand << '\n';
    }
    session.out().flush();
    return 0;
}

//! Asks on the terminal; false when the user (or the lack of a terminal) says no.
bool confirmRestore(CliSession &session, const Core::BackupRecord &record)
{
    if (session.options().hasFlag(QStringLiteral("yes")))
        return true;
    QTextStream &err = session.err();
    err << "Restore backup " << record.id << " (made " << record.created.toString(Qt::ISODateWithMs) << " at "
        << revisionsText(record.fromRevisions) << ") into " << record.displayUrl << "?\n"
        << (record.isSqlite() ? "The current database file is kept beside it.\n"
                              : "The current state is backed up first; objects in the backup are replaced.\n");
    if (!isatty(STDIN_FILENO)) {
        err << "Not restoring without a terminal to confirm on; pass --yes to restore anyway.\n";
        err.flush();
        return false;
    }
    err << "Restore? [y/N] ";
    err.flush();
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return false;
    return answer[0] == 'y' || answer[0] == 'Y';
}

int restore(CliSession &session, Core::BackupCatalog &catalog)
{
    const QString id = session.options().positional.value(1);
    if (id.isEmpty())
        return session.fail(QStringLiteral("backups restore needs the id of a backup (see `retort-cli backups list`)"));
    const auto record = catalog.find(id);
    if (!record)
        return session.fail(record.error());
    const auto target = record->sourceProfile();
    if (!target)
        return session.fail(target.error());
    if (!confirmRestore(session, record.value()))
        return session.fail(QStringLiteral("Not restored: the restore was not confirmed"));
    const auto restored = catalog.restore(record->id, target.value());
    if (!restored)
        return session.fail(restored.error().toString());
    if (session.options().json) {
        QJsonObject result{{QStringLiteral("restored"), restored->restored.toJson()},
                           {QStringLiteral("kept_file"), restored->keptFile}};
        if (restored->safetyBackup)
            result.insert(QStringLiteral("safety_backup"), restored->safetyBackup->toJson());
        session.printJson(result);
        return 0;
    }
    session.out() << "Restored backup " << record->id << " into " << record->displayUrl << ".\n";
    if (!restored->keptFile.isEmpty())
        session.out() << "The replaced database is kept as " << restored->keptFile << '\n';
    if (restored->safetyBackup)
        session.out() << "The state before the restore is backup " << restored->safetyBackup->id << " ("
                      << restored->safetyBackup->filePath << ")\n";
    if (!restored->toolOutput.isEmpty())
        session.warn(restored->toolOutput);
    session.out().flush();
    return 0;
}

int create(CliSession &session, Core::BackupCatalog &catalog)
{
    const auto target = resolveDatabaseTarget(session);
    if (!target)
        return session.fail(target.error());
    const Core::ConnectionProfile &profile = target->profile;
    Core::BackupRequest request;
    request.note = session.options().values.value(QStringLiteral("note"));
    if (!profile.isSqlite() || QFileInfo::exists(profile.sqlitePath))
        request.fromRevisions = currentHeads(session, profile);
    const auto record = catalog.createAndAdd(profile, request);
    if (!record)
        return session.fail(record.error().toString());
    if (session.options().json) {
        session.printJson(QJsonObject{{QStringLiteral("backup"), record->toJson()}});
        return 0;
    }
    session.out() << "Backed up " << record->displayUrl << " as " << record->id << " (" << sizeText(record->size)
                  << ", " << record->verification << ")\n    file:    " << record->filePath
                  << "\n    restore: " << record->restoreCommand << '\n';
    session.out().flush();
    return 0;
}

} // namespace

bool backupsCommandNeedsProject(const CliOptions &options)
{
    return options.positional.value(0) == QLatin1String("create");
}

int runBackupsCommand(CliSession &session)
{
    Core::BackupCatalog catalog;
    const QString action = session.options().positional.value(0);
    if (action == QLatin1String("list"))
        return list(session, catalog);
    if (action == QLatin1String("restore"))
        return restore(session, catalog);
    if (action == QLatin1String("create"))
        return create(session, catalog);
    return session.fail(QStringLiteral("backups: unknown action '%1' (list, restore ID, create)").arg(action));
}

} // namespace Retort::Cli

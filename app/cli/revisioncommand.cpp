// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/revisioncommand.h"

#include "app/cli/clicommands.h"
#include "core/project/projectinitializer.h"
#include "core/project/revisionfilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Retort::Cli {
namespace {

QStringList commaList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

std::optional<Core::RevisionBodyTemplate> bodyTemplate(const QString &name)
{
    if (name.isEmpty() || name == QLatin1String("empty"))
        return Core::RevisionBodyTemplate::Empty;
    if (name == QLatin1String("ops"))
        return Core::RevisionBodyTemplate::Operations;
    if (name == QLatin1String("sql"))
        return Core::RevisionBodyTemplate::RawSql;
    return std::nullopt;
}

QJsonObject revisionJson(const Core::PlannedRevision &revision)
{
    return QJsonObject {{QStringLiteral("revision"), revision.revisionId},
        {QStringLiteral("down_revisions"), QJsonArray::fromStringList(revision.downRevisions)},
        {QStringLiteral("branch_labels"), QJsonArray::fromStringList(revision.branchLabels)},
        {QStringLiteral("depends_on"), QJsonArray::fromStringList(revision.dependsOn)},
        {QStringLiteral("path"), revision.filePath}};
}

} // namespace

int runRevisionCommand(CliSession &session)
{
    const CliOptions &options = session.options();
    const bool merge = options.verb == QLatin1String("merge");
    Core::RevisionRequest request;
    if (options.values.contains(QStringLiteral("message")))
        request.message = options.values.value(QStringLiteral("message"));
    request.parents
        = merge ? options.positional : commaList(options.values.value(QStringLiteral("head")));
    request.splice = options.hasFlag(QStringLiteral("splice"));
    request.branchLabels = commaList(options.values.value(QStringLiteral("branch-label")));
    request.dependsOn = commaList(options.values.value(QStringLiteral("depends-on")));
    request.revisionId = options.values.value(QStringLiteral("rev-id"));
    request.versionPath = options.values.value(QStringLiteral("version-path"));
    const auto body = bodyTemplate(options.values.value(QStringLiteral("template")));
    if (!body)
        return session.fail(QStringLiteral("Unknown --template '%1' (use empty, ops or sql)")
                                .arg(options.values.value(QStringLiteral("template"))));
    request.body = *body;

    const Core::RevisionFileWriter writer(session.project());
    const auto written = writer.write(request);
    if (!written)
        return session.fail(written.error().message);
    for (const Core::Diagnostic &warning : written->warnings)
        session.warn(warning.toString());
    if (options.json)
        session.printJson(revisionJson(written.value()));
    else
        session.out() << "Generating " << written->filePath << " ...  done\n";
    session.out().flush();
    return 0;
}

int runInitCommand(const CliOptions &options, QTextStream &out)
{
    const QFileInfo ini(QDir::current().absoluteFilePath(options.configPath));
    Core::ProjectInitOptions init;
    init.directory = ini.absolutePath();
    init.iniFileName = ini.fileName();
    init.scriptLocation = QDir::current().absoluteFilePath(options.positional.value(0));
    init.sqlalchemyUrl = options.values.value(QStringLiteral("url"));
    const auto created = Core::ProjectInitializer::initialize(init);
    if (!created) {
        out << "FAILED: " << created.error().message << '\n';
        out.flush();
        return kFailedExitCode;
    }
    for (const QString &path : created->createdPaths)
        out << (QFileInfo(path).isDir() ? "Creating directory " : "Generating ") << path
            << " ...  done\n";
    out << "Please edit configuration/connection/logging settings in '" << created->iniPath
        << "' before proceeding.\n";
    out.flush();
    return 0;
}

} // namespace Retort::Cli

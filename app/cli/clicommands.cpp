// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/clicommands.h"

#include "app/cli/showoperations.h"

#include "app/cli/backupscommand.h"
#include "app/cli/currentcommand.h"
#include "app/cli/ledgercommand.h"
#include "app/cli/offlinecommand.h"
#include "app/cli/plancommand.h"
#include "app/cli/revisionformat.h"
#include "app/cli/revisioncommand.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace Retort::Cli {

namespace {

//! The message of the first graph error (what Alembic would have stopped on).
QString firstGraphError(const Core::Project &project)
{
    for (const Core::Diagnostic &d : project.diagnostics()) {
        if (d.severity == Core::Severity::Error && d.code.startsWith(QLatin1String("graph-")))
            return d.message;
    }
    return QStringLiteral("The revision graph is broken");
}

} // namespace

CliSession::CliSession(const CliOptions &options, QTextStream &out, QTextStream &err)
    : m_options(options), m_out(out), m_err(err)
{
}

int CliSession::fail(const QString &message)
{
    if (m_options.json)
        printJson(QJsonObject{{QStringLiteral("error"), message}});
    else
        m_out << "FAILED: " << message << '\n';
    m_out.flush();
    return kFailedExitCode;
}

void CliSession::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliSession::warn(const QString &message)
{
    m_err << message << '\n';
    m_err.flush();
}

QString CliSession::dialectName() const
{
    const QString given = m_options.values.value(QStringLiteral("dialect"));
    if (!given.isEmpty())
        return given;
    const QString url = m_project.config().sqlalchemyUrl().value_or(QString());
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    return scheme < 0 ? QString() : url.left(scheme).section(QLatin1Char('+'), 0, 0);
}

bool CliSession::openProject()
{
    // validate (every syntax error) and the SQL verbs need function bodies; the graph verbs
    // read headers only, several times faster on large projects.
    static const QStringList needBodies{QStringLiteral("validate"), QStringLiteral("upgrade"),
                                        QStringLiteral("downgrade"), QStringLiteral("stamp")};
    const auto mode = needBodies.contains(m_options.verb) ? Core::RevisionReadMode::Full
                                                          : Core::RevisionReadMode::HeaderOnly;
    m_project = Core::Project::open({m_options.configPath, m_options.section, QDir::currentPath()}, mode);
    if (!m_project.isOpen()) {
        fail(m_project.openError()->message);
        return false;
    }
    // Alembic prints warnings (duplicate ids, duplicate files) on stderr and carries on.
    // Errors are printed too: the answer below is then only as good as what could be read.
    if (m_options.verb == QLatin1String("validate"))
        return true;
    for (const Core::Diagnostic &d : m_project.diagnostics()) {
        if (d.severity != Core::Severity::Info)
            warn(d.toString());
    }
    return true;
}

int CliSession::run()
{
    if (m_options.verb == QLatin1String("backups") && !backupsCommandNeedsProject(m_options))
        return runBackupsCommand(*this); // the backup catalog needs no Alembic project
    if (m_options.verb == QLatin1String("init"))
        return runInitCommand(m_options, m_out); // `init` creates the project
    if (!openProject())
        return kFailedExitCode;
    const QString &verb = m_options.verb;
    if (verb == QLatin1String("validate"))
        return validate();
    // Alembic cannot build a broken map at all; Retort shows what it knows but says why
    // graph answers would be unreliable.
    if (!m_project.map().isUsable())
        return fail(firstGraphError(m_project));
    if (verb == QLatin1String("heads"))
        return heads();
    if (verb == QLatin1String("branches"))
        return branches();
    if (verb == QLatin1String("history"))
        return history();
    if (verb == QLatin1String("show"))
        return show();
    if (verb == QLatin1String("current"))
        return runCurrentCommand(*this);
    if (verb == QLatin1String("backups"))
        return runBackupsCommand(*this);
    if (verb == QLatin1String("ledger"))
        return runLedgerCommand(*this);
    if (verb == QLatin1String("revision") || verb == QLatin1String("merge"))
        return runRevisionCommand(*this);
    if (verb == QLatin1String("plan"))
        return runPlanCommand(*this);
    if (verb == QLatin1String("upgrade") || verb == QLatin1String("downgrade") || verb == QLatin1String("stamp"))
        return runOfflineCommand(*this);
    return fail(QStringLiteral("Unknown command %1").arg(verb));
}

int CliSession::heads()
{
    const Core::RevisionMap &map = m_project.map();
    const QStringList ids = m_options.hasFlag(QStringLiteral("resolve-dependencies")) ? map.realHeads() : map.heads();
    const bool verbose = m_options.hasFlag(QStringLiteral("verbose"));
    QJsonArray json;
    for (const QString &id : ids) {
        const Core::RevisionSummary summary = m_project.summary(id);
        if (m_options.json)
            json.append(revisionJson(summary));
        else
            m_out << cmdFormat(summary, verbose, {true, false, false, false}) << '\n';
    }
    if (m_options.json)
        printJson(QJsonObject{{QStringLiteral("heads"), json}});
    return 0;
}

int CliSession::branches()
{
    const bool verbose = m_options.hasFlag(QStringLiteral("verbose"));
    QJsonArray json;
    for (const Core::RevisionSummary &summary : m_project.summaries()) {
        if (!summary.isBranchPoint)
            continue;
        if (m_options.json) {
            json.append(revisionJson(summary));
            continue;
        }
        QStringList lines;
        const QString indent(summary.id.size(), QLatin1Char(' '));
        for (const QString &child : summary.children)
            lines << indent + QLatin1String(" -> ") + headOnly(m_project.summary(child), {true, verbose, false, true});
        m_out << cmdFormat(summary, verbose, {true, false, false, true}) << '\n' << lines.join(QLatin1Char('\n')) << "\n\n";
    }
    if (m_options.json)
        printJson(QJsonObject{{QStringLiteral("branch_points"), json}});
    return 0;
}

int CliSession::history()
{
    QString base = QStringLiteral("base"), head = QStringLiteral("heads");
    if (m_options.values.contains(QStringLiteral("rev-range"))) {
        const QString range = m_options.values.value(QStringLiteral("rev-range")).trimmed();
        const QStringList parts = range.split(QLatin1Char(':'));
        if (parts.size() != 2)
            return fail(parts.size() < 2 ? QStringLiteral("History range requires [start]:[end], [start]:, or :[end]")
                                         : QStringLiteral("too many values to unpack (expected 2)"));
        if (!parts.at(0).isEmpty())
            base = parts.at(0);
        if (!parts.at(1).isEmpty())
            head = parts.at(1);
        if (base == QLatin1String("current") || head == QLatin1String("current"))
            return fail(QStringLiteral("'current' needs a database; retort-cli history reads the scripts only"));
    }
    const auto walk = m_project.map().walkRevisions(base, head);
    if (!walk)
        return fail(walk.error().message);
    const bool verbose = m_options.hasFlag(QStringLiteral("verbose"));
    QJsonArray json;
    for (const QString &id : walk.value()) {
        const Core::RevisionSummary summary = m_project.summary(id);
        if (m_options.json)
            json.append(revisionJson(summary));
        else
            m_out << cmdFormat(summary, verbose, {true, true, true, true}) << '\n';
    }
    if (m_options.json)
        printJson(QJsonObject{{QStringLiteral("revisions"), json}});
    return 0;
}

int CliSession::show()
{
    const QString rev = m_options.positional.value(0);
    if (rev == QLatin1String("current"))
        return fail(QStringLiteral("'current' needs a database; retort-cli show reads the scripts only"));
    const auto revisions = m_project.map().getRevisions(rev);
    if (!revisions)
        return fail(revisions.error().message);
    QJsonArray json;
    for (const QString &id : revisions.value()) {
        const Core::RevisionSummary summary = m_project.summary(id);
        if (m_options.json) {
            QJsonObject entry = revisionJson(summary);
            entry.insert(QStringLiteral("operations"), operationsJson(*this, id));
            json.append(entry);
        } else {
            m_out << logEntry(summary) << '\n' << operationsText(*this, id);
        }
    }
    if (m_options.json)
        printJson(QJsonObject{{QStringLiteral("revisions"), json}});
    return 0;
}

int CliSession::validate()
{
    const Core::DiagnosticList &diagnostics = m_project.diagnostics();
    QJsonArray json;
    int errors = 0;
    for (const Core::Diagnostic &d : diagnostics) {
        errors += d.severity == Core::Severity::Error ? 1 : 0;
        if (!m_options.json) {
            m_out << d.toString() << '\n';
            continue;
        }
        json.append(QJsonObject{{QStringLiteral("severity"), Core::severityName(d.severity)},
                                {QStringLiteral("code"), d.code},
                                {QStringLiteral("message"), d.message},
                                {QStringLiteral("file"), d.location.file},
                                {QStringLiteral("line"), d.location.line},
                                {QStringLiteral("column"), d.location.column}});
    }
    if (m_options.json)
        printJson(QJsonObject{{QStringLiteral("diagnostics"), json}, {QStringLiteral("errors"), errors}});
    m_out.flush();
    if (!m_options.json)
        m_err << m_project.scripts().size() << " revision files, " << errors << " errors, "
              << diagnostics.size() - errors << " warnings and notes\n";
    return errors > 0 ? 1 : 0;
}

} // namespace Retort::Cli

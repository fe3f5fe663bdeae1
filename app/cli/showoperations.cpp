// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/showoperations.h"

#include "core/sql/renderability.h"

#include <QJsonArray>

namespace Retort::Cli {

namespace {

struct DialectReport
{
    QString dialect;
    Core::Sql::RevisionRenderability verdict;
};

QList<DialectReport> assessAll(const CliSession &session, const QString &revisionId)
{
    const Core::RevisionScript *header = session.project().scriptFor(revisionId);
    if (!header)
        return {};
    const Core::RevisionScript script = Core::readRevisionFile(header->filePath, Core::RevisionReadMode::Full);
    const auto &config = session.project().config();
    const auto maps = Core::Ops::ProjectMaps::load(config.ini(), config.iniFilePath());
    QStringList names{session.dialectName()};
    if (names.first().isEmpty())
        names = QStringList{QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    QList<DialectReport> reports;
    for (const QString &name : names) {
        const auto dialect = Core::Sql::SqlDialect::fromName(name);
        if (dialect)
            reports.append({name, Core::Sql::assessRenderability(script, dialect.value(), maps)});
    }
    return reports;
}

QString verdictText(const Core::Sql::DirectionRenderability &d)
{
    if (d.needsHistory)
        return QStringLiteral("renderable (a SQLite batch recreate: the table comes from the revisions before)");
    if (d.renderable)
        return QStringLiteral("renderable");
    if (d.problem && d.problem->code == QLatin1String("needs-python"))
        return QStringLiteral("needs Python: ") + d.problem->toString();
    return QStringLiteral("not renderable: ") + (d.problem ? d.problem->toString() : QString());
}

QJsonObject directionJson(const Core::Sql::DirectionRenderability &d)
{
    QJsonObject json{{QStringLiteral("renderable"), d.renderable},
                     {QStringLiteral("needs_history"), d.needsHistory},
                     {QStringLiteral("operations"), QJsonArray::fromStringList(d.operations)}};
    if (d.problem)
        json.insert(QStringLiteral("problem"),
                    QJsonObject{{QStringLiteral("code"), d.problem->code},
                                {QStringLiteral("message"), d.problem->message},
                                {QStringLiteral("file"), d.problem->location.file},
                                {QStringLiteral("line"), d.problem->location.line},
                                {QStringLiteral("column"), d.problem->location.column}});
    return json;
}

} // namespace

QString operationsText(const CliSession &session, const QString &revisionId)
{
    QString text;
    for (const DialectReport &report : assessAll(session, revisionId)) {
        text += QStringLiteral("\nOperations (%1):\n").arg(report.dialect);
        const std::pair<const char *, const Core::Sql::DirectionRenderability *> directions[] = {
            {"upgrade", &report.verdict.upgrade}, {"downgrade", &report.verdict.downgrade}};
        for (const auto &[name, d] : directions) {
            text += QStringLiteral("  %1: %2\n").arg(QLatin1String(name), verdictText(*d));
            for (const QString &line : d->operations)
                text += QStringLiteral("    ") + line + QLatin1Char('\n');
        }
    }
    return text;
}

QJsonObject operationsJson(const CliSession &session, const QString &revisionId)
{
    QJsonArray dialects;
    for (const DialectReport &report : assessAll(session, revisionId))
        dialects.append(QJsonObject{{QStringLiteral("dialect"), report.dialect},
                                    {QStringLiteral("upgrade"), directionJson(report.verdict.upgrade)},
                                    {QStringLiteral("downgrade"), directionJson(report.verdict.downgrade)}});
    return QJsonObject{{QStringLiteral("dialects"), dialects}};
}

} // namespace Retort::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/project.h"

#include "core/alembic/versionfiles.h"
#include "core/common/parallel.h"


#include <algorithm>
#include <vector>

namespace Retort::Core {

struct Project::Data
{
    ProjectLocation location;
    std::optional<Diagnostic> openError;
    std::optional<AlembicConfig> config;
    MigrationContextSettings contextSettings;
    QList<RevisionScript> scripts;
    QHash<QString, int> scriptById; //!< revision id -> index in scripts (last file wins)
    RevisionMap map;
    DiagnosticList diagnostics;
};

namespace {

//! Where to point a graph problem: the first file involved, at the line that matters.
SourceLocation locateProblem(const GraphProblem &problem, const QList<RevisionScript> &scripts)
{
    if (problem.sourceIndexes.isEmpty())
        return {};
    const int index = problem.sourceIndexes.first();
    if (index < 0 || index >= scripts.size())
        return {};
    const RevisionScript &script = scripts.at(index);
    const QString &code = problem.diagnostic.code;
    SourceLocation at = script.revisionAt;
    if (code == QLatin1String("graph-missing-parent") || code == QLatin1String("graph-self-loop")
        || code == QLatin1String("graph-parent-is-label") || code == QLatin1String("graph-cycle"))
        at = script.downRevisionAt;
    else if (code.contains(QLatin1String("dependency")))
        at = script.dependsOnAt;
    else if (code == QLatin1String("graph-label-collision"))
        at = script.branchLabelsAt;
    if (at.line == 0)
        at = script.revisionAt;
    at.file = script.filePath;
    return at;
}

Revision toRevision(const RevisionScript &script, int index)
{
    Revision revision;
    revision.id = script.revision;
    revision.downRevisions = script.downRevisions;
    revision.branchLabels = script.branchLabels;
    revision.dependsOn = script.dependsOn;
    revision.sourceIndex = index;
    revision.doc = script.doc;
    return revision;
}

/*! A revision is drawn whenever its id is known, even when the rest of its header is not
    (a computed down_revision, a syntax error with the id recovered): it then stands with the
    parents that are known, and its file's error keeps the project from planning. An id with
    illegal characters is left out (the reader already reported it). */
bool belongsInGraph(const RevisionScript &script)
{
    if (script.revision.isEmpty())
        return false;
    return std::none_of(script.diagnostics.cbegin(), script.diagnostics.cend(), [](const Diagnostic &d) {
        return d.severity == Severity::Error && d.code == QLatin1String("illegal-revision-char");
    });
}

void readScripts(Project::Data &d, RevisionReadMode mode)
{
    const QStringList files = listRevisionFiles(*d.config, &d.diagnostics);
    // Each file is independent: read them on all cores into their own slots; the order of the
    // list is kept.
    std::vector<RevisionScript> read(std::size_t(files.size()));
    parallelFor(files.size(), [&files, &read, mode](qsizetype i) {
        read[std::size_t(i)] = readRevisionFile(files.at(i), mode);
    });
    d.scripts.reserve(files.size());
    for (RevisionScript &script : read)
        d.scripts.append(std::move(script));
}

void buildMap(Project::Data &d)
{
    QList<Revision> revisions;
    revisions.reserve(d.scripts.size());
    for (int i = 0; i < d.scripts.size(); ++i) {
        const RevisionScript &script = d.scripts.at(i);
        d.diagnostics += script.diagnostics;
        if (!belongsInGraph(script))
            continue;
        revisions.append(toRevision(script, i));
        d.scriptById.insert(script.revision, i);
    }
    d.map = RevisionMap::build(revisions);
    for (const GraphProblem &problem : d.map.problems()) {
        Diagnostic diagnostic = problem.diagnostic;
        diagnostic.location = locateProblem(problem, d.scripts);
        d.diagnostics.append(diagnostic);
    }
}

} // namespace

Project::Project() : d(std::make_shared<Data>()) {}

Project Project::open(const ProjectLocation &location, RevisionReadMode mode)
{
    auto data = std::make_shared<Data>();
    data->location = location;
    Expected<AlembicConfig, Diagnostic> config
        = AlembicConfig::load(location.iniPath, location.section, location.workingDirectory);
    if (!config) {
        data->openError = config.error();
        data->diagnostics.append(config.error());
    } else {
        data->config = std::move(config).value();
        data->diagnostics += data->config->diagnostics;
        data->contextSettings = readMigrationContextSettings(*data->config, &data->diagnostics);
        readScripts(*data, mode);
        buildMap(*data);
    }
    Project project;
    project.d = std::move(data);
    return project;
}

bool Project::isOpen() const
{
    return d->config.has_value();
}

std::optional<Diagnostic> Project::openError() const
{
    return d->openError;
}

const ProjectLocation &Project::location() const
{
    return d->location;
}

const AlembicConfig &Project::config() const
{
    return *d->config;
}

const MigrationContextSettings &Project::contextSettings() const
{
    return d->contextSettings;
}

const QList<RevisionScript> &Project::scripts() const
{
    return d->scripts;
}

const RevisionScript *Project::scriptFor(const QString &revisionId) const
{
    const auto it = d->scriptById.constFind(revisionId);
    return it == d->scriptById.cend() ? nullptr : &d->scripts.at(*it);
}

const RevisionMap &Project::map() const
{
    return d->map;
}

const DiagnosticList &Project::diagnostics() const
{
    return d->diagnostics;
}

bool Project::canPlan() const
{
    return isOpen() && !hasErrors(d->diagnostics);
}

std::optional<Diagnostic> Project::firstBlockingError() const
{
    for (const Diagnostic &diagnostic : d->diagnostics) {
        if (diagnostic.severity == Severity::Error)
            return diagnostic;
    }
    return std::nullopt;
}

RevisionSummary Project::summary(const QString &revisionId) const
{
    const std::optional<RevisionInfo> info = d->map.revision(revisionId);
    if (!info)
        return {};
    RevisionSummary summary;
    summary.id = info->id;
    summary.downRevisions = info->downRevisions;
    summary.dependsOn = info->dependsOn;
    summary.branchLabels = info->branchLabels;
    summary.children = info->nextRevisions;
    summary.isHead = info->isHead;
    summary.isRealHead = info->isRealHead;
    summary.isBase = info->isBase;
    summary.isBranchPoint = info->isBranchPoint;
    summary.isMergePoint = info->isMergePoint;
    if (const RevisionScript *script = scriptFor(revisionId)) {
        summary.doc = script->doc;
        summary.longDoc = script->longDoc;
        summary.path = script->filePath;
        summary.hasErrors = hasErrors(script->diagnostics);
    }
    return summary;
}

QList<RevisionSummary> Project::summaries() const
{
    QList<RevisionSummary> result;
    const auto order = d->map.walkRevisions(QStringLiteral("base"), QStringLiteral("heads"));
    // A map with cycles cannot be walked; list the revisions in load order instead.
    const QStringList ids = order ? order.value() : d->map.allRevisionsInLoadOrder();
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(summary(id));
    return result;
}

} // namespace Retort::Core

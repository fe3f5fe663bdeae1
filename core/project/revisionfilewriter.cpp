// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/project/revisionfilewriter.h"

#include "core/alembic/revisionscript.h"
#include "core/project/revisionfilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Retort::Core {

struct RevisionFileWriter::Resolved
{
    QStringList parents;
    QStringList dependsOn;
};

namespace {

constexpr int kMaxIdAttempts = 16;

Diagnostic error(const char *code, const QString &message)
{
    return Diagnostic::error(QLatin1String(code), message);
}

QString normalizedPath(const QString &path, const QString &workingDirectory)
{
    return QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(path));
}

//! Python's codec lookup for the encodings Retort writes.
Expected<QByteArray, Diagnostic> encode(const QString &text, const QString &encoding)
{
    const QString name = encoding.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")
        || name == QLatin1String("u8"))
        return text.toUtf8();
    const bool ascii = name == QLatin1String("ascii") || name == QLatin1String("us-ascii");
    const bool latin1 = name == QLatin1String("latin-1") || name == QLatin1String("latin1")
        || name == QLatin1String("iso-8859-1") || name == QLatin1String("iso8859-1");
    if (!ascii && !latin1)
        return error("output-encoding",
            QStringLiteral("output_encoding '%1' is not supported by Retort (use utf-8)")
                .arg(encoding));
    const ushort limit = ascii ? 0x7f : 0xff;
    for (const QChar c : text) {
        if (c.unicode() > limit)
            return error("output-encoding",
                QStringLiteral("The revision text cannot be encoded as %1 (character U+%2)")
                    .arg(encoding)
                    .arg(QString::number(c.unicode(), 16)
                             .toUpper()
                             .rightJustified(4, QLatin1Char('0'))));
    }
    return text.toLatin1();
}

QString listText(const QStringList &values)
{
    return values.isEmpty() ? QStringLiteral("None") : values.join(QLatin1String(", "));
}

} // namespace

RevisionFileWriter::RevisionFileWriter(const Project &project)
    : m_project(project)
{
    if (project.isOpen())
        m_template = MakoTemplate::fromFile(
            QDir(project.config().scriptDirectory()).filePath(QStringLiteral("script.py.mako")));
}

QStringList RevisionFileWriter::versionLocations() const
{
    return m_project.isOpen() ? m_project.config().versionLocations() : QStringList();
}

QStringList RevisionFileWriter::heads() const
{
    return m_project.map().heads();
}

std::optional<Diagnostic> RevisionFileWriter::resolveParents(
    const RevisionRequest &request, Resolved &out) const
{
    const RevisionMap &map = m_project.map();
    const QStringList identifiers
        = request.parents.isEmpty() ? QStringList {QStringLiteral("head")} : request.parents;
    const auto ids = identifiers.size() == 1 ? map.getRevisions(identifiers.first())
                                             : map.getRevisions(identifiers);
    if (!ids) {
        if (ids.error().kind == RevisionError::Kind::MultipleHeads)
            return error("revision-parents",
                QStringLiteral(
                    "Multiple heads are present; please specify the head revision on which the new "
                    "revision should be based, or perform a merge."));
        return error(
            "revision-parents", ids.error().wrapped(RevisionError::Context::Default).message);
    }
    out.parents = ids.value();
    if (QSet<QString>(out.parents.cbegin(), out.parents.cend()).size() != out.parents.size())
        return error("revision-parents", QStringLiteral("Duplicate head revisions specified"));
    if (!request.splice) {
        for (const QString &id : out.parents) {
            const auto info = map.revision(id);
            if (info && !info->isHead)
                return error("revision-parents",
                    QStringLiteral("Revision %1 is not a head revision; please specify --splice "
                                   "to create a new branch from this revision")
                        .arg(id));
        }
    }
    return std::nullopt;
}

std::optional<Diagnostic> RevisionFileWriter::resolveDependencies(
    const RevisionRequest &request, Resolved &out) const
{
    const RevisionMap &map = m_project.map();
    for (const QString &dependency : request.dependsOn) {
        const auto id = map.getRevision(dependency);
        if (!id)
            return error(
                "revision-depends-on", id.error().wrapped(RevisionError::Context::Default).message);
        if (id.value().isEmpty())
            return error("revision-depends-on",
                QStringLiteral("'%1' does not name a revision to depend on").arg(dependency));
        const auto info = map.revision(id.value());
        // Alembic keeps a branch label as written and resolves anything else to the full id.
        out.dependsOn << (info && info->branchLabels.contains(dependency) ? dependency
                                                                          : id.value());
    }
    return std::nullopt;
}

std::optional<Diagnostic> RevisionFileWriter::checkLabels(
    const RevisionRequest &request, const QString &revisionId) const
{
    const RevisionMap &map = m_project.map();
    QStringList seen;
    for (const QString &label : request.branchLabels) {
        if (label.trimmed().isEmpty() || label != label.trimmed())
            return error("branch-label",
                QStringLiteral("The branch label '%1' is empty or has surrounding spaces")
                    .arg(label));
        if (seen.contains(label))
            return error(
                "branch-label", QStringLiteral("The branch label '%1' is given twice").arg(label));
        seen << label;
        const QString owner = map.contains(label) ? label : map.labelOwner(label);
        if (!owner.isEmpty() || label == revisionId)
            return error("branch-label",
                QStringLiteral("Branch name '%1' in revision %2 already used by revision %3")
                    .arg(label, revisionId, owner.isEmpty() ? revisionId : owner));
    }
    return std::nullopt;
}

Expected<QString, Diagnostic> RevisionFileWriter::targetDirectory(
    const RevisionRequest &request, const QStringList &parents) const
{
    const AlembicConfig &config = m_project.config();
    const QStringList locations = config.versionLocations();
    if (!request.versionPath.isEmpty()) {
        const QString wanted = normalizedPath(request.versionPath, config.workingDirectory());
        for (const QString &location : locations) {
            if (QDir::cleanPath(location) == wanted)
                return wanted;
        }
        return error("version-path",
            QStringLiteral("Path %1 is not represented in current version locations")
                .arg(request.versionPath));
    }
    if (locations.size() == 1)
        return locations.first();
    for (const QString &parent : parents) {
        if (const RevisionScript *script = m_project.scriptFor(parent))
            return QFileInfo(script->filePath).absolutePath();
    }
    return error("version-path",
        QStringLiteral("Multiple version locations present, please specify --version-path"));
}

Expected<QByteArray, Diagnostic> RevisionFileWriter::render(
    const RevisionRequest &request, PlannedRevision &planned) const
{
    const AlembicConfig &config = m_project.config();
    MakoRenderInput input;
    input.variables = {
        {QStringLiteral("up_revision"), MakoValue::string(planned.revisionId)},
        {QStringLiteral("down_revision"),
            MakoValue::scalarOrSequence(planned.downRevisions, MakoValue::Kind::Tuple)},
        {QStringLiteral("branch_labels"), MakoValue::tupleOrNone(planned.branchLabels)},
        {QStringLiteral("depends_on"),
            MakoValue::scalarOrSequence(planned.dependsOn, MakoValue::Kind::List)},
        {QStringLiteral("create_date"), MakoValue::dateTime(planned.createDate)},
        {QStringLiteral("comma"), MakoValue::callable(QStringLiteral("comma"))},
        {QStringLiteral("message"),
            MakoValue::string(request.message.value_or(QStringLiteral("empty message")))},
        {QStringLiteral("config"), MakoValue::object(QStringLiteral("config"))},
    };
    const RevisionBody body
        = RevisionBody::make(request.body, request.upgradeSql, request.downgradeSql);
    if (request.body != RevisionBodyTemplate::Empty) {
        input.variables.insert(QStringLiteral("upgrades"), MakoValue::string(body.upgrades));
        input.variables.insert(QStringLiteral("downgrades"), MakoValue::string(body.downgrades));
    }
    input.mainOption = [&config](const QString &key) -> std::optional<QString> {
        const auto value = config.option(key);
        return value ? value.value() : std::nullopt;
    };
    const auto text = m_template.render(input);
    if (!text)
        return text.error();
    if (request.body != RevisionBodyTemplate::Empty
        && !text.value().contains(body.upgrades.section(QLatin1Char('\n'), 0, 0)))
        planned.warnings << Diagnostic::warning(QStringLiteral("body-template-unused"),
            QStringLiteral("The project's script.py.mako does not use ${upgrades}; "
                           "the revision was written with the template's own body"),
            SourceLocation {m_template.fileName(), 0, 0});
    return encode(text.value(), config.outputEncoding());
}

std::optional<Diagnostic> RevisionFileWriter::verify(
    const RevisionRequest &request, const PlannedRevision &planned) const
{
    const RevisionScript script
        = readRevisionSource(planned.filePath, planned.content, RevisionReadMode::HeaderOnly);
    auto mismatch = [&](const QString &what, const QString &expected, const QString &found) {
        return Diagnostic::error(QStringLiteral("template-header"),
            QStringLiteral("The file rendered from %1 declares %2 = %3 instead of %4; nothing was "
                           "written. Check the template's revision identifiers.")
                .arg(m_template.fileName(), what, found, expected),
            SourceLocation {m_template.fileName(), 0, 0});
    };
    for (const Diagnostic &d : script.diagnostics) {
        if (d.severity == Severity::Error)
            return Diagnostic::error(QStringLiteral("template-header"),
                QStringLiteral("The file rendered from %1 cannot be read back: %2")
                    .arg(m_template.fileName(), d.toString()),
                SourceLocation {m_template.fileName(), 0, 0});
    }
    if (script.revision != planned.revisionId)
        return mismatch(QStringLiteral("revision"), planned.revisionId, script.revision);
    if (script.downRevisions != planned.downRevisions)
        return mismatch(QStringLiteral("down_revision"), listText(planned.downRevisions),
            listText(script.downRevisions));
    if (!request.branchLabels.isEmpty() && script.branchLabels.isEmpty())
        return Diagnostic::error(QStringLiteral("template-header"),
            QStringLiteral(
                "Version %1 specified branch_labels %2, however the migration file %3 does "
                "not have them; have you upgraded your script.py.mako to include the "
                "'branch_labels' section?")
                .arg(planned.revisionId, request.branchLabels.join(QLatin1String(", ")),
                    planned.filePath));
    if (script.branchLabels != planned.branchLabels)
        return mismatch(QStringLiteral("branch_labels"), listText(planned.branchLabels),
            listText(script.branchLabels));
    if (script.dependsOn != planned.dependsOn)
        return mismatch(
            QStringLiteral("depends_on"), listText(planned.dependsOn), listText(script.dependsOn));
    return std::nullopt;
}

std::optional<Diagnostic> RevisionFileWriter::planHeader(
    const RevisionRequest &request, PlannedRevision &planned) const
{
    if (!m_project.isOpen())
        return error("project-unusable",
            m_project.openError() ? m_project.openError()->message
                                  : QStringLiteral("No project is open"));
    if (!m_project.map().isUsable()) {
        const auto blocking = m_project.firstBlockingError();
        return error("project-unusable",
            blocking ? blocking->message : QStringLiteral("The revision graph has errors"));
    }
    planned.revisionId = request.revisionId;
    for (int attempt = 0; planned.revisionId.isEmpty() && attempt < kMaxIdAttempts; ++attempt) {
        const QString candidate = RevisionFileName::newRevisionId();
        if (!m_project.map().contains(candidate))
            planned.revisionId = candidate;
    }
    if (auto bad = RevisionFileName::checkRevisionId(planned.revisionId))
        return bad;
    if (m_project.map().contains(planned.revisionId))
        return error("revision-exists",
            QStringLiteral("Revision %1 already exists").arg(planned.revisionId));
    Resolved resolved;
    if (auto bad = resolveParents(request, resolved))
        return bad;
    if (auto bad = resolveDependencies(request, resolved))
        return bad;
    if (auto bad = checkLabels(request, planned.revisionId))
        return bad;
    planned.downRevisions = resolved.parents;
    planned.dependsOn = resolved.dependsOn;
    planned.branchLabels = request.branchLabels;
    return std::nullopt;
}

std::optional<Diagnostic> RevisionFileWriter::planFile(
    const RevisionRequest &request, PlannedRevision &planned) const
{
    if (request.createDate) {
        planned.createDate = *request.createDate;
    } else {
        const auto now = CreateDate::now(m_project.config().timezone());
        if (!now)
            return now.error();
        planned.createDate = now.value();
    }
    const auto directory = targetDirectory(request, planned.downRevisions);
    if (!directory)
        return directory.error();
    planned.directory = directory.value();
    const QString slug = RevisionFileName::slug(
        request.message.value_or(QString()), m_project.config().truncateSlugLength());
    const auto name = RevisionFileName::fileName(
        m_project.config().fileTemplate(), planned.revisionId, slug, planned.createDate);
    if (!name)
        return name.error();
    planned.fileName = name.value();
    planned.filePath = QDir(planned.directory).filePath(planned.fileName);
    if (QFileInfo::exists(planned.filePath))
        return error("file-exists",
            QStringLiteral("%1 already exists; Retort never overwrites a file")
                .arg(planned.filePath));
    return std::nullopt;
}

void RevisionFileWriter::addEnvironmentWarnings(PlannedRevision &planned) const
{
    const AlembicConfig &config = m_project.config();
    if (config.revisionEnvironment())
        planned.warnings << Diagnostic::warning(QStringLiteral("revision-environment-skipped"),
            QStringLiteral("revision_environment is set: Alembic would run env.py "
                           "(and its process_revision_directives); Retort does not"),
            config.locationOf(QStringLiteral("revision_environment")));
    const auto hooks
        = config.ini().value(QStringLiteral("post_write_hooks"), QStringLiteral("hooks"));
    if (hooks && !hooks.value().trimmed().isEmpty())
        planned.warnings << Diagnostic::warning(QStringLiteral("post-write-hooks-skipped"),
            QStringLiteral("Retort does not run the post_write_hooks (%1); run them on the "
                           "new file yourself")
                .arg(hooks.value().trimmed()),
            SourceLocation {config.iniFilePath(),
                config.ini().lineOf(QStringLiteral("post_write_hooks"), QStringLiteral("hooks")),
                0});
}

Expected<PlannedRevision, Diagnostic> RevisionFileWriter::plan(const RevisionRequest &request) const
{
    PlannedRevision planned;
    if (auto bad = planHeader(request, planned))
        return *bad;
    if (auto bad = planFile(request, planned))
        return *bad;
    const auto content = render(request, planned);
    if (!content)
        return content.error();
    planned.content = content.value();
    if (auto bad = verify(request, planned))
        return *bad;
    addEnvironmentWarnings(planned);
    return planned;
}

Expected<PlannedRevision, Diagnostic> RevisionFileWriter::write(
    const RevisionRequest &request) const
{
    auto planned = plan(request);
    if (!planned)
        return planned;
    const PlannedRevision &revision = planned.value();
    if (!QDir().mkpath(revision.directory))
        return error(
            "file-write", QStringLiteral("Cannot create the directory %1").arg(revision.directory));
    QFile file(revision.filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(revision.filePath))
            return error("file-exists",
                QStringLiteral("%1 already exists; Retort never overwrites a file")
                    .arg(revision.filePath));
        return error("file-write",
            QStringLiteral("Cannot create %1: %2").arg(revision.filePath, file.errorString()));
    }
    if (file.write(revision.content) != revision.content.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return error(
            "file-write", QStringLiteral("Cannot write %1: %2").arg(revision.filePath, reason));
    }
    file.close();
    return planned;
}

Expected<PlannedRevision, Diagnostic> RevisionFileWriter::mergeHeads(
    const QString &message, const QString &revisionId) const
{
    if (m_project.isOpen() && m_project.map().heads().size() < 2)
        return error("merge-single-head",
            QStringLiteral("There is only one head; there is nothing to merge"));
    RevisionRequest request;
    request.message = message;
    request.parents = QStringList {QStringLiteral("heads")};
    request.revisionId = revisionId;
    return write(request);
}

} // namespace Retort::Core

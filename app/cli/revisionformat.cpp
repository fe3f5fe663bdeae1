// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/revisionformat.h"

#include <QJsonArray>

namespace Retort::Cli {
namespace {

const QLatin1String kComma(", ");

QString formatDownRevision(const Core::RevisionSummary &revision)
{
    return revision.downRevisions.isEmpty() ? QStringLiteral("<base>") : revision.downRevisions.join(kComma);
}

QString marker(bool on, const char *text)
{
    return on ? QLatin1String(text) : QString();
}

} // namespace

QString headOnly(const Core::RevisionSummary &revision, const HeadOnlyOptions &options)
{
    QString text = revision.id;
    if (options.includeParents) {
        if (!revision.dependsOn.isEmpty())
            text = formatDownRevision(revision) + QLatin1String(" (") + revision.dependsOn.join(kComma)
                   + QLatin1String(") -> ") + text;
        else
            text = formatDownRevision(revision) + QLatin1String(" -> ") + text;
    }
    if (options.includeBranches && !revision.branchLabels.isEmpty())
        text += QLatin1String(" (") + revision.branchLabels.join(kComma) + QLatin1Char(')');
    text += marker(revision.isRealHead, " (head)");
    text += marker(revision.isHead && !revision.isRealHead, " (effective head)");
    if (options.treeIndicators) {
        text += marker(revision.isBranchPoint, " (branchpoint)");
        text += marker(revision.isMergePoint, " (mergepoint)");
    }
    if (options.includeDoc)
        text += kComma + revision.doc;
    return text;
}

QString logEntry(const Core::RevisionSummary &revision)
{
    QString entry = QLatin1String("Rev: ") + revision.id + marker(revision.isHead, " (head)")
                    + marker(revision.isBranchPoint, " (branchpoint)")
                    + marker(revision.isMergePoint, " (mergepoint)") + QLatin1Char('\n');
    entry += (revision.isMergePoint ? QLatin1String("Merges: ") : QLatin1String("Parent: "))
             + formatDownRevision(revision) + QLatin1Char('\n');
    if (!revision.dependsOn.isEmpty())
        entry += QLatin1String("Also depends on: ") + revision.dependsOn.join(kComma) + QLatin1Char('\n');
    if (revision.isBranchPoint)
        entry += QLatin1String("Branches into: ") + revision.children.join(kComma) + QLatin1Char('\n');
    if (!revision.branchLabels.isEmpty())
        entry += QLatin1String("Branch names: ") + revision.branchLabels.join(kComma) + QLatin1Char('\n');
    entry += QLatin1String("Path: ") + revision.path + QLatin1Char('\n');
    QStringList paragraphs;
    // Python's str.splitlines() also splits on \r; the docstring was already normalised.
    for (const QString &line : revision.longDoc.split(QLatin1Char('\n')))
        paragraphs << QLatin1String("    ") + line;
    if (revision.longDoc.isEmpty())
        paragraphs.clear();
    entry += QLatin1Char('\n') + paragraphs.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return entry;
}

QString cmdFormat(const Core::RevisionSummary &revision, bool verbose, const HeadOnlyOptions &options)
{
    return verbose ? logEntry(revision) : headOnly(revision, options);
}

QJsonObject revisionJson(const Core::RevisionSummary &revision)
{
    return QJsonObject{
        {QStringLiteral("revision"), revision.id},
        {QStringLiteral("down_revision"), QJsonArray::fromStringList(revision.downRevisions)},
        {QStringLiteral("branch_labels"), QJsonArray::fromStringList(revision.branchLabels)},
        {QStringLiteral("depends_on"), QJsonArray::fromStringList(revision.dependsOn)},
        {QStringLiteral("path"), revision.path},
        {QStringLiteral("doc"), revision.doc},
        {QStringLiteral("is_head"), revision.isHead},
        {QStringLiteral("effective_head"), revision.isHead && !revision.isRealHead},
        {QStringLiteral("is_base"), revision.isBase},
        {QStringLiteral("is_branch_point"), revision.isBranchPoint},
        {QStringLiteral("is_merge_point"), revision.isMergePoint},
    };
}

} // namespace Retort::Cli

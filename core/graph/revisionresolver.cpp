// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/revisionresolver.h"

#include "core/graph/graphtraversal.h"

#include <limits>

namespace Retort::Core::Detail {

namespace {

RevisionError noSuchRevision(const QString &id)
{
    const QString hint = id.size() < 4
        ? QStringLiteral("; please ensure at least four characters are present for partial revision identifier "
                         "matches")
        : QString();
    return RevisionError::resolution(QStringLiteral("No such revision or branch '%1'%2").arg(id, hint), id);
}

} // namespace

qint64 RevisionResolver::negativeIntMagnitude(const QString &text)
{
    // int() accepts surrounding whitespace, a sign and digits with single underscores.
    const QString s = text.trimmed();
    if (s.size() < 2 || s.at(0) != QLatin1Char('-'))
        return 0;
    qint64 value = 0;
    bool lastDigit = false;
    for (int i = 1; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('_') && lastDigit && i + 1 < s.size()) {
            lastDigit = false;
            continue;
        }
        const int digit = c.digitValue();
        if (digit < 0)
            return 0;
        value = value > std::numeric_limits<qint64>::max() / 20 ? value : value * 10 + digit;
        lastDigit = true;
    }
    return lastDigit ? value : 0;
}

Expected<RevisionResolver::Number, RevisionError> RevisionResolver::resolveNumber(const QString &id) const
{
    Number result;
    QString rest = id;
    const int at = int(id.indexOf(QLatin1Char('@')));
    if (at >= 0) {
        result.label = id.left(at);
        rest = id.mid(at + 1);
    }
    if (rest == QLatin1String("heads")) {
        if (isTruthy(result.label)) {
            auto heads = filterForLineage(m_g.heads, *result.label);
            if (!heads)
                return heads.error();
            result.ids = m_g.idsOf(heads.value());
        } else {
            result.ids = m_g.idsOf(m_g.realHeads);
        }
    } else if (rest == QLatin1String("head")) {
        auto head = currentHead(result.label);
        if (!head)
            return head.error();
        if (head.value() >= 0)
            result.ids.append(m_g.ids.at(head.value()));
    } else if (rest != QLatin1String("base") && !rest.isNull()) {
        result.ids.append(rest);
    }
    return result;
}

Expected<QVector<int>, RevisionError> RevisionResolver::getRevisions(const QString &id) const
{
    auto number = resolveNumber(id);
    if (!number)
        return number.error();
    const Number &n = number.value();
    QVector<int> out;
    if (n.ids.size() == 1) {
        if (const qint64 steps = negativeIntMagnitude(n.ids.first())) {
            // "branch@-n": walk down from each real head (filtered by declared+propagated label).
            for (int head : m_g.realHeads) {
                if (n.label.has_value() && !m_g.branchLabels.at(head).contains(*n.label))
                    continue;
                auto walked = walk(head, -steps, std::nullopt, true);
                if (!walked)
                    return walked.error();
                out.append(walked.value());
            }
            return out;
        }
    }
    for (const QString &rid : n.ids) {
        auto rev = revisionForIdent(rid, n.label);
        if (!rev)
            return rev.error();
        out.append(rev.value());
    }
    return out;
}

Expected<QVector<int>, RevisionError> RevisionResolver::getRevisions(const QStringList &ids) const
{
    QVector<int> out;
    for (const QString &id : ids) {
        auto part = getRevisions(id);
        if (!part)
            return part.error();
        out += part.value();
    }
    return out;
}

Expected<int, RevisionError> RevisionResolver::getRevision(const QString &id) const
{
    auto number = resolveNumber(id);
    if (!number)
        return number.error();
    if (number->ids.size() > 1)
        return RevisionError::multipleHeads(number->ids, id);
    std::optional<QString> resolved;
    if (!number->ids.isEmpty())
        resolved = number->ids.first();
    return revisionForIdent(resolved, number->label);
}

Expected<int, RevisionError> RevisionResolver::revisionForIdent(const std::optional<QString> &resolvedId,
                                                                const Label &checkBranch) const
{
    int branchRev = NoRevision;
    if (isTruthy(checkBranch)) {
        auto branch = resolveBranch(*checkBranch);
        if (!branch)
            return branch.error();
        branchRev = branch.value();
    }
    int revision = NoRevision;
    if (resolvedId.has_value()) {
        revision = m_g.keyIndex.value(*resolvedId, NoRevision);
        if (revision == NoRevision) {
            auto partial = partialMatch(*resolvedId, checkBranch, branchRev);
            if (!partial)
                return partial.error();
            revision = partial.value();
        }
    }
    if (isTruthy(checkBranch) && revision != NoRevision && !sharesLineage(revision, branchRev, false)) {
        return RevisionError::resolution(QStringLiteral("Revision %1 is not a member of branch '%2'")
                                             .arg(m_g.ids.at(revision), *checkBranch),
                                         *resolvedId);
    }
    return revision;
}

Expected<int, RevisionError> RevisionResolver::partialMatch(const QString &prefix, const Label &checkBranch,
                                                            int branchRev) const
{
    // Alembic asserts on an empty identifier; we report it as not found.
    if (prefix.isEmpty())
        return noSuchRevision(prefix);
    QStringList matches;
    QVector<int> matchNodes;
    for (int k = 0; k < m_g.keys.size(); ++k) {
        const QString &key = m_g.keys.at(k);
        if (key.size() > 3 && key.startsWith(prefix)) {
            matches.append(key);
            matchNodes.append(m_g.keyNodes.at(k));
        }
    }
    if (branchRev != NoRevision && !matches.isEmpty()) {
        auto filter = lineageFilter(*checkBranch, false, true);
        if (!filter)
            return filter.error();
        for (qsizetype i = matches.size() - 1; i >= 0; --i) {
            if (!filter->accepts(matchNodes.at(i))) {
                matches.removeAt(i);
                matchNodes.removeAt(i);
            }
        }
    }
    if (matches.isEmpty())
        return noSuchRevision(prefix);
    if (matches.size() > 1) {
        QStringList quoted;
        for (const QString &m : matches.mid(0, 3))
            quoted.append(QLatin1Char('\'') + m + QLatin1Char('\''));
        return RevisionError::resolution(QStringLiteral("Multiple revisions start with '%1': %2...")
                                             .arg(prefix, quoted.join(QLatin1String(", "))),
                                         prefix);
    }
    return matchNodes.first();
}

Expected<int, RevisionError> RevisionResolver::resolveBranch(const QString &label) const
{
    const int node = m_g.keyIndex.value(label, NoRevision);
    if (node != NoRevision)
        return node;
    auto rev = revisionForIdent(label);
    if (!rev && rev.error().kind == RevisionError::Kind::Resolution)
        return RevisionError::resolution(QStringLiteral("No such branch: '%1'").arg(label), label);
    return rev;
}

std::vector<char> RevisionResolver::lineage(const QVector<int> &nodes, bool includeDependencies) const
{
    // Symmetric: t shares lineage with s exactly when t is an ancestor or a descendant of
    // s. With dependencies Alembic goes down normalized edges and up all edges; both
    // reach the same sets as all edges in either direction.
    std::vector<char> up = GraphTraversal::reach(includeDependencies ? m_g.allDown : m_g.versionedDown, nodes,
                                                 m_g.size());
    const std::vector<char> down = GraphTraversal::reach(includeDependencies ? m_g.allNextRev : m_g.nextRev,
                                                         nodes, m_g.size());
    for (size_t i = 0; i < up.size(); ++i)
        up[i] = char(up[i] | down[i]);
    return up;
}

bool RevisionResolver::sharesLineage(int node, int other, bool includeDependencies) const
{
    if (node < 0 || other < 0)
        return false;
    return lineage({other}, includeDependencies)[size_t(node)] != 0;
}

Expected<RevisionResolver::LineageFilter, RevisionError>
RevisionResolver::lineageFilter(const QString &checkAgainst, bool includeDependencies, bool resolveShares) const
{
    auto number = resolveNumber(checkAgainst);
    if (!number)
        return number.error();
    QStringList shares;
    if (isTruthy(number->label))
        shares.append(*number->label);
    shares += number->ids;
    LineageFilter filter;
    if (shares.isEmpty()) {
        filter.everything = true;
        return filter;
    }
    if (!resolveShares)
        return filter;
    QVector<int> resolved;
    for (const QString &share : std::as_const(shares)) {
        auto rev = revisionForIdent(share);
        if (!rev)
            return rev.error();
        resolved.append(rev.value());
    }
    filter.marks = lineage(resolved, includeDependencies);
    return filter;
}

Expected<QVector<int>, RevisionError> RevisionResolver::filterForLineage(const QVector<int> &targets,
                                                                       const QString &checkAgainst,
                                                                       bool includeDependencies) const
{
    auto filter = lineageFilter(checkAgainst, includeDependencies, !targets.isEmpty());
    if (!filter)
        return filter.error();
    QVector<int> out;
    for (int t : targets) {
        if (filter->accepts(t))
            out.append(t);
    }
    return out;
}

Expected<int, RevisionError> RevisionResolver::currentHead(const Label &branchLabel) const
{
    QVector<int> heads = m_g.heads;
    if (isTruthy(branchLabel)) {
        auto filtered = filterForLineage(heads, *branchLabel);
        if (!filtered)
            return filtered.error();
        heads = filtered.value();
    }
    if (heads.size() > 1) {
        const QString argument = isTruthy(branchLabel) ? *branchLabel + QLatin1String("@head") : QStringLiteral("head");
        return RevisionError::multipleHeads(m_g.idsOf(heads), argument);
    }
    return heads.isEmpty() ? NoRevision : heads.first();
}

Expected<QVector<int>, RevisionError> RevisionResolver::walkStep(int from, bool up, const Label &branchLabel) const
{
    if (up) {
        const QVector<int> &children = from == NoRevision ? m_g.bases : m_g.nextRev.at(from);
        if (!isTruthy(branchLabel))
            return children;
        return filterForLineage(children, *branchLabel);
    }
    if (from == BaseSymbol)
        return QVector<int>();
    if (from == NoRevision)
        return m_g.heads;
    const QStringList &declared = m_g.entryOf(from).downRevisions;
    if (declared.isEmpty())
        return QVector<int>{BaseSymbol};
    if (declared.size() != m_g.versionedDown.at(from).size()) {   // a ghost parent
        for (const QString &parent : declared) {
            if (m_g.node(parent) == NoRevision)
                return noSuchRevision(parent);
        }
    }
    return m_g.versionedDown.at(from);
}

Expected<int, RevisionError> RevisionResolver::walk(int start, qint64 steps, const Label &branchLabel,
                                                    bool noOverwalk) const
{
    // _walk: the label only filters when walking up.
    int current = start;
    const bool up = steps > 0;
    for (qint64 remaining = up ? steps : -steps; remaining > 0; --remaining) {
        if (up && current == BaseSymbol)
            return RevisionError::internal(QStringLiteral("Cannot walk up from 'base'"));
        auto children = walkStep(current, up, up ? branchLabel : std::nullopt);
        if (!children)
            return children.error();
        if (children->isEmpty())
            return noOverwalk ? NoRevision : current;
        if (children->size() > 1)
            return RevisionError::revision(QStringLiteral("Ambiguous walk"));
        current = children->first();
    }
    return current;
}

Expected<QVector<int>, RevisionError> RevisionResolver::allCurrent(const QStringList &ids) const
{
    auto top = getRevisions(ids);
    if (!top)
        return top.error();
    const std::vector<char> all = GraphTraversal::reach(m_g.normalizedDown, top.value(), m_g.size());
    // _filter_into_branch_heads on an ancestor-closed set: keep the nodes with no
    // structural child in the set.
    QVector<int> out;
    for (int v = 0; v < m_g.size(); ++v) {
        if (!all[size_t(v)])
            continue;
        bool hasChildInSet = false;
        for (int c : m_g.nextRev.at(v))
            hasChildInSet = hasChildInSet || all[size_t(c)];
        if (!hasChildInSet)
            out.append(v);
    }
    return out;
}

} // namespace Retort::Core::Detail

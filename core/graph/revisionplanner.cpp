// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/revisionplanner.h"

#include "core/graph/ancestryindex.h"
#include "core/graph/graphtraversal.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Retort::Core::Detail {

namespace {

// `(?:(.+?)@)?(\w+)?((?:\+|-)\d+)` applied with re.match: anchored at the start only.
struct RelativeTarget
{
    RevisionResolver::Label label;
    std::optional<QString> symbol;
    QString relative;     // as typed, sign included ("+05")
    bool negative = false;
    qint64 magnitude = 0;

    // Python's "%d" % abs(int(relative)).
    QString absText() const
    {
        QString digits;
        for (int i = 1; i < relative.size(); ++i)
            digits += QChar(QLatin1Char(char('0' + relative.at(i).digitValue())));
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        return digits;
    }
    // Python's "%s" % int(relative).
    QString intText() const
    {
        const QString digits = absText();
        return negative && digits != QLatin1String("0") ? QLatin1Char('-') + digits : digits;
    }
    RevisionError didNotProduce(bool typed) const
    {
        return RevisionError::revision(QStringLiteral("Relative revision %1 didn't produce %2 migrations")
                                           .arg(typed ? relative : intText(), absText()));
    }
};

std::optional<RelativeTarget> matchRelative(const QString &target)
{
    static const QRegularExpression pattern(QStringLiteral("\\A(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = pattern.match(target);
    if (!m.hasMatch())
        return std::nullopt;
    RelativeTarget rel;
    if (m.capturedStart(1) >= 0)
        rel.label = m.captured(1);
    if (m.capturedStart(2) >= 0)
        rel.symbol = m.captured(2);
    rel.relative = m.captured(3);
    rel.negative = rel.relative.startsWith(QLatin1Char('-'));
    for (int i = 1; i < rel.relative.size(); ++i) {
        if (rel.magnitude < (qint64(1) << 56))
            rel.magnitude = rel.magnitude * 10 + rel.relative.at(i).digitValue();
    }
    return rel;
}

RevisionError walkedTooFar()
{
    return RevisionError::revision(QStringLiteral("Walked too far"));
}

RevisionError overlapError(const RevisionGraph &g, const GraphTraversal::Checked &checked)
{
    return RevisionError::revision(QStringLiteral("Requested revision %1 overlaps with other requested revisions %2")
                                       .arg(g.ids.at(checked.overlapTarget),
                                            g.idsOf(checked.overlaps).join(QLatin1String(", "))));
}

QVector<int> realNodes(const QVector<int> &nodes)
{
    QVector<int> out;
    for (int n : nodes) {
        if (n >= 0)
            out.append(n);
    }
    return out;
}

} // namespace

Expected<QVector<int>, RevisionError> RevisionPlanner::parseUpgradeTarget(const QStringList &current,
                                                                        const QStringList &targets,
                                                                        bool assertRelativeLength) const
{
    if (targets.size() != 1)
        return m_r.getRevisions(targets);
    const QString &target = targets.first();
    const std::optional<RelativeTarget> rel = matchRelative(target);
    if (!rel)
        return m_r.getRevisions(target);
    int start = NoRevision;
    if (!rel->negative && rel->magnitude > 0) {
        if (!rel->symbol) {
            auto starts = relativeUpgradeStarts(current, rel->label);
            if (!starts)
                return starts.error();
            if (starts->size() > 1)
                return RevisionError::revision(QStringLiteral("Ambiguous upgrade from multiple current revisions"));
            auto walked = m_r.walk(starts->first(), rel->magnitude, rel->label, assertRelativeLength);
            if (!walked)
                return walked.error();
            if (walked.value() == NoRevision)
                return rel->didNotProduce(true);
            return QVector<int>{walked.value()};
        }
        auto s = m_r.getRevision(*rel->symbol);
        if (!s)
            return s.error();
        auto walked = m_r.walk(s.value(), rel->magnitude, rel->label, assertRelativeLength);
        if (!walked)
            return walked.error();
        // Alembic fails an assertion when this walk runs off the graph.
        if (walked.value() == NoRevision)
            return walkedTooFar();
        return QVector<int>{walked.value()};
    }
    if (!rel->symbol)
        return rel->didNotProduce(false);
    auto s = m_r.getRevision(rel->label ? *rel->label + QLatin1Char('@') + *rel->symbol : *rel->symbol);
    if (!s)
        return s.error();
    start = s.value();
    auto walked = m_r.walk(start, -rel->magnitude, std::nullopt, assertRelativeLength);
    if (!walked)
        return walked.error();
    // Alembic fails an assertion for None and for "base"; we report None and treat base as
    // "no target" (like `upgrade base`).
    if (walked.value() == NoRevision)
        return walkedTooFar();
    return walked.value() == BaseSymbol ? QVector<int>() : QVector<int>{walked.value()};
}

Expected<QVector<int>, RevisionError> RevisionPlanner::relativeUpgradeStarts(const QStringList &current,
                                                                           const Label &label) const
{
    if (!RevisionResolver::isTruthy(label)) {
        if (current.size() > 1)
            return QVector<int>{NoRevision, NoRevision};   // ambiguous, before any resolution
        if (current.isEmpty())
            return QVector<int>{NoRevision};
        auto start = m_r.getRevision(current.first());
        if (!start)
            return start.error();
        return QVector<int>{start.value()};
    }
    auto currentNodes = m_r.getRevisions(current);
    if (!currentNodes)
        return currentNodes.error();
    auto onBranch = m_r.filterForLineage(currentNodes.value(), *label);
    if (!onBranch)
        return onBranch.error();
    if (!onBranch->isEmpty())
        return onBranch.value();
    // The branch is not a current head: back-track to the tips of its applied part.
    const std::vector<char> applied = GraphTraversal::reach(m_g.normalizedDown, currentNodes.value(), m_g.size());
    QVector<int> appliedNodes;
    for (int v = 0; v < m_g.size(); ++v) {
        if (applied[size_t(v)])
            appliedNodes.append(v);
    }
    auto active = m_r.filterForLineage(appliedNodes, *label);
    if (!active)
        return active.error();
    std::vector<char> below(size_t(m_g.size()), 0);
    for (int v : active.value()) {
        for (int p : m_g.normalizedDown.at(v))
            below[size_t(p)] = 1;
    }
    QVector<int> tips;
    for (int v : active.value()) {
        if (!below[size_t(v)])
            tips.append(v);
    }
    return tips.isEmpty() ? QVector<int>{NoRevision} : tips;
}

Expected<RevisionPlanner::DowngradeTarget, RevisionError>
RevisionPlanner::parseDowngradeTarget(const QStringList &current, const QString &target, bool assertRelativeLength,
                                      QStringList *warnings) const
{
    const std::optional<RelativeTarget> rel = matchRelative(target);
    if (!rel) {
        // Absolute: split at the last '@'; the label only filters roots later.
        const int at = int(target.lastIndexOf(QLatin1Char('@')));
        DowngradeTarget result;
        if (at > 0)
            result.label = target.left(at);
        auto rev = m_r.getRevision(target.mid(at + 1));
        if (!rev)
            return rev.error();
        result.target = rev.value();
        return result;
    }
    if (!rel->negative || rel->magnitude == 0) {
        if (!rel->symbol)
            return rel->didNotProduce(true);
        auto start = m_r.getRevision(*rel->symbol);
        if (!start)
            return start.error();
        auto walked = m_r.walk(start.value(), rel->magnitude, rel->label, assertRelativeLength);
        if (!walked)
            return walked.error();
        if (walked.value() == NoRevision)
            return walkedTooFar();
        return DowngradeTarget{rel->label, walked.value()};
    }
    if (!rel->symbol)
        return relativeDowngradeFromCurrent(current, rel->label, rel->magnitude, rel->relative, warnings);
    auto start = m_r.getRevision(rel->label ? *rel->label + QLatin1Char('@') + *rel->symbol : *rel->symbol);
    if (!start)
        return start.error();
    auto walked = m_r.walk(start.value(), -rel->magnitude, std::nullopt, assertRelativeLength);
    if (!walked)
        return walked.error();
    if (walked.value() == NoRevision)
        return walkedTooFar();
    return DowngradeTarget{rel->label, walked.value()};
}

Expected<RevisionPlanner::DowngradeTarget, RevisionError>
RevisionPlanner::relativeDowngradeFromCurrent(const QStringList &current, const Label &label, qint64 steps,
                                              const QString &relative, QStringList *warnings) const
{
    RelativeTarget rel;
    rel.relative = relative;
    rel.negative = true;
    QString symbol;
    Label branchLabel = label;
    if (RevisionResolver::isTruthy(label)) {
        QVector<int> currentNodes;
        for (const QString &row : current) {
            auto node = m_r.revisionForIdent(row);
            if (!node)
                return node.error();
            currentNodes.append(node.value());
        }
        auto onBranch = m_r.filterForLineage(currentNodes, *label);
        if (!onBranch)
            return onBranch.error();
        QVector<int> symbols = onBranch.value();
        if (symbols.isEmpty()) {
            // All other branch heads may depend on the current single head.
            auto all = m_r.allCurrent(current);
            if (!all)
                return all.error();
            auto filtered = m_r.filterForLineage(all.value(), *label);
            if (!filtered)
                return filtered.error();
            symbols = filtered.value();
        }
        // Alembic asserts exactly one here; we report the two failure cases.
        if (symbols.isEmpty())
            return rel.didNotProduce(true);
        if (symbols.size() > 1)
            return RevisionError::revision(QStringLiteral("Ambiguous walk"));
        symbol = m_g.ids.at(symbols.first());
    } else {
        if (current.isEmpty())
            return rel.didNotProduce(true);
        const QSet<QString> unique(current.cbegin(), current.cend());
        if (unique.size() > 1 && warnings) {
            warnings->append(QStringLiteral("downgrade -1 from multiple heads is ambiguous; this usage will be "
                                            "disallowed in a future release."));
        }
        symbol = current.first();
        branchLabel = symbol;   // restrict the roots to the chosen branch
    }
    auto start = m_r.getRevision(branchLabel ? *branchLabel + QLatin1Char('@') + symbol : symbol);
    if (!start)
        return start.error();
    auto walked = m_r.walk(start.value(), -steps, std::nullopt, true);
    if (!walked)
        return walked.error();
    if (walked.value() == NoRevision)
        return rel.didNotProduce(true);
    return DowngradeTarget{branchLabel, walked.value()};
}

Expected<QVector<int>, RevisionError> RevisionPlanner::applyLowerBranchQuirk(const QVector<int> &targets,
                                                                           const QString &lower) const
{
    // walk_revisions("L@x", ...) keeps only targets carrying label L.
    QString branch = lower.left(lower.indexOf(QLatin1Char('@')));
    auto rev = m_r.getRevision(branch);
    if (!rev)
        return rev.error();
    if (rev.value() >= 0 && m_g.ids.at(rev.value()) == branch) {
        const QStringList &labels = m_g.branchLabels.at(rev.value());
        if (labels.size() != 1)
            return RevisionError::internal(QStringLiteral("Revision %1 used as a branch must have exactly one branch "
                                                          "label").arg(branch));
        branch = labels.first();
    }
    QVector<int> kept;
    for (int t : targets) {
        if (t >= 0 && m_g.branchLabels.at(t).contains(branch) && !kept.contains(t))
            kept.append(t);
    }
    return kept;
}

Expected<QVector<int>, RevisionError> RevisionPlanner::lowerRevisions(const Lower &lower) const
{
    if (!lower.isString)
        return m_r.getRevisions(lower.list);
    if (lower.text.isNull())
        return QVector<int>();
    return m_r.getRevisions(lower.text);
}

Expected<QVector<int>, RevisionError> RevisionPlanner::currentRevisions(const QStringList &upper, Lower &lower,
                                                                       const std::vector<char> &required,
                                                                       const UpgradeOptions &options) const
{
    auto resolved = lowerRevisions(lower);
    if (!resolved)
        return resolved.error();
    QVector<int> current = resolved.value();
    if (!options.implicitBase) {
        for (int c : std::as_const(current)) {
            if (c == BaseSymbol || (c >= 0 && !required[size_t(c)])) {
                return RevisionError::rangeNotAncestor(lower.isString ? lower.text : lower.list.join(QLatin1String(", ")),
                                                       upper.join(QLatin1String(", ")));
            }
        }
    }
    if (!current.isEmpty() && current.first() == NoRevision) {
        // A relative lower bound that walked off the graph: parse it as a downgrade target.
        auto parsedLower = parseDowngradeTarget(upper, lower.text, options.assertRelativeLength, nullptr);
        if (!parsedLower)
            return parsedLower.error();
        const int rev = parsedLower->target;
        if (rev == NoRevision)
            return RevisionError::internal(QStringLiteral("Relative lower bound %1 resolves to nothing").arg(lower.text));
        current = rev == BaseSymbol ? QVector<int>() : QVector<int>{rev};
        lower.text = rev == BaseSymbol ? QString() : m_g.ids.at(rev);
    }
    return realNodes(current);
}

Expected<RevisionPlanner::Collected, RevisionError>
RevisionPlanner::collectUpgrade(const QStringList &upper, Lower lower, const UpgradeOptions &options) const
{
    const QStringList lowerTuple = lower.isString ? (lower.text.isNull() ? QStringList() : QStringList{lower.text})
                                                  : lower.list;
    auto parsed = parseUpgradeTarget(lowerTuple, upper, options.assertRelativeLength);
    if (!parsed)
        return parsed.error();
    QVector<int> targets = realNodes(parsed.value());
    if (lower.isString && lower.text.contains(QLatin1Char('@'))) {
        auto kept = applyLowerBranchQuirk(targets, lower.text);
        if (!kept)
            return kept.error();
        targets = kept.value();
    }
    const GraphTraversal::Checked required = GraphTraversal::reachChecked(m_g.normalizedDown, targets, m_g.size());
    if (required.overlapTarget >= 0)
        return overlapError(m_g, required);
    auto currentE = currentRevisions(upper, lower, required.marks, options);
    if (!currentE)
        return currentE.error();
    const QVector<int> &current = currentE.value();
    const GraphTraversal::Checked applied = GraphTraversal::reachChecked(m_g.normalizedDown, current, m_g.size());
    if (applied.overlapTarget >= 0)
        return overlapError(m_g, applied);

    Collected result;
    result.heads = targets;
    result.revisions.assign(size_t(m_g.size()), 0);
    for (int v = 0; v < m_g.size(); ++v)
        result.revisions[size_t(v)] = char(required.marks[size_t(v)] && !applied.marks[size_t(v)]);
    if (options.inclusive) {
        auto extra = lowerRevisions(lower);
        if (!extra)
            return extra.error();
        for (int v : realNodes(extra.value()))
            result.revisions[size_t(v)] = 1;
    }
    if (!current.isEmpty() && !options.implicitBase) {
        const GraphTraversal::Checked above = GraphTraversal::reachChecked(m_g.nextRev, current, m_g.size());
        if (above.overlapTarget >= 0)
            return overlapError(m_g, above);
        for (int v = 0; v < m_g.size(); ++v)
            result.revisions[size_t(v)] = char(result.revisions[size_t(v)] && above.marks[size_t(v)]);
    }
    return result;
}

Expected<QVector<int>, RevisionError> RevisionPlanner::downgradeRoots(const DowngradeTarget &target) const
{
    QVector<int> roots;
    if (target.target == NoRevision) {
        // Every revision without down_revision, walked over the map's values: a labelled
        // base appears once per key (its id and each label), as in Alembic.
        for (int k = 0; k < m_g.keys.size(); ++k) {
            if (m_g.isBase(m_g.keyNodes.at(k)))
                roots.append(m_g.keyNodes.at(k));
        }
    } else {
        roots = m_g.nextRev.at(target.target);
    }
    if (!RevisionResolver::isTruthy(target.label) || roots.size() <= 1)
        return roots;
    auto branch = m_r.resolveBranch(*target.label);
    if (!branch)
        return branch.error();
    const std::vector<char> ancestors = GraphTraversal::reach(m_g.versionedDown, {branch.value()}, m_g.size());
    QVector<int> kept;
    for (int r : std::as_const(roots)) {
        if (r >= 0 && ancestors[size_t(r)] && !kept.contains(r))
            kept.append(r);
    }
    std::sort(kept.begin(), kept.end());
    if (kept.isEmpty())
        return RevisionError::revision(QStringLiteral("Not a valid downgrade target from current heads"));
    return kept;
}

Expected<RevisionPlanner::Collected, RevisionError>
RevisionPlanner::collectDowngrade(const QStringList &upper, const QString &target, bool assertRelativeLength,
                                  QStringList *warnings) const
{
    // The CLI form: inclusive=False, implicit_base=False.
    auto parsed = parseDowngradeTarget(upper, target, assertRelativeLength, warnings);
    if (!parsed)
        return parsed.error();
    DowngradeTarget t = parsed.value();
    if (t.target == BaseSymbol)
        t.target = NoRevision;
    auto roots = downgradeRoots(t);
    if (!roots)
        return roots.error();
    auto heads = m_r.getRevisions(upper);
    if (!heads)
        return heads.error();
    Collected result;
    result.heads = realNodes(heads.value());
    result.revisions = GraphTraversal::reach(m_g.allNextRev, roots.value(), m_g.size());
    const std::vector<char> active = GraphTraversal::reach(m_g.normalizedDown, result.heads, m_g.size());
    bool any = false;
    for (size_t v = 0; v < active.size(); ++v) {
        result.revisions[v] = char(result.revisions[v] && active[v]);
        any = any || result.revisions[v];
    }
    if (t.target != NoRevision && !any && !result.heads.contains(t.target)) {
        return RevisionError::rangeNotAncestor(QStringLiteral("Nothing to drop"),
                                               QLatin1Char('(') + upper.join(QLatin1String(", ")) + QLatin1Char(')'));
    }
    return result;
}

Expected<QVector<int>, RevisionError> RevisionPlanner::topologicalSort(std::vector<char> todo,
                                                                     const QVector<int> &heads) const
{
    // _topological_sort. Alembic keeps, per current head, the set of its ancestors; that
    // set always equals the head's full ancestor set, so it is answered from the
    // AncestryIndex instead of being recomputed. Seeds are sorted by map order (node
    // number); ties between branches therefore follow load order.
    const AncestryIndex &ancestry = m_g.ancestryIndex();
    qsizetype remaining = std::count(todo.begin(), todo.end(), char(1));
    QVector<int> current;
    for (int h : heads) {
        if (h >= 0 && todo[size_t(h)] && !current.contains(h))
            current.append(h);
    }
    std::sort(current.begin(), current.end());
    QVector<int> output;
    output.reserve(remaining);
    qsizetype index = 0;
    while (!current.isEmpty()) {
        const int candidate = current.at(index);
        qsizetype other = -1;
        for (qsizetype j = 0; j < current.size() && other < 0; ++j) {
            if (j != index && ancestry.isAncestorOrSelf(candidate, current.at(j)))
                other = j;
        }
        if (other >= 0) {   // another head must pass through the candidate first
            index = other;
            continue;
        }
        if (todo[size_t(candidate)]) {
            output.append(candidate);
            todo[size_t(candidate)] = 0;
            --remaining;
        }
        QVector<int> parents;
        for (int p : m_g.normalizedDown.at(candidate)) {
            if (todo[size_t(p)] && !current.contains(p))
                parents.append(p);
        }
        if (parents.isEmpty()) {
            current.removeAt(index);
            index = std::max<qsizetype>(index - 1, 0);
            continue;
        }
        current[index] = parents.first();
        for (qsizetype k = 1; k < parents.size(); ++k)
            current.append(parents.at(k));
    }
    if (remaining != 0)
        return RevisionError::internal(QStringLiteral("Dependency resolution failed; broken map"));
    return output;
}

} // namespace Retort::Core::Detail

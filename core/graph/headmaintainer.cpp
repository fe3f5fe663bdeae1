// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/headmaintainer.h"

#include "core/graph/ancestryindex.h"

namespace Retort::Core::Detail {

namespace {

int idNode(const RevisionGraph &g, const QString &id)
{
    const int n = g.node(id);
    return n >= 0 && g.ids.at(n) == id ? n : NoRevision;
}

} // namespace

HeadMaintainer::HeadMaintainer(const RevisionGraph &graph, const QStringList &rows)
    : m_g(graph)
{
    for (const QString &row : rows) {
        if (!m_index.contains(row)) {   // Alembic keeps a set
            m_rows.append(row);
            m_index.insert(row, idNode(graph, row));
        }
    }
}

std::optional<RevisionError> HeadMaintainer::insert(const QString &id, MigrationStep &step)
{
    if (contains(id))
        return RevisionError::internal(QStringLiteral("Cannot insert '%1': it is already in the version table").arg(id));
    m_rows.append(id);
    m_index.insert(id, idNode(m_g, id));
    step.versionStatements.append(VersionStatement::insert(id));
    return std::nullopt;
}

std::optional<RevisionError> HeadMaintainer::remove(const QString &id, MigrationStep &step)
{
    if (!contains(id))
        return RevisionError::internal(QStringLiteral("Cannot delete '%1': it is not in the version table").arg(id));
    m_rows.removeOne(id);
    m_index.remove(id);
    step.versionStatements.append(VersionStatement::remove(id));
    return std::nullopt;
}

std::optional<RevisionError> HeadMaintainer::update(const QString &from, const QString &to, MigrationStep &step)
{
    if (contains(to))
        return RevisionError::internal(QStringLiteral("Cannot update to '%1': it is already in the version table").arg(to));
    if (!contains(from))
        return RevisionError::internal(QStringLiteral("Cannot update '%1': it is not in the version table").arg(from));
    m_rows[m_rows.indexOf(from)] = to;
    m_index.remove(from);
    m_index.insert(to, idNode(m_g, to));
    step.versionStatements.append(VersionStatement::update(from, to));
    return std::nullopt;
}

std::optional<RevisionError> HeadMaintainer::apply(MigrationStep &step)
{
    return step.direction == MigrationStep::Stamp ? applyStampStep(step) : applyRevisionStep(step);
}

bool HeadMaintainer::isAncestorOfRowOtherThan(int candidate, const QVector<int> &excluded) const
{
    const AncestryIndex &ancestry = m_g.ancestryIndex();
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (it.value() >= 0 && !excluded.contains(it.value()) && ancestry.isAncestorOrSelf(candidate, it.value()))
            return true;
    }
    return false;
}

QVector<int> HeadMaintainer::unmergeTargets(int node, const QVector<int> &parents) const
{
    // RevisionStep._unmerge_to_revisions. With other rows: the parents that are not
    // ancestors of those rows. Without: upstream HEAD (#1373) also drops parents that are
    // ancestors of other parents (1.8.1 kept them all and left a redundant row).
    QVector<int> kept;
    const bool others = m_rows.size() > (contains(m_g.ids.at(node)) ? 1 : 0);
    const AncestryIndex &ancestry = m_g.ancestryIndex();
    for (int p : parents) {
        bool drop = false;
        if (others) {
            drop = isAncestorOfRowOtherThan(p, {node});
        } else {
            for (int q : parents)
                drop = drop || (q != p && ancestry.isAncestorOrSelf(p, q));
        }
        if (!drop)
            kept.append(p);
    }
    return kept;
}

std::optional<RevisionError> HeadMaintainer::applyRevisionStep(MigrationStep &step)
{
    const int node = idNode(m_g, step.revision);
    const QString &rev = step.revision;
    const QVector<int> &parents = m_g.normalizedDown.at(node);
    const bool up = step.isUpgrade;
    qsizetype parentsInRows = 0;
    for (int p : parents)
        parentsInRows += contains(m_g.ids.at(p)) ? 1 : 0;

    if (!up && contains(rev) && (parents.isEmpty() || unmergeTargets(node, parents).isEmpty()))
        return remove(rev, step);                                           // delete branch
    if (up && (parents.isEmpty() || parentsInRows == 0))
        return insert(rev, step);                                           // create branch
    if (up && parents.size() > 1 && parentsInRows > 1) {                    // merge
        QVector<int> from = parents;
        if (m_rows.size() > parentsInRows) {
            from.clear();
            for (int p : parents) {
                if (!isAncestorOfRowOtherThan(p, parents))
                    from.append(p);
            }
        }
        if (from.isEmpty())
            return RevisionError::internal(QStringLiteral("Cannot merge into '%1': no branch row to update").arg(rev));
        for (qsizetype i = 0; i + 1 < from.size(); ++i) {
            if (auto error = remove(m_g.ids.at(from.at(i)), step))
                return error;
        }
        return update(m_g.ids.at(from.last()), rev, step);
    }
    if (!up && contains(rev) && parents.size() > 1) {                       // unmerge
        const QVector<int> to = unmergeTargets(node, parents);
        for (qsizetype i = 0; i + 1 < to.size(); ++i) {
            if (auto error = insert(m_g.ids.at(to.at(i)), step))
                return error;
        }
        return update(rev, m_g.ids.at(to.last()), step);
    }
    int down = parents.size() == 1 ? parents.first() : NoRevision;         // update
    if (parents.size() != 1) {
        QVector<int> inRows;
        for (int p : parents) {
            if (contains(m_g.ids.at(p)))
                inRows.append(p);
        }
        if (inRows.size() != 1)
            return RevisionError::internal(QStringLiteral("Can't do an UPDATE because downrevision is ambiguous"));
        down = inRows.first();
    }
    return up ? update(m_g.ids.at(down), rev, step) : update(rev, m_g.ids.at(down), step);
}

std::optional<RevisionError> HeadMaintainer::applyStampStep(MigrationStep &step)
{
    const QStringList &from = step.fromRevisions;
    const QStringList &to = step.toRevisions;
    const auto anyMissing = [this](const QStringList &ids) {
        for (const QString &id : ids) {
            if (!contains(id))
                return true;
        }
        return false;
    };
    if (!step.isUpgrade && step.branchMove) {
        if (from.size() != 1)
            return RevisionError::internal(QStringLiteral("A stamp branch delete needs exactly one revision"));
        return remove(from.first(), step);
    }
    if (step.isUpgrade && (step.branchMove || anyMissing(from)) && anyMissing(to)) {
        if (to.size() != 1)
            return RevisionError::internal(QStringLiteral("A stamp branch insert needs exactly one revision"));
        return insert(to.first(), step);
    }
    if (from.size() > 1) {
        for (qsizetype i = 0; i + 1 < from.size(); ++i) {
            if (auto error = remove(from.at(i), step))
                return error;
        }
        return update(from.last(), to.first(), step);
    }
    if (to.size() > 1) {
        for (qsizetype i = 0; i + 1 < to.size(); ++i) {
            if (auto error = insert(to.at(i), step))
                return error;
        }
        return update(from.first(), to.last(), step);
    }
    if (from.size() != 1 || to.size() != 1)
        return RevisionError::internal(QStringLiteral("A stamp update needs exactly one revision on each side"));
    return update(from.first(), to.first(), step);
}

} // namespace Retort::Core::Detail

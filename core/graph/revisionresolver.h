// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/expected.h"
#include "core/graph/revisionerror.h"
#include "core/graph/revisiongraph.h"

#include <optional>
#include <vector>

namespace Retort::Core::Detail {

/*! Alembic's identifier resolution on a RevisionGraph (RevisionMap.get_revisions,
    get_revision, _resolve_revision_number, _revision_for_ident, _resolve_branch,
    filter_for_lineage, _shares_lineage, _walk, get_current_head, _get_all_current).
    Results are node numbers; NoRevision stands for Python's None and BaseSymbol for the
    string "base" that a downward walk can return. Errors are unwrapped RevisionErrors
    (inner texts); callers wrap them for their command. Works on unusable maps too. */
class RevisionResolver
{
public:
    using Label = std::optional<QString>;   // nullopt = None; "" is a (falsy) label
    struct Number
    {
        QStringList ids;   // the resolved symbol(s); empty = () (base)
        Label label;
    };

    explicit RevisionResolver(const RevisionGraph &graph) : m_g(graph) {}

    Expected<Number, RevisionError> resolveNumber(const QString &id) const;
    Expected<QVector<int>, RevisionError> getRevisions(const QString &id) const;
    Expected<QVector<int>, RevisionError> getRevisions(const QStringList &ids) const;
    Expected<int, RevisionError> getRevision(const QString &id) const;
    //! `resolvedId` nullopt stands for Python's () key (returns NoRevision).
    Expected<int, RevisionError> revisionForIdent(const std::optional<QString> &resolvedId,
                                                  const Label &checkBranch = std::nullopt) const;
    Expected<int, RevisionError> resolveBranch(const QString &label) const;
    Expected<QVector<int>, RevisionError> filterForLineage(const QVector<int> &targets, const QString &checkAgainst,
                                                         bool includeDependencies = false) const;
    Expected<int, RevisionError> currentHead(const Label &branchLabel) const;
    Expected<int, RevisionError> walk(int start, qint64 steps, const Label &branchLabel, bool noOverwalk) const;
    //! _get_all_current: the given heads' lineage reduced to structural tips, node order.
    Expected<QVector<int>, RevisionError> allCurrent(const QStringList &ids) const;

    //! Nodes sharing lineage (ancestor, descendant or self) with any of `nodes`.
    std::vector<char> lineage(const QVector<int> &nodes, bool includeDependencies) const;
    bool sharesLineage(int node, int other, bool includeDependencies) const;

    static bool isTruthy(const Label &label) { return label.has_value() && !label->isEmpty(); }
    //! Python int(text) < 0: returns the magnitude (clamped), or 0 when not a negative int.
    static qint64 negativeIntMagnitude(const QString &text);

private:
    struct LineageFilter
    {
        bool everything = false;
        std::vector<char> marks;
        bool accepts(int node) const { return everything || (node >= 0 && marks[size_t(node)]); }
    };
    Expected<LineageFilter, RevisionError> lineageFilter(const QString &checkAgainst, bool includeDependencies,
                                                         bool resolveShares) const;
    Expected<int, RevisionError> partialMatch(const QString &prefix, const Label &checkBranch, int branchRev) const;
    Expected<QVector<int>, RevisionError> walkStep(int from, bool up, const Label &branchLabel) const;

    const RevisionGraph &m_g;
};

} // namespace Retort::Core::Detail

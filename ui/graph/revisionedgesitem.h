// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QVector>

#include <vector>

namespace Retort::Ui {

class RevisionGraphScene;

/*! Every edge of the revision graph in one item, so that a large graph is not thousands of
    path items. Edges are indexed by row buckets: paint() draws only those crossing the
    exposed rows. Parent edges are solid, dependency edges dashed, edges of a cycle (pointing
    upwards) dashed in the problem colour; an edge whose child is in the selection's ancestry
    is drawn over the others in the ancestry colour.

    Vertical runs are straight; a step between lanes is an S-curve (a straight line when zoomed
    far out, batched in one drawLines() per pen). Call rebuild() after the scene's layout or
    style changed. GUI thread only. */
class RevisionEdgesItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    //! Rows per index bucket.
    static constexpr int kBucketRows = 32;

    explicit RevisionEdgesItem(RevisionGraphScene *graph);

    int type() const override { return Type; }
    void rebuild();

    int edgeCount() const { return int(m_edges.size()); }
    //! The pen edge \a index (an index into the layout's edges()) is drawn with.
    QPen pen(int index) const;
    //! Indexes of the edges crossing any row in [firstRow, lastRow], ascending.
    QList<int> edgesInRows(int firstRow, int lastRow) const;

    //! Draws the edges crossing the rows of \a exposed (scene coordinates) with \a painter.
    void paintEdges(QPainter *painter, const QRectF &exposed) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct EdgeShape
    {
        QPolygonF polyline; //!< scene coordinates of the layout's vertices
        QPainterPath path; //!< the same with curved lane changes
        int childRow = 0;
        int parentRow = 0;
        bool dependency = false;
        bool upward = false;
    };
    enum class PenKind { Parent, Dependency, Upward, AncestryParent, AncestryDependency, Count };

    PenKind penKind(const EdgeShape &edge) const;
    QPen makePen(PenKind kind, qreal levelOfDetail) const;
    void collect(int firstRow, int lastRow, QList<int> &out) const;

    RevisionGraphScene *m_graph;
    QVector<EdgeShape> m_edges;
    QVector<QVector<int>> m_buckets;
    QRectF m_bounds;
    mutable std::vector<unsigned> m_seen; //!< per edge: the paint pass that last took it
    mutable unsigned m_pass = 0;
};

} // namespace Retort::Ui

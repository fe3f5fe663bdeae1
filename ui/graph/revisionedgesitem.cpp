// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/revisionedgesitem.h"

#include "ui/graph/revisiongraphscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace Retort::Ui {

namespace {

constexpr qreal kEdgeWidth = 1.6;
constexpr qreal kAncestryWidth = 2.4;
constexpr qreal kDetailCurves = 0.5; // below this level of detail: straight lines, no antialiasing

QPainterPath curvedPath(const QPolygonF &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF from = points.at(i - 1);
        const QPointF to = points.at(i);
        if (qFuzzyCompare(from.x(), to.x())) {
            path.lineTo(to);
            continue;
        }
        const qreal half = (to.y() - from.y()) / 2;
        path.cubicTo(QPointF(from.x(), from.y() + half), QPointF(to.x(), to.y() - half), to);
    }
    return path;
}

} // namespace

RevisionEdgesItem::RevisionEdgesItem(RevisionGraphScene *graph)
    : m_graph(graph)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(-1);
    rebuild();
}

void RevisionEdgesItem::rebuild()
{
    prepareGeometryChange();
    const Core::GraphLayout &layout = m_graph->layout();
    const GraphStyle &style = m_graph->style();
    m_edges.clear();
    m_edges.reserve(layout.edges().size());
    m_buckets = QVector<QVector<int>>((layout.rowCount() + kBucketRows - 1) / kBucketRows);
    for (const Core::GraphLayout::Edge &edge : layout.edges()) {
        EdgeShape shape;
        shape.childRow = edge.childRow;
        shape.parentRow = edge.parentRow;
        shape.dependency = edge.isDependency();
        shape.upward = edge.isUpward;
        shape.polyline.reserve(edge.points.size());
        for (const Core::GraphLayout::Point &point : edge.points)
            shape.polyline.append(style.nodeCentre(point.row, point.lane));
        shape.path = shape.upward ? QPainterPath() : curvedPath(shape.polyline);
        if (shape.upward && !shape.polyline.isEmpty()) {
            shape.path.moveTo(shape.polyline.first());
            shape.path.lineTo(shape.polyline.last());
        }
        const int index = int(m_edges.size());
        const int first = std::max(0, std::min(edge.childRow, edge.parentRow) / kBucketRows);
        const int last = std::min(
            int(m_buckets.size()) - 1, std::max(edge.childRow, edge.parentRow) / kBucketRows);
        for (int bucket = first; bucket <= last; ++bucket)
            m_buckets[bucket].append(index);
        m_edges.append(std::move(shape));
    }
    m_seen.assign(size_t(m_edges.size()), 0);
    m_pass = 0;
    const qreal m = style.margin();
    m_bounds
        = QRectF(m, m, layout.laneCount() * style.lanePitch(), layout.rowCount() * style.rowPitch())
              .adjusted(-kAncestryWidth, -kAncestryWidth, kAncestryWidth, kAncestryWidth);
    update();
}

QRectF RevisionEdgesItem::boundingRect() const
{
    return m_bounds;
}

RevisionEdgesItem::PenKind RevisionEdgesItem::penKind(const EdgeShape &edge) const
{
    if (edge.upward)
        return PenKind::Upward;
    if (m_graph->isInAncestry(edge.childRow))
        return edge.dependency ? PenKind::AncestryDependency : PenKind::AncestryParent;
    return edge.dependency ? PenKind::Dependency : PenKind::Parent;
}

QPen RevisionEdgesItem::makePen(PenKind kind, qreal levelOfDetail) const
{
    const GraphStyle &style = m_graph->style();
    using Role = GraphStyle::Role;
    QPen pen;
    switch (kind) {
    case PenKind::Parent:
        pen = QPen(style.color(Role::Edge), kEdgeWidth);
        break;
    case PenKind::Dependency:
        pen = QPen(style.color(Role::DependencyEdge), kEdgeWidth, Qt::DashLine);
        break;
    case PenKind::Upward:
        pen = QPen(style.color(Role::Problem), kEdgeWidth, Qt::DashLine);
        break;
    case PenKind::AncestryParent:
        pen = QPen(style.color(Role::Ancestry), kAncestryWidth);
        break;
    case PenKind::AncestryDependency:
        pen = QPen(style.color(Role::Ancestry), kAncestryWidth, Qt::DashLine);
        break;
    case PenKind::Count:
        break;
    }
    pen.setCapStyle(Qt::RoundCap);
    if (levelOfDetail < kDetailCurves) {
        // Far out, a hairline: as visible as at full size, and much cheaper to draw.
        pen.setCosmetic(true);
        pen.setWidthF(1);
    }
    return pen;
}

QPen RevisionEdgesItem::pen(int index) const
{
    return makePen(penKind(m_edges.at(index)), 1);
}

void RevisionEdgesItem::collect(int firstRow, int lastRow, QList<int> &out) const
{
    if (m_buckets.isEmpty() || lastRow < firstRow)
        return;
    if (++m_pass == 0) { // wrapped: forget every mark
        std::fill(m_seen.begin(), m_seen.end(), 0);
        m_pass = 1;
    }
    const int first = std::clamp(firstRow / kBucketRows, 0, int(m_buckets.size()) - 1);
    const int last = std::clamp(lastRow / kBucketRows, 0, int(m_buckets.size()) - 1);
    for (int bucket = first; bucket <= last; ++bucket) {
        for (int index : m_buckets.at(bucket)) {
            if (m_seen[size_t(index)] == m_pass)
                continue;
            m_seen[size_t(index)] = m_pass;
            const EdgeShape &edge = m_edges.at(index);
            if (std::min(edge.childRow, edge.parentRow) <= lastRow
                && std::max(edge.childRow, edge.parentRow) >= firstRow)
                out.append(index);
        }
    }
}

QList<int> RevisionEdgesItem::edgesInRows(int firstRow, int lastRow) const
{
    QList<int> result;
    collect(firstRow, lastRow, result);
    std::sort(result.begin(), result.end());
    return result;
}

void RevisionEdgesItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    paintEdges(painter, option->exposedRect.isValid() ? option->exposedRect : m_bounds);
}

void RevisionEdgesItem::paintEdges(QPainter *painter, const QRectF &exposed) const
{
    const GraphStyle &style = m_graph->style();
    QList<int> visible;
    collect(style.rowAt(exposed.top()) - 1, style.rowAt(exposed.bottom()) + 1, visible);
    if (visible.isEmpty())
        return;
    std::array<QVarLengthArray<int, 64>, size_t(PenKind::Count)> byPen;
    for (int index : std::as_const(visible))
        byPen[size_t(penKind(m_edges.at(index)))].append(index);

    const qreal lod
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool curves = lod >= kDetailCurves;
    painter->setRenderHint(QPainter::Antialiasing, curves);
    painter->setBrush(Qt::NoBrush);
    QVector<QLineF> lines;
    for (size_t kind = 0; kind < byPen.size(); ++kind) {
        if (byPen[kind].isEmpty())
            continue;
        painter->setPen(makePen(PenKind(kind), lod));
        if (curves) {
            for (int index : byPen[kind])
                painter->drawPath(m_edges.at(index).path);
            continue;
        }
        lines.clear();
        for (int index : byPen[kind]) {
            const QPolygonF &points = m_edges.at(index).polyline;
            for (qsizetype i = 1; i < points.size(); ++i)
                lines.append(QLineF(points.at(i - 1), points.at(i)));
        }
        painter->drawLines(lines.constData(), int(lines.size()));
    }
}

} // namespace Retort::Ui

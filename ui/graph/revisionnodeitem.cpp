// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/revisionnodeitem.h"

#include "ui/graph/revisiongraphscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Retort::Ui {

namespace {

constexpr int kShortIdLength = 12;
constexpr qreal kAncestryRingGap = 3;
constexpr qreal kTextGap = 8;
constexpr qreal kDetailText = 0.5; // below this level of detail: no text
constexpr qreal kDetailDot = 0.25; // below this: a plain square

} // namespace

RevisionNodeItem::RevisionNodeItem(RevisionGraphScene *graph, int row)
    : m_graph(graph)
    , m_row(row)
{
    setFlag(ItemIsSelectable);
    refresh();
}

const GraphNode &RevisionNodeItem::node() const
{
    return m_graph->nodeAt(m_row);
}

QStringList RevisionNodeItem::pillTexts() const
{
    QStringList texts;
    for (const Pill &pill : m_pills)
        texts << pill.text;
    return texts;
}

void RevisionNodeItem::refresh()
{
    const GraphNode &n = node();
    const GraphStyle &style = m_graph->style();
    m_pills.clear();
    auto add = [this](bool on, const QString &text, GraphStyle::Role role, bool filled) {
        if (on)
            m_pills.append(Pill {text, role, filled});
    };
    add(n.has(GraphNode::Head), tr("head"), GraphStyle::Role::Head, false);
    add(n.has(GraphNode::Base), tr("base"), GraphStyle::Role::Base, false);
    add(n.has(GraphNode::BranchPoint), tr("branch point"), GraphStyle::Role::Node, false);
    add(n.has(GraphNode::MergePoint), tr("merge"), GraphStyle::Role::Node, false);
    add(n.has(GraphNode::CurrentDb), tr("DB"), GraphStyle::Role::CurrentDb, true);
    for (const QString &label : n.labels)
        add(true, label, GraphStyle::Role::Label, true);
    add(n.has(GraphNode::Duplicate), tr("duplicate id"), GraphStyle::Role::Problem, true);
    add(n.has(GraphNode::HasErrors), tr("error"), GraphStyle::Role::Problem, true);
    add(n.has(GraphNode::NeedsPython), tr("needs Python"), GraphStyle::Role::NeedsPython, true);
    add(n.has(GraphNode::NotRenderable) && !n.has(GraphNode::NeedsPython), tr("no SQL"),
        GraphStyle::Role::NeedsPython, true);

    const QPointF centre = style.nodeCentre(n.row, n.lane);
    const qreal textLeft = style.textLeft(m_graph->layout().laneCount()) - centre.x();
    qreal width = textLeft + style.idWidth() + kTextGap;
    for (const Pill &pill : std::as_const(m_pills))
        width += style.badgeWidth(pill.text) + style.badgeSpacing();
    width += style.maxMessageWidth();
    // Geometry changes are costly with thousands of items: only when something moved.
    if (width != m_width || textLeft != m_textLeft || centre != pos()
        || m_radius != style.nodeRadius() || m_pitch != style.rowPitch()) {
        prepareGeometryChange();
        m_width = width;
        m_textLeft = textLeft;
        m_radius = style.nodeRadius();
        m_pitch = style.rowPitch();
        setPos(centre);
    }
    m_messageReady = false;
    update();
}

QRectF RevisionNodeItem::boundingRect() const
{
    const qreal left = m_radius + kAncestryRingGap + 2;
    return QRectF(-left, -m_pitch / 2, left + m_width, m_pitch);
}

void RevisionNodeItem::paint(
    QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    const qreal lod
        = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    paintDot(painter, lod);
    if (lod >= kDetailText)
        paintText(painter);
}

GraphStyle::Role RevisionNodeItem::outlineRole(const GraphNode &node)
{
    using Role = GraphStyle::Role;
    if (node.isGhost())
        return Role::Ghost;
    if (node.has(GraphNode::HasErrors) || node.has(GraphNode::Duplicate))
        return Role::Problem;
    if (node.has(GraphNode::Head))
        return Role::Head;
    if (node.has(GraphNode::Base))
        return Role::Base;
    return Role::Node;
}

QColor RevisionNodeItem::dotColour(const GraphNode &node, const GraphStyle &style)
{
    if (node.dbState == GraphNode::DbState::Applied && !node.isGhost())
        return style.color(GraphStyle::Role::Applied);
    return style.color(outlineRole(node));
}

void RevisionNodeItem::paintDot(QPainter *painter, qreal levelOfDetail) const
{
    const GraphNode &n = node();
    const GraphStyle &style = m_graph->style();
    using Role = GraphStyle::Role;
    const Role outline = outlineRole(n);
    const bool hollow = n.isGhost() || n.dbState == GraphNode::DbState::Pending;
    const QColor fill = hollow
        ? style.color(Role::Background)
        : style.color(n.dbState == GraphNode::DbState::Applied ? Role::Applied : outline);
    const qreal r = style.nodeRadius();
    if (levelOfDetail < kDetailDot) {
        painter->fillRect(QRectF(-r, -r, 2 * r, 2 * r), dotColour(n, style));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_graph->isInAncestry(m_row)) {
        painter->setPen(QPen(style.color(Role::Ancestry), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(), r + kAncestryRingGap, r + kAncestryRingGap);
    }
    QPen pen(style.color(outline), 2);
    if (n.isGhost())
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(), r, r);
}

void RevisionNodeItem::paintText(QPainter *painter) const
{
    const GraphNode &n = node();
    const GraphStyle &style = m_graph->style();
    using Role = GraphStyle::Role;
    const qreal halfPitch = style.rowPitch() / 2;
    painter->setFont(style.idFont());
    painter->setPen(style.color(n.isGhost() ? Role::Ghost : Role::Text));
    painter->drawText(QRectF(m_textLeft, -halfPitch, style.idWidth(), style.rowPitch()),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, n.id.left(kShortIdLength));
    qreal x = m_textLeft + style.idWidth() + kTextGap;
    if (!m_pills.isEmpty()) {
        painter->setFont(style.badgeFont());
        for (const Pill &pill : m_pills)
            x = paintPill(painter, pill, x);
    }
    if (!m_messageReady) {
        QString text = n.isGhost() ? tr("missing revision") : n.message.simplified();
        QFont font = style.messageFont();
        font.setItalic(n.isGhost());
        text = QFontMetricsF(font).elidedText(text, Qt::ElideRight, style.maxMessageWidth());
        m_message.setTextFormat(Qt::PlainText);
        m_message.setText(text);
        m_message.prepare(QTransform(), font);
        m_messageReady = true;
    }
    QFont font = style.messageFont();
    font.setItalic(n.isGhost());
    painter->setFont(font);
    painter->setPen(style.color(n.isGhost() ? Role::SecondaryText : Role::Text));
    painter->drawStaticText(QPointF(x, -m_message.size().height() / 2), m_message);
}

qreal RevisionNodeItem::paintPill(QPainter *painter, const Pill &pill, qreal x) const
{
    const GraphStyle &style = m_graph->style();
    const qreal h = style.badgeHeight();
    const QRectF rect(x, -h / 2, style.badgeWidth(pill.text), h);
    const QColor color = style.color(pill.role);
    if (pill.filled) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
    } else {
        painter->setPen(QPen(color, 1.2));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), h / 2, h / 2);
    painter->setPen(pill.filled ? style.color(GraphStyle::Role::LabelText) : color);
    painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, pill.text);
    return rect.right() + style.badgeSpacing();
}

void RevisionNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // Single selection, whatever the modifiers; the right button selects before the menu.
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        m_graph->selectNode(id());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void RevisionNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    // QGraphicsItem's default would toggle the selection on Ctrl+click.
    event->accept();
}

void RevisionNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    // Two quick clicks on two different nodes arrive as a double-click on the second.
    if (!isSelected()) {
        mousePressEvent(event);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_graph->requestOpenFile(id());
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace Retort::Ui

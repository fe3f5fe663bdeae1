// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/revisiongraphscene.h"

#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/graph/renderabilityscanner.h"
#include "ui/graph/revisionedgesitem.h"
#include "ui/graph/revisionnodeitem.h"

#include <QGraphicsSceneHelpEvent>
#include <QPainter>
#include <QSet>
#include <QToolTip>

#include <algorithm>

namespace Retort::Ui {

RevisionGraphScene::RevisionGraphScene(
    ProjectDocument *document, RevisionSelection *selection, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_selection(selection)
    , m_scanner(new RenderabilityScanner(this))
{
    // Items are added once per load and never move: the BSP index suits them.
    setItemIndexMethod(BspTreeIndex);
    connect(document, &ProjectDocument::loaded, this, [this] { rebuild(false); });
    connect(document, &ProjectDocument::reloaded, this, [this] { rebuild(true); });
    connect(document, &ProjectDocument::databaseStateChanged, this, [this] {
        refreshDatabaseState();
        for (RevisionNodeItem *item : std::as_const(m_items))
            item->refresh();
        update();
    });
    connect(
        selection, &RevisionSelection::currentChanged, this, &RevisionGraphScene::onCurrentChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &RevisionGraphScene::onSelectionChanged);
    connect(
        m_scanner, &RenderabilityScanner::finished, this, &RevisionGraphScene::applyRenderability);
    if (document->isOpen())
        rebuild(false);
}

RevisionGraphScene::~RevisionGraphScene()
{
    m_syncing = true; // clear() below must not touch the selection
    clear();
}

const GraphNode *RevisionGraphScene::node(const QString &id) const
{
    const int row = m_layout.rowOf(id);
    return row < 0 || row >= m_nodes.size() ? nullptr : &m_nodes.at(row);
}

RevisionNodeItem *RevisionGraphScene::nodeItem(const QString &id) const
{
    const int row = m_layout.rowOf(id);
    return row < 0 || row >= m_items.size() ? nullptr : m_items.at(row);
}

QPointF RevisionGraphScene::nodeCentre(const QString &id) const
{
    const GraphNode *n = node(id);
    return n ? m_style.nodeCentre(n->row, n->lane) : QPointF();
}

bool RevisionGraphScene::isScanningRenderability() const
{
    return m_scanner->isRunning();
}

void RevisionGraphScene::rebuild(bool isReload)
{
    emit aboutToRebuild();
    m_syncing = true;
    m_scanner->cancel();
    clearSelection();
    m_currentRow = -1;
    m_ancestry.clear();
    m_ancestryRows.clear();
    buildNodes();
    addProblems();
    refreshDatabaseState();
    if (isReload) {
        // The last verdicts stand until the new scan ends, so that badges do not blink.
        for (GraphNode &node : m_nodes)
            markRenderability(node);
    }
    buildItems();
    m_syncing = false;
    const QString current = m_selection ? m_selection->current() : QString();
    if (m_layout.contains(current))
        onCurrentChanged(current);
    emit rebuilt(isReload);
    startScan();
}

void RevisionGraphScene::startScan()
{
    if (m_scanEnabled && m_document->isOpen())
        m_scanner->start(m_document->project(), m_document->defaultDialect());
}

void RevisionGraphScene::setRenderabilityScanEnabled(bool enabled)
{
    if (enabled == m_scanEnabled)
        return;
    m_scanEnabled = enabled;
    if (enabled)
        startScan();
    else
        m_scanner->cancel();
}

void RevisionGraphScene::buildNodes()
{
    m_layout = m_document->layout();
    const Core::Project &project = m_document->project();
    const QList<Core::GraphLayout::Node> &layoutNodes = m_layout.nodes();
    m_nodes = QVector<GraphNode>(layoutNodes.size());
    for (qsizetype row = 0; row < layoutNodes.size(); ++row) {
        const Core::GraphLayout::Node &source = layoutNodes.at(row);
        GraphNode &node = m_nodes[row];
        node.id = source.id;
        node.row = source.row;
        node.lane = source.lane;
        if (source.isGhost) {
            node.badges |= GraphNode::Ghost;
        } else if (const Core::RevisionScript *script = project.scriptFor(source.id)) {
            node.message = script->doc;
            node.path = script->filePath;
            node.line = script->revisionAt.line;
            node.labels = script->branchLabels; // as declared: the pill marks where a label starts
        }
    }
    // The layout's edges are the map's links (a Parent edge per declared down_revision, ghosts
    // included), so the structural markers follow from them without asking the map per revision
    // (RevisionMap::revision() builds a whole RevisionInfo; 10,000 of them cost tens of ms).
    for (const Core::GraphLayout::Edge &edge : m_layout.edges()) {
        GraphNode &child = m_nodes[edge.childRow];
        GraphNode &parent = m_nodes[edge.parentRow];
        if (edge.isDependency()) {
            child.dependencyRows.append(edge.parentRow);
            parent.dependantRows.prepend(edge.childRow);
        } else {
            child.parentRows.append(edge.parentRow);
            // Edges come in child row order: prepending puts the nearest child first.
            parent.childRows.prepend(edge.childRow);
        }
    }
    for (GraphNode &node : m_nodes) {
        if (node.isGhost())
            continue;
        node.badges.setFlag(GraphNode::Head, node.childRows.isEmpty());
        node.badges.setFlag(GraphNode::Base, node.parentRows.isEmpty());
        node.badges.setFlag(GraphNode::BranchPoint, node.childRows.size() > 1);
        node.badges.setFlag(GraphNode::MergePoint, node.parentRows.size() > 1);
    }
}

void RevisionGraphScene::addProblems()
{
    const Core::Project &project = m_document->project();
    QHash<QString, QStringList> errorsByFile;
    for (const Core::Diagnostic &diagnostic : project.diagnostics()) {
        if (diagnostic.severity == Core::Severity::Error && !diagnostic.location.file.isEmpty())
            errorsByFile[diagnostic.location.file].append(diagnostic.message);
    }
    for (GraphNode &node : m_nodes) {
        const auto errors = errorsByFile.constFind(node.path);
        if (!node.path.isEmpty() && errors != errorsByFile.constEnd()) {
            node.badges |= GraphNode::HasErrors;
            node.problems += errors.value();
        }
    }
    for (const Core::GraphProblem &problem : project.map().problems()) {
        if (problem.diagnostic.code != QLatin1String("graph-duplicate-id"))
            continue;
        for (const QString &id : problem.revisions) {
            const int row = m_layout.rowOf(id);
            if (row >= 0 && !m_nodes[row].has(GraphNode::Duplicate)) {
                m_nodes[row].badges |= GraphNode::Duplicate;
                m_nodes[row].problems.append(problem.diagnostic.message);
            }
        }
    }
}

void RevisionGraphScene::buildItems()
{
    // Items are reused across rebuilds: a reload moves a few of them instead of deleting and
    // creating thousands (QGraphicsScene::clear() alone costs more than a whole rebuild).
    if (!m_edges) {
        m_edges = new RevisionEdgesItem(this);
        addItem(m_edges);
    } else {
        m_edges->rebuild();
    }
    const int count = int(m_nodes.size());
    while (m_items.size() > count) {
        RevisionNodeItem *item = m_items.takeLast();
        removeItem(item);
        delete item;
    }
    qreal right = m_edges->boundingRect().right();
    for (int row = 0; row < count; ++row) {
        RevisionNodeItem *item = nullptr;
        if (row < m_items.size()) {
            item = m_items.at(row);
            item->refresh();
        } else {
            item = new RevisionNodeItem(this, row);
            addItem(item);
            m_items.append(item);
        }
        right = std::max(right, item->pos().x() + item->boundingRect().right());
    }
    const qreal bottom = m_style.rowTop(count) + m_style.margin();
    setSceneRect(QRectF(0, 0, right + m_style.margin(), bottom));
}

void RevisionGraphScene::refreshDatabaseState()
{
    const bool connected = m_document->hasDatabase();
    const QStringList heads = m_document->databaseHeads();
    for (GraphNode &node : m_nodes) {
        if (node.isGhost())
            continue;
        node.badges.setFlag(GraphNode::CurrentDb, connected && heads.contains(node.id));
        if (!connected)
            node.dbState = GraphNode::DbState::NoDatabase;
        else
            node.dbState = m_document->isApplied(node.id) ? GraphNode::DbState::Applied
                                                          : GraphNode::DbState::Pending;
    }
}

bool RevisionGraphScene::markRenderability(GraphNode &node) const
{
    const RenderabilityScanner::Verdicts &verdicts = m_scanner->verdicts();
    const GraphNode::Badges before = node.badges;
    const QStringList reasonsBefore = node.renderReasons;
    node.badges &= ~GraphNode::Badges(GraphNode::NeedsPython | GraphNode::NotRenderable);
    node.renderReasons.clear();
    const auto verdict = verdicts.constFind(node.id);
    if (verdict != verdicts.constEnd() && !node.isGhost()) {
        node.badges |= verdict->needsPython ? GraphNode::NeedsPython : GraphNode::NotRenderable;
        node.renderReasons = verdict->reasons;
    }
    return node.badges != before || node.renderReasons != reasonsBefore;
}

void RevisionGraphScene::applyRenderability()
{
    for (qsizetype row = 0; row < m_nodes.size(); ++row) {
        if (markRenderability(m_nodes[row]))
            m_items.at(row)->refresh();
    }
    emit renderabilityUpdated();
}

void RevisionGraphScene::restyle()
{
    const GraphStyle style(palette(), font());
    const bool geometryChanged = style.rowPitch() != m_style.rowPitch()
        || style.lanePitch() != m_style.lanePitch() || style.idFont() != m_style.idFont()
        || style.messageFont() != m_style.messageFont();
    m_style = style;
    if (geometryChanged && !m_nodes.isEmpty()) {
        rebuild(true);
        return;
    }
    for (RevisionNodeItem *item : std::as_const(m_items))
        item->refresh();
    update();
}

bool RevisionGraphScene::event(QEvent *event)
{
    const bool result = QGraphicsScene::event(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    return result;
}

void RevisionGraphScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_style.color(GraphStyle::Role::Background));
    if (m_currentRow < 0)
        return;
    // Across the whole exposed width, also beyond the scene rect in a wide view.
    const QRectF band(rect.left(), m_style.rowTop(m_currentRow), rect.width(), m_style.rowPitch());
    if (band.intersects(rect))
        painter->fillRect(band & rect, m_style.color(GraphStyle::Role::Selected));
}

void RevisionGraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const int row = m_style.rowAt(event->scenePos().y());
    const RevisionNodeItem *item = row >= 0 && row < m_items.size() ? m_items.at(row) : nullptr;
    if (!item || !item->sceneBoundingRect().contains(event->scenePos())) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), toolTipFor(item->node()), event->widget());
    event->accept();
}

QString RevisionGraphScene::toolTipFor(const GraphNode &node) const
{
    QString text = QStringLiteral("<b>%1</b>").arg(node.id.toHtmlEscaped());
    if (node.isGhost()) {
        text += QStringLiteral("<br>") + tr("Missing revision: no file defines it.");
    } else {
        if (!node.message.isEmpty())
            text += QStringLiteral("<br>") + node.message.toHtmlEscaped();
        if (!node.labels.isEmpty())
            text += QStringLiteral("<br>")
                + tr("Branch labels: %1")
                      .arg(node.labels.join(QStringLiteral(", ")).toHtmlEscaped());
        if (!node.path.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(node.path.toHtmlEscaped());
    }
    for (const QStringList *list : {&node.problems, &node.renderReasons}) {
        for (const QString &problem : *list)
            text += QStringLiteral("<br>• ") + problem.toHtmlEscaped();
    }
    return text;
}

void RevisionGraphScene::requestOpenFile(const QString &id)
{
    const GraphNode *n = node(id);
    if (!n || n->path.isEmpty())
        return;
    emit openFileRequested(id);
    if (m_selection)
        emit m_selection->openFileRequested(n->path, n->line);
}

void RevisionGraphScene::onSelectionChanged()
{
    if (m_syncing || !m_selection)
        return;
    // A node other than the current one was selected (by the user or through the scene's
    // API): it becomes the current revision.
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == RevisionNodeItem::Type
            && static_cast<RevisionNodeItem *>(item)->row() != m_currentRow) {
            m_selection->setCurrent(static_cast<RevisionNodeItem *>(item)->id());
            return;
        }
    }
    // Otherwise the selection was cleared, e.g. by a click on the background (QGraphicsView
    // clears it after a click without drag): the RevisionSelection stays, and only
    // setCurrent({}) deselects.
    if (m_currentRow >= 0 && m_currentRow < m_items.size()
        && !m_items.at(m_currentRow)->isSelected()) {
        m_syncing = true;
        m_items.at(m_currentRow)->setSelected(true);
        m_syncing = false;
    }
}

void RevisionGraphScene::selectNode(const QString &id)
{
    if (m_selection)
        m_selection->setCurrent(id);
}

void RevisionGraphScene::onCurrentChanged(const QString &id)
{
    const int row = m_layout.rowOf(id);
    m_syncing = true;
    if (m_currentRow >= 0 && m_currentRow < m_items.size())
        m_items.at(m_currentRow)->setSelected(false);
    clearSelection();
    if (row >= 0 && row < m_items.size())
        m_items.at(row)->setSelected(true);
    m_syncing = false;
    m_currentRow = row < m_items.size() ? row : -1;
    computeAncestry();
    update();
    emit currentNodeChanged(row >= 0 ? id : QString());
}

void RevisionGraphScene::computeAncestry()
{
    for (int row : std::as_const(m_ancestryRows))
        m_ancestry[size_t(row)] = 0;
    m_ancestryRows.clear();
    if (m_currentRow < 0)
        return;
    m_ancestry.resize(size_t(m_nodes.size()), 0);
    QList<int> stack {m_currentRow};
    m_ancestry[size_t(m_currentRow)] = 1;
    while (!stack.isEmpty()) {
        const GraphNode &node = m_nodes.at(stack.takeLast());
        m_ancestryRows.append(node.row);
        for (const QList<int> *list : {&node.parentRows, &node.dependencyRows}) {
            for (int parent : *list) {
                if (!m_ancestry[size_t(parent)]) {
                    m_ancestry[size_t(parent)] = 1;
                    stack.append(parent);
                }
            }
        }
    }
}

void RevisionGraphScene::paintOverview(QPainter *painter, const QRectF &exposed, qreal minDot) const
{
    if (m_nodes.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing, false);
    m_edges->paintEdges(painter, exposed);
    const int first = std::clamp(m_style.rowAt(exposed.top()) - 1, 0, int(m_nodes.size()) - 1);
    const int last = std::clamp(m_style.rowAt(exposed.bottom()) + 1, 0, int(m_nodes.size()) - 1);
    const qreal size = std::max(2 * m_style.nodeRadius(), minDot);
    QHash<QRgb, QVector<QRectF>> byColour;
    QColor lastColour;
    QVector<QRectF> *rects = nullptr;
    for (int row = first; row <= last; ++row) {
        const GraphNode &node = m_nodes.at(row);
        const QColor colour = RevisionNodeItem::dotColour(node, m_style);
        if (!rects || colour != lastColour) {
            rects = &byColour[colour.rgba()];
            lastColour = colour;
        }
        const QPointF centre = m_style.nodeCentre(node.row, node.lane);
        rects->append(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size));
    }
    painter->setPen(Qt::NoPen);
    for (auto it = byColour.cbegin(); it != byColour.cend(); ++it) {
        painter->setBrush(QColor::fromRgba(it.key()));
        painter->drawRects(it.value().constData(), int(it.value().size()));
    }
    if (m_currentRow >= first && m_currentRow <= last) {
        const GraphNode &current = m_nodes.at(m_currentRow);
        const QPointF centre = m_style.nodeCentre(current.row, current.lane);
        painter->setBrush(m_style.color(GraphStyle::Role::Ancestry));
        painter->drawRect(
            QRectF(centre.x() - size * 1.5, centre.y() - size * 1.5, size * 3, size * 3));
    }
}

QString RevisionGraphScene::findNext(const QString &text, const QString &afterId) const
{
    const QString needle = text.trimmed();
    const int count = int(m_nodes.size());
    if (needle.isEmpty() || count == 0)
        return {};
    const int start = m_layout.rowOf(afterId); // -1: from the top
    for (int step = 1; step <= count; ++step) {
        const GraphNode &node = m_nodes.at((start + step + count) % count);
        if (node.id.startsWith(needle, Qt::CaseInsensitive)
            || node.message.contains(needle, Qt::CaseInsensitive))
            return node.id;
        for (const QString &label : node.labels) {
            if (label.startsWith(needle, Qt::CaseInsensitive))
                return node.id;
        }
    }
    return {};
}

QString RevisionGraphScene::neighbour(
    const QString &id, Direction direction, const QString &cameFrom) const
{
    const GraphNode *from = node(id);
    if (!from)
        return {};
    auto idAt = [this](int row) { return m_nodes.at(row).id; };
    switch (direction) {
    case Direction::Up: {
        const int back = m_layout.rowOf(cameFrom);
        if (back >= 0 && from->childRows.contains(back))
            return idAt(back);
        if (!from->childRows.isEmpty())
            return idAt(from->childRows.first());
        return from->dependantRows.isEmpty() ? QString() : idAt(from->dependantRows.first());
    }
    case Direction::Down:
        if (!from->parentRows.isEmpty())
            return idAt(from->parentRows.first());
        return from->dependencyRows.isEmpty() ? QString() : idAt(from->dependencyRows.first());
    case Direction::Left:
    case Direction::Right:
        break;
    }
    const int sign = direction == Direction::Left ? -1 : 1;
    for (int distance = 0; distance <= kNeighbourRows; ++distance) {
        int best = -1;
        int bestLanes = 0;
        // The upper row first, so that ties go upwards.
        for (int row : {from->row - distance, from->row + distance}) {
            if (row < 0 || row >= m_nodes.size() || (distance == 0 && row != from->row))
                continue;
            const int lanes = (m_nodes.at(row).lane - from->lane) * sign;
            if (lanes > 0 && (best < 0 || lanes < bestLanes)) {
                best = row;
                bestLanes = lanes;
            }
        }
        if (best >= 0)
            return idAt(best);
    }
    return {};
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/revisiongraphview.h"

#include "ui/document/revisionselection.h"
#include "ui/graph/graphexport.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisionnodeitem.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Retort::Ui {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kWheelZoomBase = 1.0015; // per eighth of a degree
constexpr int kSearchFieldWidth = 280;
constexpr int kSearchFieldMargin = 8;
constexpr qreal kOverviewDotPixels = 2; // smallest node square in the overview

} // namespace

RevisionGraphView::RevisionGraphView(
    ProjectDocument *document, RevisionSelection *selection, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new RevisionGraphScene(document, selection, this))
    , m_selection(selection)
{
    setObjectName(QStringLiteral("revisionGraphView"));
    m_scene->setPalette(palette());
    m_scene->setFont(font());
    setScene(m_scene);
    setDragMode(ScrollHandDrag);
    setViewportUpdateMode(MinimalViewportUpdate);
    // Every item sets the painter state it uses, and its bounding rect covers its antialiasing.
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &RevisionGraphScene::currentNodeChanged, this,
        &RevisionGraphView::onCurrentNodeChanged);
    connect(m_scene, &RevisionGraphScene::aboutToRebuild, this, &RevisionGraphView::rememberAnchor);
    connect(m_scene, &RevisionGraphScene::rebuilt, this, &RevisionGraphView::restoreAnchor);
    createActions();
    createSearchField();
}

RevisionGraphView::~RevisionGraphView() = default;

void RevisionGraphView::createActions()
{
    auto make = [this](const QString &text, const char *name, const QList<QKeySequence> &keys,
                    auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_zoomIn = make(tr("Zoom &In"), "graphZoomInAction",
        {QKeySequence(QKeySequence::ZoomIn), QKeySequence(QStringLiteral("Ctrl+="))},
        &RevisionGraphView::zoomIn);
    m_zoomOut = make(tr("Zoom &Out"), "graphZoomOutAction", {QKeySequence(QKeySequence::ZoomOut)},
        &RevisionGraphView::zoomOut);
    m_zoomFit = make(tr("Zoom to &Fit"), "graphZoomFitAction",
        {QKeySequence(QStringLiteral("Ctrl+0"))}, &RevisionGraphView::zoomToFit);
    m_zoomReset = make(tr("&Actual Size"), "graphZoomResetAction",
        {QKeySequence(QStringLiteral("Ctrl+1"))}, &RevisionGraphView::resetZoom);
    m_find = make(tr("&Find Revision…"), "graphFindAction", {QKeySequence(QKeySequence::Find)},
        &RevisionGraphView::showSearch);
    m_findNext = make(tr("Find &Next"), "graphFindNextAction",
        {QKeySequence(QKeySequence::FindNext)}, [this] { findNext(m_searchField->text()); });
}

void RevisionGraphView::createSearchField()
{
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("graphSearchField"));
    m_searchField->setPlaceholderText(tr("Find revision: id, message or branch label"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setFixedWidth(kSearchFieldWidth);
    m_searchField->hide();
    m_searchField->installEventFilter(this);
    connect(m_searchField, &QLineEdit::returnPressed, this,
        [this] { findNext(m_searchField->text()); });
    connect(m_searchField, &QLineEdit::textEdited, this,
        [this] { m_searchField->setPalette(palette()); });
}

void RevisionGraphView::placeSearchField()
{
    const QRect area = viewport()->geometry();
    m_searchField->move(area.right() - m_searchField->width() - kSearchFieldMargin,
        area.top() + kSearchFieldMargin);
}

bool RevisionGraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_searchField->hide();
        setFocus();
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

qreal RevisionGraphView::zoom() const
{
    return transform().m11();
}

void RevisionGraphView::setZoom(qreal factor)
{
    scaleBy(factor / zoom(), AnchorViewCenter);
}

void RevisionGraphView::scaleBy(qreal factor, ViewportAnchor anchor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(anchor);
    const qreal step = target / zoom();
    scale(step, step);
    setTransformationAnchor(previous);
}

void RevisionGraphView::zoomIn()
{
    scaleBy(kZoomStep, AnchorViewCenter);
}

void RevisionGraphView::zoomOut()
{
    scaleBy(1 / kZoomStep, AnchorViewCenter);
}

void RevisionGraphView::zoomToFit()
{
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // A small graph is not blown up beyond 100 %.
    if (zoom() > 1.0 || zoom() < kMinZoom)
        setZoom(std::clamp(zoom(), kMinZoom, 1.0));
}

void RevisionGraphView::resetZoom()
{
    setZoom(1.0);
}

void RevisionGraphView::paintEvent(QPaintEvent *event)
{
    if (zoom() >= kOverviewZoom) {
        QGraphicsView::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    painter.setTransform(viewportTransform());
    const QRectF exposed = mapToScene(event->rect()).boundingRect();
    drawBackground(&painter, exposed);
    m_scene->paintOverview(&painter, exposed, kOverviewDotPixels / zoom());
}

void RevisionGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        scaleBy(std::pow(kWheelZoomBase, event->angleDelta().y()), AnchorUnderMouse);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RevisionGraphView::showSearch()
{
    placeSearchField();
    m_searchField->show();
    m_searchField->raise();
    m_searchField->setFocus();
    m_searchField->selectAll();
}

QString RevisionGraphView::findNext(const QString &text)
{
    const QString found = m_scene->findNext(text, m_selection ? m_selection->current() : QString());
    if (found.isEmpty()) {
        if (!text.trimmed().isEmpty()) {
            QPalette warning = palette();
            warning.setColor(QPalette::Text, m_scene->style().color(GraphStyle::Role::Problem));
            m_searchField->setPalette(warning);
            emit searchFailed(text);
        }
        return {};
    }
    m_searchField->setPalette(palette());
    if (m_selection)
        m_selection->setCurrent(found);
    if (!isNodeVisible(found))
        centreOn(found);
    return found;
}

bool RevisionGraphView::isNodeVisible(const QString &id) const
{
    const GraphNode *node = m_scene->node(id);
    if (!node)
        return false;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QPointF centre = m_scene->style().nodeCentre(node->row, node->lane);
    const qreal r = m_scene->style().nodeRadius();
    return visible.contains(QRectF(centre - QPointF(r, r), centre + QPointF(r, r)));
}

void RevisionGraphView::centreOn(const QString &id)
{
    const GraphNode *node = m_scene->node(id);
    if (!node)
        return;
    const QPointF centre = m_scene->style().nodeCentre(node->row, node->lane);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    // Keep the horizontal position when the lane is already in view.
    const qreal x = centre.x() >= visible.left() && centre.x() <= visible.right()
        ? visible.center().x()
        : centre.x();
    centerOn(x, centre.y());
}

void RevisionGraphView::onCurrentNodeChanged(const QString &id)
{
    if (!m_navigating)
        m_trail.clear();
    if (!id.isEmpty() && !isNodeVisible(id))
        centreOn(id);
}

bool RevisionGraphView::navigate(int key)
{
    const QString current = m_selection ? m_selection->current() : QString();
    if (!m_scene->node(current))
        return false;
    using Direction = RevisionGraphScene::Direction;
    QString target;
    switch (key) {
    case Qt::Key_Up:
        target = m_scene->neighbour(
            current, Direction::Up, m_trail.isEmpty() ? QString() : m_trail.last());
        if (!m_trail.isEmpty() && target == m_trail.last())
            m_trail.removeLast();
        else
            m_trail.clear();
        break;
    case Qt::Key_Down:
        target = m_scene->neighbour(current, Direction::Down);
        if (!target.isEmpty())
            m_trail.append(current);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        target
            = m_scene->neighbour(current, key == Qt::Key_Left ? Direction::Left : Direction::Right);
        m_trail.clear();
        break;
    default:
        return false;
    }
    if (!target.isEmpty()) {
        m_navigating = true;
        m_selection->setCurrent(target);
        m_navigating = false;
    }
    return true; // with a selection the arrows never scroll, even at a dead end
}

void RevisionGraphView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool arrow
        = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (arrow && modifiers == Qt::NoModifier && navigate(key)) {
        event->accept();
        return;
    }
    if (arrow && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier)) {
        QScrollBar *bar = key == Qt::Key_Up || key == Qt::Key_Down ? verticalScrollBar()
                                                                   : horizontalScrollBar();
        const bool back = key == Qt::Key_Up || key == Qt::Key_Left;
        bar->triggerAction(
            back ? QAbstractSlider::SliderSingleStepSub : QAbstractSlider::SliderSingleStepAdd);
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape && m_selection && !m_selection->current().isEmpty()) {
        m_selection->setCurrent(QString());
        event->accept();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_selection
        && m_scene->node(m_selection->current())) {
        m_scene->requestOpenFile(m_selection->current());
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

QMenu *RevisionGraphView::createContextMenu(const QString &id, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const GraphNode *node = m_scene->node(id);
    if (!node)
        return menu;
    auto add = [this, menu](const QString &text, const char *name, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    if (!node->isGhost()) {
        add(tr("Preview &Upgrade SQL to Here"), "graphPreviewUpgradeAction",
            [this, id] { emit previewUpgradeTo(id); });
        add(tr("Preview &Downgrade SQL to Here"), "graphPreviewDowngradeAction",
            [this, id] { emit previewDowngradeTo(id); });
        menu->addSeparator();
        add(tr("&Open File"), "graphOpenFileAction", [this, id] {
            m_scene->requestOpenFile(id);
        })->setEnabled(!node->path.isEmpty());
    }
    add(tr("&Copy Id"), "graphCopyIdAction", [id] { QGuiApplication::clipboard()->setText(id); });
    if (!node->isGhost()) {
        menu->addSeparator();
        add(tr("&New Revision on Top…"), "graphNewRevisionAction",
            [this, id] { emit newRevisionOnTop(id); });
        if (m_menuExtender)
            m_menuExtender(menu, id);
    }
    return menu;
}

void RevisionGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    const int row = m_scene->style().rowAt(scenePos.y());
    RevisionNodeItem *item
        = row >= 0 && row < m_scene->nodeCount() ? m_scene->nodeItemAt(row) : nullptr;
    if (!item || !item->sceneBoundingRect().contains(scenePos)) {
        event->ignore();
        return;
    }
    const QString id = item->id();
    if (m_selection)
        m_selection->setCurrent(id);
    QMenu *menu = createContextMenu(id, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void RevisionGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeSearchField();
}

void RevisionGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_scene->setPalette(palette());
    else if (event->type() == QEvent::FontChange)
        m_scene->setFont(font());
}

QString RevisionGraphView::nodeNearViewportCentre() const
{
    if (m_scene->nodeCount() == 0)
        return {};
    const QPointF centre = mapToScene(viewport()->rect().center());
    const int row = std::clamp(m_scene->style().rowAt(centre.y()), 0, m_scene->nodeCount() - 1);
    return m_scene->nodeAt(row).id;
}

void RevisionGraphView::rememberAnchor()
{
    const QString current = m_selection ? m_selection->current() : QString();
    m_anchorId = isNodeVisible(current) ? current : nodeNearViewportCentre();
    m_anchorY = m_anchorId.isEmpty() ? 0 : mapFromScene(m_scene->nodeCentre(m_anchorId)).y();
}

void RevisionGraphView::restoreAnchor(bool isReload)
{
    m_trail.clear();
    if (!isReload || !m_scene->node(m_anchorId)) {
        resetTransform();
        horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
        const QString current = m_selection ? m_selection->current() : QString();
        if (m_scene->node(current) && !isNodeVisible(current))
            centreOn(current);
        return;
    }
    const qreal y = mapFromScene(m_scene->nodeCentre(m_anchorId)).y();
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(y - m_anchorY)));
}

bool RevisionGraphView::exportPng(const QString &path, QString *error) const
{
    return exportSceneToPng(m_scene, path, error);
}

bool RevisionGraphView::exportSvg(const QString &path, QString *error) const
{
    return exportSceneToSvg(m_scene, path, tr("Revision graph"), error);
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The revision graph on the offscreen platform: the bookshop example drawn node by node with
// its badges and edges, selection in both directions, search, keyboard navigation, zoom, the
// context menu, PNG/SVG export, database state, needs-Python badges from the background scan,
// ghosts and duplicate ids, reloads and palette changes.

#include "tests/support/guitest.h"
#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/graph/graphnode.h"
#include "ui/graph/revisionedgesitem.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/graph/revisionnodeitem.h"

#include <cmath>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace Retort;
using Ui::GraphNode;
using Ui::RevisionGraphScene;

namespace {

QString examplePath()
{
    return QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini");
}

QString exampleDir()
{
    return QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop");
}


bool writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QByteArray revisionFile(
    const char *id, const char *down, const char *doc, const char *upgradeBody = "    pass\n")
{
    return QByteArray("\"\"\"") + doc
        + "\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n" + "revision = '" + id
        + "'\ndown_revision = " + down + "\nbranch_labels = None\ndepends_on = None\n\n\n"
        + "def upgrade() -> None:\n" + upgradeBody + "\n\ndef downgrade() -> None:\n    pass\n";
}

//! Whether the two colours differ by at most \a tolerance in each channel.
bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestRevisionGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneNodePerRevision();
    void badges_data();
    void badges();
    void dependencyEdgeIsDashed();
    void clickSelectsRevision();
    void selectionHighlightsAncestry();
    void selectionCentresOffscreenNode();
    void search();
    void searchField();
    void keyboardNavigation();
    void arrowsScrollWithoutSelection();
    void zoom();
    void contextMenu();
    void exportFiles();
    void appliedAndPending();
    void needsPythonBadge();
    void ghostsAndDuplicates();
    void reloadKeepsSelectionAndView();
    void paletteChangeRestyles();

private:
    void openProject(const QString &iniPath);
    RevisionGraphScene *scene() const { return m_view->graphScene(); }
    const GraphNode &node(const QString &id) const;
    QColor renderedColourAt(const QPointF &scenePos) const;

    std::unique_ptr<Ui::ProjectDocument> m_document;
    std::unique_ptr<Ui::RevisionSelection> m_selection;
    std::unique_ptr<Ui::RevisionGraphView> m_view;
};

void TestRevisionGraph::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Ok);
}

void TestRevisionGraph::init()
{
    m_document = std::make_unique<Ui::ProjectDocument>();
    m_selection = std::make_unique<Ui::RevisionSelection>();
    m_view = std::make_unique<Ui::RevisionGraphView>(m_document.get(), m_selection.get());
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    openProject(examplePath());
}

void TestRevisionGraph::cleanup()
{
    m_view.reset();
    m_selection.reset();
    m_document.reset();
}

void TestRevisionGraph::openProject(const QString &iniPath)
{
    QSignalSpy rebuilt(scene(), &RevisionGraphScene::rebuilt);
    Core::ProjectLocation location;
    location.iniPath = iniPath;
    location.workingDirectory = QFileInfo(iniPath).path();
    m_document->open(location);
    QVERIFY(rebuilt.wait(10000));
    QVERIFY(m_document->isOpen());
}

const GraphNode &TestRevisionGraph::node(const QString &id) const
{
    const GraphNode *n = scene()->node(id);
    if (!n)
        qFatal("no node %s", qPrintable(id));
    return *n;
}

QColor TestRevisionGraph::renderedColourAt(const QPointF &scenePos) const
{
    const QRectF rect = scene()->sceneRect();
    QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene()->render(&painter, QRectF(image.rect()), rect);
    painter.end();
    return image.pixelColor((scenePos - rect.topLeft()).toPoint());
}

void TestRevisionGraph::oneNodePerRevision()
{
    QCOMPARE(scene()->nodeCount(), 13);
    QCOMPARE(m_document->layout().rowCount(), 13);
    const QStringList ids = QDir(exampleDir() + QStringLiteral("/migrations/versions"))
                                .entryList({QStringLiteral("*.py")}, QDir::Files);
    QCOMPARE(ids.size(), 13);
    int items = 0;
    for (QGraphicsItem *item : scene()->items())
        items += item->type() == Ui::RevisionNodeItem::Type ? 1 : 0;
    QCOMPARE(items, 13);
    for (const QString &file : ids) {
        const QString id = file.left(12);
        Ui::RevisionNodeItem *item = scene()->nodeItem(id);
        QVERIFY2(item, qPrintable(id));
        QCOMPARE(item->id(), id);
        QVERIFY(!item->node().isGhost());
        // The markers agree with the project's own view of the revision.
        const Core::RevisionSummary summary = m_document->project().summary(id);
        QCOMPARE(item->node().has(GraphNode::Head), summary.isHead);
        QCOMPARE(item->node().has(GraphNode::Base), summary.isBase);
        QCOMPARE(item->node().has(GraphNode::BranchPoint), summary.isBranchPoint);
        QCOMPARE(item->node().has(GraphNode::MergePoint), summary.isMergePoint);
        QCOMPARE(item->node().path, summary.path);
        // Each node sits in its layout cell, and no two share a row.
        QCOMPARE(item->pos(),
            scene()->style().nodeCentre(
                m_document->layout().rowOf(id), m_document->layout().laneOf(id)));
    }
    QCOMPARE(node(QStringLiteral("2b6f8d0a3e17")).row, 0); // the head on top
    QCOMPARE(node(QStringLiteral("3f2a9c1d8e04")).row, 12); // the base at the bottom
    QCOMPARE(
        node(QStringLiteral("e5a8b3c6d701")).message, QStringLiteral("seed authors and books"));
    QVERIFY(scene()->sceneRect().contains(scene()->itemsBoundingRect()));
}

void TestRevisionGraph::badges_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("badges");
    QTest::addColumn<QStringList>("pills");
    QTest::newRow("head") << QStringLiteral("2b6f8d0a3e17") << int(GraphNode::Head)
                          << QStringList {QStringLiteral("head")};
    QTest::newRow("base") << QStringLiteral("3f2a9c1d8e04") << int(GraphNode::Base)
                          << QStringList {QStringLiteral("base")};
    QTest::newRow("branch point") << QStringLiteral("e5a8b3c6d701") << int(GraphNode::BranchPoint)
                                  << QStringList {QStringLiteral("branch point")};
    QTest::newRow("merge") << QStringLiteral("5c8e2a7f1b94") << int(GraphNode::MergePoint)
                           << QStringList {QStringLiteral("merge")};
    // The label pill sits on the revision that declares it, not on those that inherit it.
    QTest::newRow("label") << QStringLiteral("a27f5d3e0b6c") << 0
                           << QStringList {QStringLiteral("media")};
    QTest::newRow("inherits label") << QStringLiteral("b8d14c9a2e71") << 0 << QStringList();
    QTest::newRow("plain") << QStringLiteral("6a0c2f8e9d13") << 0 << QStringList();
}

void TestRevisionGraph::badges()
{
    QFETCH(QString, id);
    QFETCH(int, badges);
    QFETCH(QStringList, pills);
    const GraphNode &n = node(id);
    const GraphNode::Badges structural = GraphNode::Head | GraphNode::Base | GraphNode::BranchPoint
        | GraphNode::MergePoint | GraphNode::Ghost | GraphNode::Duplicate | GraphNode::HasErrors
        | GraphNode::CurrentDb;
    QCOMPARE(int(n.badges & structural), badges);
    QCOMPARE(scene()->nodeItem(id)->pillTexts(), pills);
}

void TestRevisionGraph::dependencyEdgeIsDashed()
{
    const QString child = QStringLiteral("f0c63e8b5d29");
    const GraphNode &n = node(child);
    QCOMPARE(n.dependencyRows.size(), 1);
    QCOMPARE(scene()->nodeAt(n.dependencyRows.first()).id, QStringLiteral("1d9f4e2b7c35"));
    QVERIFY(node(QStringLiteral("1d9f4e2b7c35")).dependantRows.contains(n.row));
    Ui::RevisionEdgesItem *edges = scene()->edgesItem();
    QCOMPARE(edges->edgeCount(), int(m_document->layout().edges().size()));
    QCOMPARE(edges->edgeCount(),
        14); // 12 down_revision links + the merge's second parent + 1 depends_on
    int dashed = 0;
    for (int i = 0; i < edges->edgeCount(); ++i) {
        const Core::GraphLayout::Edge &edge = m_document->layout().edges().at(i);
        const bool isDependency = edge.isDependency();
        QCOMPARE(edges->pen(i).style(), isDependency ? Qt::DashLine : Qt::SolidLine);
        if (isDependency) {
            ++dashed;
            QCOMPARE(edge.childRow, n.row);
        }
    }
    QCOMPARE(dashed, 1);
    // The row index finds the edge at any row it crosses.
    const int parentRow = node(QStringLiteral("1d9f4e2b7c35")).row;
    for (int row = n.row; row <= parentRow; ++row) {
        bool found = false;
        for (int index : edges->edgesInRows(row, row))
            found = found || m_document->layout().edges().at(index).isDependency();
        QVERIFY2(found, qPrintable(QString::number(row)));
    }
}

void TestRevisionGraph::clickSelectsRevision()
{
    const QString id = QStringLiteral("9e3b7a1f4c58");
    const QPoint at = m_view->mapFromScene(scene()->nodeCentre(id));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(m_selection->current(), id);
    QVERIFY(scene()->nodeItem(id)->isSelected());
    QCOMPARE(scene()->selectedItems().size(), 1);
    // Another click, on the text column of another row, moves the single selection.
    const QString other = QStringLiteral("c41d0e9f7b22");
    const QPointF text(
        scene()->nodeItem(other)->sceneBoundingRect().right() - 40, scene()->nodeCentre(other).y());
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, m_view->mapFromScene(text));
    QCOMPARE(m_selection->current(), other);
    QCOMPARE(scene()->selectedItems().size(), 1);
    // Clicking empty space (as when starting a pan) keeps the selection; Escape clears it.
    const QPointF empty(scene()->sceneRect().right() - 2, scene()->sceneRect().bottom() - 2);
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, Qt::NoModifier, m_view->mapFromScene(empty));
    QCOMPARE(m_selection->current(), other);
    QVERIFY(scene()->nodeItem(other)->isSelected());
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_selection->current(), QString());
    QVERIFY(scene()->selectedItems().isEmpty());
    // A double-click asks for the file (QTest sends only the second click's event).
    QSignalSpy open(m_selection.get(), &Ui::RevisionSelection::openFileRequested);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(open.size(), 1);
    QVERIFY(
        open.first().at(0).toString().endsWith(QLatin1String("9e3b7a1f4c58_add_loan_indexes.py")));
    QCOMPARE(open.first().at(1).toInt(), 13); // the `revision = ...` line
}

void TestRevisionGraph::selectionHighlightsAncestry()
{
    QSignalSpy changed(scene(), &RevisionGraphScene::currentNodeChanged);
    m_selection->setCurrent(QStringLiteral("f0c63e8b5d29"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(scene()->nodeItem(QStringLiteral("f0c63e8b5d29"))->isSelected());
    QCOMPARE(scene()->currentRow(), node(QStringLiteral("f0c63e8b5d29")).row);
    // Ancestors by parents and by the dependency; nothing above or beside.
    const QStringList ancestors {QStringLiteral("f0c63e8b5d29"), QStringLiteral("b8d14c9a2e71"),
        QStringLiteral("a27f5d3e0b6c"), QStringLiteral("e5a8b3c6d701"),
        QStringLiteral("c41d0e9f7b22"), QStringLiteral("8b7e4d2c1a90"),
        QStringLiteral("3f2a9c1d8e04"), QStringLiteral("1d9f4e2b7c35")};
    for (int row = 0; row < scene()->nodeCount(); ++row)
        QCOMPARE(scene()->isInAncestry(row), ancestors.contains(scene()->nodeAt(row).id));
    QCOMPARE(scene()->ancestryCount(), 8);
    // Edges whose child is highlighted use the ancestry pen.
    const QColor ancestry = scene()->style().color(Ui::GraphStyle::Role::Ancestry);
    const auto &edges = m_document->layout().edges();
    for (int i = 0; i < edges.size(); ++i)
        QCOMPARE(scene()->edgesItem()->pen(i).color() == ancestry,
            scene()->isInAncestry(edges.at(i).childRow));
    // And back: the head has every revision as ancestor.
    m_selection->setCurrent(QStringLiteral("2b6f8d0a3e17"));
    QCOMPARE(scene()->ancestryCount(), 13);
    QCOMPARE(scene()->selectedItems().size(), 1);
    m_selection->setCurrent(QString());
    QCOMPARE(scene()->ancestryCount(), 0);
    QVERIFY(scene()->selectedItems().isEmpty());
    QCOMPARE(scene()->currentRow(), -1);
}

void TestRevisionGraph::selectionCentresOffscreenNode()
{
    m_view->resize(420, 120);
    QCoreApplication::processEvents();
    const QString bottom = QStringLiteral("3f2a9c1d8e04");
    QVERIFY(!m_view->isNodeVisible(bottom));
    m_selection->setCurrent(bottom);
    QVERIFY(m_view->isNodeVisible(bottom));
    const QPoint centre = m_view->mapFromScene(scene()->nodeCentre(bottom));
    QVERIFY(qAbs(centre.y() - m_view->viewport()->height() / 2) <= scene()->style().rowPitch());
}

void TestRevisionGraph::search()
{
    // Id prefix, case-insensitive.
    QCOMPARE(m_view->findNext(QStringLiteral("C41D")), QStringLiteral("c41d0e9f7b22"));
    QCOMPARE(m_selection->current(), QStringLiteral("c41d0e9f7b22"));
    // Label: the revision that declares it (and the merge, whose message names it).
    const QStringList media {
        m_view->findNext(QStringLiteral("media")), m_view->findNext(QStringLiteral("media"))};
    QVERIFY2(media.contains(QStringLiteral("a27f5d3e0b6c")), qPrintable(media.join(u',')));
    QVERIFY2(media.contains(QStringLiteral("5c8e2a7f1b94")), qPrintable(media.join(u',')));
    QCOMPARE(m_view->findNext(QStringLiteral("MEDIA")), media.first());
    // Message substring; repeated calls walk through every match in row order and wrap.
    QStringList found;
    for (int i = 0; i < 4; ++i)
        found << m_view->findNext(QStringLiteral("loan"));
    const QStringList loans {QStringLiteral("7d1a4b9e6c30"), QStringLiteral("5c8e2a7f1b94"),
        QStringLiteral("9e3b7a1f4c58"), QStringLiteral("6a0c2f8e9d13")};
    for (const QString &id : loans)
        QVERIFY2(found.contains(id), qPrintable(found.join(u',')));
    QCOMPARE(found.size(), 4);
    QCOMPARE(m_view->findNext(QStringLiteral("loan")), found.first()); // wrapped
    // No match: nothing moves, the failure is reported.
    QSignalSpy failed(m_view.get(), &Ui::RevisionGraphView::searchFailed);
    const QString before = m_selection->current();
    QCOMPARE(m_view->findNext(QStringLiteral("zzz-nothing")), QString());
    QCOMPARE(m_selection->current(), before);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_view->findNext(QString()), QString());
}

void TestRevisionGraph::searchField()
{
    QLineEdit *field = m_view->findChild<QLineEdit *>(QStringLiteral("graphSearchField"));
    QVERIFY(field);
    QVERIFY(!field->isVisible());
    m_view->findAction()->trigger();
    QVERIFY(field->isVisible());
    QTest::keyClicks(field, QStringLiteral("create"));
    QTest::keyClick(field, Qt::Key_Return);
    const QString first = m_selection->current();
    QVERIFY(scene()->node(first)->message.contains(QLatin1String("create")));
    QTest::keyClick(field, Qt::Key_Enter); // Enter: the next match
    QVERIFY(m_selection->current() != first);
    QVERIFY(scene()->node(m_selection->current())->message.contains(QLatin1String("create")));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
}

void TestRevisionGraph::keyboardNavigation()
{
    m_view->setFocus();
    m_selection->setCurrent(QStringLiteral("2b6f8d0a3e17"));
    // Down follows first parents: through the merge into its first parent's line.
    const QStringList down {QStringLiteral("7d1a4b9e6c30"), QStringLiteral("5c8e2a7f1b94"),
        QStringLiteral("9e3b7a1f4c58"), QStringLiteral("6a0c2f8e9d13")};
    for (const QString &expected : down) {
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_selection->current(), expected);
    }
    // Up retraces the way down, even through the merge (which has two parents' children).
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_selection->current(), QStringLiteral("9e3b7a1f4c58"));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_selection->current(), QStringLiteral("5c8e2a7f1b94"));
    // From the other branch, Up into the merge as well.
    m_selection->setCurrent(QStringLiteral("f0c63e8b5d29"));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_selection->current(), QStringLiteral("5c8e2a7f1b94"));
    // Up from the branch point takes its nearest child; Down from a base stays.
    m_selection->setCurrent(QStringLiteral("e5a8b3c6d701"));
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    const GraphNode &branch = node(QStringLiteral("e5a8b3c6d701"));
    QCOMPARE(m_selection->current(), scene()->nodeAt(branch.childRows.first()).id);
    QCOMPARE(branch.childRows.size(), 2);
    QVERIFY(branch.childRows.at(0) > branch.childRows.at(1));
    m_selection->setCurrent(QStringLiteral("3f2a9c1d8e04"));
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QCOMPARE(m_selection->current(), QStringLiteral("3f2a9c1d8e04"));
    // Left/Right: the nearest node (in rows) in a lane to that side. The media branch lies in
    // lane 1 at rows 5-7 beside the main line in lane 0.
    QCOMPARE(node(QStringLiteral("9e3b7a1f4c58")).lane, 0);
    QCOMPARE(node(QStringLiteral("f0c63e8b5d29")).lane, 1);
    m_selection->setCurrent(QStringLiteral("9e3b7a1f4c58")); // row 3
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_selection->current(), QStringLiteral("f0c63e8b5d29")); // row 5, lane 1
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_selection->current(), QStringLiteral("6a0c2f8e9d13")); // row 4, lane 0
    m_selection->setCurrent(
        QStringLiteral("a27f5d3e0b6c")); // row 7, lane 1; row 6 is in lane 1 too
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_selection->current(), QStringLiteral("1d9f4e2b7c35")); // row 8, lane 0
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_selection->current(), QStringLiteral("a27f5d3e0b6c"));
    QTest::keyClick(m_view.get(), Qt::Key_Right); // nothing further right: stays
    QCOMPARE(m_selection->current(), QStringLiteral("a27f5d3e0b6c"));
    // The scene's rule for Left in lane 0 has nowhere to go.
    QCOMPARE(
        scene()->neighbour(QStringLiteral("2b6f8d0a3e17"), RevisionGraphScene::Direction::Left),
        QString());
    // Return opens the file.
    QSignalSpy open(m_selection.get(), &Ui::RevisionSelection::openFileRequested);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
}

void TestRevisionGraph::arrowsScrollWithoutSelection()
{
    m_view->resize(420, 120);
    QCoreApplication::processEvents();
    m_selection->setCurrent(QString());
    const int before = m_view->verticalScrollBar()->value();
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QVERIFY(m_view->verticalScrollBar()->value() > before);
    QCOMPARE(m_selection->current(), QString());
    // With a selection, Shift+arrow still scrolls.
    m_selection->setCurrent(QStringLiteral("2b6f8d0a3e17"));
    const int value = m_view->verticalScrollBar()->value();
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QVERIFY(m_view->verticalScrollBar()->value() > value);
    QCOMPARE(m_selection->current(), QStringLiteral("2b6f8d0a3e17"));
}

void TestRevisionGraph::zoom()
{
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->activateWindow();
    m_view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keyClick(m_view.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > 1.0);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < 1.0);
    m_view->zoomResetAction()->trigger();
    QCOMPARE(m_view->zoom(), 1.0);
    // Ctrl+wheel zooms; a plain wheel does not.
    QWheelEvent wheel(QPointF(50, 50), QPointF(m_view->viewport()->mapToGlobal(QPoint(50, 50))),
        QPoint(), QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->zoom() > 1.0);
    // Fit: the whole graph in view, never above 100 %.
    m_view->resize(300, 150);
    QCoreApplication::processEvents();
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_view->zoom() < 1.0);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(scene()->sceneRect()));
    m_view->resize(3000, 2000);
    m_view->zoomToFit();
    QCOMPARE(m_view->zoom(), 1.0);
    m_view->setZoom(100);
    QCOMPARE(m_view->zoom(), Ui::RevisionGraphView::kMaxZoom);
    // Far out, the view paints the overview: a square per node in its colour, the edges.
    m_view->setZoom(0.1);
    QCoreApplication::processEvents();
    const QImage overview = m_view->viewport()->grab().toImage();
    for (const QString &id : {QStringLiteral("2b6f8d0a3e17"), QStringLiteral("6a0c2f8e9d13"),
             QStringLiteral("3f2a9c1d8e04")}) {
        const QColor expected = Ui::RevisionNodeItem::dotColour(node(id), scene()->style());
        QVERIFY2(near(overview.pixelColor(m_view->mapFromScene(scene()->nodeCentre(id))), expected),
            qPrintable(id));
    }
    for (QAction *action :
        {m_view->zoomInAction(), m_view->zoomOutAction(), m_view->zoomFitAction(),
            m_view->zoomResetAction(), m_view->findAction(), m_view->findNextAction()}) {
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
        QVERIFY(!action->objectName().isEmpty());
        QVERIFY(m_view->actions().contains(action));
    }
}

void TestRevisionGraph::contextMenu()
{
    const QString id = QStringLiteral("5c8e2a7f1b94");
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(id));
    auto action = [&menu](const char *name) {
        QAction *found = menu->findChild<QAction *>(QLatin1String(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    };
    QSignalSpy upgrade(m_view.get(), &Ui::RevisionGraphView::previewUpgradeTo);
    QSignalSpy downgrade(m_view.get(), &Ui::RevisionGraphView::previewDowngradeTo);
    QSignalSpy newRevision(m_view.get(), &Ui::RevisionGraphView::newRevisionOnTop);
    QSignalSpy open(m_selection.get(), &Ui::RevisionSelection::openFileRequested);
    action("graphPreviewUpgradeAction")->trigger();
    action("graphPreviewDowngradeAction")->trigger();
    action("graphNewRevisionAction")->trigger();
    action("graphOpenFileAction")->trigger();
    QCOMPARE(upgrade.size(), 1);
    QCOMPARE(upgrade.first().at(0).toString(), id);
    QCOMPARE(downgrade.size(), 1);
    QCOMPARE(downgrade.first().at(0).toString(), id);
    QCOMPARE(newRevision.size(), 1);
    QCOMPARE(newRevision.first().at(0).toString(), id);
    QCOMPARE(open.size(), 1);
    QCOMPARE(QFileInfo(open.first().at(0).toString()).fileName(),
        QStringLiteral("5c8e2a7f1b94_merge_loans_and_media.py"));
    QVERIFY(open.first().at(1).toInt() > 0);
    QGuiApplication::clipboard()->clear();
    action("graphCopyIdAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
    // A right-click selects the node before the menu opens.
    const QPoint menuAt = m_view->mapFromScene(scene()->nodeCentre(id));
    QContextMenuEvent event(
        QContextMenuEvent::Mouse, menuAt, m_view->viewport()->mapToGlobal(menuAt));
    QCoreApplication::sendEvent(m_view->viewport(), &event);
    QCOMPARE(m_selection->current(), id);
    QMenu *popup = m_view->findChild<QMenu *>();
    QVERIFY(popup);
    popup->close();
}

void TestRevisionGraph::exportFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    QString error;
    QVERIFY2(m_view->exportPng(png, &error), qPrintable(error));
    QVERIFY2(m_view->exportSvg(svg, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(png));
    // The image covers the whole scene: fractional scene sizes round up.
    const QSizeF sceneSize = scene()->sceneRect().size();
    QCOMPARE(image.size(), QSize(int(std::ceil(sceneSize.width())), int(std::ceil(sceneSize.height()))));
    // The head's dot is drawn in the head colour at its place.
    const QPointF head = scene()->nodeCentre(QStringLiteral("2b6f8d0a3e17"));
    QVERIFY(
        near(image.pixelColor(head.toPoint()), scene()->style().color(Ui::GraphStyle::Role::Head)));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    // The SVG writes the view box with limited precision.
    const QRectF viewBox = renderer.viewBoxF();
    QCOMPARE(viewBox.topLeft(), QPointF());
    QVERIFY(std::abs(viewBox.width() - sceneSize.width()) < 0.01);
    QVERIFY(std::abs(viewBox.height() - sceneSize.height()) < 0.01);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("2b6f8d0a3e17")); // text stays text
    QVERIFY(text.contains("media"));
    // Unwritable places are reported, not ignored.
    const QString bad = dir.filePath(QStringLiteral("missing/dir/graph.png"));
    QVERIFY(!m_view->exportPng(bad, &error));
    QVERIFY(error.contains(bad));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("^QSvgPaintEngine::begin\\(\\), could not open")));
    QTest::ignoreMessage(QtWarningMsg, "QPainter::begin(): Returned false");
    QVERIFY(!m_view->exportSvg(dir.filePath(QStringLiteral("missing/dir/graph.svg")), &error));
}

void TestRevisionGraph::appliedAndPending()
{
    for (int row = 0; row < scene()->nodeCount(); ++row)
        QCOMPARE(scene()->nodeAt(row).dbState, GraphNode::DbState::NoDatabase);
    m_document->setDatabaseHeads({QStringLiteral("9e3b7a1f4c58")}, true);
    const QStringList applied {QStringLiteral("9e3b7a1f4c58"), QStringLiteral("6a0c2f8e9d13"),
        QStringLiteral("1d9f4e2b7c35"), QStringLiteral("e5a8b3c6d701"),
        QStringLiteral("c41d0e9f7b22"), QStringLiteral("8b7e4d2c1a90"),
        QStringLiteral("3f2a9c1d8e04")};
    for (int row = 0; row < scene()->nodeCount(); ++row) {
        const GraphNode &n = scene()->nodeAt(row);
        QCOMPARE(n.dbState,
            applied.contains(n.id) ? GraphNode::DbState::Applied : GraphNode::DbState::Pending);
        QCOMPARE(n.has(GraphNode::CurrentDb), n.id == QLatin1String("9e3b7a1f4c58"));
    }
    QVERIFY(scene()
                ->nodeItem(QStringLiteral("9e3b7a1f4c58"))
                ->pillTexts()
                .contains(QStringLiteral("DB")));
    // Filled versus hollow, as painted.
    const Ui::GraphStyle &style = scene()->style();
    QVERIFY(near(renderedColourAt(scene()->nodeCentre(QStringLiteral("6a0c2f8e9d13"))),
        style.color(Ui::GraphStyle::Role::Applied)));
    QVERIFY(near(renderedColourAt(scene()->nodeCentre(QStringLiteral("a27f5d3e0b6c"))),
        style.color(Ui::GraphStyle::Role::Background)));
    // Disconnected: back to plain filled nodes without a DB badge.
    m_document->setDatabaseHeads({}, false);
    QCOMPARE(node(QStringLiteral("a27f5d3e0b6c")).dbState, GraphNode::DbState::NoDatabase);
    QVERIFY(!scene()
                 ->nodeItem(QStringLiteral("9e3b7a1f4c58"))
                 ->pillTexts()
                 .contains(QStringLiteral("DB")));
    QVERIFY(near(renderedColourAt(scene()->nodeCentre(QStringLiteral("6a0c2f8e9d13"))),
        style.color(Ui::GraphStyle::Role::Node)));
}

void TestRevisionGraph::needsPythonBadge()
{
    QTemporaryDir dir;
    QVERIFY(Retort::Test::copyProjectTree(exampleDir(), dir.path()));
    const QByteArray body = "    conn = op.get_bind()\n"
                            "    for row in conn.execute(sa.text('SELECT id FROM book')):\n"
                            "        conn.execute(sa.text('UPDATE book SET genre = genre WHERE id "
                            "= :id'), {'id': row.id})\n";
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("migrations/versions/aa11bb22cc33_backfill_genres.py")),
        revisionFile("aa11bb22cc33", "'2b6f8d0a3e17'", "backfill genres", body.constData())));
    QSignalSpy updated(scene(), &RevisionGraphScene::renderabilityUpdated);
    openProject(dir.filePath(QStringLiteral("alembic.ini")));
    QCOMPARE(scene()->nodeCount(), 14);
    QVERIFY(updated.wait(20000) || !updated.isEmpty());
    QVERIFY(!scene()->isScanningRenderability());
    const GraphNode &python = node(QStringLiteral("aa11bb22cc33"));
    QVERIFY(python.has(GraphNode::NeedsPython));
    QVERIFY(scene()->nodeItem(python.id)->pillTexts().contains(QStringLiteral("needs Python")));
    QVERIFY2(python.renderReasons.join(u'\n').contains(QLatin1String("upgrade: ")),
        qPrintable(python.renderReasons.join(u'\n')));
    // A reload keeps the verdict while the new scan runs, and the new scan confirms it.
    QSignalSpy rebuilt(scene(), &RevisionGraphScene::rebuilt);
    const int scans = int(updated.size());
    m_document->reload();
    QVERIFY(rebuilt.wait(10000));
    QVERIFY(node(QStringLiteral("aa11bb22cc33")).has(GraphNode::NeedsPython));
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() > scans, 20000);
    QVERIFY(node(QStringLiteral("aa11bb22cc33")).has(GraphNode::NeedsPython));
    // Plain op.* revisions render: no badge.
    QVERIFY(!node(QStringLiteral("3f2a9c1d8e04")).has(GraphNode::NeedsPython));
    QVERIFY(!node(QStringLiteral("3f2a9c1d8e04")).has(GraphNode::NotRenderable));
    QVERIFY(!node(QStringLiteral("2b6f8d0a3e17")).has(GraphNode::NeedsPython));
    QVERIFY(node(QStringLiteral("aa11bb22cc33")).has(GraphNode::Head));
    QVERIFY(!node(QStringLiteral("2b6f8d0a3e17")).has(GraphNode::Head));
}

void TestRevisionGraph::ghostsAndDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("alembic.ini")),
        "[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = "
        "sqlite:///%(here)s/x.db\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/env.py")), "\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/script.py.mako")), "\n"));
    const QString versions = dir.filePath(QStringLiteral("migrations/versions/"));
    QVERIFY(writeFile(versions + QStringLiteral("111111111111_base.py"),
        revisionFile("111111111111", "None", "base")));
    QVERIFY(writeFile(versions + QStringLiteral("222222222222_one.py"),
        revisionFile("222222222222", "'111111111111'", "one")));
    QVERIFY(writeFile(versions + QStringLiteral("222222222222_two.py"),
        revisionFile("222222222222", "'111111111111'", "two")));
    QVERIFY(writeFile(versions + QStringLiteral("333333333333_orphan.py"),
        revisionFile("333333333333", "'deadbeef0000'", "orphan")));
    openProject(dir.filePath(QStringLiteral("alembic.ini")));
    const GraphNode &ghost = node(QStringLiteral("deadbeef0000"));
    QVERIFY(ghost.isGhost());
    QVERIFY(ghost.path.isEmpty());
    QCOMPARE(ghost.childRows, QList<int> {node(QStringLiteral("333333333333")).row});
    QVERIFY(node(QStringLiteral("333333333333"))
                .has(GraphNode::HasErrors)); // the missing parent is an error in its file
    QVERIFY(node(QStringLiteral("222222222222")).has(GraphNode::Duplicate));
    QVERIFY(scene()
                ->nodeItem(QStringLiteral("222222222222"))
                ->pillTexts()
                .contains(QStringLiteral("duplicate id")));
    QVERIFY(!node(QStringLiteral("111111111111")).has(GraphNode::Duplicate));
    QVERIFY(node(QStringLiteral("111111111111")).has(GraphNode::Base));
    QVERIFY(!node(QStringLiteral("333333333333"))
                 .has(GraphNode::Base)); // its parent is missing, not None
    QVERIFY(node(QStringLiteral("333333333333")).has(GraphNode::Head));
    QVERIFY(!ghost.has(GraphNode::Head));
    // A ghost is drawn hollow (dashed outline), and its menu only copies the id.
    QVERIFY(near(renderedColourAt(scene()->nodeCentre(ghost.id)),
        scene()->style().color(Ui::GraphStyle::Role::Background)));
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(ghost.id));
    QCOMPARE(menu->actions().size(), 1);
    QCOMPARE(menu->actions().first()->objectName(), QStringLiteral("graphCopyIdAction"));
}

void TestRevisionGraph::reloadKeepsSelectionAndView()
{
    QTemporaryDir dir;
    QVERIFY(Retort::Test::copyProjectTree(exampleDir(), dir.path()));
    openProject(dir.filePath(QStringLiteral("alembic.ini")));
    m_view->resize(420, 200);
    QCoreApplication::processEvents();
    const QString id = QStringLiteral("1d9f4e2b7c35");
    m_selection->setCurrent(id);
    QVERIFY(m_view->isNodeVisible(id));
    const int y = m_view->mapFromScene(scene()->nodeCentre(id)).y();
    // A new revision on top of the head moves every row down by one.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/aa11bb22cc33_more.py")),
        revisionFile("aa11bb22cc33", "'2b6f8d0a3e17'", "more")));
    QSignalSpy rebuilt(scene(), &RevisionGraphScene::rebuilt);
    m_document->reload();
    QVERIFY(rebuilt.wait(10000));
    QCOMPARE(rebuilt.first().at(0).toBool(), true);
    QCOMPARE(scene()->nodeCount(), 14);
    QCOMPARE(m_selection->current(), id);
    QVERIFY(scene()->nodeItem(id)->isSelected());
    QCOMPARE(scene()->currentRow(), node(id).row);
    QVERIFY(scene()->ancestryCount() > 1);
    QVERIFY(qAbs(m_view->mapFromScene(scene()->nodeCentre(id)).y() - y) <= 1);
}

void TestRevisionGraph::paletteChangeRestyles()
{
    QVERIFY(!scene()->style().isDark() || Ui::ThemeManager::isDark(m_view->palette()));
    const QPalette dark = Ui::ThemeManager::darkPalette();
    m_view->setPalette(dark);
    QVERIFY(scene()->style().isDark());
    QCOMPARE(scene()->style().color(Ui::GraphStyle::Role::Background), dark.color(QPalette::Base));
    QCOMPARE(scene()->style().color(Ui::GraphStyle::Role::Text), dark.color(QPalette::Text));
    QVERIFY(near(renderedColourAt(QPointF(2, 2)), dark.color(QPalette::Base)));
    const QPalette light = Ui::ThemeManager::lightPalette();
    m_view->setPalette(light);
    QVERIFY(!scene()->style().isDark());
    QCOMPARE(scene()->style().color(Ui::GraphStyle::Role::Background), light.color(QPalette::Base));
    QCOMPARE(scene()->nodeCount(), 13);
}

QTEST_MAIN(TestRevisionGraph)
#include "tst_revisiongraph.moc"

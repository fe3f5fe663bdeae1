// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
//
// The revision graph view on a generated project (gen_project.py; 10,000 revisions unless
// RETORT_BENCH_REVISIONS says otherwise), offscreen: building and rebuilding the scene, repainting
// a 1600x1000 viewport at 100 %, at 25 % and with the whole graph fitted, scrolling by a page,
// selecting the head (ancestry of every revision) and the background needs-Python scan.
// usage: QT_QPA_PLATFORM=offscreen bench_graphview [QtTest options, e.g. -iterations 20]

#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Retort;

class BenchGraphView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sceneBuild();
    void sceneRebuild();
    void rebuildAndRepaint();
    void repaintAtFullSize();
    void repaintAtQuarterSize();
    void repaintWholeGraph();
    void scrollByPage();
    void selectHead();
    void renderabilityScan();

private:
    void repaint();

    QTemporaryDir m_dir;
    int m_count = 10000;
    std::unique_ptr<Ui::ProjectDocument> m_document;
    std::unique_ptr<Ui::RevisionSelection> m_selection;
    std::unique_ptr<Ui::RevisionGraphView> m_view;
    QImage m_image;
};

void BenchGraphView::initTestCase()
{
    if (qEnvironmentVariableIsSet("RETORT_BENCH_REVISIONS"))
        m_count = qEnvironmentVariableIntValue("RETORT_BENCH_REVISIONS");
    QVERIFY(m_dir.isValid());
    const QString project = m_dir.filePath(QStringLiteral("project"));
    const int status = QProcess::execute(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral(RETORT_SOURCE_DIR "/bench/gen_project.py"), QString::number(m_count),
            project});
    QCOMPARE(status, 0);
    m_document = std::make_unique<Ui::ProjectDocument>();
    m_selection = std::make_unique<Ui::RevisionSelection>();
    m_view = std::make_unique<Ui::RevisionGraphView>(m_document.get(), m_selection.get());
    // The scan would compete for the cores with what is measured; it has its own benchmark.
    m_view->graphScene()->setRenderabilityScanEnabled(false);
    m_view->resize(1600, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy rebuilt(m_view->graphScene(), &Ui::RevisionGraphScene::rebuilt);
    Core::ProjectLocation location;
    location.iniPath = project + QStringLiteral("/alembic.ini");
    location.workingDirectory = project;
    m_document->open(location);
    QVERIFY(rebuilt.wait(60000));
    QCOMPARE(m_view->graphScene()->nodeCount(), m_count);
    m_image = QImage(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    qInfo("%d revisions, %d lanes, %d edges", m_count, m_document->layout().laneCount(),
        int(m_document->layout().edges().size()));
}

void BenchGraphView::cleanupTestCase()
{
    m_view.reset();
    m_selection.reset();
    m_document.reset();
}

void BenchGraphView::sceneBuild()
{
    // A first build: a new scene on the loaded document (its destruction included).
    QBENCHMARK
    {
        Ui::RevisionGraphScene scene(m_document.get(), m_selection.get());
        scene.setRenderabilityScanEnabled(false);
    }
}

void BenchGraphView::sceneRebuild()
{
    // What a reload costs the GUI thread once the project is read: nodes, items (reused), edges.
    QBENCHMARK
    {
        emit m_document->reloaded();
    }
    QCOMPARE(m_view->graphScene()->nodeCount(), m_count);
}

void BenchGraphView::rebuildAndRepaint()
{
    // A reload as the user sees it: rebuild, then the first paint (which re-indexes the items).
    m_view->resetZoom();
    QBENCHMARK
    {
        emit m_document->reloaded();
        m_view->viewport()->render(&m_image);
    }
}

void BenchGraphView::repaint()
{
    QBENCHMARK
    {
        m_view->viewport()->render(&m_image);
    }
}

void BenchGraphView::repaintAtFullSize()
{
    m_view->resetZoom();
    // The middle of the graph, with a selected node and its (long) ancestry highlighted.
    const Ui::GraphNode &middle = m_view->graphScene()->nodeAt(m_count / 2);
    m_selection->setCurrent(middle.id);
    m_view->centreOn(middle.id);
    repaint();
}

void BenchGraphView::repaintAtQuarterSize()
{
    m_view->setZoom(0.25);
    repaint();
    m_view->resetZoom();
}

void BenchGraphView::repaintWholeGraph()
{
    m_view->zoomToFit();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(m_view->graphScene()->sceneRect()));
    repaint();
    m_view->resetZoom();
}

void BenchGraphView::scrollByPage()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->maximum() / 3);
    QBENCHMARK
    {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        m_view->viewport()->render(&m_image);
    }
}

void BenchGraphView::selectHead()
{
    // Highlights the ancestry of the head: every revision.
    const QString head = m_view->graphScene()->nodeAt(0).id;
    const QString other = m_view->graphScene()->nodeAt(1).id;
    QBENCHMARK
    {
        m_selection->setCurrent(head);
        m_selection->setCurrent(other);
    }
    QVERIFY(m_view->graphScene()->ancestryCount() >= m_count - 1);
}

void BenchGraphView::renderabilityScan()
{
    Ui::RevisionGraphScene *scene = m_view->graphScene();
    QSignalSpy updated(scene, &Ui::RevisionGraphScene::renderabilityUpdated);
    QElapsedTimer timer;
    timer.start();
    scene->setRenderabilityScanEnabled(true);
    QVERIFY(updated.wait(120000));
    qInfo("needs-Python scan of %d revisions: %lld ms (%d threads)", m_count, timer.elapsed(),
        QThread::idealThreadCount());
    scene->setRenderabilityScanEnabled(false);
}

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchGraphView bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_graphview.moc"

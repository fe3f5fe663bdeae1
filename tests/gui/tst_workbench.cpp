// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The whole window, driven as a user drives it (actions by object name, modal dialogs answered
// as they appear), on a copy of the bookshop example: File ▸ Open → the graph shows every
// revision with its badges; search; graph ↔ table selection; edit and save a file → the graph
// updates; a syntax error → the Problems dock and the editor at its line; New Revision on a
// non-head and Merge Heads → files the real alembic loads; the SQL preview of a range equals
// `retort-cli … --sql`. The slots run in order on one window and one project copy.

#include "tests/support/guitest.h"
#include "tests/support/screenshot.h"
#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/dialogs/newrevisiondialog.h"
#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/editor/editorids.h"
#include "ui/editor/editortabs.h"
#include "ui/editor/scripteditor.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/revisiontablemodel.h"
#include "ui/preview/sqlpreviewwidget.h"
#include "ui/shell/mainwindow.h"

#include <Qsci/qsciscintilla.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Retort;
using Ui::GraphNode;
using namespace Retort::Test;

namespace {

const char kExampleDir[] = RETORT_SOURCE_DIR "/resources/examples/bookshop";
const QString kHead = QStringLiteral("2b6f8d0a3e17");



//! Runs \a program \a arguments in \a directory; stdout, or "" with \a ok false on failure.
QString run(const QString &program, const QStringList &arguments, const QString &directory, bool *ok)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    if (!*ok)
        qWarning().noquote() << program << arguments << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void openShowsEveryRevisionWithBadges();
    void searchSelectsInGraphAndTable();
    void tableAndGraphSelectionFollowEachOther();
    void editAndSaveUpdatesGraph();
    void syntaxErrorShowsInDockAndEditor();
    void newRevisionAndMergeHeadsLoadInAlembic();
    void sqlPreviewOfRangeEqualsCli();

private:
    QString ini() const { return m_dir.filePath(QStringLiteral("alembic.ini")); }
    QString versionFile(const QString &name) const { return m_dir.filePath(QStringLiteral("migrations/versions/") + name); }
    Ui::RevisionGraphScene *scene() const { return m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"))->graphScene(); }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("revisionTable")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QString tableCurrentId() const;
    //! Waits for the next reload of the project (a save, a new file).
    bool waitReloaded(QSignalSpy &spy) const { return spy.count() > 0 || spy.wait(10000); }
    QStringList problemPlaces() const;

    QTemporaryDir m_dir;
    Ui::ThemeManager m_theme;
    std::unique_ptr<Ui::MainWindow> m_window;
    QString m_branchId;
    QString m_mergeId;
};

void TestWorkbench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(copyProjectTree(QLatin1String(kExampleDir), m_dir.path()));
    m_window = std::make_unique<Ui::MainWindow>(&m_theme);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkbench::cleanupTestCase()
{
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard); // nothing unsaved should remain
    m_window.reset();
}

QString TestWorkbench::tableCurrentId() const
{
    const QModelIndex current = table()->currentIndex();
    return current.isValid() ? current.sibling(current.row(), 0).data(Ui::RevisionTableModel::RevisionIdRole).toString() : QString();
}

QStringList TestWorkbench::problemPlaces() const
{
    QStringList places;
    QAbstractItemModel *model = m_window->findChild<QTableView *>(QStringLiteral("problemsTable"))->model();
    for (int row = 0; row < model->rowCount(); ++row)
        places << model->index(row, Ui::DiagnosticsModel::PlaceColumn).data().toString();
    return places;
}

void TestWorkbench::openShowsEveryRevisionWithBadges()
{
    // File ▸ Open Project… answered in its file dialog.
    answerNextModal<QFileDialog>([this](QFileDialog *dialog) {
        // Typed into the file name field, as a user would.
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(ini());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
    });
    QSignalSpy loaded(m_window->document(), &Ui::ProjectDocument::loaded);
    action("actionOpenProject")->trigger();
    QVERIFY(loaded.count() || loaded.wait(10000));
    QVERIFY(m_window->document()->isOpen());

    QCOMPARE(scene()->nodeCount(), 13);
    QCOMPARE(table()->model()->rowCount(), 13);
    const auto badges = [this](const char *id) { return scene()->node(QLatin1String(id))->badges; };
    QVERIFY(badges("2b6f8d0a3e17") & GraphNode::Head);
    QVERIFY(badges("3f2a9c1d8e04") & GraphNode::Base);
    QVERIFY(badges("e5a8b3c6d701") & GraphNode::BranchPoint);
    QVERIFY(badges("5c8e2a7f1b94") & GraphNode::MergePoint);
    QVERIFY(scene()->node(QStringLiteral("a27f5d3e0b6c"))->labels.contains(QStringLiteral("media")));
    QCOMPARE(scene()->node(QStringLiteral("f0c63e8b5d29"))->dependencyRows.size(), 1); // depends_on 1d9f4e2b7c35
    int heads = 0;
    for (int row = 0; row < scene()->nodeCount(); ++row)
        heads += scene()->nodeAt(row).has(GraphNode::Head) ? 1 : 0;
    QCOMPARE(heads, 1);
}

void TestWorkbench::searchSelectsInGraphAndTable()
{
    auto *view = m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"));
    view->findAction()->trigger();
    QLineEdit *search = view->searchField();
    QTRY_VERIFY(search->isVisible());
    // By message…
    search->clear();
    QTest::keyClicks(search, QStringLiteral("loan indexes"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->selection()->current(), QStringLiteral("9e3b7a1f4c58"));
    QTRY_COMPARE(tableCurrentId(), QStringLiteral("9e3b7a1f4c58"));
    // …by id prefix…
    search->clear();
    QTest::keyClicks(search, QStringLiteral("b8d1"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->selection()->current(), QStringLiteral("b8d14c9a2e71"));
    // …and by branch label.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("media"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(m_window->selection()->current(), QStringLiteral("a27f5d3e0b6c"));
    QTest::keyClick(search, Qt::Key_Escape);
}

void TestWorkbench::tableAndGraphSelectionFollowEachOther()
{
    // Table → graph: the scene's current node and the ancestry highlight follow.
    const QModelIndex headRow = table()->model()->match(table()->model()->index(0, 0), Ui::RevisionTableModel::RevisionIdRole, kHead).value(0);
    QVERIFY(headRow.isValid());
    table()->setCurrentIndex(headRow);
    QTRY_COMPARE(m_window->selection()->current(), kHead);
    QCOMPARE(scene()->nodeAt(scene()->currentRow()).id, kHead);
    QCOMPARE(scene()->ancestryCount(), 13); // the single head descends from everything
    // Graph → table: a click on a node.
    auto *view = m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"));
    view->centreOn(QStringLiteral("1d9f4e2b7c35"));
    const QPoint at = view->mapFromScene(scene()->nodeCentre(QStringLiteral("1d9f4e2b7c35")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->selection()->current(), QStringLiteral("1d9f4e2b7c35"));
    QTRY_COMPARE(tableCurrentId(), QStringLiteral("1d9f4e2b7c35"));
}

void TestWorkbench::editAndSaveUpdatesGraph()
{
    m_window->selection()->setCurrent(kHead);
    scene()->requestOpenFile(kHead); // what a double-click on the node does
    auto *tabs = m_window->findChild<Ui::EditorTabs *>(QStringLiteral("editorTabs"));
    QTRY_VERIFY(tabs->currentEditor());
    QCOMPARE(QFileInfo(tabs->currentEditor()->filePath()).fileName(), QStringLiteral("2b6f8d0a3e17_rename_book_published_year.py"));
    QsciScintilla *edit = tabs->currentEditor()->textEdit();
    QCOMPARE(edit->text(14), QStringLiteral("branch_labels = None\n"));
    edit->setSelection(14, 16, 14, 20); // "None"
    edit->replaceSelectedText(QStringLiteral("('renames',)"));
    edit->setSelection(0, 3, 0, 29); // the message in the docstring
    edit->replaceSelectedText(QStringLiteral("rename the published year"));

    QSignalSpy reloaded(m_window->document(), &Ui::ProjectDocument::reloaded);
    action("editorSaveAction")->trigger();
    QVERIFY(!tabs->currentEditor()->textEdit()->isModified());
    QVERIFY(waitReloaded(reloaded));
    QTRY_VERIFY(scene()->node(kHead)->labels.contains(QStringLiteral("renames")));
    QCOMPARE(scene()->node(kHead)->message, QStringLiteral("rename the published year"));
    QCOMPARE(m_window->selection()->current(), kHead); // the selection survives the reload
    bool ok = false;
    const QString heads = run(QStringLiteral("/usr/bin/alembic"), {QStringLiteral("-c"), ini(), QStringLiteral("heads")}, m_dir.path(), &ok);
    QVERIFY(ok);
    QVERIFY2(heads.startsWith(kHead) && heads.contains(QStringLiteral("renames")), qPrintable(heads));
}

void TestWorkbench::syntaxErrorShowsInDockAndEditor()
{
    auto *tabs = m_window->findChild<Ui::EditorTabs *>(QStringLiteral("editorTabs"));
    QsciScintilla *edit = tabs->currentEditor()->textEdit();
    // The blank line 18 (index 17), before upgrade(), becomes `x = = 1`.
    QCOMPARE(edit->text(17), QStringLiteral("\n"));
    edit->setCursorPosition(17, 0);
    QTest::keyClicks(edit, QStringLiteral("x = = 1"));
    const auto errorAt = [edit](int line0) { return (edit->markersAtLine(line0) & (1 << Ui::EditorIds::ErrorMarker)) != 0; };
    QTRY_VERIFY_WITH_TIMEOUT(errorAt(17), 3000); // live, while typing (debounced)

    QSignalSpy reloaded(m_window->document(), &Ui::ProjectDocument::reloaded);
    action("editorSaveAction")->trigger();
    QVERIFY(waitReloaded(reloaded));
    const QString place = QStringLiteral("2b6f8d0a3e17_rename_book_published_year.py:18");
    QTRY_VERIFY2(!problemPlaces().filter(place).isEmpty(), qPrintable(problemPlaces().join(QLatin1Char(','))));
    QVERIFY(scene()->node(kHead)->has(GraphNode::HasErrors));
    QVERIFY(errorAt(17));
    m_window->findChild<QDockWidget *>(QStringLiteral("problemsDock"))->raise();
    snap(m_window.get(), QStringLiteral("editor-syntax-error"));

    // Undo and save: the problem goes away everywhere.
    reloaded.clear();
    action("editorUndoAction")->trigger();
    QTRY_COMPARE(edit->text(17), QStringLiteral("\n"));
    action("editorSaveAction")->trigger();
    QVERIFY(waitReloaded(reloaded));
    QTRY_VERIFY(problemPlaces().filter(QStringLiteral("2b6f8d0a3e17")).isEmpty());
    QTRY_VERIFY(!scene()->node(kHead)->has(GraphNode::HasErrors));
    QTRY_VERIFY_WITH_TIMEOUT(!errorAt(17), 3000);
}

void TestWorkbench::newRevisionAndMergeHeadsLoadInAlembic()
{
    // Graph ▸ context menu ▸ New Revision on Top of a non-head: a branch.
    auto *view = m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"));
    std::unique_ptr<QMenu> menu(view->createContextMenu(QStringLiteral("5c8e2a7f1b94")));
    QAction *onTop = menu->findChild<QAction *>(QStringLiteral("graphNewRevisionAction"));
    QVERIFY(onTop);
    answerNextModal<Ui::NewRevisionDialog>([this](Ui::NewRevisionDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("messageEdit"))->setText(QStringLiteral("add loan notes"));
        dialog->validateNow();
        snap(dialog, QStringLiteral("new-revision-dialog"));
        m_branchId = dialog->request().revisionId;
        dialog->accept();
    });
    QSignalSpy reloaded(m_window->document(), &Ui::ProjectDocument::reloaded);
    onTop->trigger();
    QVERIFY(waitReloaded(reloaded));
    QTRY_COMPARE(scene()->nodeCount(), 14);
    QTRY_VERIFY(!m_branchId.isEmpty() && scene()->node(m_branchId));
    QCOMPARE(scene()->node(m_branchId)->message, QStringLiteral("add loan notes"));
    QVERIFY(scene()->node(QStringLiteral("5c8e2a7f1b94"))->has(GraphNode::BranchPoint));
    // The new file is open in the editor.
    auto *tabs = m_window->findChild<Ui::EditorTabs *>(QStringLiteral("editorTabs"));
    QTRY_VERIFY(tabs->currentEditor() && tabs->currentEditor()->filePath().contains(m_branchId));

    // Revision ▸ Merge Heads.
    QAction *merge = action("actionMergeHeads");
    QTRY_VERIFY(merge->isEnabled());
    answerNextModal<Ui::NewRevisionDialog>([this](Ui::NewRevisionDialog *dialog) {
        dialog->validateNow();
        m_mergeId = dialog->request().revisionId;
        dialog->accept();
    });
    reloaded.clear();
    merge->trigger();
    QVERIFY(waitReloaded(reloaded));
    QTRY_COMPARE(scene()->nodeCount(), 15);
    QTRY_VERIFY(!m_mergeId.isEmpty() && scene()->node(m_mergeId));
    QVERIFY(scene()->node(m_mergeId)->has(GraphNode::MergePoint));
    QVERIFY(scene()->node(m_mergeId)->has(GraphNode::Head));

    // The real alembic loads both files and agrees on the graph.
    bool ok = false;
    const QString heads = run(QStringLiteral("/usr/bin/alembic"), {QStringLiteral("-c"), ini(), QStringLiteral("heads")}, m_dir.path(), &ok);
    QVERIFY(ok);
    QCOMPARE(heads.trimmed().section(QLatin1Char(' '), 0, 0), m_mergeId);
    const QString history = run(QStringLiteral("/usr/bin/alembic"), {QStringLiteral("-c"), ini(), QStringLiteral("history")}, m_dir.path(), &ok);
    QVERIFY(ok);
    QVERIFY2(history.contains(QStringLiteral("5c8e2a7f1b94 -> %1").arg(m_branchId)), qPrintable(history));
    QVERIFY2(history.contains(QStringLiteral("2b6f8d0a3e17, %1 -> %2").arg(m_branchId, m_mergeId))
                 || history.contains(QStringLiteral("%1, 2b6f8d0a3e17 -> %2").arg(m_branchId, m_mergeId)),
             qPrintable(history));
}

void TestWorkbench::sqlPreviewOfRangeEqualsCli()
{
    auto *preview = m_window->findChild<Ui::SqlPreviewWidget *>(QStringLiteral("sqlPreview"));
    QVERIFY(preview);
    for (const QString &range : {QStringLiteral("base:heads"), QStringLiteral("e5a8b3c6d701:heads")}) {
        QSignalSpy rendered(preview, &Ui::SqlPreviewWidget::renderingFinished);
        preview->setDialect(QStringLiteral("sqlite"));
        preview->showRange(Core::Ops::Direction::Upgrade, range);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy() && rendered.count() > 0, 20000);
        bool ok = false;
        const QString cli = run(QStringLiteral(RETORT_CLI_PATH),
                                {QStringLiteral("-c"), ini(), QStringLiteral("upgrade"), range, QStringLiteral("--sql")},
                                m_dir.path(), &ok);
        QVERIFY(ok);
        QVERIFY(cli.contains(QStringLiteral("-- Running upgrade 5c8e2a7f1b94 -> %1").arg(m_branchId)));
        QCOMPARE(preview->sql(), cli);
    }
    // The graph's context menu fills the dock too.
    auto *view = m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"));
    std::unique_ptr<QMenu> menu(view->createContextMenu(m_mergeId));
    menu->findChild<QAction *>(QStringLiteral("graphPreviewUpgradeAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isBusy() && preview->sql().contains(QStringLiteral("-> %1").arg(m_mergeId)), 20000);
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("sqlPreviewDock"))->isVisible());
    snap(m_window.get(), QStringLiteral("sql-preview"));
}

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The main window on the offscreen platform: opens the example, lists every revision with
// its markers, reports problems in the dock, and survives a project that cannot be opened.

#include "ui/common/messagepresenter.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/revisiontablemodel.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensExampleProject();
    void modelsPassModelTester();
    void brokenProjectShowsProblems();
    void missingProjectIsReportedNotFatal();
    void actionsHaveShortcuts();
    void databaseRevisionIsMarkedCurrent();

private:
    static QString examplePath() { return QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini"); }
    static QString statusText(const Ui::MainWindow &window);
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Ok);
}

void TestMainWindow::init()
{
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestMainWindow::statusText(const Ui::MainWindow &window)
{
    QString text;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        text += label->text();
    return text;
}

void TestMainWindow::opensExampleProject()
{
    QVERIFY(m_window->openProject(examplePath()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("revisionTable"));
    QVERIFY(table);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 13);
    // History order: the head first, the base last, as `alembic history` prints them.
    QCOMPARE(model->index(0, Ui::RevisionTableModel::RevisionColumn).data().toString(), QStringLiteral("2b6f8d0a3e17"));
    QCOMPARE(model->index(0, Ui::RevisionTableModel::MarkersColumn).data().toString(), QStringLiteral("head"));
    QCOMPARE(model->index(12, Ui::RevisionTableModel::MarkersColumn).data().toString(), QStringLiteral("base"));
    QCOMPARE(model->index(12, Ui::RevisionTableModel::ParentsColumn).data().toString(), QStringLiteral("<base>"));
    auto *revisions = qobject_cast<Ui::RevisionTableModel *>(model);
    const int merge = revisions->rowOf(QStringLiteral("5c8e2a7f1b94"));
    QVERIFY(merge > 0);
    QCOMPARE(model->index(merge, Ui::RevisionTableModel::MarkersColumn).data().toString(), QStringLiteral("mergepoint"));
    QCOMPARE(model->index(merge, Ui::RevisionTableModel::LabelsColumn).data().toString(), QStringLiteral("media"));
    QCOMPARE(model->index(merge, Ui::RevisionTableModel::ParentsColumn).data().toString(),
             QStringLiteral("9e3b7a1f4c58, f0c63e8b5d29"));
    QVERIFY2(statusText(*m_window).contains(QLatin1String("heads: 2b6f8d0a3e17")), qPrintable(statusText(*m_window)));
    QVERIFY(statusText(*m_window).contains(QLatin1String("13 revisions")));
}

void TestMainWindow::modelsPassModelTester()
{
    QVERIFY(m_window->openProject(examplePath()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("revisionTable"));
    QAbstractItemModelTester revisionTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *problems = m_window->findChild<QTableView *>(QStringLiteral("problemsTable"));
    QAbstractItemModelTester problemTester(problems->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Reset both models under the testers' eyes.
    QVERIFY(m_window->openProject(QStringLiteral(RETORT_TEST_DATA_DIR "/malformed/dangling_parent")));
}

void TestMainWindow::brokenProjectShowsProblems()
{
    QVERIFY(m_window->openProject(QStringLiteral(RETORT_TEST_DATA_DIR "/malformed/dangling_parent")));
    auto *problems = m_window->findChild<QTableView *>(QStringLiteral("problemsTable"));
    QVERIFY(problems->model()->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < problems->model()->rowCount(); ++row) {
        const QString place = problems->model()->index(row, Ui::DiagnosticsModel::PlaceColumn).data().toString();
        const QString message = problems->model()->index(row, Ui::DiagnosticsModel::MessageColumn).data().toString();
        if (place == QLatin1String("b.py:10:1") && message.contains(QLatin1String("deadbeef0000")))
            found = true;
    }
    QVERIFY(found);
    QVERIFY(statusText(*m_window).contains(QLatin1String("1 problem")));
}

void TestMainWindow::missingProjectIsReportedNotFatal()
{
    QVERIFY(m_window->openProject(examplePath()));
    QTemporaryDir empty;
    QVERIFY(!m_window->openProject(empty.path()));
    QVERIFY2(Ui::MessagePresenter::lastMessage().contains(QLatin1String("No config file")),
             qPrintable(Ui::MessagePresenter::lastMessage()));
    // The project that was open stays open.
    QCOMPARE(m_window->findChild<QTableView *>(QStringLiteral("revisionTable"))->model()->rowCount(), 13);
}

void TestMainWindow::actionsHaveShortcuts()
{
    const auto *open = m_window->findChild<QAction *>(QStringLiteral("actionOpenProject"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionReload")));
}

void TestMainWindow::databaseRevisionIsMarkedCurrent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gui-setup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO alembic_version VALUES ('e5a8b3c6d701')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("gui-setup"));

    QVERIFY(m_window->openProject(examplePath()));
    m_window->setDatabaseUrl(QLatin1String("sqlite:///") + path);
    auto *model = qobject_cast<Ui::RevisionTableModel *>(
        m_window->findChild<QTableView *>(QStringLiteral("revisionTable"))->model());
    const int row = model->rowOf(QStringLiteral("e5a8b3c6d701"));
    QCOMPARE(model->index(row, Ui::RevisionTableModel::MarkersColumn).data().toString(),
             QStringLiteral("current, branchpoint"));
    QVERIFY2(statusText(*m_window).contains(QLatin1String("database shop.db at e5a8b3c6d701")),
             qPrintable(statusText(*m_window)));

    m_window->setDatabaseUrl(QLatin1String("sqlite:///") + dir.filePath(QStringLiteral("absent.db")));
    QVERIFY(statusText(*m_window).contains(QLatin1String("file does not exist yet")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.db"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

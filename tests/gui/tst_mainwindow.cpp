// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The main window on the offscreen platform: opens the example, lists every revision with
// its markers, reports problems in the dock, and survives a project that cannot be opened.

#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/revisiontablemodel.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
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
    void selectionSyncsTableAndDetails();
    void filesChangedOnDiskReloadKeepingSelection();
    void severalEnvironmentsAskWhichOne();
    void darkThemeSwitchesPalette();
    void recentProjectsAreRemembered();

private:
    static QString examplePath() { return QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini"); }
    static QString statusText(const Ui::MainWindow &window);
    //! Opens \a path and waits until the document has loaded it.
    bool openAndWait(const QString &path, const QString &section = {});
    Ui::ThemeManager m_theme;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Ok);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<Ui::MainWindow>(&m_theme);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

bool TestMainWindow::openAndWait(const QString &path, const QString &section)
{
    QSignalSpy loaded(m_window->document(), &Ui::ProjectDocument::loaded);
    if (!m_window->openProject(path, section))
        return false;
    return loaded.wait(10000);
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
    QVERIFY(openAndWait(examplePath()));
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
    QVERIFY(openAndWait(examplePath()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("revisionTable"));
    QAbstractItemModelTester revisionTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *problems = m_window->findChild<QTableView *>(QStringLiteral("problemsTable"));
    QAbstractItemModelTester problemTester(problems->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Reset both models under the testers' eyes.
    QVERIFY(openAndWait(QStringLiteral(RETORT_TEST_DATA_DIR "/malformed/dangling_parent")));
}

void TestMainWindow::brokenProjectShowsProblems()
{
    QVERIFY(openAndWait(QStringLiteral(RETORT_TEST_DATA_DIR "/malformed/dangling_parent")));
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
    QVERIFY(openAndWait(examplePath()));
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

    QVERIFY(openAndWait(examplePath()));
    m_window->setDatabaseUrl(QLatin1String("sqlite:///") + path);
    auto *model = qobject_cast<Ui::RevisionTableModel *>(
        m_window->findChild<QTableView *>(QStringLiteral("revisionTable"))->model());
    const int row = model->rowOf(QStringLiteral("e5a8b3c6d701"));
    QTRY_COMPARE(model->index(row, Ui::RevisionTableModel::MarkersColumn).data().toString(),
                 QStringLiteral("current, branchpoint"));
    QTRY_VERIFY2(statusText(*m_window).contains(QLatin1String("shop.db")) && statusText(*m_window).contains(QLatin1String("at e5a8b3c6d701")),
                 qPrintable(statusText(*m_window)));
    QVERIFY(m_window->document()->isApplied(QStringLiteral("3f2a9c1d8e04")));
    QVERIFY(!m_window->document()->isApplied(QStringLiteral("2b6f8d0a3e17")));

    m_window->setDatabaseUrl(QLatin1String("sqlite:///") + dir.filePath(QStringLiteral("absent.db")));
    QTRY_VERIFY(!Ui::MessagePresenter::lastMessage().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.db"))));
}

void TestMainWindow::selectionSyncsTableAndDetails()
{
    QVERIFY(openAndWait(examplePath()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("revisionTable"));
    auto *model = qobject_cast<Ui::RevisionTableModel *>(table->model());
    m_window->selection()->setCurrent(QStringLiteral("e5a8b3c6d701"));
    QCOMPARE(table->currentIndex().row(), model->rowOf(QStringLiteral("e5a8b3c6d701")));
    auto *details = m_window->findChild<QTextBrowser *>(QStringLiteral("detailsPanel"));
    QVERIFY(details->toPlainText().contains(QLatin1String("branch point")));
    QVERIFY(details->toPlainText().contains(QLatin1String("Upgrade")));
    table->setCurrentIndex(model->index(model->rowOf(QStringLiteral("5c8e2a7f1b94")), 1));
    QCOMPARE(m_window->selection()->current(), QStringLiteral("5c8e2a7f1b94"));
    QVERIFY(details->toPlainText().contains(QLatin1String("merge point")));
}

void TestMainWindow::filesChangedOnDiskReloadKeepingSelection()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("shop"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/migrations/versions")));
    const QString source = QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop");
    QVERIFY(QFile::copy(source + QStringLiteral("/alembic.ini"), root + QStringLiteral("/alembic.ini")));
    for (const QString &name : QDir(source + QStringLiteral("/migrations/versions")).entryList({QStringLiteral("*.py")}))
        QVERIFY(QFile::copy(source + QStringLiteral("/migrations/versions/") + name, root + QStringLiteral("/migrations/versions/") + name));
    QVERIFY(openAndWait(root));
    m_window->selection()->setCurrent(QStringLiteral("e5a8b3c6d701"));
    QFile added(root + QStringLiteral("/migrations/versions/aa11bb22cc33_extra.py"));
    QVERIFY(added.open(QIODevice::WriteOnly));
    added.write("\"\"\"extra\"\"\"\nrevision = 'aa11bb22cc33'\ndown_revision = '2b6f8d0a3e17'\n"
                "def upgrade():\n    pass\ndef downgrade():\n    pass\n");
    added.close();
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("revisionTable"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 14, 3000);
    QCOMPARE(m_window->selection()->current(), QStringLiteral("e5a8b3c6d701"));
    QVERIFY(statusText(*m_window).contains(QLatin1String("heads: aa11bb22cc33")));
}

void TestMainWindow::severalEnvironmentsAskWhichOne()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("one/versions"))));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("two/versions"))));
    QFile ini(dir.filePath(QStringLiteral("alembic.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("[first]\nscript_location = %(here)s/one\n[second]\nscript_location = %(here)s/two\n");
    ini.close();
    Ui::MessagePresenter::setAutoText(QStringLiteral("second"));
    QVERIFY(openAndWait(dir.path()));
    Ui::MessagePresenter::setAutoText(std::nullopt);
    QCOMPARE(m_window->project().location().section, QStringLiteral("second"));
    Ui::MessagePresenter::setAutoText(std::optional<QString>()); // the user cancels
    QVERIFY(!m_window->openProject(dir.path()));
    Ui::MessagePresenter::setAutoText(std::nullopt);
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Ok);
}

void TestMainWindow::darkThemeSwitchesPalette()
{
    auto *dark = m_window->findChild<QAction *>(QStringLiteral("actionTheme%1").arg(int(Ui::ThemeManager::Theme::Dark)));
    QVERIFY(dark);
    dark->trigger();
    QVERIFY(Ui::ThemeManager::isDark(QApplication::palette()));
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toInt(), int(Ui::ThemeManager::Theme::Dark));
    m_window->findChild<QAction *>(QStringLiteral("actionTheme%1").arg(int(Ui::ThemeManager::Theme::Light)))->trigger();
    QVERIFY(!Ui::ThemeManager::isDark(QApplication::palette()));
    m_theme.setTheme(Ui::ThemeManager::Theme::System);
}

void TestMainWindow::recentProjectsAreRemembered()
{
    QVERIFY(openAndWait(examplePath()));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecentProjects"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(menu->actions().first()->text().contains(QLatin1String("bookshop")));
    Ui::MainWindow second(&m_theme);
    QVERIFY(second.hasRecentProject());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

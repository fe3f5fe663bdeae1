// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Apply and roll back through the real window, on SQLite and (with RETORT_TEST_PG) on the
// loopback PostgreSQL server: Database ▸ Connect… (the connection manager, answered as it
// appears: Import from Project for SQLite, a pasted URL for PostgreSQL) → the graph shows every
// revision pending → Run ▸ Upgrade to Heads with a backup (dialogs answered through their test
// hooks) → schema and version rows equal `alembic upgrade heads`, the graph and the Schema dock
// refresh, the status bar names the revision → Run ▸ Downgrade One → marking the connection
// production shows the banner, and Upgrade to Heads refuses until the database name is typed →
// the graph's Stamp Here changes the version rows only. tst_runflow covers the same coordinator in depth (failures, restore,
// risks, cancel); this test proves the window wires it.

#include "core/schema/schemadiff.h"
#include "tests/support/databaseprobe.h"
#include "tests/support/guitest.h"
#include "tests/support/scratchdatabase.h"
#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/connections/connectioneditor.h"
#include "ui/connections/connectionmanagerdialog.h"
#include "ui/connections/databaseconnection.h"
#include "ui/connections/productionbanner.h"
#include "ui/document/projectdocument.h"
#include "ui/execution/backuppromptdialog.h"
#include "ui/execution/failuredialog.h"
#include "ui/execution/planreviewdialog.h"
#include "ui/execution/runcoordinator.h"
#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Retort;
using namespace Retort::Test;
using Outcome = Ui::RunCoordinator::Outcome;
using Ui::GraphNode;

namespace {

const QString kHead = QStringLiteral("2b6f8d0a3e17");
const QString kBeforeHead = QStringLiteral("7d1a4b9e6c30");
const QString kLedger = QStringLiteral("retort_ledger");

bool copyExample(const QString &to)
{
    return copyProjectTree(QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop"), to);
}


QString postgresUrl(const Core::ConnectionProfile &profile)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(profile.user, profile.host).arg(profile.port).arg(profile.database);
}

} // namespace

class TestWindowRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void connectRunAndRollBack_data();
    void connectRunAndRollBack();

private:
    void acceptPlansAndBackUp();
    //! Triggers \a action and waits for the run it starts to end; its outcome.
    Outcome runVia(QAction *action);
    bool connectThroughManager(const std::function<void(Ui::ConnectionManagerDialog *)> &fill);
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    Ui::RevisionGraphScene *scene() const { return m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"))->graphScene(); }
    Ui::DatabaseConnection *connection() const { return m_window->findChild<Ui::DatabaseConnection *>(); }
    QString databaseStatus() const { return m_window->findChild<QLabel *>(QStringLiteral("databaseStatusLabel"))->text(); }
    QStringList schemaTables() const;

    Ui::ThemeManager m_theme;
    std::unique_ptr<Ui::MainWindow> m_window;
    QTemporaryDir m_backups;
};

void TestWindowRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_backups.isValid());
    // Warnings (a failed connection) are answered and kept in lastMessage() instead of blocking.
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Ok);
}

void TestWindowRun::cleanup()
{
    Ui::FailureDialog::setTestHook({});
    Ui::PlanReviewDialog::setTestHook({});
    Ui::BackupPromptDialog::setTestHook({});
    Ui::MessagePresenter::setAutoText(std::nullopt);
    m_window.reset();
    QSettings().clear();
}

void TestWindowRun::acceptPlansAndBackUp()
{
    Ui::PlanReviewDialog::setTestHook([](Ui::PlanReviewDialog &dialog) {
        if (!QTest::qWaitFor([&] { return dialog.measurementsFinished(); }, 20000))
            qWarning("the risks were not counted in time");
        snap(&dialog, QStringLiteral("window-plan-review"));
        if (dialog.runButton()->isEnabled())
            QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    });
    Ui::BackupPromptDialog::setTestHook([this](Ui::BackupPromptDialog &dialog) {
        dialog.setDirectory(m_backups.filePath(QStringLiteral("catalog")));
        if (!dialog.isBackupPossible()) { // a SQLite file the first run creates: nothing to save
            QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
            return;
        }
        QTest::mouseClick(dialog.continueButton(), Qt::LeftButton); // Back Up
        if (!QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000))
            qWarning("the backup did not finish in time");
        if (dialog.backup())
            QTest::mouseClick(dialog.continueButton(), Qt::LeftButton); // Continue
        else
            qWarning("backup failed: %s", qPrintable(dialog.errorText()));
    });
}

Outcome TestWindowRun::runVia(QAction *action)
{
    auto *coordinator = m_window->findChild<Ui::RunCoordinator *>();
    QSignalSpy finished(coordinator, &Ui::RunCoordinator::finished);
    action->trigger();
    if (!finished.count() && !finished.wait(120000))
        return Outcome::Failed;
    // Let the database view refresh after the run.
    if (!QTest::qWaitFor([this] { return !connection()->isBusy(); }, 20000))
        qWarning("the database view did not refresh in time");
    return finished.first().first().value<Outcome>();
}

bool TestWindowRun::connectThroughManager(const std::function<void(Ui::ConnectionManagerDialog *)> &fill)
{
    QSignalSpy refreshed(connection(), &Ui::DatabaseConnection::stateRefreshed);
    answerNextModal<Ui::ConnectionManagerDialog>([fill](Ui::ConnectionManagerDialog *dialog) {
        fill(dialog);
        snap(dialog, QStringLiteral("window-connection-manager"));
        dialog->connectToCurrent();
        if (dialog->isVisible()) { // not valid: say why instead of waiting forever
            qWarning("the connection manager refused: %s", qPrintable(dialog->validationMessage()));
            dialog->reject();
        }
    });
    action("actionConnectDatabase")->trigger();
    const bool ok = (refreshed.count() || refreshed.wait(30000)) && connection()->isConnected();
    if (!ok)
        qWarning("not connected to %s: %s", qPrintable(connection()->profile().displayUrl()), qPrintable(Ui::MessagePresenter::lastMessage()));
    return ok;
}

QStringList TestWindowRun::schemaTables() const
{
    QStringList tables;
    const QAbstractItemModel *model = m_window->findChild<QTreeView *>(QStringLiteral("schemaTree"))->model();
    for (int row = 0; row < model->rowCount(); ++row)
        tables << model->index(row, 0).data().toString();
    return tables;
}

void TestWindowRun::connectRunAndRollBack_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void TestWindowRun::connectRunAndRollBack()
{
    QFETCH(QString, dialect);
    if (dialect == QLatin1String("postgresql") && qEnvironmentVariableIsEmpty("RETORT_TEST_PG"))
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    QTemporaryDir dir;
    QVERIFY(copyExample(dir.path()));
    const QString ini = dir.filePath(QStringLiteral("alembic.ini"));
    ScratchDatabase postgres(QStringLiteral("postgresql"));
    ScratchDatabase oracle(dialect);
    QVERIFY(oracle.ok());
    Core::ConnectionProfile target;
    if (dialect == QLatin1String("sqlite")) {
        target.driverName = QStringLiteral("sqlite");
        target.sqlitePath = dir.filePath(QStringLiteral("bookshop.db")); // the ini's sqlalchemy.url
    } else {
        QVERIFY(postgres.ok());
        target = postgres.profile();
    }

    m_window = std::make_unique<Ui::MainWindow>(&m_theme);
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy loaded(m_window->document(), &Ui::ProjectDocument::loaded);
    QVERIFY(m_window->openProject(ini));
    QVERIFY(loaded.count() || loaded.wait(10000));

    // Database ▸ Connect…
    const bool isSqlite = dialect == QLatin1String("sqlite");
    QVERIFY(connectThroughManager([&](Ui::ConnectionManagerDialog *dialog) {
        if (isSqlite) {
            dialog->setEnvironment(QProcessEnvironment()); // no DATABASE_URL: the ini's URL
            dialog->importFromProject();
        } else {
            dialog->addPostgres();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Scratch server"));
            // Pasted, as the field's placeholder suggests.
            QApplication::clipboard()->setText(postgresUrl(target));
            auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
            QTest::keySequence(url, QKeySequence::SelectAll); // replaces the prefilled URL
            QTest::keySequence(url, QKeySequence::Paste);
        }
    }));
    QCOMPARE(scene()->node(kHead)->dbState, GraphNode::DbState::Pending);
    QVERIFY(!m_window->findChild<Ui::ProductionBanner *>()->isVisible());

    // Run ▸ Upgrade to Heads, with a backup: the same database alembic makes.
    acceptPlansAndBackUp();
    Ui::FailureDialog::setTestHook([](Ui::FailureDialog &dialog) { // no run here should fail
        QFAIL(qPrintable(QStringLiteral("unexpected failure dialog: ") + dialog.windowTitle()));
    });
    QCOMPARE(runVia(action("upgradeHeadsAction")), Outcome::Succeeded);
    QVERIFY(runAlembic({QStringLiteral("upgrade"), QStringLiteral("heads")}, ini, oracle.url()));
    QCOMPARE(versionRows(target), QStringList{kHead});
    const Core::SchemaDiff difference = Core::diff(snapshotOf(target, {kLedger}), snapshotOf(oracle.profile()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference.toString()));
    QTRY_VERIFY(scene()->node(kHead)->has(GraphNode::CurrentDb));
    QCOMPARE(scene()->node(QStringLiteral("3f2a9c1d8e04"))->dbState, GraphNode::DbState::Applied);
    QTRY_VERIFY(schemaTables().contains(QStringLiteral("book")));
    QVERIFY2(databaseStatus().contains(kHead), qPrintable(databaseStatus()));
    QCOMPARE(ledgerOf(target).size(), 13);

    // Run ▸ Downgrade One, then Stamp Here on the head (graph context menu).
    QCOMPARE(runVia(action("downgradeOneAction")), Outcome::Succeeded);
    QCOMPARE(versionRows(target), QStringList{kBeforeHead});
    QTRY_VERIFY(scene()->node(kBeforeHead)->has(GraphNode::CurrentDb));
    QCOMPARE(scene()->node(kHead)->dbState, GraphNode::DbState::Pending);

    // Mark the connection production: the banner, and the name must be typed.
    QVERIFY(connectThroughManager([](Ui::ConnectionManagerDialog *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("productionCheck"))->setChecked(true);
        QVERIFY(dialog->saveCurrent());
    }));
    auto *banner = m_window->findChild<Ui::ProductionBanner *>();
    QTRY_VERIFY(banner->isVisible());
    const QString name = Ui::RunCoordinator::databaseName(connection()->profile());
    QVERIFY2(banner->text().contains(name), qPrintable(banner->text()));
    snap(m_window.get(), QStringLiteral("window-production"));
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("not-") + name));
    QCOMPARE(runVia(action("upgradeHeadsAction")), Outcome::Declined);
    QCOMPARE(versionRows(target), QStringList{kBeforeHead});
    Ui::MessagePresenter::setAutoText(std::optional<QString>(name));
    QCOMPARE(runVia(action("upgradeHeadsAction")), Outcome::Succeeded);
    QCOMPARE(versionRows(target), QStringList{kHead});

    // Stamp Here (graph context menu) on the revision before: version rows only, no DDL.
    const Core::SchemaSnapshot atHead = snapshotOf(target, {kLedger});
    auto *view = m_window->findChild<Ui::RevisionGraphView *>(QStringLiteral("revisionGraph"));
    std::unique_ptr<QMenu> menu(view->createContextMenu(kBeforeHead));
    QAction *stamp = menu->findChild<QAction *>(QStringLiteral("graphStampHereAction"));
    QVERIFY(stamp);
    QCOMPARE(runVia(stamp), Outcome::Succeeded);
    QCOMPARE(versionRows(target), QStringList{kBeforeHead});
    QVERIFY(Core::diff(snapshotOf(target, {kLedger}), atHead).isEmpty());
    QTRY_VERIFY(scene()->node(kBeforeHead)->has(GraphNode::CurrentDb));
}

QTEST_MAIN(TestWindowRun)
#include "tst_windowrun.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Apply and roll back from the window (issue 6 §2–§5), driven through RunCoordinator with the
// dialogs' test hooks, on SQLite and (with RETORT_TEST_PG) on the loopback PostgreSQL server:
// upgrade to heads with a backup gives the schema and version rows `alembic upgrade heads`
// gives; downgrade one and stamp match Alembic too; a failing revision stops at the right step and
// Restore Backup returns the exact previous schema and rows; a production profile does not run
// until its name is typed; risks show live counts; revisions that need Python block the plan;
// Cancel interrupts a running statement.

#include "core/db/databasesession.h"
#include "core/db/ledger.h"
#include "core/db/postgresintrospector.h"
#include "core/db/sqliteintrospector.h"
#include "core/db/versiontable.h"
#include "core/schema/schemadiff.h"
#include "tests/support/databaseprobe.h"
#include "tests/support/scratchdatabase.h"
#include "ui/common/messagepresenter.h"
#include "ui/document/projectdocument.h"
#include "ui/execution/backuppromptdialog.h"
#include "ui/execution/executioncontroller.h"
#include "ui/execution/failuredialog.h"
#include "ui/execution/planreviewdialog.h"
#include "ui/execution/progresspanel.h"
#include "ui/execution/runactions.h"
#include "ui/execution/runcoordinator.h"
#include "ui/execution/runhistorymodel.h"
#include "ui/execution/runhistoryview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Retort;
using Retort::Test::ScratchDatabase;
using namespace Retort::Test;
using Outcome = Ui::RunCoordinator::Outcome;

namespace {

constexpr int kRunTimeoutMs = 120000;
const QString kE1 = QStringLiteral("e1e1e1e1e1e1");
const QString kE2 = QStringLiteral("e2e2e2e2e2e2");
const QString kE3 = QStringLiteral("e3e3e3e3e3e3");
const QString kLedger = QStringLiteral("retort_ledger");

QString bookshopIni()
{
    return QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop/alembic.ini");
}

QString executorIni()
{
    return QStringLiteral(RETORT_TEST_DATA_DIR "/executor/alembic.ini");
}

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text.toUtf8());
}

/*! A small project in \a dir: alembic.ini, env.py (only needed by Alembic) and one file per
    revision, chained in the order given. Each body is (upgrade, downgrade) Python source. */
QString writeProject(const QString &dir, const QList<std::pair<QString, QStringList>> &revisions)
{
    writeFile(dir + QStringLiteral("/alembic.ini"), QStringLiteral("[alembic]\nscript_location = %(here)s/migrations\n"));
    QString down = QStringLiteral("None");
    for (const auto &[id, bodies] : revisions) {
        const QString source = QStringLiteral("\"\"\"%1\n\nRevision ID: %1\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
                                              "revision = \"%1\"\ndown_revision = %2\nbranch_labels = None\ndepends_on = None\n\n\n"
                                              "def upgrade():\n%3\n\n\ndef downgrade():\n%4\n")
                                   .arg(id, down, bodies.value(0), bodies.value(1, QStringLiteral("    pass")));
        writeFile(dir + QStringLiteral("/migrations/versions/%1.py").arg(id), source);
        down = QLatin1Char('"') + id + QLatin1Char('"');
    }
    return dir + QStringLiteral("/alembic.ini");
}

void sqlOn(const Core::ConnectionProfile &profile, const QString &sql)
{
    auto session = Core::DatabaseSession::open(profile);
    QVERIFY(session);
    QSqlQuery query(session->database());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
}

} // namespace

class TestRunFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void upgradeDowngradeStampMatchAlembic_data();
    void upgradeDowngradeStampMatchAlembic();
    void failingRevisionStopsAndRestoreReturnsPreviousState_data();
    void failingRevisionStopsAndRestoreReturnsPreviousState();
    void productionProfileNeedsTheDatabaseName_data();
    void productionProfileNeedsTheDatabaseName();
    void reviewShowsLiveCountsForRisks_data();
    void reviewShowsLiveCountsForRisks();
    void notNullAndNarrowingAreCounted();
    void revisionNeedingPythonBlocksThePlan();
    void cancelInterruptsTheRunningStatement();
    void unresolvedTargetAndEmptyPlanAreReported();
    void wholePlanTransactionUndoesEveryStep();
    void runHistoryModelPassesTester();
    void runActionsFollowTargetAndState();

private:
    bool openDocument(const QString &ini);
    Outcome runAndWait(const Core::RunRequest &request, const Core::ConnectionProfile &profile);
    Outcome upgrade(const Core::ConnectionProfile &profile, const QString &target);
    //! Hooks that accept the review and, with \a backUp, make a backup (else skip it).
    void acceptEverything(bool backUp);
    bool alembic(const QStringList &arguments, const QString &ini, const QString &url);
    static bool skipPostgres(const QString &dialect);

    QTemporaryDir m_backups;
    std::unique_ptr<Ui::ProjectDocument> m_document;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<Ui::RunCoordinator> m_coordinator;
    std::unique_ptr<Ui::ProgressPanel> m_panel;
    QStringList m_log;
    int m_reviews = 0;
    int m_backupPrompts = 0;
    int m_failures = 0;
};

void TestRunFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_backups.isValid());
}

void TestRunFlow::init()
{
    m_window = std::make_unique<QWidget>();
    m_document = std::make_unique<Ui::ProjectDocument>();
    m_coordinator = std::make_unique<Ui::RunCoordinator>(m_document.get(), m_window.get());
    m_coordinator->setBackupDirectory(m_backups.filePath(QStringLiteral("catalog")));
    m_panel = std::make_unique<Ui::ProgressPanel>();
    m_coordinator->setProgressPanel(m_panel.get());
    m_log.clear();
    connect(m_coordinator.get(), &Ui::RunCoordinator::logLine, this,
            [this](const QString &text, Ui::LogPanel::Level) { m_log << text; });
    m_reviews = m_backupPrompts = m_failures = 0;
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Ok);
    Ui::FailureDialog::setTestHook([this](Ui::FailureDialog &) { ++m_failures; });
}

void TestRunFlow::cleanup()
{
    Ui::PlanReviewDialog::setTestHook({});
    Ui::BackupPromptDialog::setTestHook({});
    Ui::FailureDialog::setTestHook({});
    Ui::MessagePresenter::setAutoAnswer(std::nullopt);
    Ui::MessagePresenter::setAutoText(std::nullopt);
    m_coordinator.reset();
    m_panel.reset();
    m_document.reset();
    m_window.reset();
}

bool TestRunFlow::skipPostgres(const QString &dialect)
{
    return dialect == QLatin1String("postgresql") && !Test::postgresAvailable();
}

bool TestRunFlow::openDocument(const QString &ini)
{
    QSignalSpy loaded(m_document.get(), &Ui::ProjectDocument::loaded);
    m_document->open(Core::ProjectLocation{ini, QStringLiteral("alembic"), QFileInfo(ini).absolutePath()});
    return (loaded.count() > 0 || loaded.wait(20000)) && m_document->isOpen() && m_document->project().canPlan();
}

Outcome TestRunFlow::runAndWait(const Core::RunRequest &request, const Core::ConnectionProfile &profile)
{
    QSignalSpy finished(m_coordinator.get(), &Ui::RunCoordinator::finished);
    if (!m_coordinator->start(request, profile))
        return m_coordinator->lastOutcome();
    if (finished.isEmpty() && !finished.wait(kRunTimeoutMs))
        qWarning("the run did not finish");
    return m_coordinator->lastOutcome();
}

Outcome TestRunFlow::upgrade(const Core::ConnectionProfile &profile, const QString &target)
{
    return runAndWait({Core::RunRequest::Verb::Upgrade, {target}, false}, profile);
}

void TestRunFlow::acceptEverything(bool backUp)
{
    Ui::PlanReviewDialog::setTestHook([this](Ui::PlanReviewDialog &dialog) {
        ++m_reviews;
        if (!QTest::qWaitFor([&] { return dialog.measurementsFinished(); }, 20000))
            qWarning("the risks were not counted in time");
        if (dialog.runButton()->isEnabled())
            QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    });
    Ui::BackupPromptDialog::setTestHook([this, backUp](Ui::BackupPromptDialog &dialog) {
        ++m_backupPrompts;
        dialog.setDirectory(m_backups.filePath(QStringLiteral("catalog")));
        if (!backUp || !dialog.isBackupPossible()) {
            dialog.setBackupChecked(false);
            QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
            return;
        }
        QTest::mouseClick(dialog.continueButton(), Qt::LeftButton); // Back Up
        if (!QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000))
            qWarning("the backup did not finish in time");
        snap(&dialog, QStringLiteral("backup-prompt"));
        if (dialog.backup())
            QTest::mouseClick(dialog.continueButton(), Qt::LeftButton); // Continue
        else
            qWarning("backup failed: %s", qPrintable(dialog.errorText()));
    });
}

bool TestRunFlow::alembic(const QStringList &arguments, const QString &ini, const QString &url)
{
    return runAlembic(arguments, ini, url);
}

void TestRunFlow::upgradeDowngradeStampMatchAlembic_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << "sqlite";
    QTest::newRow("postgresql") << "postgresql";
}

void TestRunFlow::upgradeDowngradeStampMatchAlembic()
{
    QFETCH(QString, dialect);
    if (skipPostgres(dialect))
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    ScratchDatabase retort(dialect);
    ScratchDatabase oracle(dialect);
    QVERIFY(retort.ok() && oracle.ok());
    QVERIFY(openDocument(bookshopIni()));
    // The first revision without a backup (a new SQLite file has nothing to back up, and
    // pg_restore --list finds nothing to verify in a dump of an empty database).
    acceptEverything(/*backUp=*/false);
    QCOMPARE(upgrade(retort.profile(), QStringLiteral("3f2a9c1d8e04")), Outcome::Succeeded);
    QCOMPARE(m_coordinator->lastBackupId(), QString());
    acceptEverything(/*backUp=*/true);

    // Upgrade to heads, with a verified backup tied to the run.
    QCOMPARE(upgrade(retort.profile(), QStringLiteral("heads")), Outcome::Succeeded);
    QCOMPARE(m_reviews, 2);
    QCOMPARE(m_backupPrompts, 2);
    const QString backupId = m_coordinator->lastBackupId();
    QVERIFY(!backupId.isEmpty());
    QVERIFY(alembic({QStringLiteral("upgrade"), QStringLiteral("heads")}, bookshopIni(), oracle.url()));
    QCOMPARE(versionRows(retort.profile()), versionRows(oracle.profile()));
    QCOMPARE(versionRows(retort.profile()), QStringList{QStringLiteral("2b6f8d0a3e17")});
    Core::SchemaDiff difference = Core::diff(snapshotOf(retort.profile(), {kLedger}), snapshotOf(oracle.profile()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference.toString()));
    QCOMPARE(m_document->databaseHeads(), QStringList{QStringLiteral("2b6f8d0a3e17")});
    const QList<Core::LedgerEntry> ledger = ledgerOf(retort.profile());
    QCOMPARE(int(ledger.size()), 13);
    for (const Core::LedgerEntry &entry : ledger.mid(0, 12)) {
        QCOMPARE(entry.backupId, backupId);
        QCOMPARE(entry.runId, m_coordinator->lastRunId());
        QVERIFY(entry.outcome == Core::LedgerEntry::Outcome::Succeeded);
    }
    QCOMPARE(ledger.last().revision, QStringLiteral("3f2a9c1d8e04"));
    QVERIFY(ledger.last().backupId.isEmpty());
    QVERIFY(ledger.last().runId != m_coordinator->lastRunId());
    // The progress panel followed the run; the log has every statement and its outcome.
    QVERIFY(!m_panel->isRunning());
    QCOMPARE(m_panel->stepCount(), 12);
    QVERIFY(m_panel->stepText().startsWith(QStringLiteral("Step 12 of 12")));
    QVERIFY(m_panel->stateText().startsWith(QStringLiteral("Succeeded.")));
    QVERIFY2(std::any_of(m_log.cbegin(), m_log.cend(), [](const QString &line) {
        return line.contains(QLatin1String("CREATE TABLE author")) && line.contains(QStringLiteral("— ok"));
    }), qPrintable(m_log.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(m_log.cbegin(), m_log.cend(),
                        [&](const QString &line) { return line.contains(QStringLiteral("Backup %1").arg(backupId)); }));

    // Downgrade one.
    QCOMPARE(runAndWait({Core::RunRequest::Verb::Downgrade, {QStringLiteral("-1")}, false}, retort.profile()),
             Outcome::Succeeded);
    QVERIFY(alembic({QStringLiteral("downgrade"), QStringLiteral("-1")}, bookshopIni(), oracle.url()));
    QCOMPARE(versionRows(retort.profile()), QStringList{QStringLiteral("7d1a4b9e6c30")});
    QCOMPARE(versionRows(retort.profile()), versionRows(oracle.profile()));
    difference = Core::diff(snapshotOf(retort.profile(), {kLedger}), snapshotOf(oracle.profile()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference.toString()));

    // Stamp heads: only the version table moves, with no backup prompt.
    const int prompts = m_backupPrompts;
    QCOMPARE(runAndWait({Core::RunRequest::Verb::Stamp, {QStringLiteral("heads")}, false}, retort.profile()),
             Outcome::Succeeded);
    QCOMPARE(m_backupPrompts, prompts);
    QVERIFY(alembic({QStringLiteral("stamp"), QStringLiteral("heads")}, bookshopIni(), oracle.url()));
    QCOMPARE(versionRows(retort.profile()), QStringList{QStringLiteral("2b6f8d0a3e17")});
    QCOMPARE(versionRows(retort.profile()), versionRows(oracle.profile()));
    difference = Core::diff(snapshotOf(retort.profile(), {kLedger}), snapshotOf(oracle.profile()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference.toString()));
    QVERIFY(ledgerOf(retort.profile()).first().direction == Core::LedgerEntry::Direction::Stamp);

    // History of Runs reads the same ledger.
    Ui::RunHistoryView history;
    QAbstractItemModelTester tester(history.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&history, &Ui::RunHistoryView::refreshed);
    history.setProfile(retort.profile());
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.first().first().toBool(), true);
    QCOMPARE(history.model()->rowCount(), 15);
    const QModelIndex newest = history.model()->index(0, Ui::RunHistoryModel::WhatColumn);
    QCOMPARE(newest.data().toString(), QStringLiteral("stamp 2b6f8d0a3e17"));
    history.resize(900, 400);
    history.show();
    snap(&history, QStringLiteral("run-history-") + dialect);
    QCOMPARE(history.model()->index(13, Ui::RunHistoryModel::BackupColumn).data().toString(), backupId);
    QCOMPARE(history.model()->index(14, Ui::RunHistoryModel::BackupColumn).data().toString(), QStringLiteral("none"));
}

void TestRunFlow::failingRevisionStopsAndRestoreReturnsPreviousState_data()
{
    upgradeDowngradeStampMatchAlembic_data();
}

void TestRunFlow::failingRevisionStopsAndRestoreReturnsPreviousState()
{
    QFETCH(QString, dialect);
    if (skipPostgres(dialect))
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    ScratchDatabase db(dialect);
    QVERIFY(db.ok());
    QVERIFY(openDocument(executorIni()));
    acceptEverything(/*backUp=*/false);
    QCOMPARE(upgrade(db.profile(), kE1), Outcome::Succeeded);
    sqlOn(db.profile(), QStringLiteral("INSERT INTO item (id, name) VALUES (7, 'washer')"));
    const Core::SchemaSnapshot before = snapshotOf(db.profile(), {kLedger});
    const QStringList itemsBefore = tableRows(db.profile(), QStringLiteral("item"));
    const QStringList ledgerBefore = tableRows(db.profile(), kLedger);
    QCOMPARE(itemsBefore, QStringList{QStringLiteral("7|washer")});

    acceptEverything(/*backUp=*/true);
    QString failingFile;
    int failingLine = 0;
    QSignalSpy openRequests(m_coordinator.get(), &Ui::RunCoordinator::openFileRequested);
    Ui::FailureDialog::setTestHook([&](Ui::FailureDialog &dialog) {
        ++m_failures;
        // e2 committed, e3 (step 2 of 2) failed on its second statement and was rolled back.
        QVERIFY(dialog.failureText().contains(QLatin1String("no_such_table")));
        QVERIFY(dialog.locationText().startsWith(QLatin1String("e3_broken.py:")));
        failingLine = dialog.locationText().section(QLatin1Char(':'), 1).toInt();
        auto *state = dialog.findChild<QLabel *>(QStringLiteral("failureDatabaseState"));
        QVERIFY(state && state->text().contains(kE2));
        QVERIFY(state->text().contains(QLatin1String("1 of 2")));
        dialog.openLocation();
        QCOMPARE(versionRows(db.profile()), QStringList{kE2});
        const QList<Core::LedgerEntry> ledger = ledgerOf(db.profile());
        QCOMPARE(ledger.first().revision, kE3);
        QVERIFY(ledger.first().outcome == Core::LedgerEntry::Outcome::Failed);
        QCOMPARE(ledger.first().backupId, m_coordinator->lastBackupId());
        QVERIFY(dialog.canRestore());
        snap(&dialog, QStringLiteral("failure-") + dialect);
        Ui::MessagePresenter::setAutoAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return dialog.isRestoreFinished(); }, 60000));
        QVERIFY2(dialog.restoreSucceeded(), qPrintable(dialog.restoreText()));
        QCOMPARE(dialog.headsAfterRestore(), QStringList{kE1});
        snap(&dialog, QStringLiteral("failure-restored-") + dialect);
        failingFile = QStringLiteral("checked");
    });
    QSignalSpy changed(m_coordinator.get(), &Ui::RunCoordinator::databaseChanged);
    QCOMPARE(upgrade(db.profile(), QStringLiteral("heads")), Outcome::Failed);
    QCOMPARE(m_failures, 1);
    QCOMPARE(failingFile, QStringLiteral("checked"));
    const auto &result = m_coordinator->lastResult();
    QVERIFY(result && result->failure);
    QCOMPARE(result->failure->stepIndex, 1);
    QCOMPARE(result->failure->revision, kE3);
    QVERIFY(result->failure->statement.contains(QLatin1String("INSERT INTO no_such_table")));
    QCOMPARE(result->completedSteps, 1);
    QCOMPARE(result->databaseHeads, QStringList{kE2});
    // The failing line is the second op.execute of e3's upgrade().
    QFile e3(QStringLiteral(RETORT_TEST_DATA_DIR "/executor/migrations/versions/e3_broken.py"));
    QVERIFY(e3.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(e3.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.value(failingLine - 1).trimmed(), QStringLiteral("op.execute(\"INSERT INTO no_such_table (x) VALUES (1)\")"));
    QCOMPARE(openRequests.count(), 1);
    QVERIFY(openRequests.first().at(0).toString().endsWith(QLatin1String("e3_broken.py")));
    QCOMPARE(openRequests.first().at(1).toInt(), failingLine);

    // Restore Backup put back the exact previous schema and rows.
    // retort_ledger is compared by its rows: PostgreSQL re-parses its CHECK constraints on
    // restore and prints them differently (same meaning; see the report).
    const Core::SchemaDiff difference = Core::diff(snapshotOf(db.profile(), {kLedger}), before);
    QVERIFY2(difference.isEmpty(), qPrintable(difference.toString()));
    QCOMPARE(tableRows(db.profile(), QStringLiteral("item")), itemsBefore);
    QCOMPARE(tableRows(db.profile(), kLedger), ledgerBefore);
    QCOMPARE(versionRows(db.profile()), QStringList{kE1});
    QCOMPARE(m_document->databaseHeads(), QStringList{kE1});
    QVERIFY(changed.count() >= 2); // e2 committed, then the restore
    QCOMPARE(changed.last().first().toStringList(), QStringList{kE1});
}

void TestRunFlow::productionProfileNeedsTheDatabaseName_data()
{
    upgradeDowngradeStampMatchAlembic_data();
}

void TestRunFlow::productionProfileNeedsTheDatabaseName()
{
    QFETCH(QString, dialect);
    if (skipPostgres(dialect))
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    ScratchDatabase db(dialect);
    QVERIFY(db.ok());
    QVERIFY(openDocument(executorIni()));
    acceptEverything(/*backUp=*/false);
    QCOMPARE(upgrade(db.profile(), kE1), Outcome::Succeeded);

    Core::ConnectionProfile production = db.profile();
    production.production = true;
    const QString name = Ui::RunCoordinator::databaseName(production);
    QVERIFY(!name.isEmpty());

    // The window's confirmProductionAction says no: nothing runs, no backup is offered.
    QStringList asked;
    m_coordinator->setProductionConfirmation(
        [&](QWidget *, const Core::ConnectionProfile &profile, const QString &action) {
            asked << profile.displayUrl() + QLatin1Char(' ') + action;
            return false;
        });
    const int prompts = m_backupPrompts;
    QCOMPARE(upgrade(production, kE2), Outcome::Declined);
    QCOMPARE(asked, QStringList{production.displayUrl() + QStringLiteral(" Upgrade to ") + kE2});
    QCOMPARE(m_backupPrompts, prompts);
    QCOMPARE(versionRows(db.profile()), QStringList{kE1});

    // The default confirmation asks for the name: a wrong one refuses.
    m_coordinator->setProductionConfirmation({});
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("not-") + name));
    QCOMPARE(upgrade(production, kE2), Outcome::Declined);
    QVERIFY(Ui::MessagePresenter::lastMessage().contains(name));
    QCOMPARE(versionRows(db.profile()), QStringList{kE1});
    QCOMPARE(m_backupPrompts, prompts);

    // The right name runs it, and the backup cannot be skipped.
    Ui::MessagePresenter::setAutoText(std::optional<QString>(name));
    bool required = false;
    Ui::BackupPromptDialog::setTestHook([&](Ui::BackupPromptDialog &dialog) {
        ++m_backupPrompts;
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("backupNowCheck"));
        dialog.setBackupChecked(false);
        required = dialog.isBackupRequired() && dialog.isBackupChecked() && check && !check->isEnabled();
        dialog.setDirectory(m_backups.filePath(QStringLiteral("catalog")));
        QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000))
            qWarning("the backup did not finish in time");
        if (dialog.backup())
            QTest::mouseClick(dialog.continueButton(), Qt::LeftButton);
    });
    QCOMPARE(upgrade(production, kE2), Outcome::Succeeded);
    QVERIFY(required);
    QVERIFY(!m_coordinator->lastBackupId().isEmpty());
    QCOMPARE(versionRows(db.profile()), QStringList{kE2});
}

void TestRunFlow::reviewShowsLiveCountsForRisks_data()
{
    upgradeDowngradeStampMatchAlembic_data();
}

void TestRunFlow::reviewShowsLiveCountsForRisks()
{
    QFETCH(QString, dialect);
    if (skipPostgres(dialect))
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    ScratchDatabase db(dialect);
    QVERIFY(db.ok());
    QVERIFY(openDocument(executorIni()));
    acceptEverything(/*backUp=*/false);
    QCOMPARE(upgrade(db.profile(), kE2), Outcome::Succeeded); // item holds bolt and nut

    QStringList risks;
    bool cancelIsDefault = false;
    QString sql;
    Ui::PlanReviewDialog::setTestHook([&](Ui::PlanReviewDialog &dialog) {
        QVERIFY(QTest::qWaitFor([&] { return dialog.measurementsFinished(); }, 20000));
        for (int i = 0; i < dialog.riskCount(); ++i)
            risks << dialog.riskText(i) + QStringLiteral(" => ") + dialog.riskMeasurementText(i);
        cancelIsDefault = dialog.cancelButton()->isDefault() && !dialog.runButton()->isDefault();
        sql = dialog.stepSql(0);
        snap(&dialog, QStringLiteral("plan-review-") + dialect);
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    });
    QCOMPARE(runAndWait({Core::RunRequest::Verb::Downgrade, {QStringLiteral("base")}, false}, db.profile()),
             Outcome::Declined);
    QCOMPARE(risks, (QStringList{QStringLiteral("Changes every row (no WHERE): DELETE FROM item => 2 row(s) now"),
                                 QStringLiteral("Drops column item.qty => 2 row(s) now; 2 value(s) lost"),
                                 QStringLiteral("Drops table item => 2 row(s) now")}));
    QVERIFY(cancelIsDefault);
    QVERIFY(sql.contains(QLatin1String("DELETE FROM item;")));
    QVERIFY(sql.contains(QStringLiteral("UPDATE alembic_version SET version_num='%1' WHERE alembic_version.version_num = '%2';")
                             .arg(kE1, kE2)));
    QCOMPARE(versionRows(db.profile()), QStringList{kE2});
    QCOMPARE(int(tableRows(db.profile(), QStringLiteral("item")).size()), 2);
}

void TestRunFlow::notNullAndNarrowingAreCounted()
{
    QTemporaryDir dir;
    const QString ini = writeProject(
        dir.path(),
        {{QStringLiteral("r1"),
          {QStringLiteral("    op.create_table(\"gadget\", sa.Column(\"id\", sa.Integer(), primary_key=True),\n"
                          "                    sa.Column(\"name\", sa.String(100)), sa.Column(\"note\", sa.String(20)))\n"
                          "    gadget = sa.table(\"gadget\", sa.column(\"id\"), sa.column(\"name\"), sa.column(\"note\"))\n"
                          "    op.bulk_insert(gadget, [{\"id\": 1, \"name\": \"a\", \"note\": None},\n"
                          "                            {\"id\": 2, \"name\": \"a very long name\", \"note\": \"x\"},\n"
                          "                            {\"id\": 3, \"name\": \"bb\", \"note\": None}])")}},
         {QStringLiteral("r2"),
          {QStringLiteral("    with op.batch_alter_table(\"gadget\") as batch:\n"
                          "        batch.alter_column(\"name\", type_=sa.String(5), existing_type=sa.String(100))\n"
                          "        batch.alter_column(\"note\", nullable=False, existing_type=sa.String(20))")}}});
    ScratchDatabase db(QStringLiteral("sqlite"));
    QVERIFY(openDocument(ini));
    acceptEverything(false);
    QCOMPARE(upgrade(db.profile(), QStringLiteral("r1")), Outcome::Succeeded);
    QStringList risks;
    Ui::PlanReviewDialog::setTestHook([&](Ui::PlanReviewDialog &dialog) {
        QVERIFY(QTest::qWaitFor([&] { return dialog.measurementsFinished(); }, 20000));
        for (int i = 0; i < dialog.riskCount(); ++i)
            risks << dialog.riskMeasurementText(i);
    });
    QCOMPARE(upgrade(db.profile(), QStringLiteral("heads")), Outcome::Declined);
    QCOMPARE(risks, (QStringList{QStringLiteral("1 value(s) longer than the new type"),
                                 QStringLiteral("2 NULL(s) now: this step will fail")}));
}

void TestRunFlow::revisionNeedingPythonBlocksThePlan()
{
    QTemporaryDir dir;
    const QString ini = writeProject(
        dir.path(), {{QStringLiteral("p1"), {QStringLiteral("    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True))")}},
                     {QStringLiteral("p2"), {QStringLiteral("    bind = op.get_bind()\n"
                                                            "    for row in bind.execute(sa.text(\"SELECT id FROM t\")):\n"
                                                            "        print(row)")}}});
    ScratchDatabase db(QStringLiteral("sqlite"));
    QVERIFY(openDocument(ini));
    acceptEverything(false);
    bool runnable = true;
    QStringList blockers;
    bool runDisabled = false;
    Ui::PlanReviewDialog::setTestHook([&](Ui::PlanReviewDialog &dialog) {
        runnable = dialog.isRunnable();
        blockers = dialog.blockerTexts();
        runDisabled = !dialog.runButton()->isEnabled();
        snap(&dialog, QStringLiteral("plan-review-blocked"));
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton); // disabled: nothing happens
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.stepSql(1).contains(QLatin1String("cannot run")));
    });
    QCOMPARE(upgrade(db.profile(), QStringLiteral("heads")), Outcome::Blocked);
    QVERIFY(!runnable);
    QVERIFY(runDisabled);
    QCOMPARE(int(blockers.size()), 1);
    QVERIFY2(blockers.first().startsWith(QLatin1String("step 2, p2 (p2.py:")), qPrintable(blockers.first()));
    QCOMPARE(m_backupPrompts, 0);
    QVERIFY(!QFileInfo::exists(db.profile().sqlitePath)); // nothing touched the database
}

void TestRunFlow::cancelInterruptsTheRunningStatement()
{
    QTemporaryDir dir;
    const QString ini = writeProject(
        dir.path(), {{QStringLiteral("c1"), {QStringLiteral("    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True))")}},
                     {QStringLiteral("c2"), {QStringLiteral("    op.execute(\"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                                            "WHERE x < 2000000000) SELECT count(*) FROM c\")")}}});
    ScratchDatabase db(QStringLiteral("sqlite"));
    QVERIFY(openDocument(ini));
    acceptEverything(false);
    QSignalSpy finished(m_coordinator.get(), &Ui::RunCoordinator::finished);
    QVERIFY(m_coordinator->upgrade(db.profile(), QStringLiteral("heads")));
    QVERIFY(QTest::qWaitFor([&] { return m_panel->statementText().contains(QLatin1String("WITH RECURSIVE")); }, 30000));
    QVERIFY(m_coordinator->isBusy());
    m_panel->resize(520, 260);
    m_panel->show();
    snap(m_panel.get(), QStringLiteral("progress"));
    QElapsedTimer clock;
    clock.start();
    auto *cancel = m_panel->findChild<QPushButton *>(QStringLiteral("cancelRunButton"));
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(clock.elapsed() < 20000);
    QCOMPARE(m_coordinator->lastOutcome(), Outcome::Cancelled);
    QCOMPARE(m_failures, 1); // the failure dialog reports the cancelled run
    QCOMPARE(versionRows(db.profile()), QStringList{QStringLiteral("c1")});
    QVERIFY(m_panel->stateText().startsWith(QLatin1String("Cancelled.")));
}

void TestRunFlow::unresolvedTargetAndEmptyPlanAreReported()
{
    ScratchDatabase db(QStringLiteral("sqlite"));
    QVERIFY(openDocument(executorIni()));
    acceptEverything(false);
    QCOMPARE(upgrade(db.profile(), QStringLiteral("zzzz")), Outcome::Error);
    QCOMPARE(Ui::MessagePresenter::lastMessage(), QStringLiteral("Can't locate revision identified by 'zzzz'"));
    QCOMPARE(m_reviews, 0);
    QCOMPARE(upgrade(db.profile(), kE1), Outcome::Succeeded);
    QCOMPARE(upgrade(db.profile(), kE1), Outcome::NothingToDo);
    QVERIFY(Ui::MessagePresenter::lastMessage().contains(kE1));
    Core::ConnectionProfile memory;
    QVERIFY(memory.isInMemory());
    QVERIFY(!m_coordinator->upgrade(memory, QStringLiteral("heads")));
    QCOMPARE(m_coordinator->lastOutcome(), Outcome::Error);
}

void TestRunFlow::wholePlanTransactionUndoesEveryStep()
{
    ScratchDatabase db(QStringLiteral("sqlite"));
    QVERIFY(openDocument(executorIni()));
    acceptEverything(false);
    QCOMPARE(upgrade(db.profile(), kE1), Outcome::Succeeded);
    Ui::PlanReviewDialog::setTestHook([](Ui::PlanReviewDialog &dialog) {
        auto *whole = dialog.findChild<QRadioButton *>(QStringLiteral("wholePlanRadio"));
        QVERIFY(whole);
        whole->click();
        QVERIFY(dialog.transactionMode() == Core::TransactionMode::WholePlan);
        QTest::mouseClick(dialog.runButton(), Qt::LeftButton);
    });
    QCOMPARE(upgrade(db.profile(), QStringLiteral("heads")), Outcome::Failed);
    QCOMPARE(m_coordinator->lastResult()->completedSteps, 0);
    QCOMPARE(versionRows(db.profile()), QStringList{kE1});
    QCOMPARE(m_coordinator->lastBackupId(), QString()); // skipped
    QVERIFY(std::any_of(m_log.cbegin(), m_log.cend(), [](const QString &l) { return l.startsWith(QLatin1String("Backup skipped")); }));
}

void TestRunFlow::runHistoryModelPassesTester()
{
    Ui::RunHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Core::LedgerEntry entry;
    entry.runId = QStringLiteral("run-1");
    entry.revision = kE1;
    entry.osUser = QStringLiteral("ann");
    entry.host = QStringLiteral("box");
    entry.started = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    entry.finished = entry.started.addMSecs(2500);
    entry.outcome = Core::LedgerEntry::Outcome::Failed;
    entry.error = QStringLiteral("boom");
    model.setEntries({entry, entry});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, Ui::RunHistoryModel::WhoColumn).data().toString(), QStringLiteral("ann@box"));
    QCOMPARE(model.index(0, Ui::RunHistoryModel::WhatColumn).data().toString(), QStringLiteral("upgrade ") + kE1);
    QCOMPARE(model.index(0, Ui::RunHistoryModel::OutcomeColumn).data().toString(), QStringLiteral("failed"));
    QCOMPARE(model.index(0, Ui::RunHistoryModel::DurationColumn).data().toString(), QStringLiteral("2.5 s"));
    QCOMPARE(model.index(1, Ui::RunHistoryModel::BackupColumn).data().toString(), QStringLiteral("none"));
    QCOMPARE(model.index(1, Ui::RunHistoryModel::RunColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("boom"));
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRunFlow::runActionsFollowTargetAndState()
{
    ScratchDatabase db(QStringLiteral("sqlite"));
    std::optional<Core::ConnectionProfile> connected;
    Ui::RunActions actions(m_coordinator.get(), m_document.get(), [&] { return connected; });
    for (QAction *action : actions.actions()) {
        QVERIFY(!action->objectName().isEmpty());
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->isEnabled()); // no project, no database
    }
    QVERIFY(openDocument(executorIni()));
    acceptEverything(false);
    actions.updateActions();
    QVERIFY(!actions.upgradeHeadsAction()->isEnabled()); // not connected
    connected = db.profile();
    actions.updateActions();
    QVERIFY(actions.upgradeHeadsAction()->isEnabled());
    QVERIFY(!actions.upgradeTargetAction()->isEnabled()); // no target yet

    QLineEdit *field = actions.targetField();
    QCOMPARE(field->objectName(), QStringLiteral("runTargetField"));
    QTest::keyClicks(field, QStringLiteral("zzzz"));
    QCOMPARE(actions.targetError(), QStringLiteral("Can't locate revision identified by 'zzzz'"));
    QVERIFY(!actions.upgradeTargetAction()->isEnabled());
    QCOMPARE(field->toolTip(), actions.targetError());
    for (const QString &ok : {QStringLiteral("e2e2"), QStringLiteral("heads"), QStringLiteral("-1"),
                              QStringLiteral("e1e1e1e1e1e1+1"), QStringLiteral("base")}) {
        field->setText(ok);
        QVERIFY2(actions.targetError().isEmpty(), qPrintable(ok + QStringLiteral(": ") + actions.targetError()));
    }
    field->setText(QStringLiteral("e2e2"));
    QVERIFY(actions.upgradeTargetAction()->isEnabled());
    QSignalSpy finished(m_coordinator.get(), &Ui::RunCoordinator::finished);
    actions.upgradeTargetAction()->trigger();
    QVERIFY(!actions.upgradeHeadsAction()->isEnabled()); // busy
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(m_coordinator->lastOutcome(), Outcome::Succeeded);
    QCOMPARE(versionRows(db.profile()), QStringList{kE2});
    QVERIFY(actions.upgradeHeadsAction()->isEnabled());
    actions.downgradeOneAction()->trigger();
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(versionRows(db.profile()), QStringList{kE1});
    field->setText(kE2);
    actions.stampTargetAction()->trigger();
    QVERIFY(finished.wait(kRunTimeoutMs));
    QCOMPARE(versionRows(db.profile()), QStringList{kE2});
    QCOMPARE(int(tableRows(db.profile(), QStringLiteral("item")).size()), 0); // stamped, not upgraded
}

QTEST_MAIN(TestRunFlow)
#include "tst_runflow.moc"

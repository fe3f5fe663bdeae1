// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// The connected side of the window's connections on the offscreen platform: the password vault
// with and without a keyring, DatabaseConnection reading a project's database (version rows,
// schema) and reporting driver errors and password prompts, the production confirmation and
// banner. tst_connectionmanager covers the store and the dialog.

#include "core/db/databasesession.h"
#include "tests/support/connectiontest.h"
#include "core/project/project.h"
#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/connections/connectioneditor.h"
#include "ui/connections/connectionmanagerdialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/connections/databaseconnection.h"
#include "ui/connections/passwordvault.h"
#include "ui/connections/productionbanner.h"
#include "ui/document/projectdocument.h"
#include "ui/models/schematreemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort;
using Retort::Ui::SavedConnection;
using namespace Retort::Test;

class TestDatabaseConnection : public QObject, public Test::ConnectionFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initFixture()); }
    void init() { resetFixture(); }
    void vaultWithoutKeyringAnswersQuickly();
    void vaultRoundTripInRealKeyring();
    void databaseConnectionReadsBookshop();
    void databaseConnectionReportsDriverError();
    void databaseConnectionAsksForPassword();
    void productionConfirmAcceptsOnlyTheName();
    void productionBannerFollowsProfileAndPalette();
};

void TestDatabaseConnection::vaultWithoutKeyringAnswersQuickly()
{
    std::optional<Ui::PasswordVault::Result> answer;
    QObject context;
    QElapsedTimer timer;
    timer.start();
    m_vault->readPassword(QStringLiteral("no-such-connection"), &context,
        [&answer](const Ui::PasswordVault::Result &r) { answer = r; });
    QVERIFY(!answer); // never inside the call
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(timer.elapsed() < m_vault->timeout() + 2000);
    QVERIFY(answer->password.isEmpty());
    qInfo("keyring: status %d after %lld ms (%s)", int(answer->status), qint64(timer.elapsed()),
        qPrintable(answer->message));
    if (answer->status == Ui::PasswordVault::Status::NotFound)
        return; // a real keyring on this machine: nothing more to check without touching it
    QVERIFY(answer->status == Ui::PasswordVault::Status::Unavailable
        || answer->status == Ui::PasswordVault::Status::Failed);

    // No keyring: a saved PostgreSQL entry says the password will be asked for.
    auto dialog = makeDialog();
    dialog->addPostgres();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("Keyring"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "databaseEdit"), QStringLiteral("shop"));
    QTest::keyClicks(
        child<QLineEdit>(dialog.get(), "passwordEdit"), QStringLiteral("kept-in-memory"));
    auto *save = child<QCheckBox>(dialog.get(), "savePasswordCheck");
    if (save->isChecked()) {
        QVERIFY(dialog->saveCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->noteText().contains(QLatin1String("will ask for it when connecting")), 10000);
    }
    if (!m_vault->isAvailable()) {
        dialog->addPostgres();
        QVERIFY(!child<QCheckBox>(dialog.get(), "savePasswordCheck")->isEnabled());
    }
    // A request after the keyring proved unavailable answers without waiting again.
    answer.reset();
    timer.restart();
    m_vault->readPassword(QStringLiteral("no-such-connection"), &context,
        [&answer](const Ui::PasswordVault::Result &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    if (!m_vault->isAvailable())
        QVERIFY(timer.elapsed() < 1000);
}

void TestDatabaseConnection::vaultRoundTripInRealKeyring()
{
    // Writes to the machine's keyring, so only on request: e.g.
    // RETORT_TEST_KEYRING=1 dbus-run-session -- tests/gui/tst_connectionmanager (gnome-keyring).
    if (qEnvironmentVariableIsEmpty("RETORT_TEST_KEYRING"))
        QSKIP("needs RETORT_TEST_KEYRING=1 and a working keyring");
    const QString id = QStringLiteral("tst-") + QString::number(QCoreApplication::applicationPid());
    QObject context;
    std::optional<Ui::PasswordVault::Result> answer;
    auto record = [&answer](const Ui::PasswordVault::Result &r) { answer = r; };
    m_vault->writePassword(id, QStringLiteral("s3cret ünïcode"), &context, record);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY2(answer->ok(), qPrintable(answer->message));
    answer.reset();
    m_vault->readPassword(id, &context, record);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY2(answer->ok(), qPrintable(answer->message));
    QCOMPARE(answer->password, QStringLiteral("s3cret ünïcode"));
    answer.reset();
    m_vault->removePassword(id, &context, record);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(answer->ok());
    answer.reset();
    m_vault->readPassword(id, &context, record);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QCOMPARE(answer->status, Ui::PasswordVault::Status::NotFound);

    // A callback whose context is gone is not called.
    bool called = false;
    {
        QObject shortLived;
        m_vault->readPassword(
            id, &shortLived, [&called](const Ui::PasswordVault::Result &) { called = true; });
    }
    QTest::qWait(500);
    QVERIFY(!called);
}

void TestDatabaseConnection::databaseConnectionReadsBookshop()
{
    const QString alembic = QStandardPaths::findExecutable(QStringLiteral("alembic"));
    if (alembic.isEmpty())
        QSKIP("needs the alembic command (the oracle) to build the bookshop database");
    const QString ini = bookshopCopy();
    const QString dir = QFileInfo(ini).absolutePath();
    const QString failure
        = runAlembic(alembic, ini, {QStringLiteral("upgrade"), QStringLiteral("heads")});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QString dbPath = dir + QStringLiteral("/bookshop.db");

    Ui::ProjectDocument document;
    QSignalSpy loaded(&document, &Ui::ProjectDocument::loaded);
    document.open({ini, QStringLiteral("alembic"), dir});
    QVERIFY(loaded.wait(10000));
    Ui::SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ui::DatabaseConnection connection(&document, m_vault.get());
    connect(&connection, &Ui::DatabaseConnection::stateRefreshed, &model,
        [&model](const QStringList &, const Core::SchemaSnapshot &schema) {
            model.setSnapshot(schema);
        });
    QSignalSpy connectedSpy(&connection, &Ui::DatabaseConnection::connected);
    QSignalSpy refreshed(&connection, &Ui::DatabaseConnection::stateRefreshed);
    QSignalSpy errors(&connection, &Ui::DatabaseConnection::errorOccurred);

    const auto profile = Core::parseDatabaseUrl(QStringLiteral("sqlite:///") + dbPath, dir);
    QVERIFY(profile);
    connection.connectToProfile(profile.value());
    QCOMPARE(connection.state(), Ui::DatabaseConnection::State::Connecting);
    QVERIFY(connection.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.count(), 1, 10000);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(connectedSpy.at(0).at(1).toString(), sqliteLibraryVersion());
    QCOMPARE(connection.state(), Ui::DatabaseConnection::State::Connected);
    QCOMPARE(document.databaseHeads(), QStringList {kHead});
    QVERIFY(document.hasDatabase());
    QVERIFY(document.isApplied(QStringLiteral("1d9f4e2b7c35")));
    const QStringList tables
        = {QStringLiteral("alembic_version"), QStringLiteral("author"), QStringLiteral("book"),
            QStringLiteral("book_cover"), QStringLiteral("loan"), QStringLiteral("member")};
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, Ui::SchemaTreeModel::NameColumn).data().toString();
    for (const QString &table : tables)
        QVERIFY2(names.contains(table), qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(model.rowCount(),
        int(connection.schema().tables.size() + connection.schema().views.size()
            + connection.schema().enumTypes.size()));
    QVERIFY2(connection.statusText().contains(QLatin1String("bookshop.db (SQLite ")),
        qPrintable(connection.statusText()));
    QVERIFY2(connection.statusText().endsWith(QLatin1String("at 2b6f8d0a3e17 (head)")),
        qPrintable(connection.statusText()));

    // Another tool moves the database (here: stamp by hand, plus a table); refresh() picks it up.
    QVERIFY(execSql(dbPath,
        {QStringLiteral("UPDATE alembic_version SET version_num = 'e5a8b3c6d701'"),
            QStringLiteral("CREATE TABLE audit_note (id INTEGER PRIMARY KEY)")}));
    connection.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 10000);
    QCOMPARE(connectedSpy.count(), 1);
    QCOMPARE(document.databaseHeads(), QStringList {QStringLiteral("e5a8b3c6d701")});
    QVERIFY(!document.isApplied(kHead));
    QCOMPARE(model.rowCount(), int(tables.size() + 1));
    QVERIFY(connection.statusText().endsWith(QLatin1String("at e5a8b3c6d701")));

    QSignalSpy gone(&connection, &Ui::DatabaseConnection::disconnected);
    connection.disconnectFromDatabase();
    QCOMPARE(gone.count(), 1);
    QVERIFY(!document.hasDatabase());
    QVERIFY(connection.profile().password.isEmpty());
    QCOMPARE(connection.statusText(), QStringLiteral("No database"));
}

void TestDatabaseConnection::databaseConnectionReportsDriverError()
{
    Ui::ProjectDocument document;
    Ui::DatabaseConnection connection(&document, m_vault.get());
    QSignalSpy errors(&connection, &Ui::DatabaseConnection::errorOccurred);
    QSignalSpy connectedSpy(&connection, &Ui::DatabaseConnection::connected);
    // A directory where the database file should be: the driver cannot open it.
    const QString missing = m_dir.filePath(QStringLiteral("a-folder.db"));
    QVERIFY(QDir().mkpath(missing));
    Core::ConnectionProfile profile;
    profile.sqliteDatabase = missing;
    profile.sqlitePath = missing;
    connection.connectToProfile(profile);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
    Core::DatabaseSession::Options readOnly;
    readOnly.readOnly = true;
    QCOMPARE(errors.at(0).at(0).toString(), Core::DatabaseSession::open(profile, readOnly).error());
    QCOMPARE(connectedSpy.count(), 0);
    QCOMPARE(connection.state(), Ui::DatabaseConnection::State::Disconnected);
    QVERIFY(!document.hasDatabase());

    // A newer connect supersedes one in flight: only the last one reports.
    const QString good = makeSqliteFile(m_dir.filePath(QStringLiteral("second.db")));
    connection.connectToProfile(profile);
    Core::ConnectionProfile second;
    second.sqliteDatabase = good;
    second.sqlitePath = good;
    connection.connectToProfile(second);
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.count(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(connection.profile().sqlitePath, good);
    QVERIFY(connection.statusText().endsWith(QLatin1String(": no version table")));
}

void TestDatabaseConnection::databaseConnectionAsksForPassword()
{
    // A server that wants a password (the throw-away one trusts everybody), e.g.
    // RETORT_TEST_PG_PASSWORD_URL=postgresql://postgres:secret@127.0.0.1:54419/postgres
    const QString url = qEnvironmentVariable("RETORT_TEST_PG_PASSWORD_URL");
    if (url.isEmpty())
        QSKIP("needs RETORT_TEST_PG_PASSWORD_URL (a PostgreSQL URL with the right password)");
    auto parsed = Core::parseDatabaseUrl(url, QDir::currentPath());
    QVERIFY(parsed);
    const QString rightPassword = parsed->password;
    SavedConnection saved;
    saved.profile = parsed.value();
    saved.profile.password.clear();
    saved.profile.hasPassword = false;
    saved.profile.name = QStringLiteral("Needs a password");
    saved = m_store->add(saved);

    Ui::ProjectDocument document;
    Ui::DatabaseConnection connection(&document, m_vault.get());
    QSignalSpy errors(&connection, &Ui::DatabaseConnection::errorOccurred);
    QSignalSpy connectedSpy(&connection, &Ui::DatabaseConnection::connected);

    // Cancelling the prompt ends with the driver's error.
    Ui::MessagePresenter::setAutoText(std::optional<QString>());
    connection.connectToDatabase(saved);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 15000);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("no password supplied")),
        qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(Ui::MessagePresenter::lastMessage().startsWith(
        QStringLiteral("Password of %1 for ").arg(saved.profile.user)));

    // A wrong answer is asked again (kMaxPasswordPrompts times), saying the server refused it.
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("wrong")));
    connection.connectToDatabase(saved);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, 30000);
    QVERIFY2(
        errors.at(1).at(0).toString().contains(QLatin1String("password authentication failed")),
        qPrintable(errors.at(1).at(0).toString()));
    QVERIFY(Ui::MessagePresenter::lastMessage().startsWith(
        QLatin1String("The server refused the password")));
    QCOMPARE(connection.state(), Ui::DatabaseConnection::State::Disconnected);

    // The right one connects; refresh() does not ask again.
    Ui::MessagePresenter::setAutoText(std::optional<QString>(rightPassword));
    connection.connectToDatabase(saved);
    QTRY_COMPARE_WITH_TIMEOUT(connectedSpy.count(), 1, 15000);
    QCOMPARE(connection.profile().password, rightPassword);
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("not asked")));
    QSignalSpy refreshed(&connection, &Ui::DatabaseConnection::stateRefreshed);
    connection.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 15000);
    QVERIFY(Ui::MessagePresenter::lastMessage().isEmpty());
    QCOMPARE(errors.count(), 2);
}

void TestDatabaseConnection::productionConfirmAcceptsOnlyTheName()
{
    const Core::ConnectionProfile production = postgresProfile(QStringLiteral("shop"), true);
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("shop")));
    QVERIFY(Ui::confirmProductionAction(nullptr, production, QStringLiteral("upgrade to heads")));
    const QString asked = Ui::MessagePresenter::lastMessage();
    QVERIFY2(asked.contains(QLatin1String("upgrade to heads"))
            && asked.contains(QLatin1String("shop"))
            && asked.contains(QLatin1String("db.example.com:6543")),
        qPrintable(asked));
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("  shop ")));
    QVERIFY(Ui::confirmProductionAction(nullptr, production, QStringLiteral("stamp ae10")));
    for (const QString &wrong :
        {QStringLiteral("Shop"), QStringLiteral("shop2"), QString(), QStringLiteral("s")}) {
        Ui::MessagePresenter::setAutoText(std::optional<QString>(wrong));
        QVERIFY2(!Ui::confirmProductionAction(nullptr, production, QStringLiteral("downgrade")),
            qPrintable(wrong));
    }
    Ui::MessagePresenter::setAutoText(std::optional<QString>()); // cancelled
    QVERIFY(!Ui::confirmProductionAction(nullptr, production, QStringLiteral("downgrade")));

    Core::ConnectionProfile sqlite;
    sqlite.sqlitePath = QStringLiteral("/srv/live/shop.db");
    sqlite.production = true;
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("shop.db")));
    QVERIFY(Ui::confirmProductionAction(nullptr, sqlite, QStringLiteral("upgrade")));

    // Not production: no question at all.
    Ui::MessagePresenter::setAutoText(std::optional<QString>(QStringLiteral("anything")));
    QVERIFY(Ui::confirmProductionAction(
        nullptr, postgresProfile(QStringLiteral("shop"), false), QStringLiteral("x")));
    QVERIFY(Ui::MessagePresenter::lastMessage().isEmpty());
}

void TestDatabaseConnection::productionBannerFollowsProfileAndPalette()
{
    Ui::ProductionBanner banner;
    banner.resize(600, 40);
    banner.setProfile(postgresProfile(QStringLiteral("shop"), false));
    QVERIFY(banner.isHidden());
    banner.setProfile(postgresProfile(QStringLiteral("shop"), true));
    QVERIFY(!banner.isHidden());
    QCOMPARE(banner.text(), QStringLiteral("PRODUCTION — shop on db.example.com:6543"));
    auto *label = child<QLabel>(&banner, "productionBannerLabel");
    QCOMPARE(label->text(), banner.text());

    for (const QPalette &palette :
        {Ui::ThemeManager::lightPalette(), Ui::ThemeManager::darkPalette()}) {
        banner.setPalette(palette);
        const QColor background = Ui::ProductionBanner::backgroundColor(palette);
        QVERIFY2(
            background.red() > 2 * background.green() && background.red() > 2 * background.blue(),
            qPrintable(background.name()));
        const QColor text = Ui::ProductionBanner::textColor(palette);
        QVERIFY2(std::abs(text.lightness() - background.lightness()) > 80, qPrintable(text.name()));
        QCOMPARE(label->palette().color(QPalette::WindowText), text);
        const QImage image = banner.grab().toImage();
        QCOMPARE(image.pixelColor(1, 1).rgb(), background.rgb());
    }
    QVERIFY(Ui::ProductionBanner::backgroundColor(Ui::ThemeManager::lightPalette())
        != Ui::ProductionBanner::backgroundColor(Ui::ThemeManager::darkPalette()));
    banner.clear();
    QVERIFY(banner.isHidden());
    QVERIFY(banner.text().isEmpty());
}

QTEST_MAIN(TestDatabaseConnection)
#include "tst_databaseconnection.moc"

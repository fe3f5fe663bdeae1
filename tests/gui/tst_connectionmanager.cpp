// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Connections in the window, on the offscreen platform with real files: the profile store never
// writes a password, and the connection dialog (URL paste, validation, Test Connection on
// SQLite and — with RETORT_TEST_PG — PostgreSQL, Import from Project). tst_databaseconnection
// covers the vault, DatabaseConnection and the production banner.

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

class TestConnectionManager : public QObject, public Test::ConnectionFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initFixture()); }
    void init() { resetFixture(); }
    void storeRoundTripNeverWritesPassword();
    void storeKeepsProjectsApart();
    void urlPasteFillsFields();
    void invalidInputShowsInlineError();
    void typedPasswordNeverReachesSettings();
    void testConnectionSqlite();
    void testConnectionBadPath();
    void testConnectionPostgresError();
    void importFromProjectSaysWhich();
    void connectEmitsSavedEntry();
};

void TestConnectionManager::storeRoundTripNeverWritesPassword()
{
    m_store->setProject(m_dir.filePath(QStringLiteral("a/alembic.ini")));
    SavedConnection pg;
    pg.profile = postgresProfile(QStringLiteral("shop"), true);
    pg.profile.password = QStringLiteral("Sup3r-Secret!");
    pg.profile.hasPassword = true;
    pg.savePassword = true;
    const SavedConnection added = m_store->add(pg);
    QVERIFY(!added.id.isEmpty());
    QVERIFY(added.profile.password.isEmpty());

    SavedConnection sqlite;
    sqlite.scope = SavedConnection::Scope::Global;
    sqlite.profile.name = QStringLiteral("Local copy");
    sqlite.profile.driverName = QStringLiteral("sqlite");
    sqlite.profile.sqliteDatabase = QStringLiteral("/tmp/shop copy.db");
    sqlite.profile.sqlitePath = QStringLiteral("/tmp/shop copy.db");
    const SavedConnection global = m_store->add(sqlite);

    const QByteArray file = readBytes(m_settingsFile);
    QVERIFY(file.contains("db.example.com"));
    QVERIFY(!file.contains("Sup3r-Secret"));
    QVERIFY(!file.contains("Sup3r%2DSecret"));
    QVERIFY(!file.contains("\npassword=")); // only savePassword=true

    // A second store on the same file reads everything back (but the password).
    Ui::ConnectionStore again(m_settingsFile);
    again.setProject(m_dir.filePath(QStringLiteral("a/alembic.ini")));
    const QList<SavedConnection> all = again.connections();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).scope, SavedConnection::Scope::Project);
    Core::ConnectionProfile expected = pg.profile;
    expected.password.clear();
    expected.hasPassword = false;
    QCOMPARE(all.at(0).profile, expected);
    QCOMPARE(all.at(0).id, added.id);
    QVERIFY(all.at(0).savePassword);
    QCOMPARE(all.at(1), global);

    // Update (rename, to global) and remove.
    SavedConnection renamed = all.at(0);
    renamed.profile.name = QStringLiteral("Live (renamed)");
    renamed.scope = SavedConnection::Scope::Global;
    QVERIFY(again.update(renamed));
    QCOMPARE(again.connection(added.id)->profile.name, QStringLiteral("Live (renamed)"));
    QCOMPARE(again.connection(added.id)->scope, SavedConnection::Scope::Global);
    QCOMPARE(again.connections().size(), 2);
    QVERIFY(again.remove(added.id));
    QVERIFY(!again.remove(added.id));
    QCOMPARE(again.connections().size(), 1);
    QVERIFY(!again.update(renamed));
}

void TestConnectionManager::storeKeepsProjectsApart()
{
    QSignalSpy changed(m_store.get(), &Ui::ConnectionStore::changed);
    m_store->setProject(m_dir.filePath(QStringLiteral("a/alembic.ini")));
    SavedConnection mine;
    mine.profile.name = QStringLiteral("A's database");
    mine.profile.sqlitePath = QStringLiteral("/tmp/a.db");
    const QString id = m_store->add(mine).id;
    m_store->setLastUsed(id);
    QCOMPARE(changed.count(), 1);

    m_store->setProject(m_dir.filePath(QStringLiteral("b/alembic.ini")));
    QVERIFY(m_store->connections().isEmpty());
    QVERIFY(m_store->lastUsed().isEmpty());
    m_store->setProject(
        m_dir.filePath(QStringLiteral("a/../a/alembic.ini"))); // same file, other spelling
    QCOMPARE(m_store->connections().size(), 1);
    QCOMPARE(m_store->lastUsed(), id);
    m_store->setProject(QString()); // no project: global only, a Project entry becomes Global
    QVERIFY(m_store->connections().isEmpty());
    QCOMPARE(m_store->add(mine).scope, SavedConnection::Scope::Global);
}

void TestConnectionManager::urlPasteFillsFields()
{
    auto dialog = makeDialog();
    dialog->addPostgres();
    auto *url = child<QLineEdit>(dialog.get(), "urlEdit");
    url->setFocus();
    url->selectAll();
    QApplication::clipboard()->setText(QStringLiteral(
        "postgresql+psycopg2://bob:p%40ss%3Aword@db.example.com:6543/shop?sslmode=require"));
    QTest::keySequence(url, QKeySequence::Paste);
    if (url->text().isEmpty())
        QSKIP("the offscreen platform has no clipboard here");

    QCOMPARE(child<QLineEdit>(dialog.get(), "hostEdit")->text(), QStringLiteral("db.example.com"));
    QCOMPARE(child<QSpinBox>(dialog.get(), "portSpin")->value(), 6543);
    QCOMPARE(child<QLineEdit>(dialog.get(), "databaseEdit")->text(), QStringLiteral("shop"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "userEdit")->text(), QStringLiteral("bob"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "passwordEdit")->text(), QStringLiteral("p@ss:word"));
    QCOMPARE(child<QComboBox>(dialog.get(), "sslmodeCombo")->currentData().toString(),
        QStringLiteral("require"));
    QCOMPARE(child<QComboBox>(dialog.get(), "kindCombo")->currentIndex(), 1);
    // The pasted URL is masked at once, and the profile keeps the scheme as written.
    QCOMPARE(url->text(),
        QStringLiteral("postgresql+psycopg2://bob:***@db.example.com:6543/shop?sslmode=require"));
    QCOMPARE(
        dialog->editor()->connection().profile.driverName, QStringLiteral("postgresql+psycopg2"));
    QCOMPARE(dialog->editor()->profileWithPassword().password, QStringLiteral("p@ss:word"));

    // Editing a field rewrites the masked URL.
    auto *database = child<QLineEdit>(dialog.get(), "databaseEdit");
    database->setFocus();
    QTest::keyClicks(database, QStringLiteral("_v2"));
    QCOMPARE(url->text(),
        QStringLiteral(
            "postgresql+psycopg2://bob:***@db.example.com:6543/shop_v2?sslmode=require"));
}

void TestConnectionManager::invalidInputShowsInlineError()
{
    auto dialog = makeDialog();
    dialog->addPostgres();
    auto *error = child<QLabel>(dialog.get(), "errorLabel");
    auto *connectButton = child<QPushButton>(dialog.get(), "connectButton");
    QCOMPARE(dialog->validationMessage(), QStringLiteral("Enter a name for the connection."));
    QCOMPARE(error->text(), dialog->validationMessage());
    QVERIFY(!connectButton->isEnabled());

    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("Staging"));
    QCOMPARE(dialog->validationMessage(), QStringLiteral("Enter the name of the database."));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "databaseEdit"), QStringLiteral("shop"));
    QVERIFY(dialog->validationMessage().isEmpty());
    QVERIFY(error->isHidden());
    QVERIFY(connectButton->isEnabled());

    auto *url = child<QLineEdit>(dialog.get(), "urlEdit");
    url->setFocus();
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("mysql://x@y/z"));
    QVERIFY2(dialog->validationMessage().contains(QLatin1String("'mysql'")),
        qPrintable(dialog->validationMessage()));
    QVERIFY(!connectButton->isEnabled());
    QCOMPARE(error->text(), dialog->validationMessage());

    // A second entry with the same name in the same scope is refused.
    dialog->addSqlite(); // discards the unsaved PostgreSQL entry (auto answer: Discard)
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("Dup"));
    QTest::keyClicks(
        child<QLineEdit>(dialog.get(), "sqlitePathEdit"), m_dir.filePath(QStringLiteral("dup.db")));
    QVERIFY(dialog->saveCurrent());
    dialog->addSqlite();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("dup"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sqlitePathEdit"),
        m_dir.filePath(QStringLiteral("dup2.db")));
    QCOMPARE(
        dialog->validationMessage(), QStringLiteral("Another connection is already called “dup”."));
    QVERIFY(!dialog->saveCurrent());
    auto *path = child<QLineEdit>(dialog.get(), "sqlitePathEdit");
    path->clear();
    QTest::keyClicks(path, QStringLiteral("/no/such/folder/x.db"));
    QCOMPARE(
        dialog->validationMessage(), QStringLiteral("The folder /no/such/folder does not exist."));
}

void TestConnectionManager::typedPasswordNeverReachesSettings()
{
    auto dialog = makeDialog();
    dialog->addPostgres();
    child<QCheckBox>(dialog.get(), "savePasswordCheck")->setChecked(false);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("Typed"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "databaseEdit"), QStringLiteral("shop"));
    QTest::keyClicks(
        child<QLineEdit>(dialog.get(), "passwordEdit"), QStringLiteral("Typed-Secret-42"));
    QVERIFY(
        !child<QLineEdit>(dialog.get(), "urlEdit")->text().contains(QLatin1String("Typed-Secret")));
    QVERIFY(dialog->saveCurrent());
    QVERIFY(!dialog->currentId().isEmpty());
    const QByteArray file = readBytes(m_settingsFile);
    QVERIFY(file.contains("Typed"));
    QVERIFY(!file.contains("Typed-Secret-42"));
    // The editor keeps the typed password after saving (for Test and Connect).
    QCOMPARE(dialog->editor()->password(), QStringLiteral("Typed-Secret-42"));
}

void TestConnectionManager::testConnectionSqlite()
{
    const QString path = makeSqliteFile(m_dir.filePath(QStringLiteral("test-ok.db")));
    auto dialog = makeDialog();
    dialog->addSqlite();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sqlitePathEdit"), path);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "testButton"), Qt::LeftButton);
    QVERIFY(dialog->isTesting()); // a test needs no name
    QVERIFY(!child<QProgressBar>(dialog.get(), "testSpinner")->isHidden());
    QTRY_VERIFY(!dialog->isTesting());
    QVERIFY(child<QProgressBar>(dialog.get(), "testSpinner")->isHidden());
    QCOMPARE(
        dialog->testResultText(), QStringLiteral("Connected: SQLite ") + sqliteLibraryVersion());
}

void TestConnectionManager::testConnectionBadPath()
{
    // A file that does not exist yet is a new, empty database (the first run creates it, as
    // with Alembic); testing it creates nothing.
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    auto dialog = makeDialog();
    dialog->addSqlite();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sqlitePathEdit"), missing);
    dialog->testConnection();
    QTRY_VERIFY(!dialog->isTesting());
    QVERIFY2(dialog->testResultText().contains(QStringLiteral("new file: the first run creates it")),
             qPrintable(dialog->testResultText()));
    QVERIFY(!QFile::exists(missing));

    // A folder that does not exist is an error naming it.
    const QString nowhere = m_dir.filePath(QStringLiteral("no-such-folder/missing.db"));
    child<QLineEdit>(dialog.get(), "sqlitePathEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sqlitePathEdit"), nowhere);
    dialog->testConnection();
    QTRY_VERIFY(!dialog->isTesting());
    QVERIFY2(dialog->testResultText().contains(QDir::toNativeSeparators(QFileInfo(nowhere).path()))
                 && dialog->testResultText().contains(QStringLiteral("does not exist")),
             qPrintable(dialog->testResultText()));

    // A path the driver cannot open (a directory) shows the driver's exact text.
    Core::ConnectionProfile profile;
    profile.sqliteDatabase = m_dir.path();
    profile.sqlitePath = m_dir.path();
    child<QLineEdit>(dialog.get(), "sqlitePathEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sqlitePathEdit"), m_dir.path());
    dialog->testConnection();
    QTRY_VERIFY(!dialog->isTesting());
    Core::DatabaseSession::Options readOnly;
    readOnly.readOnly = true;
    const auto direct = Core::DatabaseSession::open(profile, readOnly);
    QVERIFY(!direct);
    QCOMPARE(dialog->testResultText(), direct.error());

    // Closing the dialog abandons a running test.
    dialog->testConnection();
    QVERIFY(dialog->isTesting());
    dialog->reject();
    QVERIFY(!dialog->isTesting());
}

void TestConnectionManager::testConnectionPostgresError()
{
    if (qEnvironmentVariableIsEmpty("RETORT_TEST_PG"))
        QSKIP("needs RETORT_TEST_PG (scripts/pg-throwaway.sh start)");
    Core::ConnectionProfile profile;
    profile.kind = Core::ConnectionProfile::Kind::PostgreSQL;
    profile.driverName = QStringLiteral("postgresql");
    profile.host = qEnvironmentVariable("PGHOST", QStringLiteral("127.0.0.1"));
    profile.port = qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt();
    profile.user = QStringLiteral("retort_no_such_role");
    profile.database = QStringLiteral("postgres");
    profile.password = QStringLiteral("wrong password");
    profile.hasPassword = true;
    profile.sslmode = QStringLiteral("disable");

    auto dialog = makeDialog();
    QString pasteUrl = profile.toUrl();
    pasteUrl.replace(QLatin1String("retort_no_such_role@"),
        QLatin1String("retort_no_such_role:wrong%20password@"));
    QCOMPARE(dialog->editor()->applyUrl(pasteUrl), QString());
    QCOMPARE(dialog->editor()->password(), QStringLiteral("wrong password"));
    dialog->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15000);

    Core::DatabaseSession::Options readOnly;
    readOnly.readOnly = true;
    const auto direct = Core::DatabaseSession::open(profile, readOnly);
    QVERIFY(!direct);
    QVERIFY2(
        direct.error().contains(QLatin1String("retort_no_such_role")), qPrintable(direct.error()));
    // The dialog shows the driver's text exactly (plus a hint line when it is about the password).
    QVERIFY2(
        dialog->testResultText().startsWith(direct.error()), qPrintable(dialog->testResultText()));

    // And the server version on success.
    Core::ConnectionProfile good = profile;
    good.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    QCOMPARE(dialog->editor()->applyUrl(good.toUrl()), QString());
    dialog->testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15000);
    QVERIFY2(dialog->testResultText().startsWith(QLatin1String("Connected: PostgreSQL 1")),
        qPrintable(dialog->testResultText()));
}

void TestConnectionManager::importFromProjectSaysWhich()
{
    const QString ini = bookshopCopy();
    QVERIFY(!ini.isEmpty());
    const QString dir = QFileInfo(ini).absolutePath();
    QFile env(dir + QStringLiteral("/.env"));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("# local settings\nDATABASE_URL=postgresql://alice:pw%21@pg.example.com/inventory\n");
    env.close();
    const Core::Project project = Core::Project::open({ini, QStringLiteral("alembic"), dir});
    QVERIFY(project.isOpen());

    QProcessEnvironment environment;
    auto candidates = Ui::ConnectionManagerDialog::importCandidates(project.config(), environment);
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates.at(0).origin, Core::DatabaseUrlSource::Origin::DotEnv);
    QCOMPARE(candidates.at(1).origin, Core::DatabaseUrlSource::Origin::AlembicIni);
    QCOMPARE(
        candidates.at(1).url, QStringLiteral("sqlite:///") + dir + QStringLiteral("/bookshop.db"));
    const int iniLine = candidates.at(1).location.line;
    QVERIFY(iniLine > 1);
    environment.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("sqlite:///env.db"));
    candidates = Ui::ConnectionManagerDialog::importCandidates(project.config(), environment);
    QCOMPARE(candidates.size(), 3);
    QCOMPARE(candidates.at(0).origin, Core::DatabaseUrlSource::Origin::Environment);
    environment.remove(QStringLiteral("DATABASE_URL"));

    auto dialog = makeDialog();
    dialog->setProject(project);
    dialog->setEnvironment(environment);
    Ui::MessagePresenter::setAutoText(std::optional<QString>()); // "cancel" the choice
    QTest::mouseClick(child<QPushButton>(dialog.get(), "importButton"), Qt::LeftButton);
    QVERIFY(Ui::MessagePresenter::lastMessage().contains(QLatin1String("several")));
    QVERIFY(dialog->noteText().isEmpty());

    const QString envChoice = QStringLiteral(
        "DATABASE_URL in %1/.env, line 2: postgresql://alice:***@pg.example.com/inventory")
                                  .arg(QDir::toNativeSeparators(dir));
    Ui::MessagePresenter::setAutoText(std::optional<QString>(envChoice));
    dialog->importFromProject();
    QCOMPARE(child<QLineEdit>(dialog.get(), "hostEdit")->text(), QStringLiteral("pg.example.com"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "databaseEdit")->text(), QStringLiteral("inventory"));
    QCOMPARE(child<QLineEdit>(dialog.get(), "userEdit")->text(), QStringLiteral("alice"));
    QCOMPARE(dialog->editor()->password(), QStringLiteral("pw!"));
    QCOMPARE(dialog->noteText(),
        QStringLiteral("Imported from DATABASE_URL in %1/.env, line 2.")
            .arg(QDir::toNativeSeparators(dir)));
    QVERIFY2(dialog->editor()->connection().profile.name.endsWith(QLatin1String("(.env)")),
        qPrintable(dialog->editor()->connection().profile.name));
    QVERIFY(dialog->currentId().isEmpty()); // not saved until Save or Connect

    // The ini's URL, chosen by its text; the SQLite path is the project's.
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard);
    const QString iniChoice
        = QStringLiteral("alembic.ini [alembic] sqlalchemy.url, line %1: sqlite:///%2/bookshop.db")
              .arg(iniLine)
              .arg(dir);
    Ui::MessagePresenter::setAutoText(std::optional<QString>(iniChoice));
    dialog->importFromProject();
    QVERIFY2(dialog->noteText().startsWith(QLatin1String("Imported from alembic.ini")),
        qPrintable(iniChoice));
    QCOMPARE(child<QComboBox>(dialog.get(), "kindCombo")->currentIndex(), 0);
    QCOMPARE(
        dialog->editor()->connection().profile.sqlitePath, dir + QStringLiteral("/bookshop.db"));
    QVERIFY2(dialog->noteText().contains(QLatin1String("alembic.ini [alembic] sqlalchemy.url")),
        qPrintable(dialog->noteText()));
    QCOMPARE(dialog->editor()->connection().scope, SavedConnection::Scope::Project);
}

void TestConnectionManager::connectEmitsSavedEntry()
{
    const QString path = makeSqliteFile(m_dir.filePath(QStringLiteral("connect.db")));
    auto dialog = makeDialog();
    QSignalSpy requested(dialog.get(), &Ui::ConnectionManagerDialog::connectRequested);
    dialog->addSqlite();
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "nameEdit"), QStringLiteral("Shop file"));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "sqlitePathEdit"), path);
    child<QCheckBox>(dialog.get(), "productionCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    const auto saved = requested.at(0).at(0).value<SavedConnection>();
    QVERIFY(!saved.id.isEmpty());
    QCOMPARE(saved.profile.sqlitePath, path);
    QVERIFY(saved.profile.production);
    QCOMPARE(m_store->connection(saved.id), std::optional<SavedConnection>(saved));
    QCOMPARE(m_store->lastUsed(), saved.id);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    // Reopened, the dialog selects the last used entry.
    auto again = makeDialog();
    QCOMPARE(again->currentId(), saved.id);
    QCOMPARE(child<QListWidget>(again.get(), "connectionList")->currentItem()->text(),
        QStringLiteral("Shop file — production"));

    // A new file from "New File…" is an empty database Test Connection accepts.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
    QCOMPARE(again->editor()->useNewSqliteFile(fresh), QString());
    QVERIFY(QFile::exists(fresh));
    again->testConnection();
    QTRY_VERIFY(!again->isTesting());
    QVERIFY2(again->testResultText().startsWith(QLatin1String("Connected: SQLite")),
        qPrintable(again->testResultText()));
}

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"

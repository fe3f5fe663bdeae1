// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Connections in the window, on the offscreen platform with real files: the profile store never
// writes a password, the connection dialog (URL paste, validation, Test Connection on SQLite
// and — with RETORT_TEST_PG — PostgreSQL, Import from Project), the password vault without a
// keyring, DatabaseConnection on a bookshop database made by the real `alembic upgrade heads`,
// and the production banner and confirmation.

#include "core/db/databasesession.h"
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

namespace {

const QString kHead = QStringLiteral("2b6f8d0a3e17");

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(
        from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

Core::ConnectionProfile postgresProfile(const QString &database, bool production)
{
    Core::ConnectionProfile p;
    p.kind = Core::ConnectionProfile::Kind::PostgreSQL;
    p.driverName = QStringLiteral("postgresql");
    p.name = QStringLiteral("Live");
    p.host = QStringLiteral("db.example.com");
    p.port = 6543;
    p.database = database;
    p.user = QStringLiteral("bob");
    p.sslmode = QStringLiteral("require");
    p.options = {{QStringLiteral("application_name"), QStringLiteral("shop admin")}};
    p.production = production;
    return p;
}

//! A SQLite file with one table; its path.
QString makeSqliteFile(const QString &path)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-setup"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-setup"));
    return path;
}

//! Runs \a statements on the SQLite file \a path; false when one fails.
bool execSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-exec"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-exec"));
    return ok;
}

//! `alembic -c <ini> <arguments>` in the ini's directory; "" or what went wrong.
QString runAlembic(const QString &alembic, const QString &ini, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(QFileInfo(ini).absolutePath());
    process.start(alembic, QStringList {QStringLiteral("-c"), ini} + arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("alembic did not finish");
    return process.exitCode() == 0 ? QString()
                                   : QString::fromLocal8Bit(process.readAllStandardError());
}

QString sqliteLibraryVersion()
{
    QString version;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            version = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-version"));
    return version;
}

} // namespace

class TestConnectionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
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
    void vaultWithoutKeyringAnswersQuickly();
    void vaultRoundTripInRealKeyring();
    void databaseConnectionReadsBookshop();
    void databaseConnectionReportsDriverError();
    void databaseConnectionAsksForPassword();
    void productionConfirmAcceptsOnlyTheName();
    void productionBannerFollowsProfileAndPalette();

private:
    //! A scratch copy of the bookshop example; its ini path.
    QString bookshopCopy();
    std::unique_ptr<Ui::ConnectionManagerDialog> makeDialog();

    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<Ui::ConnectionStore> m_store;
    std::unique_ptr<Ui::PasswordVault> m_vault;
    int m_copies = 0;
};

void TestConnectionManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConnectionManager::init()
{
    Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard);
    Ui::MessagePresenter::setAutoText(std::nullopt);
    m_settingsFile
        = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction()));
    QFile::remove(m_settingsFile);
    m_store = std::make_unique<Ui::ConnectionStore>(m_settingsFile);
    m_vault = std::make_unique<Ui::PasswordVault>();
    m_vault->setTimeout(3000);
}

QString TestConnectionManager::bookshopCopy()
{
    const QString dir = m_dir.filePath(QStringLiteral("bookshop%1").arg(++m_copies));
    if (!copyTree(QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop"), dir))
        return {};
    QFile::remove(dir + QStringLiteral("/bookshop.db"));
    return dir + QStringLiteral("/alembic.ini");
}

std::unique_ptr<Ui::ConnectionManagerDialog> TestConnectionManager::makeDialog()
{
    auto dialog = std::make_unique<Ui::ConnectionManagerDialog>(m_store.get(), m_vault.get());
    dialog->show();
    return dialog;
}

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

void TestConnectionManager::vaultWithoutKeyringAnswersQuickly()
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

void TestConnectionManager::vaultRoundTripInRealKeyring()
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

void TestConnectionManager::databaseConnectionReadsBookshop()
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

void TestConnectionManager::databaseConnectionReportsDriverError()
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

void TestConnectionManager::databaseConnectionAsksForPassword()
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

void TestConnectionManager::productionConfirmAcceptsOnlyTheName()
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

void TestConnectionManager::productionBannerFollowsProfileAndPalette()
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

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"

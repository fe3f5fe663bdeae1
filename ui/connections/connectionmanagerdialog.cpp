// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/connectionmanagerdialog.h"

#include "ui/common/messagepresenter.h"
#include "ui/connections/connectioneditor.h"
#include "ui/connections/connectiontester.h"
#include "ui/connections/connectiontexts.h"
#include "ui/connections/passwordvault.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace Retort::Ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kListWidth = 220;
constexpr int kEditorWidth = 600;

QString sourceLabel(const Core::DatabaseUrlSource &source)
{
    switch (source.origin) {
    case Core::DatabaseUrlSource::Origin::Environment:
        return ConnectionManagerDialog::tr("DATABASE_URL in the environment");
    case Core::DatabaseUrlSource::Origin::DotEnv:
        return ConnectionManagerDialog::tr("DATABASE_URL in %1, line %2")
            .arg(QDir::toNativeSeparators(source.location.file))
            .arg(source.location.line);
    case Core::DatabaseUrlSource::Origin::AlembicIni:
    case Core::DatabaseUrlSource::Origin::Explicit:
        break;
    }
    return ConnectionManagerDialog::tr("%1, line %2")
        .arg(source.description())
        .arg(source.location.line);
}

//! The source's URL with its password masked, for choosing among sources.
QString maskedUrl(const Core::DatabaseUrlSource &source, const QString &baseDirectory)
{
    const auto parsed = Core::parseDatabaseUrl(source.url, baseDirectory);
    return parsed ? parsed->displayUrl(QStringLiteral("***"))
                  : source.url.section(QLatin1Char('@'), -1);
}

} // namespace

ConnectionManagerDialog::ConnectionManagerDialog(
    ConnectionStore *store, PasswordVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_vault(vault)
    , m_tester(new ConnectionTester(this))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    setObjectName(QStringLiteral("connectionManagerDialog"));
    setWindowTitle(tr("Database Connections"));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(createListPane());
    splitter->addWidget(createEditorPane());
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({kListWidth, kEditorWidth});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(createButtonRow());
    resize(kListWidth + kEditorWidth, 540);

    connect(m_editor, &ConnectionEditor::edited, this, [this] {
        m_dirty = true;
        updateValidation();
    });
    connect(m_vault, &PasswordVault::becameUnavailable, this,
        [this](const QString &reason) { m_editor->setKeyringAvailable(false, reason); });
    connectTester();

    reloadList(m_store->lastUsed());
    if (m_list->count() == 0)
        addSqlite();
}

ConnectionManagerDialog::~ConnectionManagerDialog() = default;

QWidget *ConnectionManagerDialog::createEditorPane()
{
    auto *pane = new QWidget(this);
    m_editor = new ConnectionEditor(pane);
    m_editor->setKeyringAvailable(m_vault->isAvailable(), m_vault->unavailableReason());
    m_editor->setProjectScopeAvailable(m_store->hasProject());
    m_note = new QLabel(pane);
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_error = new QLabel(pane);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(createTestRow());
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    return pane;
}

QLayout *ConnectionManagerDialog::createButtonRow()
{
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAutoDefault(false);
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_save, &QPushButton::clicked, this, &ConnectionManagerDialog::saveCurrent);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionManagerDialog::connectToCurrent);
    connect(close, &QPushButton::clicked, this, &ConnectionManagerDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_save);
    row->addStretch(1);
    row->addWidget(m_buttons);
    return row;
}

void ConnectionManagerDialog::connectTester()
{
    connect(m_tester, &ConnectionTester::runningChanged, this, [this](bool running) {
        m_spinner->setVisible(running);
        refreshTestIcon();
        m_test->setText(running ? tr("Cancel &Test") : tr("&Test Connection"));
    });
    connect(m_tester, &ConnectionTester::succeeded, this, [this](const QString &version) {
        setTestResult(tr("Connected: %1 %2")
                          .arg(ConnectionTexts::kindName(m_editor->connection().profile), version),
            true);
    });
    connect(m_tester, &ConnectionTester::failed, this,
        [this](const QString &error, bool needsPassword) {
            setTestResult(needsPassword
                    ? error + QLatin1Char('\n') + tr("The server wants a (different) password.")
                    : error,
                false);
        });
}

QWidget *ConnectionManagerDialog::createListPane()
{
    auto *pane = new QWidget(this);
    m_list = new QListWidget(pane);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_addSqlite = new QPushButton(tr("New S&QLite"), pane);
    m_addSqlite->setObjectName(QStringLiteral("addSqliteButton"));
    m_addPostgres = new QPushButton(tr("New &PostgreSQL"), pane);
    m_addPostgres->setObjectName(QStringLiteral("addPostgresButton"));
    m_import = new QPushButton(tr("&Import from Project"), pane);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(
        tr("Use the project's sqlalchemy.url, or DATABASE_URL from the environment or .env"));
    m_import->setEnabled(false);
    m_remove = new QPushButton(tr("&Remove"), pane);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(m_addSqlite, &QPushButton::clicked, this, &ConnectionManagerDialog::addSqlite);
    connect(m_addPostgres, &QPushButton::clicked, this, &ConnectionManagerDialog::addPostgres);
    connect(m_import, &QPushButton::clicked, this, &ConnectionManagerDialog::importFromProject);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionManagerDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this,
        &ConnectionManagerDialog::onCurrentRowChanged);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSqlite);
    buttons->addWidget(m_addPostgres);
    auto *more = new QHBoxLayout;
    more->addWidget(m_import);
    more->addWidget(m_remove);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(more);
    return pane;
}

QWidget *ConnectionManagerDialog::createTestRow()
{
    auto *row = new QWidget(this);
    m_test = new QPushButton(tr("&Test Connection"), row);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_spinner = new QProgressBar(row);
    m_spinner->setObjectName(QStringLiteral("testSpinner"));
    m_spinner->setRange(0, 0); // busy indicator
    m_spinner->setTextVisible(false);
    m_spinner->setMaximumWidth(80);
    m_spinner->setVisible(false);
    m_testIcon = new QLabel(row);
    m_testIcon->setObjectName(QStringLiteral("testResultIcon"));
    m_testResult = new QLabel(row);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_test, &QPushButton::clicked, this,
        [this] { isTesting() ? cancelTest() : testConnection(); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_test, 0, Qt::AlignTop);
    layout->addWidget(m_spinner, 0, Qt::AlignTop);
    layout->addWidget(m_testIcon, 0, Qt::AlignTop);
    layout->addWidget(m_testResult, 1);
    return row;
}

void ConnectionManagerDialog::setProject(const Core::Project &project)
{
    m_project = project;
    const bool open = project.isOpen();
    m_store->setProject(open ? project.location().iniPath : QString());
    m_editor->setBaseDirectory(open ? project.config().workingDirectory() : QString());
    m_editor->setProjectScopeAvailable(m_store->hasProject());
    m_import->setEnabled(open);
    if (!m_dirty)
        reloadList(m_store->lastUsed());
}

void ConnectionManagerDialog::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
}

void ConnectionManagerDialog::reloadList(const QString &selectId, bool show)
{
    m_changingRow = true;
    m_list->clear();
    int selectRow = -1;
    for (const SavedConnection &connection : m_store->connections()) {
        const Core::ConnectionProfile &p = connection.profile;
        const QString text = p.production ? tr("%1 — production").arg(p.name) : p.name;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIdRole, connection.id);
        item->setToolTip(
            tr("%1: %2 (%3)")
                .arg(ConnectionTexts::kindName(p), ConnectionTexts::describe(p),
                    connection.scope == SavedConnection::Scope::Global ? tr("all projects")
                                                                       : tr("this project")));
        if (connection.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0)
        selectRow = 0;
    m_list->setCurrentRow(selectRow);
    m_changingRow = false;
    if (selectRow >= 0 && show) {
        if (const auto connection
            = m_store->connection(m_list->item(selectRow)->data(kIdRole).toString()))
            showConnection(*connection);
    }
    updateValidation();
}

bool ConnectionManagerDialog::selectConnection(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return m_currentId == id;
        }
    }
    return false;
}

void ConnectionManagerDialog::onCurrentRowChanged(int row)
{
    if (m_changingRow || row < 0)
        return;
    const QString id = m_list->item(row)->data(kIdRole).toString();
    if (id == m_currentId && !id.isEmpty())
        return;
    if (!leaveCurrent()) {
        selectRowOf(m_currentId); // stay on the entry being edited
        return;
    }
    selectRowOf(id); // saving or discarding may have rebuilt the list
    if (const auto connection = m_store->connection(id))
        showConnection(*connection);
}

void ConnectionManagerDialog::selectRowOf(const QString &id)
{
    int row = -1;
    for (int r = 0; r < m_list->count(); ++r) {
        if (m_list->item(r)->data(kIdRole).toString() == id)
            row = r;
    }
    m_changingRow = true;
    m_list->setCurrentRow(row);
    m_changingRow = false;
}

bool ConnectionManagerDialog::leaveCurrent()
{
    if (!m_dirty)
        return true;
    const QString name = m_editor->connection().profile.name;
    const auto answer = MessagePresenter::question(this, tr("Unsaved Changes"),
        tr("Save the changes to the connection “%1”?").arg(name.isEmpty() ? tr("(unnamed)") : name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveCurrent();
    if (answer == QMessageBox::Discard) {
        m_dirty = false;
        if (m_currentId.isEmpty())
            reloadList(QString());
        return true;
    }
    return false;
}

void ConnectionManagerDialog::showConnection(const SavedConnection &connection)
{
    cancelTest();
    m_currentId = connection.id;
    m_editor->setConnection(connection);
    m_dirty = false;
    setTestResult(QString(), true);
    setNote(QString());
    updateValidation();
}

bool ConnectionManagerDialog::startNew(
    const SavedConnection &connection, const QString &password, bool dirty)
{
    if (!leaveCurrent())
        return false;
    m_changingRow = true;
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_changingRow = false;
    showConnection(connection);
    m_currentId.clear();
    m_editor->setPassword(password);
    m_dirty = dirty;
    updateValidation();
    return true;
}

void ConnectionManagerDialog::addSqlite()
{
    SavedConnection connection;
    connection.scope
        = m_store->hasProject() ? SavedConnection::Scope::Project : SavedConnection::Scope::Global;
    connection.profile.kind = Core::ConnectionProfile::Kind::SQLite;
    connection.profile.driverName = QStringLiteral("sqlite");
    startNew(connection);
}

void ConnectionManagerDialog::addPostgres()
{
    SavedConnection connection;
    connection.scope
        = m_store->hasProject() ? SavedConnection::Scope::Project : SavedConnection::Scope::Global;
    connection.profile.kind = Core::ConnectionProfile::Kind::PostgreSQL;
    connection.profile.driverName = QStringLiteral("postgresql");
    connection.profile.host = QStringLiteral("localhost");
    connection.savePassword = m_vault->isAvailable();
    startNew(connection);
}

QString ConnectionManagerDialog::nameProblem(const SavedConnection &connection) const
{
    for (const SavedConnection &other : m_store->connections()) {
        if (other.id != m_currentId && other.scope == connection.scope
            && other.profile.name.compare(connection.profile.name, Qt::CaseInsensitive) == 0)
            return tr("Another connection is already called “%1”.").arg(connection.profile.name);
    }
    return {};
}

QString ConnectionManagerDialog::validationMessage() const
{
    const QString problem = m_editor->validationMessage();
    return problem.isEmpty() ? nameProblem(m_editor->connection()) : problem;
}

void ConnectionManagerDialog::updateValidation()
{
    const QString problem = validationMessage();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty() && (m_dirty || m_currentId.isEmpty()));
    m_connect->setEnabled(problem.isEmpty());
    m_remove->setEnabled(!m_currentId.isEmpty());
}

bool ConnectionManagerDialog::saveCurrent()
{
    updateValidation();
    if (!validationMessage().isEmpty())
        return false;
    SavedConnection connection = m_editor->connection();
    const auto previous = m_store->connection(m_currentId);
    if (m_currentId.isEmpty()) {
        connection = m_store->add(connection);
    } else {
        connection.id = m_currentId;
        m_store->update(connection);
    }
    storePassword(connection, m_editor->password(), previous && previous->savePassword);
    m_currentId = connection.id;
    m_dirty = false;
    reloadList(connection.id, false); // the editor keeps what was typed (the password too)
    return true;
}

void ConnectionManagerDialog::storePassword(
    const SavedConnection &connection, const QString &password, bool wasSaved)
{
    if (!connection.savePassword) {
        if (wasSaved)
            m_vault->removePassword(connection.id, this, [](const PasswordVault::Result &) {});
        return;
    }
    if (password.isEmpty())
        return; // keep what the keyring holds
    m_vault->writePassword(
        connection.id, password, this, [this](const PasswordVault::Result &result) {
            if (result.ok())
                return;
            setNote(tr("The password could not be saved in the system keyring (%1). "
                       "Retort will ask for it when connecting.")
                        .arg(result.message.isEmpty() ? tr("no keyring") : result.message));
        });
}

void ConnectionManagerDialog::removeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const QString name = m_editor->connection().profile.name;
    const auto answer = MessagePresenter::question(this, tr("Remove Connection"),
        tr("Remove the connection “%1”?").arg(name), QMessageBox::Yes | QMessageBox::No,
        QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto removed = m_store->connection(m_currentId);
    m_store->remove(m_currentId);
    if (removed && removed->savePassword)
        m_vault->removePassword(removed->id, this, [](const PasswordVault::Result &) {});
    m_currentId.clear();
    m_dirty = false;
    reloadList(QString());
    if (m_list->count() == 0)
        addSqlite();
}

void ConnectionManagerDialog::testConnection()
{
    const QString problem = m_editor->validationMessage(false); // a test needs no name
    if (!problem.isEmpty()) {
        setTestResult(problem, false);
        return;
    }
    Core::ConnectionProfile profile = m_editor->profileWithPassword();
    const SavedConnection connection = m_editor->connection();
    if (!profile.isSqlite() && profile.password.isEmpty() && connection.savePassword
        && !m_currentId.isEmpty()) {
        m_spinner->setVisible(true);
        m_vault->readPassword(
            m_currentId, this, [this, profile](const PasswordVault::Result &result) mutable {
                if (!isVisible()) { // closed meanwhile
                    m_spinner->setVisible(false);
                    return;
                }
                if (result.ok()) {
                    profile.password = result.password;
                    profile.hasPassword = true;
                }
                runTest(profile);
            });
        return;
    }
    runTest(profile);
}

void ConnectionManagerDialog::runTest(const Core::ConnectionProfile &profile)
{
    m_tester->start(profile);
    setTestResult(tr("Connecting to %1…").arg(ConnectionTexts::describe(profile)), true);
}

void ConnectionManagerDialog::cancelTest()
{
    m_tester->cancel();
    m_spinner->setVisible(false);
}

bool ConnectionManagerDialog::isTesting() const
{
    return m_tester->isRunning();
}

QString ConnectionManagerDialog::testResultText() const
{
    return m_testResult->text();
}

QString ConnectionManagerDialog::noteText() const
{
    return m_note->text();
}

void ConnectionManagerDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ConnectionManagerDialog::setTestResult(const QString &text, bool ok)
{
    m_testResult->setText(text);
    m_testOk = ok;
    refreshTestIcon();
}

QList<Core::DatabaseUrlSource> ConnectionManagerDialog::importCandidates(
    const Core::AlembicConfig &config, const QProcessEnvironment &environment)
{
    QList<Core::DatabaseUrlSource> sources;
    const QString variable = QStringLiteral("DATABASE_URL");
    QProcessEnvironment rest = environment;
    if (!environment.value(variable).isEmpty()) {
        Core::DatabaseUrlSource fromEnvironment;
        fromEnvironment.origin = Core::DatabaseUrlSource::Origin::Environment;
        fromEnvironment.url = environment.value(variable);
        fromEnvironment.section = config.section();
        sources << fromEnvironment;
        rest.remove(variable);
    }
    const auto next = Core::DatabaseUrlSource::resolve(QString(), rest, config);
    if (!next)
        return sources;
    sources << next.value();
    if (next->origin == Core::DatabaseUrlSource::Origin::DotEnv) {
        const auto option = config.option(QStringLiteral("sqlalchemy.url"));
        if (option && option.value() && !option.value()->trimmed().isEmpty()) {
            Core::DatabaseUrlSource ini;
            ini.origin = Core::DatabaseUrlSource::Origin::AlembicIni;
            ini.url = *option.value();
            ini.location = config.locationOf(QStringLiteral("sqlalchemy.url"));
            ini.section = config.section();
            sources << ini;
        }
    }
    return sources;
}

void ConnectionManagerDialog::importFromProject()
{
    if (!m_project || !m_project->isOpen())
        return;
    const Core::AlembicConfig &config = m_project->config();
    const QString base = config.workingDirectory();
    const QList<Core::DatabaseUrlSource> sources = importCandidates(config, m_environment);
    if (sources.isEmpty()) {
        setNote(tr("The project names no database: it has no sqlalchemy.url, and there is no "
                   "DATABASE_URL in "
                   "the environment or in .env."));
        return;
    }
    int chosen = 0;
    if (sources.size() > 1) {
        QStringList items;
        for (const Core::DatabaseUrlSource &source : sources)
            items << tr("%1: %2").arg(sourceLabel(source), maskedUrl(source, base));
        const auto answer = MessagePresenter::chooseItem(this, tr("Import from Project"),
            tr("The project names several databases. Import:"), items);
        chosen = answer ? int(items.indexOf(*answer)) : -1;
        if (chosen < 0)
            return;
    }
    const Core::DatabaseUrlSource &source = sources.at(chosen);
    const auto parsed = Core::parseDatabaseUrl(source.url, base);
    if (!parsed) {
        setNote(tr("%1 cannot be used: %2").arg(sourceLabel(source), parsed.error()));
        return;
    }
    SavedConnection connection;
    connection.scope = SavedConnection::Scope::Project;
    connection.profile = parsed.value();
    connection.profile.name = tr("%1 (%2)").arg(QFileInfo(config.iniFilePath()).dir().dirName(),
        source.origin == Core::DatabaseUrlSource::Origin::AlembicIni
            ? QStringLiteral("sqlalchemy.url")
            : source.description());
    connection.savePassword = !connection.profile.isSqlite() && m_vault->isAvailable();
    if (!startNew(connection, parsed->password, true))
        return; // the user chose to stay on unsaved edits
    setNote(tr("Imported from %1.").arg(sourceLabel(source)));
}

void ConnectionManagerDialog::connectToCurrent()
{
    const QString password = m_editor->password();
    if ((m_dirty || m_currentId.isEmpty()) && !saveCurrent())
        return;
    if (m_currentId.isEmpty() || !validationMessage().isEmpty())
        return;
    const auto connection = m_store->connection(m_currentId);
    if (!connection)
        return;
    m_store->setLastUsed(connection->id);
    emit connectRequested(*connection, password);
    accept();
}

void ConnectionManagerDialog::refreshTestIcon()
{
    // No icon while idle or connecting; a check mark or a stop sign for the outcome.
    const bool finished = !m_testResult->text().isEmpty() && !isTesting();
    m_testIcon->setVisible(finished);
    if (!finished)
        return;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = m_testOk ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
    m_testIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void ConnectionManagerDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshTestIcon();
}

void ConnectionManagerDialog::done(int result)
{
    if (result == QDialog::Rejected && !leaveCurrent())
        return;
    cancelTest();
    QDialog::done(result);
}

} // namespace Retort::Ui

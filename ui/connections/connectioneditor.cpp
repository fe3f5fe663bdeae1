// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/connectioneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Retort::Ui {
namespace {

enum KindIndex { SqliteIndex, PostgresIndex };

const char *const kSslModes[]
    = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

} // namespace

ConnectionEditor::ConnectionEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionEditor"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. “Staging” or “Local copy”"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("SQLite"));
    m_kind->addItem(tr("PostgreSQL"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("Paste a URL: postgresql://user:password@host:5432/database"));
    m_url->setToolTip(tr("A SQLAlchemy URL fills the fields below. The password is shown as ***."));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createSqlitePage());
    m_pages->addWidget(createPostgresPage());
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_scope->addItem(tr("This project only"), int(SavedConnection::Scope::Project));
    m_scope->addItem(tr("All projects"), int(SavedConnection::Scope::Global));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_kind);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(m_pages);
    form->addRow(tr("&Saved for:"), m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(createProductionBox());
    layout->addStretch(1);

    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &ConnectionEditor::onKindChanged);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectionEditor::onUrlEdited);
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectionEditor::onUrlEditingFinished);
    for (QLineEdit *edit : {m_name, m_sqlitePath, m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionEditor::onFieldEdited);
    connect(
        m_port, qOverload<int>(&QSpinBox::valueChanged), this, &ConnectionEditor::onFieldEdited);
    connect(m_sslmode, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &ConnectionEditor::onFieldEdited);
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &ConnectionEditor::onFieldEdited);
    connect(m_production, &QCheckBox::toggled, this, &ConnectionEditor::onFieldEdited);
    connect(m_savePassword, &QCheckBox::toggled, this, [this] {
        refreshPasswordHint();
        onFieldEdited();
    });

    SavedConnection empty;
    setConnection(empty);
}

ConnectionEditor::~ConnectionEditor() = default;

QWidget *ConnectionEditor::createSqlitePage()
{
    auto *page = new QWidget(this);
    m_sqlitePath = new QLineEdit(page);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePathEdit"));
    m_sqlitePath->setPlaceholderText(tr("Path of the database file"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *create = new QPushButton(tr("New &File…"), page);
    create->setObjectName(QStringLiteral("newFileButton"));
    create->setToolTip(tr("Create a new, empty SQLite database file"));
    connect(browse, &QPushButton::clicked, this, &ConnectionEditor::browseSqliteFile);
    connect(create, &QPushButton::clicked, this, &ConnectionEditor::createSqliteFile);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sqlitePath, 1);
    row->addWidget(browse);
    row->addWidget(create);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&File:"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_sqlitePath);
    return page;
}

QWidget *ConnectionEditor::createPostgresPage()
{
    auto *page = new QWidget(this);
    m_host = new QLineEdit(page);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("localhost, an address, or a socket directory"));
    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(page);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword = new QCheckBox(tr("Save the password in the system &keyring"), page);
    m_savePassword->setObjectName(QStringLiteral("savePasswordCheck"));
    m_sslmode = new QComboBox(page);
    m_sslmode->setObjectName(QStringLiteral("sslmodeCombo"));
    m_sslmode->addItem(tr("default (prefer)"), QString());
    for (const char *mode : kSslModes)
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_savePassword);
    form->addRow(tr("SS&L mode:"), m_sslmode);
    return page;
}

QWidget *ConnectionEditor::createProductionBox()
{
    auto *box = new QWidget(this);
    m_production = new QCheckBox(tr("This is a &production database"), box);
    m_production->setObjectName(QStringLiteral("productionCheck"));
    m_productionHint
        = new QLabel(tr("While connected, Retort shows a red banner, and every upgrade, downgrade "
                        "or stamp asks you to type the database name first."),
            box);
    m_productionHint->setObjectName(QStringLiteral("productionHint"));
    m_productionHint->setWordWrap(true);
    m_productionHint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_production);
    layout->addWidget(m_productionHint);
    return box;
}

void ConnectionEditor::setConnection(const SavedConnection &connection)
{
    m_base = connection;
    m_base.profile.password.clear();
    m_base.profile.hasPassword = false;
    m_filling = true;
    m_name->setText(connection.profile.name);
    m_scope->setCurrentIndex(m_scope->findData(int(connection.scope)));
    m_production->setChecked(connection.profile.production);
    m_savePassword->setChecked(connection.savePassword && m_keyringAvailable);
    m_password->clear();
    fillFields(connection.profile);
    m_filling = false;
    m_urlError.clear();
    refreshUrl();
    refreshPasswordHint();
}

void ConnectionEditor::fillFields(const Core::ConnectionProfile &profile)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_kind->setCurrentIndex(profile.isSqlite() ? SqliteIndex : PostgresIndex);
    m_pages->setCurrentIndex(m_kind->currentIndex());
    // The absolute path: a relative one would depend on the project the dialog was opened for.
    m_sqlitePath->setText(QDir::toNativeSeparators(profile.sqlitePath));
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    const int ssl = m_sslmode->findData(profile.sslmode);
    if (ssl < 0)
        m_sslmode->addItem(profile.sslmode, profile.sslmode);
    m_sslmode->setCurrentIndex(ssl < 0 ? m_sslmode->count() - 1 : ssl);
    m_filling = wasFilling;
}

SavedConnection ConnectionEditor::connection() const
{
    SavedConnection result = m_base;
    Core::ConnectionProfile &p = result.profile;
    p.name = m_name->text().trimmed();
    p.production = m_production->isChecked();
    result.scope = SavedConnection::Scope(m_scope->currentData().toInt());
    result.savePassword = m_savePassword->isChecked();
    p.password.clear();
    p.hasPassword = false;
    if (m_kind->currentIndex() == SqliteIndex) {
        p.kind = Core::ConnectionProfile::Kind::SQLite;
        if (!p.driverName.startsWith(QLatin1String("sqlite")))
            p.driverName = QStringLiteral("sqlite");
        p.sqliteDatabase = m_sqlitePath->text().trimmed();
        p.sqlitePath = absoluteSqlitePath(p.sqliteDatabase);
        p.host.clear();
        p.port = 0;
        p.database.clear();
        p.user.clear();
        p.sslmode.clear();
        result.savePassword = false;
    } else {
        p.kind = Core::ConnectionProfile::Kind::PostgreSQL;
        if (!p.driverName.startsWith(QLatin1String("postgres")))
            p.driverName = QStringLiteral("postgresql");
        p.sqliteDatabase.clear();
        p.sqlitePath.clear();
        p.host = m_host->text().trimmed();
        p.port = m_port->value();
        p.database = m_database->text().trimmed();
        p.user = m_user->text().trimmed();
        p.sslmode = m_sslmode->currentData().toString();
    }
    return result;
}

QString ConnectionEditor::password() const
{
    return m_kind->currentIndex() == PostgresIndex ? m_password->text() : QString();
}

void ConnectionEditor::setPassword(const QString &password)
{
    m_password->setText(password);
    refreshUrl();
}

Core::ConnectionProfile ConnectionEditor::profileWithPassword() const
{
    Core::ConnectionProfile profile = connection().profile;
    profile.password = password();
    profile.hasPassword = !profile.password.isEmpty();
    return profile;
}

void ConnectionEditor::setBaseDirectory(const QString &directory)
{
    m_baseDirectory = directory;
}

void ConnectionEditor::setProjectScopeAvailable(bool available)
{
    m_scope->setEnabled(available);
    if (!available)
        m_scope->setCurrentIndex(m_scope->findData(int(SavedConnection::Scope::Global)));
}

void ConnectionEditor::setKeyringAvailable(bool available, const QString &reason)
{
    m_keyringAvailable = available;
    m_savePassword->setEnabled(available);
    m_savePassword->setToolTip(available ? QString() : reason);
    if (!available)
        m_savePassword->setChecked(false);
    refreshPasswordHint();
}

QString ConnectionEditor::absoluteSqlitePath(const QString &text) const
{
    if (text.isEmpty())
        return {};
    const QString base = m_baseDirectory.isEmpty() ? QDir::currentPath() : m_baseDirectory;
    return QDir::cleanPath(QDir(base).absoluteFilePath(QDir::fromNativeSeparators(text)));
}

QString ConnectionEditor::applyUrl(const QString &url)
{
    const QString base = m_baseDirectory.isEmpty() ? QDir::currentPath() : m_baseDirectory;
    const auto parsed = Core::parseDatabaseUrl(url.trimmed(), base);
    if (!parsed)
        return parsed.error();
    Core::ConnectionProfile profile = parsed.value();
    profile.name = m_name->text().trimmed();
    profile.production = m_production->isChecked();
    m_base.profile = profile;
    m_base.profile.password.clear();
    m_base.profile.hasPassword = false;
    m_filling = true;
    fillFields(profile);
    m_password->setText(profile.password);
    m_filling = false;
    m_urlError.clear();
    refreshPasswordHint();
    if (!m_url->hasFocus())
        refreshUrl(); // typing in the URL field keeps what is typed until editing finishes
    emit edited();
    return {};
}

QString ConnectionEditor::useNewSqliteFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) // an empty file is an empty SQLite database
            return tr("Cannot create %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    m_kind->setCurrentIndex(SqliteIndex);
    m_sqlitePath->setText(QDir::toNativeSeparators(path));
    onFieldEdited();
    return {};
}

QString ConnectionEditor::validationMessage(bool requireName) const
{
    if (!m_urlError.isEmpty())
        return m_urlError;
    if (requireName && m_name->text().trimmed().isEmpty())
        return tr("Enter a name for the connection.");
    if (m_kind->currentIndex() == SqliteIndex) {
        const QString path = absoluteSqlitePath(m_sqlitePath->text().trimmed());
        if (path.isEmpty())
            return tr("Choose the database file, or create a new one with “New File…”.");
        if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return tr("The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return {};
    }
    if (m_database->text().trimmed().isEmpty() && m_user->text().trimmed().isEmpty())
        return tr("Enter the name of the database.");
    return {};
}

void ConnectionEditor::onKindChanged()
{
    m_pages->setCurrentIndex(m_kind->currentIndex());
    onFieldEdited();
}

void ConnectionEditor::onUrlEdited(const QString &text)
{
    // A paste arrives as one big edit: fill the fields at once and mask the password.
    const bool pasted = text.size() > m_lastUrlLength + 1;
    m_lastUrlLength = int(text.size());
    if (text.trimmed().isEmpty()) {
        m_urlError.clear();
        emit edited();
        return;
    }
    const QString error = applyUrl(text);
    m_urlError = error.isEmpty() ? QString() : tr("URL: %1").arg(error);
    if (error.isEmpty() && pasted)
        refreshUrl();
    else if (!error.isEmpty())
        emit edited();
}

void ConnectionEditor::onUrlEditingFinished()
{
    if (m_urlError.isEmpty())
        refreshUrl();
}

void ConnectionEditor::onFieldEdited()
{
    if (m_filling)
        return;
    m_urlError.clear();
    if (!m_url->hasFocus())
        refreshUrl();
    emit edited();
}

void ConnectionEditor::refreshUrl()
{
    const Core::ConnectionProfile profile = profileWithPassword();
    const bool incomplete = profile.isSqlite() ? profile.sqlitePath.isEmpty() : false;
    m_url->setText(incomplete ? QString() : profile.displayUrl(QStringLiteral("***")));
    m_lastUrlLength = int(m_url->text().size());
}

void ConnectionEditor::refreshPasswordHint()
{
    m_password->setPlaceholderText(m_savePassword->isChecked()
            ? tr("kept in the system keyring")
            : tr("asked when connecting (if the server wants one)"));
}

void ConnectionEditor::browseSqliteFile()
{
    const QString start = absoluteSqlitePath(m_sqlitePath->text().trimmed());
    const QString path = QFileDialog::getOpenFileName(this, tr("Open SQLite Database"),
        start.isEmpty() ? m_baseDirectory : start,
        tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)"));
    if (path.isEmpty())
        return;
    m_sqlitePath->setText(QDir::toNativeSeparators(path));
    onFieldEdited();
}

void ConnectionEditor::createSqliteFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New SQLite Database"),
        m_baseDirectory, tr("SQLite databases (*.db *.sqlite *.sqlite3 *.db3)"));
    if (path.isEmpty())
        return;
    const QString error = useNewSqliteFile(path);
    if (!error.isEmpty()) {
        m_urlError = error;
        emit edited();
    }
}

} // namespace Retort::Ui

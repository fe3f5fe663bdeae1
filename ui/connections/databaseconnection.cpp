// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/databaseconnection.h"

#include "ui/common/messagepresenter.h"
#include "ui/connections/connectiontexts.h"
#include "ui/connections/databaseprobe.h"
#include "ui/connections/passwordvault.h"
#include "ui/document/projectdocument.h"

#include <QFutureWatcher>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Retort::Ui {

DatabaseConnection::DatabaseConnection(
    ProjectDocument *document, PasswordVault *vault, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_vault(vault)
{
    qRegisterMetaType<Core::ConnectionProfile>();
    qRegisterMetaType<Core::SchemaSnapshot>();
    if (m_document)
        connect(m_document, &ProjectDocument::loaded, this, &DatabaseConnection::onProjectLoaded);
}

DatabaseConnection::~DatabaseConnection()
{
    if (m_watcher)
        m_watcher->disconnect(this);
}

void DatabaseConnection::setPromptParent(QWidget *parent)
{
    m_promptParent = parent;
}

void DatabaseConnection::connectToDatabase(
    const SavedConnection &connection, const QString &password)
{
    if (m_state != State::Disconnected)
        disconnectFromDatabase();
    ++m_generation; // a keyring answer for an earlier attempt is dropped
    m_connection = connection;
    m_profile = connection.profile;
    m_prompts = 0;
    m_passwordTyped = false;
    m_projectIni
        = m_document && m_document->isOpen() ? m_document->project().location().iniPath : QString();
    setState(State::Connecting);
    if (!password.isEmpty()) {
        m_profile.password = password;
        m_profile.hasPassword = true;
    } else if (!m_profile.isSqlite() && connection.savePassword && !connection.id.isEmpty()
        && m_vault) {
        const int generation = m_generation;
        m_vault->readPassword(
            connection.id, this, [this, generation](const PasswordVault::Result &result) {
                if (generation != m_generation)
                    return;
                if (result.ok()) {
                    m_profile.password = result.password;
                    m_profile.hasPassword = true;
                }
                start();
            });
        return;
    }
    start();
}

void DatabaseConnection::connectToProfile(const Core::ConnectionProfile &profile)
{
    SavedConnection adHoc;
    adHoc.profile = profile;
    connectToDatabase(adHoc, profile.password);
}

void DatabaseConnection::refresh()
{
    if (m_state != State::Connected)
        return;
    start();
}

void DatabaseConnection::disconnectFromDatabase()
{
    ++m_generation;
    setBusy(nullptr);
    const bool wasConnected = m_state != State::Disconnected;
    m_connection = {};
    m_profile = {}; // the password goes with it
    m_serverVersion.clear();
    m_heads.clear();
    m_hasVersionTable = false;
    m_schema = {};
    if (m_document && wasConnected)
        m_document->setDatabaseHeads({}, false);
    setState(State::Disconnected);
    if (wasConnected)
        emit disconnected();
}

void DatabaseConnection::start()
{
    ProbeRequest request;
    request.readState = true;
    if (m_document && m_document->isOpen()) {
        const Core::MigrationContextSettings &settings = m_document->project().contextSettings();
        request.versionTable = settings.versionTable;
        request.versionTableSchema = settings.versionTableSchema;
    }
    auto *watcher = new QFutureWatcher<ProbeResult>(this);
    connect(watcher, &QFutureWatcher<ProbeResult>::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            finish();
        else
            watcher->deleteLater(); // superseded
    });
    const Core::ConnectionProfile profile = m_profile;
    watcher->setFuture(QtConcurrent::run(
        databaseThreadPool(), [profile, request] { return probeDatabase(profile, request); }));
    setBusy(watcher);
}

void DatabaseConnection::finish()
{
    const ProbeResult result = m_watcher->result();
    setBusy(nullptr);
    if (!result.ok) {
        handleFailure(result);
        return;
    }
    const bool first = m_state == State::Connecting;
    m_serverVersion = result.serverVersion;
    m_heads = result.versions.heads;
    m_hasVersionTable = result.versions.hasTable;
    m_schema = result.schema;
    if (first) {
        if (m_passwordTyped && m_connection.savePassword && !m_connection.id.isEmpty() && m_vault)
            m_vault->writePassword(
                m_connection.id, m_profile.password, this, [](const PasswordVault::Result &) {});
        setState(State::Connected);
    }
    if (m_document)
        m_document->setDatabaseHeads(m_heads, true);
    if (first)
        emit connected(m_profile, m_serverVersion);
    emit stateRefreshed(m_heads, m_schema);
}

void DatabaseConnection::handleFailure(const ProbeResult &result)
{
    if (m_state == State::Connecting && result.needsPassword && m_prompts < kMaxPasswordPrompts) {
        const int generation = m_generation;
        const bool asked = askPassword(m_profile.hasPassword ? result.error : QString());
        if (generation != m_generation)
            return; // connected elsewhere while the prompt was open
        if (asked) {
            start();
            return;
        }
    }
    if (m_state == State::Connecting) {
        ++m_generation;
        m_connection = {};
        m_profile = {};
        setState(State::Disconnected);
    }
    emit errorOccurred(result.error);
}

bool DatabaseConnection::askPassword(const QString &refusal)
{
    ++m_prompts;
    QString label = m_profile.user.isEmpty()
        ? tr("Password for %1:").arg(ConnectionTexts::describe(m_profile))
        : tr("Password of %1 for %2:").arg(m_profile.user, ConnectionTexts::describe(m_profile));
    if (!refusal.isEmpty())
        label = tr("The server refused the password:\n%1\n\n%2").arg(refusal.trimmed(), label);
    const std::optional<QString> password
        = MessagePresenter::askPassword(m_promptParent, tr("Database Password"), label);
    if (!password)
        return false;
    m_profile.password = *password;
    m_profile.hasPassword = true;
    m_passwordTyped = true;
    return true;
}

void DatabaseConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DatabaseConnection::setBusy(QFutureWatcher<ProbeResult> *watcher)
{
    const bool wasBusy = isBusy();
    if (m_watcher && m_watcher != watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater(); // the worker finishes on its own; its result is dropped
    }
    m_watcher = watcher;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void DatabaseConnection::onProjectLoaded()
{
    if (m_state == State::Disconnected || !m_document)
        return;
    const QString ini = m_document->isOpen() ? m_document->project().location().iniPath : QString();
    if (!m_projectIni.isEmpty() && ini != m_projectIni) {
        disconnectFromDatabase();
        return;
    }
    m_projectIni = ini;
    refresh(); // the version table's name may come from the project just read
}

QString DatabaseConnection::statusText() const
{
    switch (m_state) {
    case State::Disconnected:
        return tr("No database");
    case State::Connecting:
        return tr("Connecting to %1…").arg(ConnectionTexts::describe(m_profile));
    case State::Connected:
        break;
    }
    const QString where
        = tr("%1 (%2 %3)")
              .arg(ConnectionTexts::describe(m_profile), ConnectionTexts::kindName(m_profile),
                  m_serverVersion.section(QLatin1Char(' '), 0, 0));
    if (!m_hasVersionTable)
        return tr("%1: no version table").arg(where);
    if (m_heads.isEmpty())
        return tr("%1: no revision applied").arg(where);
    QStringList dbHeads = m_heads;
    QStringList projectHeads
        = m_document && m_document->isOpen() ? m_document->project().map().heads() : QStringList();
    std::sort(dbHeads.begin(), dbHeads.end());
    std::sort(projectHeads.begin(), projectHeads.end());
    const QString revisions = m_heads.join(QLatin1String(", "));
    return dbHeads == projectHeads ? tr("%1 at %2 (head)").arg(where, revisions)
                                   : tr("%1 at %2").arg(where, revisions);
}

} // namespace Retort::Ui

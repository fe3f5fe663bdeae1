// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"
#include "core/schema/schemasnapshot.h"
#include "ui/connections/connectionstore.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

template<typename T> class QFutureWatcher;
class QWidget;

namespace Retort::Ui {

class PasswordVault;
class ProjectDocument;
struct ProbeResult;

/*! The database the window is connected to. Connecting and refreshing read the server
    version, the version table (env.py's version_table / version_table_schema of the
    document's project) and the schema on databaseThreadPool(), each visit with its own
    read-only Core::DatabaseSession (so nothing is held open between visits and a SQLite file
    is never created); the results come back to the GUI thread, update
    ProjectDocument::setDatabaseHeads() and are announced by signals.

    Passwords: the one given, else (for a saved connection with savePassword) the keyring's,
    else none; when the server then asks for one, MessagePresenter::askPassword() asks the user
    (up to kMaxPasswordPrompts times). A password the user typed is saved to the keyring when
    the entry wants it. The password stays in memory for refresh() until disconnect.

    A newer connectToDatabase() or disconnectFromDatabase() supersedes a visit in flight (its
    result is dropped). Opening another project (ProjectDocument::loaded with a different ini
    file) disconnects. GUI thread only; \a document and \a vault must outlive this object. */
class DatabaseConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseConnection)

public:
    enum class State { Disconnected, Connecting, Connected };
    Q_ENUM(State)
    static constexpr int kMaxPasswordPrompts = 3;

    DatabaseConnection(ProjectDocument *document, PasswordVault *vault, QObject *parent = nullptr);
    ~DatabaseConnection() override;

    //! The parent of the password prompt (the main window).
    void setPromptParent(QWidget *parent);

    //! Connects to a saved entry; \a password: typed in the connection dialog ("" = vault, then
    //! ask).
    void connectToDatabase(const SavedConnection &connection, const QString &password = {});
    //! Connects to an unsaved profile (e.g. the project's own URL); its password is used as is.
    void connectToProfile(const Core::ConnectionProfile &profile);
    //! Reads the version table and the schema again (after a run); nothing when not connected.
    void refresh();
    //! Forgets the connection (and its in-memory password); clears the document's heads.
    void disconnectFromDatabase();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    //! Connecting or refreshing.
    bool isBusy() const { return m_watcher != nullptr; }
    //! The profile connected (or being connected to), password included (in memory only).
    const Core::ConnectionProfile &profile() const { return m_profile; }
    //! The saved entry's id; "" for connectToProfile().
    QString connectionId() const { return m_connection.id; }
    QString serverVersion() const { return m_serverVersion; }
    QStringList heads() const { return m_heads; }
    bool hasVersionTable() const { return m_hasVersionTable; }
    const Core::SchemaSnapshot &schema() const { return m_schema; }
    bool isProduction() const { return m_state != State::Disconnected && m_profile.production; }

    /*! For the status bar: "No database", "Connecting to shop on db:5432…", or
        "shop.db (SQLite 3.40.1) at 2b6f8d0a3e17 (head)" with "no version table" /
        "no revision applied" / "a, b" for several heads. */
    QString statusText() const;

signals:
    void stateChanged(Retort::Ui::DatabaseConnection::State state);
    void busyChanged(bool busy);
    //! The first visit after connectToDatabase()/connectToProfile() succeeded.
    void connected(const Retort::Core::ConnectionProfile &profile, const QString &serverVersion);
    //! Every successful visit (connect and refresh): the version rows and the schema.
    void stateRefreshed(const QStringList &heads, const Retort::Core::SchemaSnapshot &schema);
    void disconnected();
    /*! A visit failed: \a message is the driver's text (or the user cancelled the password
        prompt). A failed connect ends Disconnected; a failed refresh stays Connected. */
    void errorOccurred(const QString &message);

private:
    void start();
    void finish();
    void handleFailure(const ProbeResult &result);
    bool askPassword(const QString &reason);
    void setState(State state);
    void setBusy(QFutureWatcher<ProbeResult> *watcher);
    void onProjectLoaded();

    QPointer<ProjectDocument> m_document;
    QPointer<PasswordVault> m_vault;
    QPointer<QWidget> m_promptParent;
    QFutureWatcher<ProbeResult> *m_watcher = nullptr;
    State m_state = State::Disconnected;
    SavedConnection m_connection;
    Core::ConnectionProfile m_profile;
    QString m_projectIni;
    int m_generation = 0;
    int m_prompts = 0;
    bool m_passwordTyped = false;
    QString m_serverVersion;
    QStringList m_heads;
    bool m_hasVersionTable = false;
    Core::SchemaSnapshot m_schema;
};

} // namespace Retort::Ui

Q_DECLARE_METATYPE(Retort::Core::ConnectionProfile)
Q_DECLARE_METATYPE(Retort::Core::SchemaSnapshot)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/databaseurlsource.h"
#include "core/project/project.h"
#include "ui/connections/connectionstore.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Retort::Ui {

class ConnectionEditor;
class ConnectionTester;
class PasswordVault;

/*! Database ▸ Connect…: the saved connections (this project's, then global ones) and an
    editor for the selected one. New SQLite / PostgreSQL entries, Import from Project (the
    project's `sqlalchemy.url`, `DATABASE_URL` in the environment or in `.env`; the note says
    which), Remove, Test Connection (asynchronous, read-only, with a spinner; shows the server
    version or the driver's exact error; closing the dialog abandons it), inline validation
    with an error label, Save, Connect and Close.

    Saving writes the profile to the ConnectionStore (never the password) and, when "Save the
    password" is on, the password to the PasswordVault; when the keyring fails the note says the
    password will be asked for when connecting. Connect saves, remembers the entry as the
    project's last used, emits connectRequested() and accepts. Questions (discard, remove) go
    through MessagePresenter. \a store and \a vault must outlive the dialog. GUI thread only. */
class ConnectionManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManagerDialog)

public:
    ConnectionManagerDialog(
        ConnectionStore *store, PasswordVault *vault, QWidget *parent = nullptr);
    ~ConnectionManagerDialog() override;

    /*! Enables Import from Project and "this project only" entries (the store is switched to
        \a project's ini path); relative SQLite paths resolve against its working directory. */
    void setProject(const Core::Project &project);
    //! The environment Import reads DATABASE_URL from (default: the process environment).
    void setEnvironment(const QProcessEnvironment &environment);

    //! Selects the saved entry \a id (e.g. the last used one); false when it does not exist.
    bool selectConnection(const QString &id);
    //! The selected entry's id; "" for a new entry that was not saved yet.
    QString currentId() const { return m_currentId; }
    ConnectionEditor *editor() const { return m_editor; }
    //! The inline error shown now ("" when the entry can be saved).
    QString validationMessage() const;
    //! The last Test Connection outcome as shown ("" before one finished).
    QString testResultText() const;
    bool isTesting() const;
    //! The note under the editor (import origin, keyring problems).
    QString noteText() const;

    /*! The URL sources of \a config in the order Retort uses them (DATABASE_URL in
        \a environment, then .env, then sqlalchemy.url); empty when none has a URL. */
    static QList<Core::DatabaseUrlSource> importCandidates(
        const Core::AlembicConfig &config, const QProcessEnvironment &environment);

public slots:
    void addSqlite();
    void addPostgres();
    //! Saves the entry shown; false (with the error label set) when it is not valid.
    bool saveCurrent();
    void removeCurrent();
    void testConnection();
    void cancelTest();
    //! Creates an unsaved entry from a project source (asks which one when there are several).
    void importFromProject();
    void connectToCurrent();
    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

signals:
    /*! Connect was pressed on \a connection (saved; no password in it). \a password is what
        was typed in the dialog ("" = ask the vault, then the user, when the server wants one). */
    void connectRequested(const Retort::Ui::SavedConnection &connection, const QString &password);

private:
    QWidget *createListPane();
    QWidget *createEditorPane();
    QLayout *createButtonRow();
    void connectTester();
    QWidget *createTestRow();
    //! Refills the list and selects \a selectId; \a show: also load it into the editor.
    void reloadList(const QString &selectId, bool show = true);
    void onCurrentRowChanged(int row);
    //! Makes \a id's row current without reacting to it (none when \a id is not listed).
    void selectRowOf(const QString &id);
    //! Saves or discards unsaved edits before leaving the entry; false = stay.
    bool leaveCurrent();
    /*! Shows \a connection as a new unsaved entry (\a dirty: closing asks to save it); false
        when the user stays on unsaved edits. */
    bool startNew(
        const SavedConnection &connection, const QString &password = {}, bool dirty = false);
    void showConnection(const SavedConnection &connection);
    void updateValidation();
    QString nameProblem(const SavedConnection &connection) const;
    void storePassword(const SavedConnection &connection, const QString &password, bool wasSaved);
    void runTest(const Core::ConnectionProfile &profile);
    void setNote(const QString &text);
    void setTestResult(const QString &text, bool ok);
    void refreshTestIcon();

    ConnectionStore *m_store;
    PasswordVault *m_vault;
    ConnectionTester *m_tester = nullptr;
    std::optional<Core::Project> m_project;
    QProcessEnvironment m_environment;
    QString m_currentId;
    bool m_dirty = false;
    bool m_changingRow = false;

    QListWidget *m_list = nullptr;
    QPushButton *m_addSqlite = nullptr;
    QPushButton *m_addPostgres = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_remove = nullptr;
    ConnectionEditor *m_editor = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_spinner = nullptr;
    QLabel *m_testIcon = nullptr;
    QLabel *m_testResult = nullptr;
    bool m_testOk = true;
    QLabel *m_note = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_connect = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Retort::Ui

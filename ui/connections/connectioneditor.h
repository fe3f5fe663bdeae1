// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "ui/connections/connectionstore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace Retort::Ui {

/*! The fields of one connection profile: name, kind, a URL field (paste a SQLAlchemy URL to
    fill the fields; otherwise it shows the profile's URL with the password masked), SQLite's
    file (browse, or create a new empty database file), PostgreSQL's host, port, database,
    user, password (never persisted by the store; optionally kept in the keyring) and sslmode,
    where it is saved (this project or all), and the production flag with what it does.

    Fields the form has no widget for (the URL scheme as written, other query options,
    `?host=`) are kept from the last setConnection()/applyUrl(). GUI thread only. */
class ConnectionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionEditor)

public:
    explicit ConnectionEditor(QWidget *parent = nullptr);
    ~ConnectionEditor() override;

    //! Shows \a connection; the password field is emptied.
    void setConnection(const SavedConnection &connection);
    //! The connection as the fields say (profile without password; id and scope as set).
    SavedConnection connection() const;
    QString password() const;
    //! Puts \a password (in memory only) into the password field.
    void setPassword(const QString &password);
    //! connection().profile with the typed password (in memory only).
    Core::ConnectionProfile profileWithPassword() const;

    //! Where relative SQLite paths resolve (the project's working directory).
    void setBaseDirectory(const QString &directory);
    void setProjectScopeAvailable(bool available);
    //! Without a keyring "Save password" is disabled and says why (\a reason).
    void setKeyringAvailable(bool available, const QString &reason = {});

    //! Fills the fields from \a url; returns the parse error ("" on success, fields unchanged on
    //! error).
    QString applyUrl(const QString &url);
    /*! Creates an empty SQLite database file at \a path (an existing file is kept as it is)
        and selects it; returns the error text ("" on success). */
    QString useNewSqliteFile(const QString &path);
    //! What is wrong with the fields, "" when they make a usable profile (\a requireName: a name
    //! too).
    QString validationMessage(bool requireName = true) const;

signals:
    //! Any field changed by the user or by applyUrl().
    void edited();

private:
    QWidget *createSqlitePage();
    QWidget *createPostgresPage();
    QWidget *createProductionBox();
    void fillFields(const Core::ConnectionProfile &profile);
    void onKindChanged();
    void onUrlEdited(const QString &text);
    void onUrlEditingFinished();
    void onFieldEdited();
    void refreshUrl();
    void refreshPasswordHint();
    void browseSqliteFile();
    void createSqliteFile();
    QString absoluteSqlitePath(const QString &text) const;

    SavedConnection m_base; //!< the fields without widgets come from here
    QString m_baseDirectory;
    QString m_urlError;
    int m_lastUrlLength = 0;
    bool m_filling = false;
    bool m_keyringAvailable = true;

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_url = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_savePassword = nullptr;
    QComboBox *m_sslmode = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_production = nullptr;
    QLabel *m_productionHint = nullptr;
};

} // namespace Retort::Ui

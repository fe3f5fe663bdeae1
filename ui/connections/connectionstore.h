// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace Retort::Ui {

/*! One saved connection: a profile without its password, where it is kept, and whether its
    password belongs in the system keyring (PasswordVault, keyed by id). */
struct SavedConnection
{
    enum class Scope { Project, Global };

    QString id; //!< stable (a UUID): survives renames; the keyring key
    Scope scope = Scope::Project; //!< Project: only listed for the project it was saved with
    Core::ConnectionProfile profile; //!< name, kind, fields, production flag; password always empty
    bool savePassword = false; //!< the password is kept in the keyring (when one works)

    bool operator==(const SavedConnection &other) const = default;
};

/*! The saved connection profiles, in QSettings under "connections/": global ones, and per
    project ones keyed by the project's ini path (absolute, canonical when the file exists).

    Never persists a password: add() and update() store every field of the profile but
    `password` and `hasPassword`. Every call reads or writes the settings at once (no cache), so
    several stores on the same settings agree. GUI thread only (QSettings is not shared). */
class ConnectionStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)

public:
    //! On the application's QSettings().
    explicit ConnectionStore(QObject *parent = nullptr);
    //! On an INI file of its own (tests, portable setups).
    explicit ConnectionStore(const QString &iniFile, QObject *parent = nullptr);
    ~ConnectionStore() override;

    //! The project whose connections are listed with the global ones ("" = none: global only).
    void setProject(const QString &iniPath);
    QString projectIniPath() const { return m_projectIniPath; }
    bool hasProject() const { return !m_projectKey.isEmpty(); }

    //! The current project's connections, then the global ones; each group sorted by name.
    QList<SavedConnection> connections() const;
    std::optional<SavedConnection> connection(const QString &id) const;

    /*! Saves \a connection as a new entry (its id is replaced by a fresh one) and returns it.
        A Project entry without a current project is saved as Global. */
    SavedConnection add(SavedConnection connection);
    //! Rewrites the entry with \a connection's id (also moving it between scopes); false if
    //! unknown.
    bool update(const SavedConnection &connection);
    //! Forgets the entry (the caller removes its keyring password); false if unknown.
    bool remove(const QString &id);

    //! The connection last used with the current project, or "".
    QString lastUsed() const;
    void setLastUsed(const QString &id);

    //! The settings group of \a iniPath's connections ("connections/project-<hash>").
    static QString projectGroup(const QString &iniPath);

signals:
    //! After add(), update() or remove().
    void changed();

private:
    std::unique_ptr<QSettings> settings() const;
    QString groupOf(SavedConnection::Scope scope) const;
    QList<SavedConnection> readGroup(QSettings &settings, SavedConnection::Scope scope) const;
    //! The scope that holds \a id now, if any.
    std::optional<SavedConnection::Scope> scopeOf(QSettings &settings, const QString &id) const;

    QString m_iniFile;
    QString m_projectIniPath;
    QString m_projectKey;
};

} // namespace Retort::Ui

Q_DECLARE_METATYPE(Retort::Ui::SavedConnection)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QObject>

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace Retort::Ui {

class ConnectionStore;
class DatabaseConnection;
class LogPanel;
class PasswordVault;
class ProductionBanner;
class ProjectDocument;
class SchemaTreeModel;

/*! The window's database side, so that MainWindow stays a thin shell: it owns the saved
    connections, the password vault and the connected database (DatabaseConnection), builds
    the Database menu (Connect…, Disconnect, Refresh), the Schema dock, the production banner
    and the status-bar label, and logs connection events. GUI thread only; owned by the
    window. */
class DatabaseController final : public QObject
{
    Q_OBJECT

public:
    DatabaseController(QMainWindow *window, ProjectDocument *document, LogPanel *log);

    QMenu *createMenu();
    QDockWidget *createSchemaDock();
    ProductionBanner *banner() const { return m_banner; }
    QLabel *statusLabel() const { return m_status; }
    DatabaseConnection *connection() const { return m_connection; }

    //! Connects to \a url (a SQLAlchemy URL; relative SQLite paths against the working directory).
    void connectToUrl(const QString &url);
    void showConnectionManager();

private:
    void updateStatus();

    QMainWindow *m_window;
    ProjectDocument *m_document;
    LogPanel *m_log;
    ConnectionStore *m_store;
    PasswordVault *m_vault;
    DatabaseConnection *m_connection;
    ProductionBanner *m_banner;
    QLabel *m_status;
    SchemaTreeModel *m_schemaModel;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/shell/databasecontroller.h"

#include "ui/common/iconprovider.h"
#include "ui/common/messagepresenter.h"
#include "ui/connections/connectionmanagerdialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/connections/databaseconnection.h"
#include "ui/connections/passwordvault.h"
#include "ui/connections/productionbanner.h"
#include "ui/document/projectdocument.h"
#include "ui/models/schematreemodel.h"
#include "ui/panels/logpanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTreeView>

namespace Retort::Ui {

DatabaseController::DatabaseController(QMainWindow *window, ProjectDocument *document, LogPanel *log)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_log(log)
    , m_store(new ConnectionStore(this))
    , m_vault(new PasswordVault(this))
    , m_connection(new DatabaseConnection(document, m_vault, this))
    , m_banner(new ProductionBanner(window))
    , m_status(new QLabel(window))
    , m_schemaModel(new SchemaTreeModel(this))
{
    m_status->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_connection->setPromptParent(window);
    connect(m_connection, &DatabaseConnection::connected, this, [this](const Core::ConnectionProfile &profile, const QString &version) {
        m_banner->setProfile(profile);
        m_log->append(tr("Connected to %1 (%2)").arg(profile.displayUrl(), version));
    });
    connect(m_connection, &DatabaseConnection::stateRefreshed, this,
            [this](const QStringList &, const Core::SchemaSnapshot &schema) { m_schemaModel->setSnapshot(schema); });
    connect(m_connection, &DatabaseConnection::disconnected, this, [this] {
        m_banner->clear();
        m_schemaModel->setSnapshot({});
        m_log->append(tr("Disconnected"));
    });
    connect(m_connection, &DatabaseConnection::errorOccurred, this, [this](const QString &error) {
        m_log->append(error, LogPanel::Level::Error);
        MessagePresenter::warning(m_window, tr("Database"), error);
    });
    connect(m_connection, &DatabaseConnection::stateChanged, this, &DatabaseController::updateStatus);
    connect(m_connection, &DatabaseConnection::disconnected, this, &DatabaseController::updateStatus);
    connect(m_connection, &DatabaseConnection::stateRefreshed, this, &DatabaseController::updateStatus);
    connect(document, &ProjectDocument::databaseStateChanged, this, &DatabaseController::updateStatus);
    connect(document, &ProjectDocument::loaded, this, [this] {
        if (m_document->isOpen())
            m_store->setProject(m_document->project().location().iniPath);
    });
    updateStatus();
}

QMenu *DatabaseController::createMenu()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Database"));
    QAction *connectAction = menu->addAction(themedIcon(QStringLiteral("database")), tr("&Connect…"), this,
                                             &DatabaseController::showConnectionManager);
    connectAction->setObjectName(QStringLiteral("actionConnectDatabase"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *disconnectAction = menu->addAction(tr("&Disconnect"), m_connection, &DatabaseConnection::disconnectFromDatabase);
    disconnectAction->setObjectName(QStringLiteral("actionDisconnectDatabase"));
    QAction *refresh = menu->addAction(themedIcon(QStringLiteral("reload")), tr("&Refresh"), m_connection, &DatabaseConnection::refresh);
    refresh->setObjectName(QStringLiteral("actionRefreshDatabase"));
    refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    const auto enable = [this, disconnectAction, refresh] {
        disconnectAction->setEnabled(m_connection->isConnected());
        refresh->setEnabled(m_connection->isConnected() && !m_connection->isBusy());
    };
    connect(m_connection, &DatabaseConnection::stateChanged, this, enable);
    connect(m_connection, &DatabaseConnection::busyChanged, this, enable);
    enable();
    return menu;
}

QDockWidget *DatabaseController::createSchemaDock()
{
    auto *view = new QTreeView(m_window);
    view->setObjectName(QStringLiteral("schemaTree"));
    view->setModel(m_schemaModel);
    view->header()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    auto *dock = new QDockWidget(tr("Schema"), m_window);
    dock->setObjectName(QStringLiteral("schemaDock"));
    dock->setWidget(view);
    return dock;
}

void DatabaseController::connectToUrl(const QString &url)
{
    const auto profile = Core::parseDatabaseUrl(url, QDir::currentPath());
    if (!profile) {
        m_log->append(profile.error(), LogPanel::Level::Error);
        MessagePresenter::warning(m_window, tr("Database"), profile.error());
        return;
    }
    m_connection->connectToProfile(profile.value());
}

void DatabaseController::showConnectionManager()
{
    ConnectionManagerDialog dialog(m_store, m_vault, m_window);
    if (m_document->isOpen())
        dialog.setProject(m_document->project());
    connect(&dialog, &ConnectionManagerDialog::connectRequested, m_connection, &DatabaseConnection::connectToDatabase);
    dialog.exec();
}

void DatabaseController::updateStatus()
{
    m_status->setText(m_connection->statusText());
}

} // namespace Retort::Ui

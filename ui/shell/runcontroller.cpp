// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/shell/runcontroller.h"

#include "ui/common/iconprovider.h"
#include "ui/connections/databaseconnection.h"
#include "ui/connections/productionbanner.h"
#include "ui/document/revisionselection.h"
#include "ui/execution/progresspanel.h"
#include "ui/execution/runactions.h"
#include "ui/execution/runcoordinator.h"
#include "ui/execution/runhistoryview.h"
#include "ui/panels/logpanel.h"
#include "ui/shell/databasecontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace Retort::Ui {

RunController::RunController(QMainWindow *window, ProjectDocument *document, RevisionSelection *selection,
                             DatabaseController *database, LogPanel *log)
    : QObject(window)
    , m_window(window)
    , m_database(database)
    , m_coordinator(new RunCoordinator(document, window, this))
{
    DatabaseConnection *connection = database->connection();
    m_coordinator->setProductionConfirmation(&confirmProductionAction);
    connect(m_coordinator, &RunCoordinator::logLine, log, &LogPanel::append);
    connect(m_coordinator, &RunCoordinator::openFileRequested, selection, &RevisionSelection::openFileRequested);
    connect(m_coordinator, &RunCoordinator::databaseChanged, connection, &DatabaseConnection::refresh);
    m_actions = new RunActions(m_coordinator, document, [connection]() -> std::optional<Core::ConnectionProfile> {
        if (!connection->isConnected())
            return std::nullopt;
        return connection->profile();
    }, this);
    connect(connection, &DatabaseConnection::stateChanged, m_actions, &RunActions::updateActions);
}

void RunController::createMenuAndDocks()
{
    QMenu *menu = m_window->menuBar()->addMenu(tr("&Run"));
    menu->addActions(m_actions->actions());
    m_actions->upgradeHeadsAction()->setIcon(themedIcon(QStringLiteral("upgrade")));
    m_actions->downgradeOneAction()->setIcon(themedIcon(QStringLiteral("downgrade")));
    m_actions->cancelRunAction()->setIcon(themedIcon(QStringLiteral("cancel")));
    auto *toolbar = m_window->addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("runToolBar"));
    toolbar->addAction(m_actions->upgradeHeadsAction());
    toolbar->addAction(m_actions->downgradeOneAction());
    toolbar->addWidget(m_actions->targetField());
    toolbar->addAction(m_actions->upgradeTargetAction());
    toolbar->addAction(m_actions->cancelRunAction());

    auto *progress = new ProgressPanel(m_window);
    m_coordinator->setProgressPanel(progress);
    auto *progressDock = new QDockWidget(tr("Progress"), m_window);
    progressDock->setObjectName(QStringLiteral("progressDock"));
    progressDock->setWidget(progress);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, progressDock);
    connect(m_coordinator, &RunCoordinator::busyChanged, progressDock, [progressDock](bool busy) {
        if (busy) {
            progressDock->show();
            progressDock->raise();
        }
    });

    auto *history = new RunHistoryView(m_window);
    auto *historyDock = new QDockWidget(tr("History of Runs"), m_window);
    historyDock->setObjectName(QStringLiteral("runHistoryDock"));
    historyDock->setWidget(history);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    m_window->tabifyDockWidget(progressDock, historyDock);
    DatabaseConnection *connection = m_database->connection();
    connect(connection, &DatabaseConnection::connected, history,
            [history](const Core::ConnectionProfile &profile) { history->setProfile(profile); });
    connect(connection, &DatabaseConnection::disconnected, history, [history] { history->setProfile(std::nullopt); });
    connect(m_coordinator, &RunCoordinator::finished, history, &RunHistoryView::refresh);
}

void RunController::addNodeActions(QMenu *menu, const QString &revisionId)
{
    menu->addSeparator();
    const bool ready = m_database->connection()->isConnected() && !m_coordinator->isBusy();
    QAction *up = menu->addAction(tr("Upgrade to Here…"), m_actions, [this, revisionId] { m_actions->upgradeTo(revisionId); });
    up->setObjectName(QStringLiteral("graphUpgradeToHereAction"));
    QAction *down = menu->addAction(tr("Downgrade to Here…"), m_actions, [this, revisionId] { m_actions->downgradeTo(revisionId); });
    down->setObjectName(QStringLiteral("graphDowngradeToHereAction"));
    QAction *stamp = menu->addAction(tr("Stamp Here…"), m_actions, [this, revisionId] { m_actions->stampAt(revisionId); });
    stamp->setObjectName(QStringLiteral("graphStampHereAction"));
    for (QAction *action : {up, down, stamp})
        action->setEnabled(ready);
}

bool RunController::isBusy() const
{
    return m_coordinator->isBusy();
}

} // namespace Retort::Ui

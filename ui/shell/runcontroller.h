// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace Retort::Ui {

class DatabaseController;
class LogPanel;
class ProjectDocument;
class RevisionSelection;
class RunActions;
class RunCoordinator;

/*! The window's apply / roll back side: the RunCoordinator (plan review, production
    confirmation, backup prompt, run, failure and restore), its Run menu and toolbar (Upgrade
    to Heads, Downgrade One, a target field), the Progress and History of Runs docks, and the
    graph's "Upgrade to Here / Downgrade to Here / Stamp Here" entries (addNodeActions). After a
    run the database view refreshes. GUI thread only; owned by the window. */
class RunController final : public QObject
{
    Q_OBJECT

public:
    RunController(QMainWindow *window, ProjectDocument *document, RevisionSelection *selection,
                  DatabaseController *database, LogPanel *log);

    void createMenuAndDocks();
    void addNodeActions(QMenu *menu, const QString &revisionId);
    bool isBusy() const;

private:
    QMainWindow *m_window;
    DatabaseController *m_database;
    RunCoordinator *m_coordinator;
    RunActions *m_actions;
};

} // namespace Retort::Ui

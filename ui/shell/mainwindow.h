// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/project.h"

#include <QMainWindow>

class QLabel;
class QTableView;

namespace Retort::Ui {

class DiagnosticsModel;
class RevisionTableModel;

/*! The workbench window: the project's revisions as the central table, a Problems dock,
    and a status bar naming the project, its revisions, heads and problems.
    GUI thread only. Loading is synchronous (fast enough for 10,000 revisions); errors are
    shown in a message box and in the Problems dock, never lost. Geometry, dock layout and
    the last project persist in QSettings. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Opens \a iniPath (an alembic.ini or a folder holding one). Returns false on failure,
    //! after telling the user why.
    bool openProject(const QString &iniPath);
    /*! Shows where the database at \a url stands (read-only; SQLite URLs for now): its
        current revisions are marked in the table and named in the status bar. */
    void setDatabaseUrl(const QString &url);
    const Core::Project &project() const { return m_project; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void showProject();
    void updateStatus();
    void chooseAndOpenProject();
    void reloadProject();
    void restoreSettings();
    void refreshDatabaseState();
    QString databaseStatus() const;

    Core::Project m_project;
    QString m_databaseUrl;
    QString m_databasePath;
    QStringList m_databaseHeads;
    QString m_databaseProblem;
    RevisionTableModel *m_revisionModel = nullptr;
    DiagnosticsModel *m_diagnosticsModel = nullptr;
    QTableView *m_revisionView = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/project.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTableView;

namespace Retort::Ui {

class DatabaseController;
class DetailsPanel;
class RevisionGraphView;
class RunController;
class EditorTabs;
class SqlPreviewWidget;
class DiagnosticsModel;
class LogPanel;
class ProjectDocument;
class RecentProjects;
class RevisionSelection;
class RevisionTableModel;
class ThemeManager;

/*! The workbench window: a thin shell that creates the docks and menus and wires the views to
    the shared ProjectDocument and RevisionSelection; it holds no project logic of its own.
    The revision graph is the central view. Docks: History (table), Details, Editor (revision
    files in tabs), Problems, Log, SQL Preview, Schema, Progress, History of Runs; the database
    side lives in DatabaseController, the run side in RunController. The status bar names the project, its
    revisions, heads and problems, and the database's revision.

    GUI thread only. Projects load asynchronously (ProjectDocument); a project that cannot be
    opened is reported in a message box and the Problems dock, never lost. Geometry, dock
    layout, theme and recent projects persist in QSettings; the last project reopens on start
    (main.cpp). */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ThemeManager *theme, QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Starts opening \a path (an alembic.ini or a folder holding one). When the ini has several
        sections with a script_location and \a section is empty, asks which. Returns false (after
        telling the user) when there is nothing to open. */
    bool openProject(const QString &path, const QString &section = {});
    bool hasRecentProject() const;
    //! Reopens the most recent project (File ▸ Open Recent's first entry).
    void openLastProject();
    //! Shows where the database at \a url stands (read-only).
    void setDatabaseUrl(const QString &url);

    ProjectDocument *document() const { return m_document; }
    RevisionSelection *selection() const { return m_selection; }
    const Core::Project &project() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createRevisionMenu();
    void newRevision(const QStringList &parents, bool merge);
    void connectGraph();
    void exportGraph();
    void createCentralArea(QWidget *view);
    void createViewMenu();
    void createDocks();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    void onProjectLoaded();
    void onProjectReloaded();
    void showProject();
    void updateStatus();
    void chooseAndOpenProject();
    void syncTableToSelection(const QString &revisionId);
    void restoreSettings();

    ThemeManager *m_theme;
    ProjectDocument *m_document;
    RevisionSelection *m_selection;
    RecentProjects *m_recent = nullptr;
    QString m_pendingSection;
    RevisionTableModel *m_revisionModel = nullptr;
    DiagnosticsModel *m_diagnosticsModel = nullptr;
    QTableView *m_revisionView = nullptr;
    DetailsPanel *m_details = nullptr;
    LogPanel *m_log = nullptr;
    DatabaseController *m_database = nullptr;
    RunController *m_runs = nullptr;
    RevisionGraphView *m_graph = nullptr;
    EditorTabs *m_editors = nullptr;
    QDockWidget *m_editorDock = nullptr;
    SqlPreviewWidget *m_preview = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Retort::Ui

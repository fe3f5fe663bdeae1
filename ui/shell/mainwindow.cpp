// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/shell/mainwindow.h"

#include "core/alembic/alembicconfig.h"
#include "core/alembic/iniconfig.h"
#include "ui/common/iconprovider.h"
#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/revisiontablemodel.h"
#include "ui/dialogs/newprojectdialog.h"
#include "ui/dialogs/newrevisiondialog.h"
#include "ui/editor/editortabs.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/shell/runcontroller.h"
#include "ui/panels/detailspanel.h"
#include "ui/preview/sqlpreviewwidget.h"
#include "ui/panels/logpanel.h"
#include "ui/shell/databasecontroller.h"
#include "ui/shell/recentprojects.h"
#include "ui/connections/productionbanner.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Retort::Ui {
namespace {

const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";

QTableView *makeTableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

//! An alembic.ini path for \a path, which may name the file or a folder holding one.
QString resolveIniPath(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? QDir(path).absoluteFilePath(QStringLiteral("alembic.ini")) : info.absoluteFilePath();
}

//! The sections of \a ini that configure an Alembic environment (have a script_location).
QStringList alembicSections(const QString &ini)
{
    QFile file(ini);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Core::IniConfig config = Core::IniConfig::parse(QString::fromUtf8(file.readAll()), ini, {}, nullptr);
    QStringList sections;
    for (const QString &section : config.sections()) {
        if (config.keys(section).contains(QStringLiteral("script_location")))
            sections << section;
    }
    return sections;
}

} // namespace

MainWindow::MainWindow(ThemeManager *theme, QWidget *parent)
    : QMainWindow(parent)
    , m_theme(theme)
    , m_document(new ProjectDocument(this))
    , m_selection(new RevisionSelection(this))
    , m_revisionModel(new RevisionTableModel(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Retort"));
    m_revisionView = makeTableView(m_revisionModel, this);
    m_revisionView->setObjectName(QStringLiteral("revisionTable"));
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
    createFileMenu();
    createDocks();
    m_graph = new RevisionGraphView(m_document, m_selection, this);
    m_graph->setObjectName(QStringLiteral("revisionGraph"));
    createCentralArea(m_graph);
    createEditMenu();
    createRevisionMenu();
    m_database->createMenu();
    m_runs = new RunController(this, m_document, m_selection, m_database, m_log);
    m_runs->createMenuAndDocks();
    m_graph->setContextMenuExtender([this](QMenu *menu, const QString &id) { m_runs->addNodeActions(menu, id); });
    connectGraph();
    createViewMenu();
    connect(m_document, &ProjectDocument::databaseStateChanged, this,
            [this] { m_revisionModel->setCurrentRevisions(m_document->databaseHeads()); });
    connect(m_document, &ProjectDocument::loaded, this, &MainWindow::onProjectLoaded);
    connect(m_document, &ProjectDocument::reloaded, this, &MainWindow::onProjectReloaded);
    connect(m_selection, &RevisionSelection::currentChanged, this, &MainWindow::syncTableToSelection);
    connect(m_revisionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_selection->setCurrent(current.data(RevisionTableModel::RevisionIdRole).toString()); });
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

const Core::Project &MainWindow::project() const
{
    return m_document->project();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(themedIcon(QStringLiteral("open")), tr("&Open Project…"), this,
                                    &MainWindow::chooseAndOpenProject);
    open->setObjectName(QStringLiteral("actionOpenProject"));
    open->setShortcut(QKeySequence::Open);
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("menuRecentProjects"));
    m_recent = new RecentProjects(recentMenu, this);
    connect(m_recent, &RecentProjects::projectChosen, this, [this](const QString &ini, const QString &section) { openProject(ini, section); });
    QAction *reload = file->addAction(themedIcon(QStringLiteral("reload")), tr("&Reload"), m_document, &ProjectDocument::reload);
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setShortcut(QKeySequence::Refresh);
    QAction *close = file->addAction(tr("&Close Project"), m_document, &ProjectDocument::close);
    close->setObjectName(QStringLiteral("actionCloseProject"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    QMenu *file = menuBar()->actions().value(0) ? menuBar()->actions().value(0)->menu() : nullptr;
    if (file) {
        QAction *quit = file->actions().last();
        file->insertActions(quit, {m_editors->saveAction(), m_editors->saveAllAction(), m_editors->revertAction(),
                                   m_editors->closeTabAction()});
        file->insertSeparator(quit);
    }
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_editors->undoAction(), m_editors->redoAction()});
    edit->addSeparator();
    edit->addActions({m_editors->findAction(), m_editors->replaceAction(), m_editors->goToLineAction()});
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(m_theme, this).exec(); });
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    QMenu *sql = menuBar()->addMenu(tr("&SQL"));
    sql->addActions({m_preview->refreshAction(), m_preview->copyAction(), m_preview->saveAction(), m_preview->exportHtmlAction()});
}

void MainWindow::createRevisionMenu()
{
    QMenu *file = menuBar()->actions().value(0)->menu();
    QAction *newProject = new QAction(tr("&New Project…"), this);
    newProject->setObjectName(QStringLiteral("actionNewProject"));
    newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newProject, &QAction::triggered, this, [this] {
        NewProjectDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.createdIniPath().isEmpty())
            openProject(dialog.createdIniPath());
    });
    file->insertAction(file->actions().value(0), newProject);
    QMenu *revision = menuBar()->addMenu(tr("&Revision"));
    QAction *add = revision->addAction(themedIcon(QStringLiteral("new-revision")), tr("&New Revision…"), this,
                                       [this] { newRevision({m_selection->current()}, false); });
    add->setObjectName(QStringLiteral("actionNewRevision"));
    add->setShortcut(QKeySequence::New);
    QAction *merge = revision->addAction(themedIcon(QStringLiteral("merge")), tr("&Merge Heads…"), this,
                                         [this] { newRevision({}, true); });
    merge->setObjectName(QStringLiteral("actionMergeHeads"));
    merge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    auto update = [this, add, merge] {
        add->setEnabled(m_document->isOpen());
        merge->setEnabled(m_document->isOpen() && m_document->project().map().heads().size() > 1);
    };
    connect(m_document, &ProjectDocument::loaded, this, update);
    connect(m_document, &ProjectDocument::reloaded, this, update);
    update();
}

void MainWindow::newRevision(const QStringList &parents, bool merge)
{
    if (!m_document->isOpen())
        return;
    NewRevisionDialog dialog(m_document->project(), this);
    if (merge)
        dialog.prepareMerge();
    else if (!parents.value(0).isEmpty())
        dialog.setParents(parents);
    connect(&dialog, &NewRevisionDialog::revisionWritten, this, [this](const QString &path, const QString &id) {
        m_log->append(tr("Wrote revision %1: %2").arg(id, QDir::toNativeSeparators(path)));
        m_document->reload();
        emit m_selection->openFileRequested(path, 1);
    });
    dialog.exec();
}

void MainWindow::connectGraph()
{
    auto preview = [this](Core::Ops::Direction direction, const QString &id) {
        m_preview->previewTo(direction, id);
        m_previewDock->show();
        m_previewDock->raise();
    };
    connect(m_graph, &RevisionGraphView::previewUpgradeTo, this, [preview](const QString &id) { preview(Core::Ops::Direction::Upgrade, id); });
    connect(m_graph, &RevisionGraphView::previewDowngradeTo, this, [preview](const QString &id) { preview(Core::Ops::Direction::Downgrade, id); });
    connect(m_graph, &RevisionGraphView::newRevisionOnTop, this, [this](const QString &id) { newRevision({id}, false); });
}

void MainWindow::exportGraph()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), QString(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? m_graph->exportSvg(path, &error)
                                                                              : m_graph->exportPng(path, &error);
    if (!ok)
        MessagePresenter::warning(this, tr("Export Graph"), error);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addActions({m_graph->zoomInAction(), m_graph->zoomOutAction(), m_graph->zoomFitAction(),
                            m_graph->zoomResetAction(), m_graph->findAction(), m_graph->findNextAction()});
    QAction *exportAction = m_viewMenu->addAction(themedIcon(QStringLiteral("export")), tr("&Export Graph…"), this, &MainWindow::exportGraph);
    exportAction->setObjectName(QStringLiteral("actionExportGraph"));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu *themes = m_viewMenu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const std::pair<ThemeManager::Theme, QString> choices[] = {{ThemeManager::Theme::System, tr("&System")},
                                                                {ThemeManager::Theme::Light, tr("&Light")},
                                                                {ThemeManager::Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, label] : choices) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_theme && m_theme->theme() == theme);
        action->setObjectName(QStringLiteral("actionTheme%1").arg(int(theme)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] {
            if (m_theme)
                m_theme->setTheme(theme);
        });
        if (m_theme) // Preferences changes the theme too
            connect(m_theme, &ThemeManager::themeChanged, action, [action, theme = theme](ThemeManager::Theme now) { action->setChecked(now == theme); });
    }
}

void MainWindow::createCentralArea(QWidget *view)
{
    // The production banner sits above the central view, always visible while connected.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_database->banner());
    layout->addWidget(view, 1);
    setCentralWidget(central);
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_details = new DetailsPanel(m_document, m_selection, this);
    addDock(tr("Details"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    addDock(tr("History"), QStringLiteral("historyDock"), m_revisionView, Qt::LeftDockWidgetArea);
    QTableView *problems = makeTableView(m_diagnosticsModel, this);
    problems->setObjectName(QStringLiteral("problemsTable"));
    connect(problems, &QTableView::activated, this, [this](const QModelIndex &index) {
        const Core::Diagnostic *d = m_diagnosticsModel->diagnosticAt(index.row());
        if (d && !d->location.file.isEmpty())
            emit m_selection->openFileRequested(d->location.file, d->location.line);
    });
    QDockWidget *problemsDock = addDock(tr("Problems"), QStringLiteral("problemsDock"), problems, Qt::BottomDockWidgetArea);
    m_log = new LogPanel(this);
    tabifyDockWidget(problemsDock, addDock(tr("Log"), QStringLiteral("logDock"), m_log, Qt::BottomDockWidgetArea));
    m_database = new DatabaseController(this, m_document, m_log);
    statusBar()->addPermanentWidget(m_database->statusLabel());
    QDockWidget *schemaDock = m_database->createSchemaDock();
    addDockWidget(Qt::LeftDockWidgetArea, schemaDock);
    m_preview = new SqlPreviewWidget(m_document, m_selection, this);
    m_previewDock = addDock(tr("SQL Preview"), QStringLiteral("sqlPreviewDock"), m_preview, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, m_previewDock);
    problemsDock->raise();
    m_editors = new EditorTabs(this);
    m_editors->setProjectDocument(m_document);
    m_editorDock = addDock(tr("Editor"), QStringLiteral("editorDock"), m_editors, Qt::RightDockWidgetArea);
    connect(m_selection, &RevisionSelection::openFileRequested, this, [this](const QString &path, int line) {
        m_editors->openFile(path, line);
        m_editorDock->show();
        m_editorDock->raise();
    });
    connect(m_editors, &EditorTabs::revisionLinkActivated, m_selection, &RevisionSelection::setCurrent);
}

bool MainWindow::openProject(const QString &path, const QString &section)
{
    const QString ini = resolveIniPath(path);
    QString chosen = section;
    const QStringList sections = alembicSections(ini);
    if (chosen.isEmpty() && sections.size() > 1) {
        const auto answer = MessagePresenter::chooseItem(this, tr("Choose an environment"),
                                                         tr("%1 configures several Alembic environments (-n):").arg(QFileInfo(ini).fileName()), sections);
        if (!answer)
            return false;
        chosen = *answer;
    }
    if (chosen.isEmpty())
        chosen = sections.value(0, QStringLiteral("alembic"));
    // Check the configuration now (one small file) so that a bad choice leaves the open project alone.
    const auto config = Core::AlembicConfig::load(ini, chosen, QFileInfo(ini).absolutePath());
    if (!config) {
        MessagePresenter::warning(this, tr("Cannot open project"),
                                  tr("Retort could not open %1:\n\n%2").arg(QDir::toNativeSeparators(ini), config.error().message));
        return false;
    }
    m_pendingSection = chosen;
    m_log->append(tr("Opening %1 [%2]").arg(QDir::toNativeSeparators(ini), chosen));
    // Relative script locations resolve against the ini's folder: that is where people run
    // `alembic` from, and a GUI has no meaningful working directory of its own.
    m_document->open({ini, chosen, QFileInfo(ini).absolutePath()});
    return true;
}

bool MainWindow::hasRecentProject() const
{
    return !m_recent->last().isEmpty() && QFileInfo::exists(m_recent->last());
}

void MainWindow::openLastProject()
{
    if (hasRecentProject())
        openProject(m_recent->last(), m_recent->lastSection());
}

void MainWindow::onProjectLoaded()
{
    const Core::Project &project = m_document->project();
    if (!project.isOpen() && project.openError()) {
        m_diagnosticsModel->setDiagnostics(project.diagnostics());
        m_log->append(project.openError()->message, LogPanel::Level::Error);
        MessagePresenter::warning(this, tr("Cannot open project"),
                                  tr("Retort could not open %1:\n\n%2").arg(project.location().iniPath, project.openError()->message));
        return;
    }
    if (project.isOpen())
        m_recent->add(project.location().iniPath, project.location().section);
    m_selection->setCurrent(QString());
    showProject();
}

void MainWindow::onProjectReloaded()
{
    const QString keep = m_selection->current();
    m_log->append(tr("Files changed on disk: project reloaded"));
    showProject();
    m_selection->setCurrent(QString());
    m_selection->setCurrent(m_document->project().summary(keep).id);
}

void MainWindow::showProject()
{
    const Core::Project &project = m_document->project();
    m_revisionModel->setRevisions(project.isOpen() ? project.summaries() : QList<Core::RevisionSummary>());
    m_diagnosticsModel->setDiagnostics(project.diagnostics());
    m_revisionView->resizeColumnsToContents();
    setWindowTitle(project.isOpen() ? tr("%1 — Retort").arg(QDir(project.config().here()).dirName()) : tr("Retort"));
    updateStatus();
}

void MainWindow::syncTableToSelection(const QString &revisionId)
{
    const int row = m_revisionModel->rowOf(revisionId);
    if (row < 0) {
        m_revisionView->clearSelection();
        return;
    }
    const QModelIndex index = m_revisionModel->index(row, 0);
    if (m_revisionView->currentIndex().row() != row)
        m_revisionView->setCurrentIndex(index);
    m_revisionView->scrollTo(index);
}

void MainWindow::setDatabaseUrl(const QString &url)
{
    m_database->connectToUrl(url);
}

void MainWindow::updateStatus()
{
    const Core::Project &project = m_document->project();
    if (!project.isOpen()) {
        m_statusLabel->setText(tr("No project open — File ▸ Open Project… (Ctrl+O)"));
        return;
    }
    const QStringList heads = project.map().heads();
    const qsizetype revisions = project.scripts().size();
    QString text = QDir::toNativeSeparators(project.config().iniFilePath()) + QStringLiteral(" · ")
                   + (revisions == 1 ? tr("1 revision") : tr("%1 revisions").arg(revisions));
    text += QStringLiteral(" · ") + tr("heads: %1").arg(heads.join(QLatin1String(", ")));
    const qsizetype problems = project.diagnostics().size();
    text += QStringLiteral(" · ") + (problems == 1 ? tr("1 problem") : tr("%1 problems").arg(problems));
    m_statusLabel->setText(text);
}

void MainWindow::chooseAndOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Alembic Project"), QString(),
                                                      tr("Alembic configuration (*.ini);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runs->isBusy()) {
        MessagePresenter::warning(this, tr("A run is in progress"), tr("Cancel the run (Run ▸ Cancel Run) before quitting."));
        event->ignore();
        return;
    }
    if (!m_editors->closeAll()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    event->accept();
}

} // namespace Retort::Ui

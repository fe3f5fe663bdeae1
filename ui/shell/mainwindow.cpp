// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/shell/mainwindow.h"

#include "core/db/sqliteversionreader.h"
#include "ui/common/messagepresenter.h"
#include "ui/models/diagnosticsmodel.h"
#include "ui/models/revisiontablemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace Retort::Ui {
namespace {

const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
const char kLastProjectKey[] = "project/last";

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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_revisionModel(new RevisionTableModel(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Retort"));
    m_revisionView = makeTableView(m_revisionModel, this);
    m_revisionView->setObjectName(QStringLiteral("revisionTable"));
    setCentralWidget(m_revisionView);
    m_statusLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
    createActions();
    createDocks();
    restoreSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseAndOpenProject);
    open->setObjectName(QStringLiteral("actionOpenProject"));
    open->setShortcut(QKeySequence::Open);
    QAction *reload = file->addAction(tr("&Reload"), this, &MainWindow::reloadProject);
    reload->setObjectName(QStringLiteral("actionReload"));
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createDocks()
{
    auto *dock = new QDockWidget(tr("Problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    QTableView *view = makeTableView(m_diagnosticsModel, dock);
    view->setObjectName(QStringLiteral("problemsTable"));
    dock->setWidget(view);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
}

bool MainWindow::openProject(const QString &iniPath)
{
    const QString ini = resolveIniPath(iniPath);
    // Relative script locations resolve against the ini's folder: that is where people run
    // `alembic` from, and a GUI has no meaningful working directory of its own.
    Core::Project project = Core::Project::open({ini, QStringLiteral("alembic"), QFileInfo(ini).absolutePath()});
    if (!project.isOpen()) {
        MessagePresenter::warning(this, tr("Cannot open project"),
                             tr("Retort could not open %1:\n\n%2").arg(ini, project.openError()->message));
        return false;
    }
    m_project = project;
    QSettings().setValue(QLatin1String(kLastProjectKey), ini);
    showProject();
    return true;
}

void MainWindow::setDatabaseUrl(const QString &url)
{
    m_databaseUrl = url;
    m_databasePath = Core::sqliteUrlPath(url, QDir::currentPath());
    refreshDatabaseState();
}

void MainWindow::refreshDatabaseState()
{
    m_databaseHeads.clear();
    m_databaseProblem.clear();
    if (m_databasePath.isEmpty() && !m_databaseUrl.isEmpty()) {
        m_databaseProblem = tr("only SQLite files can be shown in this version");
    } else if (!m_databasePath.isEmpty()) {
        const auto state = Core::readSqliteVersionTable(m_databasePath);
        if (!state)
            m_databaseProblem = state.error();
        else if (!state->exists)
            m_databaseProblem = tr("file does not exist yet");
        else
            m_databaseHeads = state->heads;
    }
    m_revisionModel->setCurrentRevisions(m_databaseHeads);
    updateStatus();
}

QString MainWindow::databaseStatus() const
{
    const QString name = m_databasePath.isEmpty() ? m_databaseUrl : QFileInfo(m_databasePath).fileName();
    if (!m_databaseProblem.isEmpty())
        return tr("database %1: %2").arg(name, m_databaseProblem);
    if (m_databaseHeads.isEmpty())
        return tr("database %1: no revision applied").arg(name);
    return tr("database %1 at %2").arg(name, m_databaseHeads.join(QLatin1String(", ")));
}

void MainWindow::showProject()
{
    m_revisionModel->setRevisions(m_project.summaries());
    m_diagnosticsModel->setDiagnostics(m_project.diagnostics());
    m_revisionView->resizeColumnsToContents();
    setWindowTitle(tr("%1 — Retort").arg(QDir(m_project.config().here()).dirName()));
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_project.isOpen()) {
        m_statusLabel->setText(tr("No project open — File ▸ Open Project… (Ctrl+O)"));
        return;
    }
    const QStringList heads = m_project.map().heads();
    const qsizetype revisions = m_project.scripts().size();
    QString text = QDir::toNativeSeparators(m_project.config().iniFilePath()) + QStringLiteral(" · ")
                   + (revisions == 1 ? tr("1 revision") : tr("%1 revisions").arg(revisions));
    text += QStringLiteral(" · ") + tr("heads: %1").arg(heads.join(QLatin1String(", ")));
    const qsizetype problems = m_project.diagnostics().size();
    text += QStringLiteral(" · ") + (problems == 1 ? tr("1 problem") : tr("%1 problems").arg(problems));
    if (!m_databaseUrl.isEmpty())
        text += QStringLiteral(" · ") + databaseStatus();
    m_statusLabel->setText(text);
}

void MainWindow::chooseAndOpenProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Alembic Project"), QString(),
                                                      tr("Alembic configuration (*.ini);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::reloadProject()
{
    if (m_project.isOpen())
        openProject(m_project.location().iniPath);
    refreshDatabaseState();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    event->accept();
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/document/projectdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFutureWatcher<LoadResult>(this))
    , m_fileWatcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFutureWatcher<LoadResult>::finished, this, &ProjectDocument::finishLoad);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &ProjectDocument::reload);
    connect(m_fileWatcher, &QFileSystemWatcher::directoryChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
}

ProjectDocument::~ProjectDocument()
{
    m_watcher->waitForFinished();
}

void ProjectDocument::open(const Core::ProjectLocation &location)
{
    m_location = location;
    startLoad(false);
}

void ProjectDocument::reload()
{
    if (!m_location.iniPath.isEmpty())
        startLoad(true);
}

void ProjectDocument::close()
{
    m_location = {};
    m_project = Core::Project();
    m_layout = Core::GraphLayout();
    if (!m_fileWatcher->files().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->files());
    if (!m_fileWatcher->directories().isEmpty())
        m_fileWatcher->removePaths(m_fileWatcher->directories());
    recomputeApplied();
    emit loaded();
}

bool ProjectDocument::isLoading() const
{
    return m_watcher->isRunning();
}

void ProjectDocument::startLoad(bool isReload)
{
    if (m_watcher->isRunning()) {
        // The running load reads stale files or another project; load again when it ends.
        m_reloadQueued = true;
        m_pendingIsReload = m_pendingIsReload && isReload;
        return;
    }
    m_pendingIsReload = isReload;
    const Core::ProjectLocation location = m_location;
    m_watcher->setFuture(QtConcurrent::run([location] {
        LoadResult result;
        result.project = Core::Project::open(location, Core::RevisionReadMode::Full);
        result.layout = Core::computeGraphLayout(result.project.map());
        return result;
    }));
}

void ProjectDocument::finishLoad()
{
    LoadResult result = m_watcher->result();
    if (m_reloadQueued) {
        m_reloadQueued = false;
        const bool isReload = m_pendingIsReload;
        m_pendingIsReload = true;
        startLoad(isReload);
        return;
    }
    m_project = result.project;
    m_layout = result.layout;
    recomputeApplied();
    watchFiles();
    if (m_pendingIsReload)
        emit reloaded();
    else
        emit loaded();
}

void ProjectDocument::watchFiles()
{
    QStringList wanted;
    if (m_project.isOpen()) {
        wanted << m_project.config().iniFilePath();
        for (const QString &dir : m_project.config().versionLocations())
            wanted << dir;
        for (const Core::RevisionScript &script : m_project.scripts())
            wanted << script.filePath;
    }
    const QStringList current = m_fileWatcher->files() + m_fileWatcher->directories();
    QStringList toRemove, toAdd;
    for (const QString &path : current) {
        if (!wanted.contains(path))
            toRemove << path;
    }
    for (const QString &path : wanted) {
        if (!current.contains(path) && QFileInfo::exists(path))
            toAdd << path;
    }
    if (!toRemove.isEmpty())
        m_fileWatcher->removePaths(toRemove);
    if (!toAdd.isEmpty())
        m_fileWatcher->addPaths(toAdd);
}

void ProjectDocument::setDatabaseHeads(const QStringList &heads, bool connected)
{
    m_databaseHeads = heads;
    m_hasDatabase = connected;
    recomputeApplied();
    emit databaseStateChanged();
}

bool ProjectDocument::isApplied(const QString &revisionId) const
{
    return m_applied.contains(revisionId);
}

void ProjectDocument::recomputeApplied()
{
    m_applied.clear();
    if (!m_hasDatabase || !m_project.isOpen())
        return;
    // Walk down from each head through parents and dependencies.
    QStringList stack = m_databaseHeads;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (m_applied.contains(id))
            continue;
        m_applied.insert(id);
        const Core::RevisionSummary summary = m_project.summary(id);
        stack += summary.downRevisions;
        stack += summary.dependsOn;
    }
}

QString ProjectDocument::defaultDialect() const
{
    if (!m_project.isOpen())
        return QStringLiteral("sqlite");
    const QString url = m_project.config().sqlalchemyUrl().value_or(QString());
    return url.startsWith(QLatin1String("postgres")) ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

} // namespace Retort::Ui

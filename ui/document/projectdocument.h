// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/graphlayout.h"
#include "core/project/project.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class QFileSystemWatcher;

namespace Retort::Ui {

/*! The open project as the window sees it: the Core::Project (read in full), its graph layout,
    and where the connected database stands. Every view observes this one object; none holds
    its own copy of the project.

    Loading runs on the global thread pool (Project::open + computeGraphLayout) and ends with
    loaded() on the GUI thread; a newer load supersedes an older one. The ini file and every
    version location are watched: changes on disk (an editor, `git pull`, `alembic revision`)
    trigger a reload after kReloadDelayMs of quiet, announced by reloaded() — views keep their
    selection by revision id. GUI thread only. */
class ProjectDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDocument)

public:
    static constexpr int kReloadDelayMs = 300;

    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    //! Starts loading \a location (asynchronously); loaded() follows, also on failure.
    void open(const Core::ProjectLocation &location);
    //! Loads the same location again now.
    void reload();
    //! Closes the project: an empty, not-open Project; loaded() follows.
    void close();
    bool isLoading() const;

    const Core::Project &project() const { return m_project; }
    const Core::GraphLayout &layout() const { return m_layout; }
    bool isOpen() const { return m_project.isOpen(); }

    //! The version rows of the connected database; empty list and false when none is connected.
    void setDatabaseHeads(const QStringList &heads, bool connected);
    QStringList databaseHeads() const { return m_databaseHeads; }
    bool hasDatabase() const { return m_hasDatabase; }
    //! True when \a revisionId is an ancestor-or-self of a database head (applied).
    bool isApplied(const QString &revisionId) const;

    //! "sqlite" or "postgresql" from the project's sqlalchemy.url; "sqlite" when unknown.
    QString defaultDialect() const;

signals:
    //! A first load (open() or close()) finished; the project may have changed entirely.
    void loaded();
    //! The same project was read again (files changed on disk, or reload()).
    void reloaded();
    void databaseStateChanged();

private:
    struct LoadResult
    {
        Core::Project project;
        Core::GraphLayout layout;
    };
    void startLoad(bool isReload);
    void finishLoad();
    void watchFiles();
    void recomputeApplied();

    Core::ProjectLocation m_location;
    Core::Project m_project;
    Core::GraphLayout m_layout;
    QStringList m_databaseHeads;
    bool m_hasDatabase = false;
    QSet<QString> m_applied;
    QFutureWatcher<LoadResult> *m_watcher = nullptr;
    bool m_pendingIsReload = false;
    bool m_reloadQueued = false;
    QFileSystemWatcher *m_fileWatcher = nullptr;
    QTimer m_reloadTimer;
};

} // namespace Retort::Ui

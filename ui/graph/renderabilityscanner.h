// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/project.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Retort::Ui {

/*! Assesses every revision of a project with Core::Sql::assessRenderability, off the GUI
    thread: the scripts are split into one chunk per core, each run by QtConcurrent on the
    global thread pool. Only revisions with a direction that cannot be rendered are kept.

    start() supersedes a running scan (it is cancelled between two scripts and its results
    are dropped); the destructor cancels. The object itself is GUI-thread only;
    the workers read their own copy of the Project (a shared, immutable value). */
class RenderabilityScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderabilityScanner)

public:
    struct Verdict
    {
        bool needsPython = false; //!< a direction's problem is "needs-python"
        QStringList reasons; //!< "upgrade: <diagnostic>" / "downgrade: <diagnostic>"
    };
    using Verdicts = QHash<QString, Verdict>; //!< revision id -> verdict, unrenderable ones only

    explicit RenderabilityScanner(QObject *parent = nullptr);
    ~RenderabilityScanner() override;

    //! Scans \a project (read with RevisionReadMode::Full) for \a dialectName ("sqlite",
    //! "postgresql").
    void start(const Core::Project &project, const QString &dialectName);
    void cancel();
    bool isRunning() const { return m_running > 0; }
    //! The verdicts of the last finished scan (kept while a new scan runs).
    const Verdicts &verdicts() const { return m_verdicts; }

signals:
    //! A scan finished; verdicts() holds its results.
    void finished();

private:
    void chunkFinished();

    QList<QFutureWatcher<Verdicts> *> m_watchers;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Verdicts m_pending;
    Verdicts m_verdicts;
    int m_running = 0;
};

} // namespace Retort::Ui

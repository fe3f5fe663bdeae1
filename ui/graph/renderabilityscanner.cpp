// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/renderabilityscanner.h"

#include "core/ops/projectmaps.h"
#include "core/sql/renderability.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Retort::Ui {

namespace {

void addReason(RenderabilityScanner::Verdict &verdict, const QString &direction,
    const Core::Sql::DirectionRenderability &result)
{
    if (result.renderable)
        return;
    QString text = direction;
    if (result.problem) {
        if (result.problem->code == QLatin1String("needs-python"))
            verdict.needsPython = true;
        text += QStringLiteral(": ") + result.problem->message;
        if (result.problem->location.line > 0)
            text += QStringLiteral(" (line %1)").arg(result.problem->location.line);
    }
    verdict.reasons << text;
}

//! Assesses scripts [begin, end) of \a project; runs on a pool thread.
RenderabilityScanner::Verdicts assessChunk(const Core::Project &project, qsizetype begin,
    qsizetype end, const Core::Sql::SqlDialect &dialect, const Core::Ops::ProjectMaps &maps,
    const std::atomic_bool &cancelled)
{
    RenderabilityScanner::Verdicts verdicts;
    const QList<Core::RevisionScript> &scripts = project.scripts();
    for (qsizetype i = begin; i < end && !cancelled.load(std::memory_order_relaxed); ++i) {
        const Core::RevisionScript &script = scripts.at(i);
        // Only the file that defines the id (the last one wins, as in Alembic) counts.
        if (script.revision.isEmpty() || !script.module
            || project.scriptFor(script.revision) != &script)
            continue;
        const Core::Sql::RevisionRenderability result
            = Core::Sql::assessRenderability(script, dialect, maps);
        if (result.upgrade.renderable && result.downgrade.renderable)
            continue;
        RenderabilityScanner::Verdict verdict;
        addReason(verdict, QStringLiteral("upgrade"), result.upgrade);
        addReason(verdict, QStringLiteral("downgrade"), result.downgrade);
        verdicts.insert(script.revision, verdict);
    }
    return verdicts;
}

} // namespace

RenderabilityScanner::RenderabilityScanner(QObject *parent)
    : QObject(parent)
{ }

RenderabilityScanner::~RenderabilityScanner()
{
    // The workers hold copies of everything they read; cancelled, they stop at the next script.
    cancel();
}

void RenderabilityScanner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    for (QFutureWatcher<Verdicts> *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    m_watchers.clear();
    m_pending.clear();
    m_running = 0;
}

void RenderabilityScanner::start(const Core::Project &project, const QString &dialectName)
{
    cancel();
    const auto dialect = Core::Sql::SqlDialect::fromName(dialectName);
    if (!project.isOpen() || !dialect || project.scripts().isEmpty()) {
        m_verdicts.clear();
        emit finished();
        return;
    }
    const Core::Ops::ProjectMaps maps
        = Core::Ops::ProjectMaps::load(project.config().ini(), project.config().iniFilePath());
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelled;
    const qsizetype count = project.scripts().size();
    const qsizetype chunks = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, count);
    for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
        const qsizetype begin = count * chunk / chunks;
        const qsizetype end = count * (chunk + 1) / chunks;
        auto *watcher = new QFutureWatcher<Verdicts>(this);
        connect(watcher, &QFutureWatcher<Verdicts>::finished, this,
            &RenderabilityScanner::chunkFinished);
        m_watchers.append(watcher);
        ++m_running;
        watcher->setFuture(
            QtConcurrent::run([project, begin, end, dialect = dialect.value(), maps, cancelled] {
                return assessChunk(project, begin, end, dialect, maps, *cancelled);
            }));
    }
}

void RenderabilityScanner::chunkFinished()
{
    auto *watcher = static_cast<QFutureWatcher<Verdicts> *>(sender());
    const Verdicts part = watcher->result();
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        m_pending.insert(it.key(), it.value());
    if (--m_running > 0)
        return;
    m_verdicts = std::move(m_pending);
    m_pending.clear();
    for (QFutureWatcher<Verdicts> *done : std::as_const(m_watchers))
        done->deleteLater();
    m_watchers.clear();
    emit finished();
}

} // namespace Retort::Ui

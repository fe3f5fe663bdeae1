// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/executioncontroller.h"

#include "core/db/databasesession.h"
#include "core/db/executioncontrol.h"
#include "core/db/ledger.h"
#include "core/db/ledgerobserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace Retort::Ui {

namespace {

Core::ExecutionResult refused(const QString &message)
{
    Core::ExecutionResult result;
    result.outcome = Core::ExecutionResult::Outcome::Refused;
    result.message = message;
    return result;
}

//! The whole run on the worker thread: its own session, the ledger, the executor.
Core::ExecutionResult runOnWorker(const ExecutionController::Request &request, Core::ExecutionControl &control,
                                  const Core::MigrationExecutor::EventCallback &onEvent)
{
    auto session = Core::DatabaseSession::open(request.profile);
    if (!session) {
        return refused(QCoreApplication::translate("Retort::Ui::ExecutionController", "Could not connect to %1: %2")
                           .arg(request.profile.displayUrl(), session.error()));
    }
    const Core::Ledger ledger(request.ledgerSchema);
    Core::LedgerObserver observer(ledger, request.runId, request.backupId);
    Core::ExecutorOptions options = request.options;
    options.observer = &observer;
    Core::MigrationExecutor executor(session.value(), request.profile, options);
    return executor.run(request.plan, control, onEvent);
}

} // namespace

ExecutionController::ExecutionController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Core::ExecutionEvent>();
    qRegisterMetaType<Core::ExecutionResult>();
}

ExecutionController::~ExecutionController()
{
    if (m_thread) {
        if (m_running && m_control)
            m_control->requestCancel(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ExecutionController::start(const Request &request)
{
    if (m_running)
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_control = std::make_shared<Core::ExecutionControl>();
    m_runId = request.runId.isEmpty() ? Core::Ledger::newRunId() : request.runId;
    m_running = true;

    Request copy = request;
    copy.runId = m_runId;
    const auto control = m_control;
    m_thread = QThread::create([this, copy, control] {
        const auto onEvent = [this](const Core::ExecutionEvent &event) {
            QMetaObject::invokeMethod(this, [this, event] { deliverEvent(event); }, Qt::QueuedConnection);
        };
        const Core::ExecutionResult result = runOnWorker(copy, *control, onEvent);
        QMetaObject::invokeMethod(this, [this, result] { deliverResult(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("retort-execution"));
    m_thread->start();
    emit started(m_runId, int(request.plan.steps.size()));
    return true;
}

bool ExecutionController::isRunning() const
{
    return m_running;
}

bool ExecutionController::waitForWorker(int ms)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(ms));
}

void ExecutionController::cancel()
{
    if (m_running && m_control)
        m_control->requestCancel(true);
}

void ExecutionController::deliverEvent(const Core::ExecutionEvent &event)
{
    emit eventOccurred(event);
}

void ExecutionController::deliverResult(const Core::ExecutionResult &result)
{
    if (m_thread)
        m_thread->wait(); // it has posted its last call; the session is closed
    m_running = false;
    emit finished(result);
}

} // namespace Retort::Ui

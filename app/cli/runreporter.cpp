// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "app/cli/runreporter.h"

#include <QThread>

#include <atomic>
#include <csignal>

namespace Retort::Cli {

namespace {

std::atomic_bool g_interrupted{false};
void (*g_previousHandler)(int) = SIG_DFL;

extern "C" void onSigint(int)
{
    g_interrupted.store(true);
}

const char kLogPrefix[] = "INFO  [alembic.runtime.migration] ";

} // namespace

RunReporter::RunReporter(QTextStream &err, const Core::ExecutionPlan &plan, Core::ExecutionControl &control,
                         bool logSteps)
    : m_err(err)
    , m_plan(plan)
    , m_control(control)
    , m_logSteps(logSteps)
{
    g_interrupted.store(false);
    g_previousHandler = std::signal(SIGINT, onSigint);
    m_watcher = std::thread([this] {
        while (!m_stop) {
            if (g_interrupted.exchange(false))
                m_control.requestCancel(true);
            QThread::msleep(50);
        }
    });
}

RunReporter::~RunReporter()
{
    m_stop = true;
    m_watcher.join();
    std::signal(SIGINT, g_previousHandler);
}

void RunReporter::onEvent(const Core::ExecutionEvent &event)
{
    using Kind = Core::ExecutionEvent::Kind;
    if (event.kind == Kind::StepStarted && m_logSteps) {
        const Core::ExecutionStep &step = m_plan.steps.at(event.stepIndex);
        // Appended piece by piece: GCC 12's -Wstringop-overflow misfires on Qt 5's
        // QStringBuilder for this expression.
        QString line = QLatin1String(kLogPrefix);
        line += QStringLiteral("Running ");
        line += step.step.shortLog();
        if (!step.message.isEmpty())
            line += QStringLiteral(", ") + step.message;
        m_err << line << '\n';
    } else if (event.kind == Kind::Note) {
        m_err << kLogPrefix << event.note << ": " << event.statement << '\n';
    }
    m_err.flush();
}

QString RunReporter::failureText(const Core::ExecutionResult &result)
{
    if (!result.failure)
        return result.message;
    const Core::ExecutionFailure &f = *result.failure;
    QString text = result.message + QLatin1Char('\n');
    if (!f.statement.isEmpty())
        text += QStringLiteral("  statement: %1\n").arg(f.statement);
    text += QStringLiteral("  revision:  %1\n").arg(f.revision);
    if (!f.file.isEmpty())
        text += QStringLiteral("  file:      %1:%2\n").arg(f.file).arg(f.line);
    text += QStringLiteral("  error:     %1").arg(f.error.trimmed());
    return text;
}

} // namespace Retort::Cli

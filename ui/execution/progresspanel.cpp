// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/progresspanel.h"

#include "ui/common/iconprovider.h"
#include "ui/execution/durationtext.h"
#include "ui/execution/executioncontroller.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Retort::Ui {

namespace {

constexpr int kTickMs = 200;
constexpr int kStatementPreviewChars = 400;

QString directionText(Core::MigrationStep::Direction direction)
{
    switch (direction) {
    case Core::MigrationStep::Upgrade: return ProgressPanel::tr("upgrade");
    case Core::MigrationStep::Downgrade: return ProgressPanel::tr("downgrade");
    case Core::MigrationStep::Stamp: return ProgressPanel::tr("stamp");
    }
    return {};
}

QString preview(const QString &statement)
{
    const QString flat = statement.simplified();
    return flat.size() > kStatementPreviewChars ? flat.left(kStatementPreviewChars) + QChar(0x2026) : flat;
}

} // namespace

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("runProgressPanel"));
    m_title = new QLabel(tr("No run yet."), this);
    m_title->setObjectName(QStringLiteral("runTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("runStep"));
    m_step->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("runProgressBar"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setFormat(tr("%v of %m steps"));
    m_statement = new QLabel(this);
    m_statement->setObjectName(QStringLiteral("runStatement"));
    m_statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("runElapsed"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("runState"));
    m_state->setWordWrap(true);
    m_cancel = new QPushButton(themedIcon(QStringLiteral("cancel")), tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        emit cancelRequested();
    });

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_elapsed, 1);
    bottom->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_statement);
    layout->addLayout(bottom);
    layout->addWidget(m_state);
    layout->addStretch(1);

    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &ProgressPanel::updateElapsed);
}

ProgressPanel::~ProgressPanel() = default;

void ProgressPanel::attach(ExecutionController *controller)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_controller = controller;
    if (!controller)
        return;
    m_connections << connect(controller, &ExecutionController::eventOccurred, this, &ProgressPanel::handleEvent);
    m_connections << connect(controller, &ExecutionController::finished, this, &ProgressPanel::finish);
    m_connections << connect(this, &ProgressPanel::cancelRequested, controller, &ExecutionController::cancel);
}

void ProgressPanel::begin(const Core::ExecutionPlan &plan, const QString &title)
{
    m_plan = plan;
    m_stepCount = int(plan.steps.size());
    m_currentStep = -1;
    m_title->setText(title);
    m_step->setText(tr("Waiting for the database…"));
    m_statement->clear();
    m_state->clear();
    m_bar->setRange(0, qMax(1, m_stepCount));
    m_bar->setValue(0);
    m_clock.start();
    setRunning(true);
    updateElapsed();
    emit logLine(tr("%1: %n step(s)", nullptr, m_stepCount).arg(title), LogPanel::Level::Info);
}

QString ProgressPanel::stepDescription(int index, const QString &revision) const
{
    if (index < 0 || index >= m_plan.steps.size())
        return revision;
    const Core::ExecutionStep &step = m_plan.steps.at(index);
    QString text = QStringLiteral("%1 (%2)").arg(step.label(), directionText(step.step.direction));
    if (!step.message.isEmpty())
        text += QStringLiteral(" — ") + step.message;
    return text;
}

void ProgressPanel::handleEvent(const Core::ExecutionEvent &event)
{
    using Kind = Core::ExecutionEvent::Kind;
    if (event.stepCount > 0 && event.stepCount != m_stepCount) {
        m_stepCount = event.stepCount;
        m_bar->setRange(0, m_stepCount);
    }
    switch (event.kind) {
    case Kind::Locked:
        m_step->setText(tr("Database locked for the run."));
        emit logLine(tr("Lock obtained; starting."), LogPanel::Level::Info);
        break;
    case Kind::StepStarted:
        m_currentStep = event.stepIndex;
        m_step->setText(tr("Step %1 of %2: %3")
                            .arg(event.stepIndex + 1)
                            .arg(m_stepCount)
                            .arg(stepDescription(event.stepIndex, event.revision)));
        m_statement->clear();
        emit logLine(tr("Step %1 of %2: %3")
                         .arg(event.stepIndex + 1)
                         .arg(m_stepCount)
                         .arg(stepDescription(event.stepIndex, event.revision)),
                     LogPanel::Level::Info);
        break;
    case Kind::StatementStarted:
        m_statementStartedMs = event.elapsedMs;
        m_statement->setText(preview(event.statement));
        break;
    case Kind::StatementFinished: onStatementFinished(event); break;
    case Kind::StepCommitted:
        m_bar->setValue(event.stepIndex + 1);
        emit logLine(tr("  committed %1").arg(event.revision), LogPanel::Level::Info);
        break;
    case Kind::Note:
        emit logLine(event.statement.isEmpty() ? event.note : event.note + QStringLiteral(": ") + preview(event.statement),
                     LogPanel::Level::Warning);
        break;
    }
}

void ProgressPanel::onStatementFinished(const Core::ExecutionEvent &event)
{
    const QString outside = event.transactional ? QString() : tr(" (outside a transaction)");
    emit logLine(tr("  %1 — ok, %2%3")
                     .arg(preview(event.statement), durationText(event.elapsedMs - m_statementStartedMs), outside),
                 LogPanel::Level::Info);
}

void ProgressPanel::finish(const Core::ExecutionResult &result)
{
    using Outcome = Core::ExecutionResult::Outcome;
    setRunning(false);
    updateElapsed();
    m_bar->setValue(result.completedSteps);
    LogPanel::Level level = LogPanel::Level::Info;
    QString state;
    switch (result.outcome) {
    case Outcome::Succeeded: state = tr("Succeeded."); break;
    case Outcome::Failed: state = tr("Failed."); level = LogPanel::Level::Error; break;
    case Outcome::Cancelled: state = tr("Cancelled."); level = LogPanel::Level::Warning; break;
    case Outcome::Refused: state = tr("Not run."); level = LogPanel::Level::Error; break;
    }
    if (result.failure && !result.failure->statement.isEmpty()) {
        emit logLine(tr("  %1 — FAILED: %2").arg(preview(result.failure->statement), result.failure->error.trimmed()),
                     LogPanel::Level::Error);
    }
    state += QLatin1Char(' ') + result.message;
    m_state->setText(state);
    if (result.outcome == Outcome::Succeeded)
        m_statement->clear();
    emit logLine(state, level);
}

QString ProgressPanel::stepText() const
{
    return m_step->text();
}

QString ProgressPanel::statementText() const
{
    return m_statement->text();
}

QString ProgressPanel::stateText() const
{
    return m_state->text();
}

void ProgressPanel::updateElapsed()
{
    if (m_clock.isValid())
        m_elapsed->setText(tr("Elapsed: %1").arg(durationText(m_clock.elapsed())));
}

void ProgressPanel::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    m_cancel->setText(tr("&Cancel Run"));
    if (running)
        m_tick.start();
    else
        m_tick.stop();
}

} // namespace Retort::Ui

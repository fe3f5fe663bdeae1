// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/executionplan.h"
#include "core/db/migrationexecutor.h"
#include "ui/panels/logpanel.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Retort::Ui {

class ExecutionController;

/*! The progress of a migration run, for a dock (non-modal): "Step i of n" with the revision and
    its message, a progress bar over the steps, the statement running now, the elapsed time and a
    Cancel button. Between runs it shows how the last one ended.

    It also turns the run into Log lines (logLine(): each step, each statement with its outcome
    and duration, notes, the end), so the window connects logLine to LogPanel::append.

    Feed it with attach(controller) (follows every run of that controller; Cancel cancels it),
    or by hand with begin()/handleEvent()/finish(). GUI thread only. */
class ProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPanel)

public:
    explicit ProgressPanel(QWidget *parent = nullptr);
    ~ProgressPanel() override;

    //! Follows \a controller's runs (not owned; may be null to detach).
    void attach(ExecutionController *controller);

    //! A run of \a plan starts; \a title names it ("Upgrade to heads on bookshop.db").
    void begin(const Core::ExecutionPlan &plan, const QString &title);
    void handleEvent(const Core::ExecutionEvent &event);
    void finish(const Core::ExecutionResult &result);

    bool isRunning() const { return m_running; }
    int stepCount() const { return m_stepCount; }
    //! 0-based index of the step running now (or last run); -1 before the first.
    int currentStep() const { return m_currentStep; }
    QString stepText() const;
    QString statementText() const;
    QString stateText() const;

signals:
    //! The user pressed Cancel during a run.
    void cancelRequested();
    //! One line for the Log dock.
    void logLine(const QString &text, Retort::Ui::LogPanel::Level level);

private:
    void onStatementFinished(const Core::ExecutionEvent &event);
    void updateElapsed();
    void setRunning(bool running);
    QString stepDescription(int index, const QString &revision) const;

    Core::ExecutionPlan m_plan;
    bool m_running = false;
    int m_stepCount = 0;
    int m_currentStep = -1;
    qint64 m_statementStartedMs = 0;
    QElapsedTimer m_clock;
    QTimer m_tick;
    ExecutionController *m_controller = nullptr;
    QList<QMetaObject::Connection> m_connections;

    QLabel *m_title = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_statement = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/migrationexecutor.h"
#include "core/db/riskmeasurer.h"
#include "core/db/runplanner.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Retort::Ui {

class SqlTextView;

/*! The plan review shown before anything runs (issue 6 §3).

    - the ordered steps (number, revision, direction, message) in a tree; expanding a step lists
      its statements and its version-table changes; the selected step's whole SQL is shown
      highlighted below (SqlTextView), version-table statements rendered with VersionTableSql;
    - warnings for the plan's risks, each with what the live database holds now: rows of dropped
      tables, values of dropped columns, NULLs where NOT NULL is added, values too long for a
      narrowed type, rows a data statement without WHERE touches — counted on a worker thread
      with its own session (Core::RiskMeasurer), "counting…" until then;
    - steps that cannot be run by Retort (need Python, ...) with their reasons: then Run stays
      disabled;
    - the transaction mode (one per migration, or one for the whole plan).

    Cancel is the default button. runModal() is exec() unless a test hook is installed.
    GUI thread only. */
class PlanReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanReviewDialog)

public:
    using TestHook = std::function<void(PlanReviewDialog &)>;

    /*! \a title names the action ("Upgrade to heads"); \a profile is the database the run
        targets (its rows are counted; nothing is counted when \a measure is false). */
    PlanReviewDialog(const Core::PreparedRun &run, const Core::ConnectionProfile &profile, const QString &title,
                     QWidget *parent = nullptr, bool measure = true);
    ~PlanReviewDialog() override;

    //! Test hook: called instead of exec() with the dialog shown (see execOrHook); empty = exec().
    static void setTestHook(TestHook hook);
    int runModal();

    bool isRunnable() const { return m_run.isRunnable(); }
    Core::TransactionMode transactionMode() const;
    void setTransactionMode(Core::TransactionMode mode);

    int stepCount() const { return int(m_run.execution.steps.size()); }
    //! The SQL the pane shows for step \a index: the statements, then the version-table changes.
    QString stepSql(int index) const;
    //! Selects step \a index (its SQL appears in the pane).
    void selectStep(int index);
    //! The version-table changes of step \a index, rendered for the database's dialect.
    QStringList versionStatements(int index) const;

    int riskCount() const { return int(m_run.risks.size()); }
    QString riskText(int index) const;
    //! What the database holds for risk \a index ("2 rows now"); "counting…" until measured.
    QString riskMeasurementText(int index) const;
    bool measurementsFinished() const { return m_measured; }
    const QList<Core::RiskMeasurement> &measurements() const { return m_measurements; }
    //! "step 3, e3e3e3e3e3e3 (file.py:12): reason" per step that blocks the plan.
    QStringList blockerTexts() const;

    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    void measurementsReady();

private:
    QWidget *createHeader(const QString &title, const Core::ConnectionProfile &profile);
    QString blockerText(int index) const;
    QWidget *createBlockers();
    QWidget *createRisks();
    QWidget *createSteps();
    QWidget *createTransactionBox();
    void fillStepChildren(QTreeWidgetItem *item);
    void startMeasuring(const Core::ConnectionProfile &profile);
    void showMeasurements();
    void setAllMeasurements(Core::RiskMeasurement::State state);
    QString stepTitle(int index) const;

    Core::PreparedRun m_run;
    QString m_dialect;
    QList<Core::RiskMeasurement> m_measurements;
    bool m_measured = false;
    std::shared_ptr<std::atomic_bool> m_cancelMeasuring;
    QFutureWatcher<QList<Core::RiskMeasurement>> m_watcher;

    QTreeWidget *m_steps = nullptr;
    SqlTextView *m_sql = nullptr;
    QTreeWidget *m_risks = nullptr;
    QRadioButton *m_perMigration = nullptr;
    QRadioButton *m_wholePlan = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Retort::Ui

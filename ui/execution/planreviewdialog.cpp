// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/planreviewdialog.h"

#include "core/db/databasesession.h"
#include "core/graph/versiontablesql.h"
#include "ui/common/iconprovider.h"
#include "ui/execution/dialogtesthook.h"
#include "ui/execution/riskdescription.h"
#include "ui/preview/sqltextview.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

namespace {

PlanReviewDialog::TestHook s_hook;

enum StepColumn { NumberColumn, RevisionColumn, DirectionColumn, MessageColumn, StepColumnCount };
enum RiskColumn { RiskWhatColumn, RiskNowColumn, RiskWhereColumn, RiskColumnCount };
constexpr int kStepIndexRole = Qt::UserRole + 1;
constexpr int kStatementPreviewChars = 160;

QString headsText(const QStringList &heads)
{
    return heads.isEmpty() ? PlanReviewDialog::tr("(base)") : heads.join(QStringLiteral(", "));
}

QString directionText(Core::MigrationStep::Direction direction)
{
    switch (direction) {
    case Core::MigrationStep::Upgrade: return PlanReviewDialog::tr("upgrade");
    case Core::MigrationStep::Downgrade: return PlanReviewDialog::tr("downgrade");
    case Core::MigrationStep::Stamp: return PlanReviewDialog::tr("stamp");
    }
    return {};
}

QString oneLine(const QString &sql)
{
    const QString flat = sql.simplified();
    return flat.size() > kStatementPreviewChars ? flat.left(kStatementPreviewChars) + QChar(0x2026) : flat;
}

QList<Core::RiskMeasurement> measureOnWorker(const Core::ConnectionProfile &profile,
                                             const QList<Core::Sql::PlanRisk> &risks,
                                             std::shared_ptr<std::atomic_bool> cancel)
{
    Core::DatabaseSession::Options options;
    options.readOnly = profile.isSqlite();
    auto session = Core::DatabaseSession::open(profile, options);
    if (!session) {
        Core::RiskMeasurement failed;
        failed.state = Core::RiskMeasurement::State::Failed;
        failed.note = session.error();
        QList<Core::RiskMeasurement> out;
        for (qsizetype i = 0; i < risks.size(); ++i)
            out.append(failed);
        return out;
    }
    return Core::RiskMeasurer::measure(session.value(), risks, cancel.get());
}

} // namespace

PlanReviewDialog::PlanReviewDialog(const Core::PreparedRun &run, const Core::ConnectionProfile &profile,
                                   const QString &title, QWidget *parent, bool measure)
    : QDialog(parent)
    , m_run(run)
    , m_dialect(run.options.dialect.name())
    , m_cancelMeasuring(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("planReviewDialog"));
    setWindowTitle(tr("Review Plan — %1").arg(title));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader(title, profile));
    if (!m_run.isRunnable())
        layout->addWidget(createBlockers());
    if (!m_run.risks.isEmpty())
        layout->addWidget(createRisks());
    layout->addWidget(createSteps(), 1);
    QWidget *transactions = createTransactionBox();
    transactions->setEnabled(m_run.isRunnable());
    layout->addWidget(transactions);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_runButton = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setEnabled(m_run.isRunnable());
    m_runButton->setAutoDefault(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefault(true);
    m_cancelButton->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_run.isRunnable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 720);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_measurements = m_watcher.result();
        m_measured = true;
        showMeasurements();
        emit measurementsReady();
    });
    if (m_run.risks.isEmpty())
        m_measured = true;
    else if (measure)
        startMeasuring(profile);
    else
        setAllMeasurements(Core::RiskMeasurement::State::Skipped);
    if (stepCount() > 0)
        selectStep(m_run.blockers.isEmpty() ? 0 : m_run.blockers.firstKey());
}

PlanReviewDialog::~PlanReviewDialog()
{
    m_cancelMeasuring->store(true);
}

void PlanReviewDialog::setTestHook(TestHook hook)
{
    s_hook = std::move(hook);
}

int PlanReviewDialog::runModal()
{
    return execOrHook<PlanReviewDialog>(*this, s_hook);
}

QWidget *PlanReviewDialog::createHeader(const QString &title, const Core::ConnectionProfile &profile)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("planSummary"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    QString text = QStringLiteral("<b>%1</b> — %2<br>").arg(title.toHtmlEscaped(), profile.displayUrl().toHtmlEscaped());
    if (profile.production)
        text += QStringLiteral("<b>%1</b><br>").arg(tr("This is a production database.").toHtmlEscaped());
    text += tr("%n step(s), from %1 to %2.", nullptr, stepCount())
                .arg(headsText(m_run.plan.initialHeads).toHtmlEscaped(), headsText(m_run.plan.finalHeads).toHtmlEscaped());
    if (m_run.execution.purgeVersionTable)
        text += QStringLiteral("<br>") + tr("The version table is emptied first (--purge).");
    for (const QString &warning : m_run.plan.warnings)
        text += QStringLiteral("<br>") + tr("Warning: %1").arg(warning.toHtmlEscaped());
    label->setText(text);
    return label;
}

QWidget *PlanReviewDialog::createBlockers()
{
    auto *box = new QGroupBox(tr("Retort cannot run this plan"), this);
    box->setObjectName(QStringLiteral("blockersBox"));
    auto *layout = new QVBoxLayout(box);
    auto *intro = new QLabel(tr("These steps need Python (or something Retort cannot render); nothing will run. "
                                "Run them with Alembic, or rewrite them with op.* calls."),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QTreeWidget(box);
    list->setObjectName(QStringLiteral("blockerList"));
    list->setRootIsDecorated(false);
    list->setHeaderHidden(true);
    for (const QString &text : blockerTexts()) {
        auto *item = new QTreeWidgetItem(list, QStringList{text});
        item->setIcon(0, themedIcon(QStringLiteral("error")));
        item->setToolTip(0, text);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * qMin(6, int(m_run.blockers.size()) + 1) + 8);
    layout->addWidget(list);
    return box;
}

QStringList PlanReviewDialog::blockerTexts() const
{
    QStringList texts;
    for (auto it = m_run.blockers.cbegin(); it != m_run.blockers.cend(); ++it)
        texts << tr("step %1, %2").arg(it.key() + 1).arg(blockerText(it.key()));
    return texts;
}

QString PlanReviewDialog::blockerText(int index) const
{
    const Core::Diagnostic d = m_run.blockers.value(index);
    const QString where = d.location.file.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1:%2)").arg(QFileInfo(d.location.file).fileName()).arg(d.location.line);
    return tr("%1%2: %3").arg(m_run.execution.steps.at(index).label(), where, d.message);
}

QWidget *PlanReviewDialog::createRisks()
{
    auto *box = new QGroupBox(tr("Warnings"), this);
    box->setObjectName(QStringLiteral("risksBox"));
    auto *layout = new QVBoxLayout(box);
    m_risks = new QTreeWidget(box);
    m_risks->setObjectName(QStringLiteral("riskList"));
    m_risks->setRootIsDecorated(false);
    m_risks->setColumnCount(RiskColumnCount);
    m_risks->setHeaderLabels({tr("Risk"), tr("In the database now"), tr("Where")});
    for (int i = 0; i < m_run.risks.size(); ++i) {
        const Core::Sql::PlanRisk &risk = m_run.risks.at(i);
        auto *item = new QTreeWidgetItem(m_risks);
        item->setText(RiskWhatColumn, RiskDescription::what(risk));
        item->setToolTip(RiskWhatColumn, RiskDescription::what(risk));
        item->setText(RiskNowColumn, RiskDescription::measurement(risk, nullptr));
        item->setText(RiskWhereColumn, RiskDescription::where(risk));
        item->setIcon(RiskWhatColumn, themedIcon(QStringLiteral("warning")));
    }
    m_risks->header()->setSectionResizeMode(RiskWhatColumn, QHeaderView::Stretch);
    m_risks->header()->setSectionResizeMode(RiskNowColumn, QHeaderView::ResizeToContents);
    m_risks->header()->setSectionResizeMode(RiskWhereColumn, QHeaderView::ResizeToContents);
    m_risks->header()->setStretchLastSection(false);
    m_risks->setMaximumHeight(m_risks->sizeHintForRow(0) * qMin(8, int(m_run.risks.size()) + 2) + 8);
    layout->addWidget(m_risks);
    return box;
}

QWidget *PlanReviewDialog::createSteps()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("stepsSplitter"));
    m_steps = new QTreeWidget(splitter);
    m_steps->setObjectName(QStringLiteral("stepTree"));
    m_steps->setColumnCount(StepColumnCount);
    m_steps->setHeaderLabels({tr("#"), tr("Revision"), tr("Direction"), tr("Message")});
    m_steps->setUniformRowHeights(true);
    for (int i = 0; i < stepCount(); ++i) {
        const Core::ExecutionStep &step = m_run.execution.steps.at(i);
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(NumberColumn, QString::number(i + 1));
        item->setText(RevisionColumn, step.label());
        item->setText(DirectionColumn, directionText(step.step.direction));
        item->setText(MessageColumn, step.message);
        item->setData(NumberColumn, kStepIndexRole, i);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        if (m_run.blockers.contains(i)) {
            item->setIcon(RevisionColumn, themedIcon(QStringLiteral("error")));
            item->setToolTip(RevisionColumn, m_run.blockers.value(i).message);
        }
    }
    m_steps->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(RevisionColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(DirectionColumn, QHeaderView::ResizeToContents);
    connect(m_steps, &QTreeWidget::itemExpanded, this, &PlanReviewDialog::fillStepChildren);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        QTreeWidgetItem *top = current;
        while (top && top->parent())
            top = top->parent();
        if (top)
            m_sql->setSql(stepSql(top->data(NumberColumn, kStepIndexRole).toInt()), m_dialect);
    });

    m_sql = new SqlTextView(splitter);
    m_sql->setObjectName(QStringLiteral("stepSqlView"));
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void PlanReviewDialog::fillStepChildren(QTreeWidgetItem *item)
{
    if (item->parent() || item->childCount() > 0)
        return;
    const int index = item->data(NumberColumn, kStepIndexRole).toInt();
    const Core::ExecutionStep &step = m_run.execution.steps.at(index);
    if (m_run.blockers.contains(index)) {
        auto *child = new QTreeWidgetItem(item, QStringList{QString(), tr("cannot run"), QString(),
                                                            m_run.blockers.value(index).message});
        child->setIcon(RevisionColumn, themedIcon(QStringLiteral("error")));
    }
    for (const Core::Sql::SqlStatement &statement : step.statements) {
        const QString kind = statement.transactional ? tr("SQL") : tr("SQL, no transaction");
        auto *child = new QTreeWidgetItem(item, QStringList{QString(), kind, QString(), oneLine(statement.text)});
        child->setToolTip(MessageColumn, statement.text);
    }
    for (const QString &sql : versionStatements(index))
        new QTreeWidgetItem(item, QStringList{QString(), tr("version table"), QString(), sql});
    if (item->childCount() == 0)
        item->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicator);
}

QStringList PlanReviewDialog::versionStatements(int index) const
{
    const Core::VersionTableSql renderer(m_run.options.versionTable, m_run.options.versionTableSchema, m_dialect);
    QStringList out;
    for (const Core::VersionStatement &statement : m_run.execution.steps.at(index).step.versionStatements)
        out << renderer.render(statement);
    return out;
}

QString PlanReviewDialog::stepSql(int index) const
{
    if (index < 0 || index >= stepCount())
        return {};
    const Core::ExecutionStep &step = m_run.execution.steps.at(index);
    QString sql = QStringLiteral("-- %1\n").arg(stepTitle(index));
    if (m_run.blockers.contains(index))
        sql += QStringLiteral("-- ") + tr("cannot run: %1").arg(blockerText(index)) + QLatin1Char('\n');
    for (const Core::Sql::SqlStatement &statement : step.statements) {
        sql += QLatin1Char('\n');
        if (!statement.transactional)
            sql += QStringLiteral("-- ") + tr("runs outside a transaction") + QLatin1Char('\n');
        sql += statement.text + QLatin1Char('\n');
    }
    const QStringList version = versionStatements(index);
    if (!version.isEmpty())
        sql += QStringLiteral("\n-- ") + tr("version table") + QLatin1Char('\n') + version.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return sql;
}

QString PlanReviewDialog::stepTitle(int index) const
{
    const Core::ExecutionStep &step = m_run.execution.steps.at(index);
    QString title = QStringLiteral("Running ") + step.step.shortLog();
    if (!step.message.isEmpty())
        title += QStringLiteral(", ") + step.message;
    return title;
}

void PlanReviewDialog::selectStep(int index)
{
    if (index < 0 || index >= stepCount())
        return;
    m_steps->setCurrentItem(m_steps->topLevelItem(index));
    m_sql->setSql(stepSql(index), m_dialect);
}

QWidget *PlanReviewDialog::createTransactionBox()
{
    auto *box = new QGroupBox(tr("Transactions"), this);
    box->setObjectName(QStringLiteral("transactionBox"));
    auto *layout = new QVBoxLayout(box);
    m_perMigration = new QRadioButton(tr("One transaction per &migration: a failure rolls back its own step; "
                                         "the steps before it stay applied"),
                                      box);
    m_perMigration->setObjectName(QStringLiteral("perMigrationRadio"));
    m_wholePlan = new QRadioButton(tr("One transaction for the &whole plan: a failure rolls back every step"), box);
    m_wholePlan->setObjectName(QStringLiteral("wholePlanRadio"));
    m_perMigration->setChecked(true);
    layout->addWidget(m_perMigration);
    layout->addWidget(m_wholePlan);
    int outside = 0;
    for (const Core::ExecutionStep &step : std::as_const(m_run.execution.steps)) {
        for (const Core::Sql::SqlStatement &statement : step.statements)
            outside += statement.transactional ? 0 : 1;
    }
    if (outside > 0) {
        auto *note = new QLabel(tr("%n statement(s) run outside any transaction (autocommit blocks, "
                                   "CONCURRENTLY); a later failure cannot undo them.",
                                   nullptr, outside),
                                box);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    return box;
}

Core::TransactionMode PlanReviewDialog::transactionMode() const
{
    return m_wholePlan->isChecked() ? Core::TransactionMode::WholePlan : Core::TransactionMode::PerMigration;
}

void PlanReviewDialog::setTransactionMode(Core::TransactionMode mode)
{
    (mode == Core::TransactionMode::WholePlan ? m_wholePlan : m_perMigration)->setChecked(true);
}

void PlanReviewDialog::startMeasuring(const Core::ConnectionProfile &profile)
{
    if (profile.isInMemory() || (profile.isSqlite() && !QFileInfo::exists(profile.sqlitePath))) {
        setAllMeasurements(Core::RiskMeasurement::State::Missing);
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(measureOnWorker, profile, m_run.risks, m_cancelMeasuring));
}

void PlanReviewDialog::setAllMeasurements(Core::RiskMeasurement::State state)
{
    Core::RiskMeasurement measurement;
    measurement.state = state;
    m_measurements.clear();
    for (qsizetype i = 0; i < m_run.risks.size(); ++i)
        m_measurements.append(measurement);
    m_measured = true;
    showMeasurements();
}

void PlanReviewDialog::showMeasurements()
{
    if (!m_risks)
        return;
    for (int i = 0; i < m_run.risks.size(); ++i) {
        QTreeWidgetItem *item = m_risks->topLevelItem(i);
        const Core::RiskMeasurement *measured = i < m_measurements.size() ? &m_measurements.at(i) : nullptr;
        item->setText(RiskNowColumn, riskMeasurementText(i));
        item->setToolTip(RiskNowColumn, riskMeasurementText(i));
        const bool severe = RiskDescription::isSevere(m_run.risks.at(i), measured);
        item->setIcon(RiskWhatColumn, themedIcon(severe ? QStringLiteral("error") : QStringLiteral("warning")));
    }
}

QString PlanReviewDialog::riskText(int index) const
{
    return RiskDescription::what(m_run.risks.at(index));
}

QString PlanReviewDialog::riskMeasurementText(int index) const
{
    const bool known = m_measured && index < m_measurements.size();
    return RiskDescription::measurement(m_run.risks.at(index), known ? &m_measurements.at(index) : nullptr);
}

} // namespace Retort::Ui

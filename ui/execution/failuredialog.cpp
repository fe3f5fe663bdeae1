// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/failuredialog.h"

#include "core/db/backupcatalog.h"
#include "core/db/databasesession.h"
#include "core/db/versiontable.h"
#include "ui/common/iconprovider.h"
#include "ui/common/messagepresenter.h"
#include "ui/execution/dialogtesthook.h"
#include "ui/preview/sqltextview.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Retort::Ui {

namespace {

FailureDialog::TestHook s_hook;
constexpr int kPollMs = 100;
constexpr int kBarRange = 1000;

QString headsText(const QStringList &heads)
{
    return heads.isEmpty() ? QCoreApplication::translate("Retort::Ui::FailureDialog", "(base: no revision)") : heads.join(QStringLiteral(", "));
}

} // namespace

FailureDialog::FailureDialog(const Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("failureDialog"));
    const bool cancelled = context.result.outcome == Core::ExecutionResult::Outcome::Cancelled;
    setWindowTitle(cancelled ? tr("Run Cancelled") : tr("Run Failed"));

    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("failureHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setText(context.result.message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(createDetails(), 1);
    layout->addWidget(createRestoreBox());
    layout->addWidget(buttons);
    resize(760, 600);

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &FailureDialog::pollProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &FailureDialog::onRestoreFinished);
}

FailureDialog::~FailureDialog() = default;

void FailureDialog::setTestHook(TestHook hook)
{
    s_hook = std::move(hook);
}

int FailureDialog::runModal()
{
    return execOrHook<FailureDialog>(*this, s_hook);
}

QWidget *FailureDialog::createDetails()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const auto &failure = m_context.result.failure;
    if (failure) {
        QString revision = failure->revision;
        if (failure->stepIndex >= 0 && failure->stepIndex < m_context.plan.steps.size()) {
            const Core::ExecutionStep &step = m_context.plan.steps.at(failure->stepIndex);
            revision = tr("step %1 of %2: %3").arg(failure->stepIndex + 1).arg(m_context.plan.steps.size()).arg(step.label());
            if (!step.message.isEmpty())
                revision += QStringLiteral(" — ") + step.message;
        }
        auto *revisionLabel = new QLabel(revision, box);
        revisionLabel->setObjectName(QStringLiteral("failureRevision"));
        revisionLabel->setWordWrap(true);
        form->addRow(tr("Revision:"), revisionLabel);
        if (!failure->file.isEmpty()) {
            auto *link = new QLabel(box);
            link->setObjectName(QStringLiteral("failureLocationLink"));
            link->setTextFormat(Qt::RichText);
            link->setText(QStringLiteral("<a href=\"open\">%1</a>").arg(locationText().toHtmlEscaped()));
            link->setToolTip(tr("Open %1 in the editor at line %2").arg(failure->file).arg(failure->line));
            connect(link, &QLabel::linkActivated, this, [this] { openLocation(); });
            form->addRow(tr("File:"), link);
        }
        auto *error = new QLabel(failure->error.trimmed(), box);
        error->setObjectName(QStringLiteral("failureError"));
        error->setWordWrap(true);
        error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        error->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // PostgreSQL's caret lines up
        form->addRow(tr("Error:"), error);
    }
    auto *state = new QLabel(stateText(), box);
    state->setObjectName(QStringLiteral("failureDatabaseState"));
    state->setWordWrap(true);
    form->addRow(tr("Database:"), state);
    if (failure && !failure->statement.isEmpty()) {
        m_statement = new SqlTextView(box);
        m_statement->setObjectName(QStringLiteral("failureStatementView"));
        m_statement->setSql(failure->statement, m_context.plan.dialect);
        form->addRow(tr("Statement:"), m_statement);
    }
    return box;
}

QString FailureDialog::stateText() const
{
    const Core::ExecutionResult &result = m_context.result;
    const int total = int(m_context.plan.steps.size());
    QString text = tr("left at %1").arg(headsText(result.databaseHeads));
    if (result.completedSteps > 0 && result.completedSteps <= total) {
        text += tr(" — the last completed step is %1 of %2 (%3)")
                    .arg(result.completedSteps)
                    .arg(total)
                    .arg(m_context.plan.steps.at(result.completedSteps - 1).label());
    } else {
        text += tr(" — no step was completed; the database is where the run started");
    }
    return text;
}

QWidget *FailureDialog::createRestoreBox()
{
    auto *box = new QGroupBox(tr("Backup"), this);
    box->setObjectName(QStringLiteral("restoreBox"));
    auto *layout = new QVBoxLayout(box);
    m_restoreStatus = new QLabel(box);
    m_restoreStatus->setObjectName(QStringLiteral("restoreStatus"));
    m_restoreStatus->setWordWrap(true);
    m_restoreStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restoreStatus->setText(canRestore()
                                 ? tr("Backup %1 was made before this run. Restoring it puts the database back "
                                      "exactly as it was before the run.")
                                       .arg(m_context.backupId)
                                 : tr("No backup was made for this run."));
    m_bar = new QProgressBar(box);
    m_bar->setObjectName(QStringLiteral("restoreProgressBar"));
    m_bar->setRange(0, kBarRange);
    m_bar->setVisible(false);
    m_restore = new QPushButton(themedIcon(QStringLiteral("backup")), tr("&Restore Backup"), box);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setEnabled(canRestore());
    m_restore->setVisible(canRestore());
    connect(m_restore, &QPushButton::clicked, this, &FailureDialog::restoreBackup);
    layout->addWidget(m_restoreStatus);
    layout->addWidget(m_bar);
    layout->addWidget(m_restore, 0, Qt::AlignLeft);
    return box;
}

QString FailureDialog::locationText() const
{
    const auto &failure = m_context.result.failure;
    if (!failure || failure->file.isEmpty())
        return {};
    const QString name = QFileInfo(failure->file).fileName();
    return failure->line > 0 ? QStringLiteral("%1:%2").arg(name).arg(failure->line) : name;
}

void FailureDialog::openLocation()
{
    const auto &failure = m_context.result.failure;
    if (failure && !failure->file.isEmpty())
        emit openFileRequested(failure->file, failure->line);
}

QString FailureDialog::failureText() const
{
    QStringList lines{m_context.result.message};
    if (const auto &failure = m_context.result.failure) {
        if (!failure->statement.isEmpty())
            lines << tr("Statement: %1").arg(failure->statement);
        lines << tr("Revision: %1").arg(failure->revision);
        if (!failure->file.isEmpty())
            lines << tr("File: %1:%2").arg(failure->file).arg(failure->line);
        lines << tr("Error: %1").arg(failure->error.trimmed());
    }
    lines << tr("Database: %1").arg(stateText());
    return lines.join(QLatin1Char('\n'));
}

QString FailureDialog::restoreText() const
{
    return m_restoreStatus->text();
}

void FailureDialog::restoreBackup()
{
    if (!canRestore() || m_restoring)
        return;
    const auto answer = MessagePresenter::question(
        this, tr("Restore Backup"),
        tr("Replace the database %1 with backup %2? Everything written to it since the backup is lost.")
            .arg(m_context.profile.displayUrl(), m_context.backupId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_restoring = true;
    m_restoreFinished = false;
    m_restore->setEnabled(false);
    m_bar->setVisible(true);
    m_bar->setRange(0, 0);
    m_restoreStatus->setText(tr("Restoring backup %1…").arg(m_context.backupId));
    m_progress = std::make_shared<Progress>();
    const auto progress = m_progress;
    const Context context = m_context;
    m_watcher.setFuture(QtConcurrent::run(&FailureDialog::restoreOnWorker, context, progress));
    m_poll.start();
}

FailureDialog::RestoreOutcome FailureDialog::restoreOnWorker(const Context &context, std::shared_ptr<Progress> progress)
{
    Core::RestoreOptions options;
    options.progress = [progress](qint64 done, qint64 total, const QString &what) {
        QMutexLocker lock(&progress->mutex);
        progress->done = done;
        progress->total = total;
        progress->what = what;
    };
    Core::BackupCatalog catalog(context.catalogDirectory);
    const auto restored = catalog.restore(context.backupId, context.profile, options);
    RestoreOutcome outcome;
    if (!restored) {
        outcome.text = QCoreApplication::translate("Retort::Ui::FailureDialog", "The restore failed: %1").arg(restored.error().toString());
        return outcome;
    }
    outcome.ok = true;
    outcome.text = QCoreApplication::translate("Retort::Ui::FailureDialog", "Backup %1 was restored.").arg(restored.value().restored.id);
    if (!restored.value().keptFile.isEmpty())
        outcome.text += QLatin1Char(' ')
                        + QCoreApplication::translate("Retort::Ui::FailureDialog", "The replaced database file was kept as %1.")
                              .arg(QDir::toNativeSeparators(restored.value().keptFile));
    if (restored.value().safetyBackup)
        outcome.text += QLatin1Char(' ')
                        + QCoreApplication::translate("Retort::Ui::FailureDialog", "Backup %1 of the replaced state was made first.").arg(restored.value().safetyBackup->id);
    auto session = Core::DatabaseSession::open(context.profile);
    if (session) {
        const auto heads =
            Core::VersionTable(context.versionTable, context.versionTableSchema).readHeads(session.value());
        if (heads) {
            outcome.heads = heads.value().heads;
            outcome.text += QLatin1Char(' ') + QCoreApplication::translate("Retort::Ui::FailureDialog", "The database is at %1 again.").arg(headsText(outcome.heads));
        }
    }
    return outcome;
}

void FailureDialog::pollProgress()
{
    if (!m_progress)
        return;
    QMutexLocker lock(&m_progress->mutex);
    if (m_progress->total > 0) {
        m_bar->setRange(0, kBarRange);
        m_bar->setValue(int(qBound(qint64(0), m_progress->done * kBarRange / m_progress->total, qint64(kBarRange))));
    }
    if (!m_progress->what.isEmpty())
        m_restoreStatus->setText(tr("Restoring: %1").arg(m_progress->what));
}

void FailureDialog::onRestoreFinished()
{
    m_poll.stop();
    const RestoreOutcome outcome = m_watcher.result();
    m_restoring = false;
    m_restoreFinished = true;
    m_restoreOk = outcome.ok;
    m_headsAfterRestore = outcome.heads;
    m_bar->setRange(0, kBarRange);
    m_bar->setValue(outcome.ok ? kBarRange : 0);
    m_restoreStatus->setText(outcome.text);
    m_restore->setEnabled(!outcome.ok);
    emit restoreFinished(outcome.ok, outcome.heads);
}

void FailureDialog::done(int result)
{
    if (m_restoring) {
        m_restoreStatus->setText(tr("The restore is running; wait for it to finish."));
        return;
    }
    QDialog::done(result);
}

} // namespace Retort::Ui

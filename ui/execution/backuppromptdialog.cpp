// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/backuppromptdialog.h"

#include "core/db/backupcatalog.h"
#include "ui/common/iconprovider.h"
#include "ui/execution/dialogtesthook.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

namespace {

BackupPromptDialog::TestHook s_hook;
constexpr int kPollMs = 100;
constexpr int kBarRange = 1000;

qint64 estimateOnWorker(const Core::ConnectionProfile &profile)
{
    const auto size = Core::Backup::estimateSize(profile);
    return size ? size.value() : -1;
}

} // namespace

BackupPromptDialog::BackupPromptDialog(const Core::ConnectionProfile &profile, const Core::BackupRequest &request,
                                       const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_request(request)
    , m_required(profile.production)
    , m_possible(!profile.isSqlite() || (!profile.isInMemory() && QFileInfo::exists(profile.sqlitePath)))
{
    setObjectName(QStringLiteral("backupPromptDialog"));
    setWindowTitle(tr("Back Up Before Running"));
    QWidget *form = createForm(directory);

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("&Back Up"), QDialogButtonBox::ActionRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_continue, &QPushButton::clicked, this, &BackupPromptDialog::onContinue);
    connect(m_cancel, &QPushButton::clicked, this, &BackupPromptDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &BackupPromptDialog::pollProgress);
    connect(&m_backupWatcher, &QFutureWatcherBase::finished, this, &BackupPromptDialog::onBackupFinished);
    connect(&m_estimateWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_estimate = m_estimateWatcher.result();
        m_estimateDone = true;
        m_size->setText(m_estimate < 0 ? tr("unknown") : QLocale().formattedDataSize(m_estimate));
        emit estimateReady();
    });
    if (m_possible)
        m_estimateWatcher.setFuture(QtConcurrent::run(estimateOnWorker, m_profile));
    else
        m_estimateDone = true;
    updateButtons();
}

QWidget *BackupPromptDialog::createForm(const QString &directory)
{
    auto *box = new QWidget(this);
    auto *intro = new QLabel(box);
    intro->setWordWrap(true);
    intro->setText(tr("Back up %1 before the run changes it? A verified backup can be restored if the run fails.")
                       .arg(m_profile.displayUrl()));
    m_backupNow = new QCheckBox(tr("&Back up now"), box);
    m_backupNow->setObjectName(QStringLiteral("backupNowCheck"));
    m_backupNow->setChecked(m_possible);
    m_backupNow->setEnabled(m_possible && !m_required);
    connect(m_backupNow, &QCheckBox::toggled, this, &BackupPromptDialog::updateButtons);

    m_directory = new QLineEdit(QDir::toNativeSeparators(directory), box);
    m_directory->setObjectName(QStringLiteral("backupDirectoryEdit"));
    m_chooseDirectory = new QPushButton(tr("C&hange…"), box);
    m_chooseDirectory->setObjectName(QStringLiteral("chooseBackupDirectoryButton"));
    connect(m_chooseDirectory, &QPushButton::clicked, this, &BackupPromptDialog::chooseDirectory);
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(m_chooseDirectory);

    m_size = new QLabel(m_possible ? tr("estimating…") : tr("nothing to back up"), box);
    m_size->setObjectName(QStringLiteral("backupSizeLabel"));
    m_bar = new QProgressBar(box);
    m_bar->setObjectName(QStringLiteral("backupProgressBar"));
    m_bar->setRange(0, kBarRange);
    m_bar->setValue(0);
    m_bar->setVisible(false);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("backupStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_required && m_possible)
        m_status->setText(tr("This is a production database: a backup is required."));
    if (!m_possible)
        m_status->setText(tr("The database file does not exist yet: there is nothing to back up."));

    auto *form = new QFormLayout;
    form->addRow(m_backupNow);
    form->addRow(tr("Destination:"), directoryRow);
    form->addRow(tr("Estimated size:"), m_size);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    return box;
}

BackupPromptDialog::~BackupPromptDialog()
{
    if (m_progress)
        m_progress->cancel.store(true);
}

void BackupPromptDialog::setTestHook(TestHook hook)
{
    s_hook = std::move(hook);
}

int BackupPromptDialog::runModal()
{
    return execOrHook<BackupPromptDialog>(*this, s_hook);
}

bool BackupPromptDialog::isBackupChecked() const
{
    return m_backupNow->isChecked();
}

void BackupPromptDialog::setBackupChecked(bool checked)
{
    if (m_backupNow->isEnabled())
        m_backupNow->setChecked(checked);
}

QString BackupPromptDialog::directory() const
{
    return QDir::fromNativeSeparators(m_directory->text().trimmed());
}

void BackupPromptDialog::setDirectory(const QString &directory)
{
    m_directory->setText(QDir::toNativeSeparators(directory));
}

QString BackupPromptDialog::statusText() const
{
    return m_status->text();
}

void BackupPromptDialog::chooseDirectory()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup Destination"), directory());
    if (!chosen.isEmpty())
        setDirectory(chosen);
}

void BackupPromptDialog::updateButtons()
{
    const bool done = m_record.has_value();
    m_backupNow->setEnabled(m_possible && !m_required && !m_busy && !done);
    m_directory->setEnabled(!m_busy && !done && m_backupNow->isChecked());
    m_chooseDirectory->setEnabled(m_directory->isEnabled());
    m_continue->setEnabled(!m_busy);
    if (done || !m_backupNow->isChecked())
        m_continue->setText(done ? tr("&Continue") : tr("Continue &Without Backup"));
    else
        m_continue->setText(m_error.isEmpty() ? tr("&Back Up") : tr("&Retry Backup"));
    m_continue->setIcon(done || !m_backupNow->isChecked() ? QIcon() : themedIcon(QStringLiteral("backup")));
    m_continue->setDefault(true);
}

void BackupPromptDialog::onContinue()
{
    if (m_busy)
        return;
    if (m_record || !m_backupNow->isChecked()) {
        accept();
        return;
    }
    startBackup();
}

void BackupPromptDialog::startBackup()
{
    if (directory().isEmpty()) {
        m_error = tr("Choose a destination directory.");
        m_status->setText(m_error);
        return;
    }
    m_busy = true;
    m_error.clear();
    m_progress = std::make_shared<Progress>();
    m_bar->setVisible(true);
    m_bar->setRange(0, 0);
    m_status->setText(tr("Backing up…"));
    updateButtons();

    Core::BackupRequest request = m_request;
    request.directory = directory();
    const auto progress = m_progress;
    request.cancel = &progress->cancel;
    request.progress = [progress](qint64 done, qint64 total, const QString &what) {
        QMutexLocker lock(&progress->mutex);
        progress->done = done;
        progress->total = total;
        progress->what = what;
    };
    const Core::ConnectionProfile profile = m_profile;
    m_backupWatcher.setFuture(QtConcurrent::run([profile, request, progress]() -> Outcome {
        Core::BackupCatalog catalog(request.directory);
        const auto made = catalog.createAndAdd(profile, request);
        Outcome outcome;
        if (made)
            outcome.record = made.value();
        else
            outcome.error = made.error();
        return outcome;
    }));
    m_poll.start();
}

void BackupPromptDialog::pollProgress()
{
    if (!m_progress)
        return;
    QMutexLocker lock(&m_progress->mutex);
    if (m_progress->total > 0) {
        m_bar->setRange(0, kBarRange);
        m_bar->setValue(int(qBound(qint64(0), m_progress->done * kBarRange / m_progress->total, qint64(kBarRange))));
    }
    if (!m_progress->what.isEmpty() && !m_progress->cancel.load())
        m_status->setText(tr("Backing up: %1").arg(m_progress->what));
}

void BackupPromptDialog::onBackupFinished()
{
    m_poll.stop();
    m_busy = false;
    const Outcome outcome = m_backupWatcher.result();
    m_bar->setRange(0, kBarRange);
    if (outcome.record) {
        m_record = outcome.record;
        m_bar->setValue(kBarRange);
        m_status->setText(tr("Backup %1 verified: %2\n%3 (%4)")
                              .arg(m_record->id, m_record->verification, QDir::toNativeSeparators(m_record->filePath),
                                   QLocale().formattedDataSize(m_record->size)));
    } else {
        m_bar->setValue(0);
        m_error = outcome.error.cancelled ? tr("The backup was cancelled; nothing was kept.")
                                          : tr("The backup failed: %1").arg(outcome.error.toString());
        m_status->setText(m_error);
    }
    updateButtons();
    emit backupFinished(m_record.has_value());
}

void BackupPromptDialog::done(int result)
{
    if (m_busy) {
        // Cancel (or Escape, or closing) while the backup runs stops the backup, not the dialog.
        if (m_progress)
            m_progress->cancel.store(true);
        m_status->setText(tr("Cancelling the backup…"));
        return;
    }
    m_result = result;
    QDialog::done(result);
}

} // namespace Retort::Ui

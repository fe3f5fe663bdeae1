// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/dialogs/newrevisiondialog.h"

#include "core/project/revisionfilename.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Retort::Ui {
namespace {

constexpr int kValidateDelayMs = 120;
constexpr int kMaxDependencyChoices = 5000;

QStringList splitLabels(const QString &text)
{
    QStringList labels;
    for (const QString &label : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!label.trimmed().isEmpty())
            labels << label.trimmed();
    }
    return labels;
}

} // namespace

NewRevisionDialog::NewRevisionDialog(const Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_writer(project)
    , m_heads(project.map().heads())
{
    setObjectName(QStringLiteral("newRevisionDialog"));
    setWindowTitle(tr("New Revision"));
    QFormLayout *form = createForm();
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_errorLabel, 1);
    refreshErrorIcon();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRevisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewRevisionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(errorRow);
    layout->addWidget(m_buttons);

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &NewRevisionDialog::validateNow);
    auto later = [this] { m_validateTimer.start(); };
    connect(m_message, &QLineEdit::textChanged, this, later);
    connect(m_label, &QLineEdit::textChanged, this, later);
    connect(m_revisionId, &QLineEdit::textChanged, this, later);
    connect(m_parents, &QListWidget::itemChanged, this, later);
    connect(m_versionPath, qOverload<int>(&QComboBox::currentIndexChanged), this, later);
    connect(m_body, qOverload<int>(&QComboBox::currentIndexChanged), this, later);

    fillParents();
    // One head: build on it. None: a new base. Several: the user chooses (or Merge Heads).
    setParents(m_heads.size() == 1 ? m_heads
            : m_heads.isEmpty()    ? QStringList {QStringLiteral("base")}
                                   : QStringList());
    validateNow();
    m_message->setFocus();
}

NewRevisionDialog::~NewRevisionDialog() = default;

QFormLayout *NewRevisionDialog::createForm()
{
    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("messageEdit"));
    m_message->setPlaceholderText(tr("What the revision does, e.g. “add email to member”"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("branchLabelEdit"));
    m_label->setPlaceholderText(tr("optional, names a new branch"));
    m_revisionId = new QLineEdit(this);
    m_revisionId->setObjectName(QStringLiteral("revisionIdEdit"));
    m_revisionId->setPlaceholderText(Core::RevisionFileName::newRevisionId());
    m_revisionId->setToolTip(tr("Leave empty to use the generated id shown"));
    m_versionPath = new QComboBox(this);
    m_versionPath->setObjectName(QStringLiteral("versionPathCombo"));
    m_versionPath->addItem(tr("As Alembic chooses (the parent's directory)"), QString());
    for (const QString &location : m_writer.versionLocations())
        m_versionPath->addItem(QDir::toNativeSeparators(location), location);

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Parents:"), createParentsBox());
    form->addRow(tr("Branch &label:"), m_label);
    QWidget *dependsOnBox = createDependsOnBox();
    form->addRow(tr("&Depends on:"), dependsOnBox);
    qobject_cast<QLabel *>(form->labelForField(dependsOnBox))->setBuddy(m_dependencyChoice);
    QWidget *bodyBox = createBodyBox();
    form->addRow(tr("&Body:"), bodyBox);
    qobject_cast<QLabel *>(form->labelForField(bodyBox))->setBuddy(m_body);
    form->addRow(tr("Revision &id:"), m_revisionId);
    form->addRow(tr("Di&rectory:"), m_versionPath);
    const bool severalLocations = m_writer.versionLocations().size() > 1;
    m_versionPath->setVisible(severalLocations);
    form->labelForField(m_versionPath)->setVisible(severalLocations);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setWordWrap(true);
    form->addRow(tr("File:"), m_previewLabel);

    m_errorIcon = new QLabel(this);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);

    return form;
}

QWidget *NewRevisionDialog::createParentsBox()
{
    m_parents = new QListWidget(this);
    m_parents->setObjectName(QStringLiteral("parentList"));
    m_parents->setToolTip(
        tr("Check the head(s) to build on. Several make a merge revision; none makes a new base."));
    return m_parents;
}

QWidget *NewRevisionDialog::createDependsOnBox()
{
    auto *box = new QWidget(this);
    m_dependencyChoice = new QComboBox(box);
    m_dependencyChoice->setObjectName(QStringLiteral("dependsOnCombo"));
    m_dependencyChoice->setEditable(true);
    m_dependencyChoice->setInsertPolicy(QComboBox::NoInsert);
    m_dependencyChoice->lineEdit()->setPlaceholderText(tr("revision id, prefix or branch label"));
    auto *add = new QPushButton(tr("&Add"), box);
    add->setObjectName(QStringLiteral("addDependencyButton"));
    auto *remove = new QPushButton(tr("Remo&ve"), box);
    remove->setObjectName(QStringLiteral("removeDependencyButton"));
    m_dependsOn = new QListWidget(box);
    m_dependsOn->setObjectName(QStringLiteral("dependsOnList"));
    m_dependsOn->setMaximumHeight(m_dependsOn->fontMetrics().height() * 4);
    m_dependsOn->setToolTip(tr("Delete removes the selected dependency"));
    m_dependsOn->installEventFilter(this); // Delete / Backspace remove the selection

    connect(add, &QPushButton::clicked, this, &NewRevisionDialog::addDependency);
    connect(m_dependencyChoice->lineEdit(), &QLineEdit::returnPressed, this,
        &NewRevisionDialog::addDependency);
    connect(remove, &QPushButton::clicked, this, &NewRevisionDialog::removeSelectedDependencies);

    auto *row = new QHBoxLayout;
    row->addWidget(m_dependencyChoice, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_dependsOn);
    fillDependencyChoices();
    return box;
}

QWidget *NewRevisionDialog::createBodyBox()
{
    auto *box = new QWidget(this);
    m_body = new QComboBox(box);
    m_body->setObjectName(QStringLiteral("bodyTemplateCombo"));
    m_body->addItem(tr("Empty (pass)"), int(Core::RevisionBodyTemplate::Empty));
    m_body->addItem(
        tr("Operations skeleton (op.create_table …)"), int(Core::RevisionBodyTemplate::Operations));
    m_body->addItem(tr("Raw SQL (op.execute)"), int(Core::RevisionBodyTemplate::RawSql));
    m_sqlBox = new QWidget(box);
    m_upgradeSql = new QPlainTextEdit(m_sqlBox);
    m_upgradeSql->setObjectName(QStringLiteral("upgradeSqlEdit"));
    m_upgradeSql->setPlaceholderText(tr("SQL run by upgrade()"));
    m_downgradeSql = new QPlainTextEdit(m_sqlBox);
    m_downgradeSql->setObjectName(QStringLiteral("downgradeSqlEdit"));
    m_downgradeSql->setPlaceholderText(tr("SQL run by downgrade()"));
    for (QPlainTextEdit *edit : {m_upgradeSql, m_downgradeSql}) {
        edit->setMaximumHeight(edit->fontMetrics().height() * 5);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    auto *sqlLayout = new QHBoxLayout(m_sqlBox);
    sqlLayout->setContentsMargins(0, 0, 0, 0);
    sqlLayout->addWidget(m_upgradeSql);
    sqlLayout->addWidget(m_downgradeSql);
    m_sqlBox->setVisible(false);
    connect(m_body, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_sqlBox->setVisible(
            m_body->currentData().toInt() == int(Core::RevisionBodyTemplate::RawSql));
    });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    layout->addWidget(m_sqlBox);
    return box;
}

void NewRevisionDialog::fillParents()
{
    const QSignalBlocker blocker(m_parents);
    m_parents->clear();
    for (const QString &head : m_heads) {
        const Core::RevisionSummary summary = m_project.summary(head);
        QString text = head;
        if (!summary.branchLabels.isEmpty())
            text += QStringLiteral(" (%1)").arg(summary.branchLabels.join(QLatin1String(", ")));
        if (!summary.doc.isEmpty())
            text += QStringLiteral(" — ") + summary.doc;
        auto *item = new QListWidgetItem(text, m_parents);
        item->setData(Qt::UserRole, head);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *base = new QListWidgetItem(tr("<base> — a new base revision, without parent"), m_parents);
    base->setData(Qt::UserRole, QStringLiteral("base"));
    base->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    base->setCheckState(Qt::Unchecked);
    const int rows = std::clamp(int(m_heads.size()) + 1, 2, 6);
    m_parents->setFixedHeight(
        rows * (m_parents->fontMetrics().height() + 6) + 2 * m_parents->frameWidth());
}

void NewRevisionDialog::fillDependencyChoices()
{
    const Core::RevisionMap &map = m_project.map();
    QStringList labels;
    for (const QString &id : map.allRevisionsInLoadOrder()) {
        if (const auto info = map.revision(id))
            labels += info->declaredBranchLabels;
    }
    for (const QString &label : labels)
        m_dependencyChoice->addItem(label, label);
    const QList<Core::RevisionSummary> summaries = m_project.summaries();
    for (qsizetype i = 0; i < summaries.size() && i < kMaxDependencyChoices; ++i)
        m_dependencyChoice->addItem(
            summaries.at(i).id + QStringLiteral(" — ") + summaries.at(i).doc, summaries.at(i).id);
    m_dependencyChoice->setCurrentIndex(-1);
}

void NewRevisionDialog::addDependency()
{
    const int index = m_dependencyChoice->currentIndex();
    const QString typed = m_dependencyChoice->currentText().trimmed();
    const QString value = index >= 0 && m_dependencyChoice->itemText(index) == typed
        ? m_dependencyChoice->itemData(index).toString()
        : typed.section(QLatin1Char(' '), 0, 0);
    if (value.isEmpty())
        return;
    if (m_dependsOn->findItems(value, Qt::MatchExactly).isEmpty())
        m_dependsOn->addItem(value);
    m_dependencyChoice->setCurrentIndex(-1);
    m_dependencyChoice->clearEditText();
    m_validateTimer.start();
}

void NewRevisionDialog::removeSelectedDependencies()
{
    qDeleteAll(m_dependsOn->selectedItems());
    m_validateTimer.start();
}

bool NewRevisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dependsOn && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeSelectedDependencies();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewRevisionDialog::setParents(const QStringList &revisionIds)
{
    const QSignalBlocker blocker(m_parents);
    for (int row = 0; row < m_parents->count(); ++row)
        m_parents->item(row)->setCheckState(Qt::Unchecked);
    for (const QString &id : revisionIds) {
        QListWidgetItem *item = nullptr;
        for (int row = 0; row < m_parents->count() && !item; ++row) {
            if (m_parents->item(row)->data(Qt::UserRole).toString() == id)
                item = m_parents->item(row);
        }
        if (!item && m_project.map().contains(id)) {
            const Core::RevisionSummary summary = m_project.summary(id);
            item = new QListWidgetItem(
                tr("%1 — %2 (not a head: starts a new branch)").arg(id, summary.doc));
            m_parents->insertItem(m_parents->count() - 1, item); // before <base>
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
        if (item)
            item->setCheckState(Qt::Checked);
    }
    m_validateTimer.start();
}

void NewRevisionDialog::prepareMerge()
{
    setWindowTitle(tr("Merge Heads"));
    setParents(m_heads);
    if (m_message->text().isEmpty())
        m_message->setText(tr("merge heads"));
    validateNow();
}

Core::RevisionRequest NewRevisionDialog::request() const
{
    Core::RevisionRequest request;
    request.message = m_message->text();
    for (int row = 0; row < m_parents->count(); ++row) {
        const QListWidgetItem *item = m_parents->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        request.parents << id;
        request.splice = request.splice || (!m_heads.contains(id) && id != QLatin1String("base"));
    }
    request.branchLabels = splitLabels(m_label->text());
    for (int row = 0; row < m_dependsOn->count(); ++row)
        request.dependsOn << m_dependsOn->item(row)->text();
    request.body = Core::RevisionBodyTemplate(m_body->currentData().toInt());
    if (request.body == Core::RevisionBodyTemplate::RawSql) {
        request.upgradeSql = m_upgradeSql->toPlainText();
        request.downgradeSql = m_downgradeSql->toPlainText();
    }
    const QString id = m_revisionId->text().trimmed();
    request.revisionId = id.isEmpty() ? m_revisionId->placeholderText() : id;
    request.versionPath = m_versionPath->currentData().toString();
    return request;
}

void NewRevisionDialog::validateNow()
{
    m_validateTimer.stop();
    m_preview.clear();
    if (m_message->text().trimmed().isEmpty()) {
        showProblem(tr("Enter a message: it becomes the docstring and the file name's slug."));
        return;
    }
    const Core::RevisionRequest current = request();
    if (current.parents.isEmpty()) {
        showProblem(tr("Check the head(s) to build on (several make a merge), or <base> for a new "
                       "base revision."));
        return;
    }
    if (current.parents.size() > 1 && current.parents.contains(QLatin1String("base"))) {
        showProblem(tr("A new base revision cannot have other parents."));
        return;
    }
    const auto planned = m_writer.plan(current);
    if (!planned) {
        showProblem(planned.error().message);
        return;
    }
    const QString projectDir = QFileInfo(m_project.location().iniPath).absolutePath();
    QString what;
    if (planned->downRevisions.isEmpty())
        what = tr("a new base revision (no parent)");
    else if (planned->downRevisions.size() > 1)
        what = tr("merges %1").arg(planned->downRevisions.join(QLatin1String(", ")));
    else if (current.splice)
        what = tr("branches off %1").arg(planned->downRevisions.first());
    else
        what = tr("on top of %1").arg(planned->downRevisions.first());
    m_preview = QDir::toNativeSeparators(QDir(projectDir).relativeFilePath(planned->filePath));
    m_previewLabel->setText(tr("%1\nRevision %2, %3").arg(m_preview, planned->revisionId, what));
    const QString warning
        = planned->warnings.isEmpty() ? QString() : planned->warnings.first().message;
    showProblem(warning);
    m_problem.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void NewRevisionDialog::showProblem(const QString &message)
{
    m_problem = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_errorIcon->setVisible(!message.isEmpty());
    if (m_preview.isEmpty())
        m_previewLabel->setText(tr("—"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

QString NewRevisionDialog::validationMessage() const
{
    return m_problem;
}

QString NewRevisionDialog::previewText() const
{
    return m_preview;
}

void NewRevisionDialog::refreshErrorIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
}

void NewRevisionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshErrorIcon();
    QDialog::changeEvent(event);
}

void NewRevisionDialog::accept()
{
    validateNow();
    if (!m_problem.isEmpty())
        return;
    const auto written = m_writer.write(request());
    if (!written) {
        showProblem(written.error().message);
        return;
    }
    m_written = written.value();
    emit revisionWritten(m_written->filePath, m_written->revisionId);
    QDialog::accept();
}

} // namespace Retort::Ui

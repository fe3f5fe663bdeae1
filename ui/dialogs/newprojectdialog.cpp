// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/dialogs/newprojectdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Retort::Ui {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New Project"));
    m_directory = new QLineEdit(this);
    m_directory->setObjectName(QStringLiteral("directoryEdit"));
    m_directory->setPlaceholderText(tr("where alembic.ini goes"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(browseButton);
    m_scriptLocation = new QLineEdit(QStringLiteral("migrations"), this);
    m_scriptLocation->setObjectName(QStringLiteral("scriptLocationEdit"));
    m_scriptLocation->setToolTip(
        tr("The migration environment (env.py, script.py.mako, versions/), relative to the "
           "project directory"));
    m_url = new QLineEdit(QStringLiteral("sqlite:///%(here)s/database.db"), this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setToolTip(tr(
        "sqlalchemy.url; %(here)s is the project directory. The DATABASE_URL environment variable "
        "overrides it."));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *directoryLabel = new QLabel(tr("Project &directory:"), this);
    directoryLabel->setBuddy(m_directory);
    form->addRow(directoryLabel, directoryRow);
    form->addRow(tr("&Script location:"), m_scriptLocation);
    form->addRow(tr("Database &URL:"), m_url);
    form->addRow(tr("Creates:"), m_preview);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &NewProjectDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    for (QLineEdit *edit : {m_directory, m_scriptLocation, m_url})
        connect(edit, &QLineEdit::textChanged, this, &NewProjectDialog::validateNow);
    validateNow();
}

NewProjectDialog::~NewProjectDialog() = default;

void NewProjectDialog::setDirectory(const QString &directory)
{
    m_directory->setText(QDir::toNativeSeparators(directory));
}

Core::ProjectInitOptions NewProjectDialog::options() const
{
    Core::ProjectInitOptions options;
    options.directory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    options.scriptLocation = QDir::fromNativeSeparators(m_scriptLocation->text().trimmed());
    options.sqlalchemyUrl = m_url->text().trimmed();
    return options;
}

void NewProjectDialog::browse()
{
    const QString chosen
        = QFileDialog::getExistingDirectory(this, tr("Project Directory"), m_directory->text());
    if (!chosen.isEmpty())
        setDirectory(chosen);
}

void NewProjectDialog::validateNow()
{
    const Core::ProjectInitOptions current = options();
    if (const auto problem = Core::ProjectInitializer::validate(current)) {
        m_preview->setText(tr("—"));
        showProblem(problem->message);
        return;
    }
    const QDir directory(QDir(current.directory).absolutePath());
    const QString script
        = directory.relativeFilePath(Core::ProjectInitializer::scriptDirectory(current));
    m_preview->setText(QDir::toNativeSeparators(
        QStringLiteral("%1\n%2/env.py, script.py.mako, README\n%2/versions/")
            .arg(Core::ProjectInitializer::iniPath(current), script)));
    showProblem(QString());
}

void NewProjectDialog::showProblem(const QString &message)
{
    m_problem = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void NewProjectDialog::accept()
{
    validateNow();
    if (!m_problem.isEmpty())
        return;
    const auto created = Core::ProjectInitializer::initialize(options());
    if (!created) {
        showProblem(created.error().message);
        return;
    }
    m_created = created->iniPath;
    emit projectCreated(m_created);
    QDialog::accept();
}

} // namespace Retort::Ui

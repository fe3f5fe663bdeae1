// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/projectinitializer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Retort::Ui {

/*! File ▸ New Project: the project directory, the script location inside it and
    `sqlalchemy.url`, validated inline with Core::ProjectInitializer::validate() (error label,
    OK disabled) and previewed as the files that will be created. OK writes them
    (ProjectInitializer::initialize); a failure keeps the dialog open with the message.
    GUI thread only. */
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewProjectDialog)

public:
    explicit NewProjectDialog(QWidget *parent = nullptr);
    ~NewProjectDialog() override;

    void setDirectory(const QString &directory);
    Core::ProjectInitOptions options() const;
    //! The current validation problem, empty when OK is enabled.
    QString validationMessage() const { return m_problem; }
    //! The alembic.ini written by OK; empty before.
    QString createdIniPath() const { return m_created; }

public slots:
    void accept() override;
    void validateNow();

signals:
    //! After OK created the project: open \a iniPath.
    void projectCreated(const QString &iniPath);

private:
    void browse();
    void showProblem(const QString &message);

    QLineEdit *m_directory = nullptr;
    QLineEdit *m_scriptLocation = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    QString m_created;
};

} // namespace Retort::Ui

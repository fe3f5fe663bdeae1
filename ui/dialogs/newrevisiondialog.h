// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/project.h"
#include "core/project/revisionfilewriter.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Retort::Ui {

/*! New Revision (and Merge Heads): the arguments of `alembic revision` / `alembic merge` —
    message, parent head(s) as a checkable list (several make a merge; its `<base>` entry makes
    a new base revision), branch label, depends_on revisions, body template, optional id and
    version directory — validated
    inline with Core::RevisionFileWriter::plan() (the error label says what is wrong and OK stays
    disabled) and previewed as the file name the project's `file_template` gives. OK writes the
    file with the project's own `script.py.mako`; a failure keeps the dialog open with the error.

    The dialog works on a snapshot of the project (a Core::Project copy); the window's file
    watcher picks up the new file. GUI thread only. */
class NewRevisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRevisionDialog)

public:
    explicit NewRevisionDialog(const Core::Project &project, QWidget *parent = nullptr);
    ~NewRevisionDialog() override;

    /*! Checks exactly \a revisionIds in the parent list (e.g. the revision selected in the graph;
        "base" is the list's `<base>` entry, a new base revision). A revision that is not a head is
        added to the list and makes the new revision a branch (`--splice`). By default the single
        head is checked (`<base>` in an empty project); with several heads none is, and the
        dialog asks the user to choose. */
    void setParents(const QStringList &revisionIds);
    //! Merge Heads: checks every head and proposes the message "merge heads".
    void prepareMerge();

    //! What OK would write, as the dialog's fields say now.
    Core::RevisionRequest request() const;
    //! The current validation problem, empty when OK is enabled.
    QString validationMessage() const;
    //! The file name preview ("versions/<file>.py", relative to the project directory).
    QString previewText() const;
    //! The revision written by OK; nullopt before.
    const std::optional<Core::PlannedRevision> &writtenRevision() const { return m_written; }

public slots:
    void accept() override;
    //! Re-runs the validation now (it otherwise runs shortly after each edit).
    void validateNow();

signals:
    //! After OK wrote the file: open it in the editor, select the revision.
    void revisionWritten(const QString &filePath, const QString &revisionId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QFormLayout *createForm();
    QWidget *createParentsBox();
    QWidget *createDependsOnBox();
    QWidget *createBodyBox();
    void fillParents();
    void fillDependencyChoices();
    void addDependency();
    void removeSelectedDependencies();
    void showProblem(const QString &message);
    void refreshErrorIcon();

    Core::Project m_project;
    Core::RevisionFileWriter m_writer;
    std::optional<Core::PlannedRevision> m_written;
    QStringList m_heads;
    QTimer m_validateTimer;
    QString m_problem;
    QString m_preview;

    QLineEdit *m_message = nullptr;
    QListWidget *m_parents = nullptr;
    QLineEdit *m_label = nullptr;
    QComboBox *m_dependencyChoice = nullptr;
    QListWidget *m_dependsOn = nullptr;
    QComboBox *m_body = nullptr;
    QPlainTextEdit *m_upgradeSql = nullptr;
    QPlainTextEdit *m_downgradeSql = nullptr;
    QWidget *m_sqlBox = nullptr;
    QLineEdit *m_revisionId = nullptr;
    QComboBox *m_versionPath = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_errorIcon = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Retort::Ui

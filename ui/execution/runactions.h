// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLineEdit;
class QStringListModel;

namespace Retort::Core {
class RevisionMap;
}

namespace Retort::Ui {

class ProjectDocument;
class RunCoordinator;

/*! The window's actions for running migrations (issue 6 §2), for menus and toolbars: Upgrade to
    Heads, Downgrade One, Upgrade/Downgrade to Target, Stamp Target, Cancel Run, and the target
    field — any Alembic identifier (`heads`, `label@head`, `-2`, `ae10+1`, a partial id) with
    completion from the project and an inline error (icon + tooltip) when it does not resolve.
    The graph's context menu calls upgradeTo()/downgradeTo()/stampAt() with a revision id.

    Actions are enabled when a project is open, \a profile yields a database and no run is going;
    the target actions also need a target that resolves. Call updateActions() when the
    connection changes (the document and coordinator signals are followed already).
    GUI thread only. */
class RunActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunActions)

public:
    //! The connected database's profile, or nullopt when none is connected.
    using ProfileProvider = std::function<std::optional<Core::ConnectionProfile>()>;

    RunActions(RunCoordinator *coordinator, ProjectDocument *document, ProfileProvider profile,
               QObject *parent = nullptr);
    ~RunActions() override;

    QAction *upgradeHeadsAction() const { return m_upgradeHeads; }
    QAction *downgradeOneAction() const { return m_downgradeOne; }
    QAction *upgradeTargetAction() const { return m_upgradeTarget; }
    QAction *downgradeTargetAction() const { return m_downgradeTarget; }
    QAction *stampTargetAction() const { return m_stampTarget; }
    QAction *cancelRunAction() const { return m_cancelRun; }
    //! All of the above, in menu order.
    QList<QAction *> actions() const;

    /*! The target field (objectName "runTargetField"); put it in a toolbar
        (QToolBar::addWidget takes ownership; otherwise it is deleted with this object). */
    QLineEdit *targetField() const;
    QString target() const;
    //! Why the target does not resolve; empty when it does.
    QString targetError() const { return m_error; }

    /*! Empty when \a target names something in \a map (revision ids, partial ids, heads, head,
        base, branch labels, label@head; relative `-N`/`+N` always, `x+N`/`x-N` when x resolves);
        otherwise Alembic's message. */
    static QString validateTarget(const Core::RevisionMap &map, const QString &target);

public slots:
    void updateActions();
    void upgradeTo(const QString &target);
    void downgradeTo(const QString &target);
    void stampAt(const QString &target);

private:
    QAction *makeAction(const QString &text, const char *objectName, const QString &icon, const QString &shortcut);
    void refreshCompletions();
    void validate();

    RunCoordinator *m_coordinator;
    ProjectDocument *m_document;
    ProfileProvider m_profile;
    QPointer<QLineEdit> m_field;
    QAction *m_errorIcon = nullptr;
    QStringListModel *m_completions = nullptr;
    QString m_error;

    QAction *m_upgradeHeads = nullptr;
    QAction *m_downgradeOne = nullptr;
    QAction *m_upgradeTarget = nullptr;
    QAction *m_downgradeTarget = nullptr;
    QAction *m_stampTarget = nullptr;
    QAction *m_cancelRun = nullptr;
};

} // namespace Retort::Ui

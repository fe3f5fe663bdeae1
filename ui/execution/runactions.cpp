// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/runactions.h"

#include "core/graph/revisionmap.h"
#include "ui/common/iconprovider.h"
#include "ui/document/projectdocument.h"
#include "ui/execution/executioncontroller.h"
#include "ui/execution/runcoordinator.h"

#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace Retort::Ui {

RunActions::RunActions(RunCoordinator *coordinator, ProjectDocument *document, ProfileProvider profile, QObject *parent)
    : QObject(parent)
    , m_coordinator(coordinator)
    , m_document(document)
    , m_profile(std::move(profile))
{
    m_upgradeHeads = makeAction(tr("Upgrade to &Heads"), "upgradeHeadsAction", QStringLiteral("upgrade"),
                                QStringLiteral("Ctrl+Shift+U"));
    m_downgradeOne = makeAction(tr("&Downgrade One"), "downgradeOneAction", QStringLiteral("downgrade"),
                                QStringLiteral("Ctrl+Shift+D"));
    m_upgradeTarget = makeAction(tr("&Upgrade to Target"), "upgradeTargetAction", QStringLiteral("upgrade"),
                                 QStringLiteral("Ctrl+Alt+U"));
    m_downgradeTarget = makeAction(tr("Do&wngrade to Target"), "downgradeTargetAction", QStringLiteral("downgrade"),
                                   QStringLiteral("Ctrl+Alt+D"));
    m_stampTarget = makeAction(tr("&Stamp Target"), "stampTargetAction", QStringLiteral("stamp"),
                               QStringLiteral("Ctrl+Alt+S"));
    m_cancelRun = makeAction(tr("&Cancel Run"), "cancelRunAction", QStringLiteral("cancel"),
                             QStringLiteral("Ctrl+Alt+Backspace"));
    connect(m_upgradeHeads, &QAction::triggered, this, [this] { upgradeTo(QStringLiteral("heads")); });
    connect(m_downgradeOne, &QAction::triggered, this, [this] { downgradeTo(QStringLiteral("-1")); });
    connect(m_upgradeTarget, &QAction::triggered, this, [this] { upgradeTo(target()); });
    connect(m_downgradeTarget, &QAction::triggered, this, [this] { downgradeTo(target()); });
    connect(m_stampTarget, &QAction::triggered, this, [this] { stampAt(target()); });
    connect(m_cancelRun, &QAction::triggered, m_coordinator, &RunCoordinator::cancel);

    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("runTargetField"));
    m_field->setPlaceholderText(tr("target: heads, label@head, -2, ae10+1…"));
    m_field->setToolTip(tr("Where Upgrade, Downgrade and Stamp to Target go: any Alembic revision identifier"));
    m_field->setClearButtonEnabled(true);
    m_errorIcon = m_field->addAction(themedIcon(QStringLiteral("error")), QLineEdit::TrailingPosition);
    m_errorIcon->setVisible(false);
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, m_field);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(completer);
    connect(m_field, &QLineEdit::textChanged, this, &RunActions::validate);
    connect(m_field, &QLineEdit::returnPressed, m_upgradeTarget, &QAction::trigger);

    connect(m_coordinator, &RunCoordinator::busyChanged, this, &RunActions::updateActions);
    connect(m_coordinator->controller(), &ExecutionController::started, this, &RunActions::updateActions);
    connect(m_coordinator->controller(), &ExecutionController::finished, this, &RunActions::updateActions);
    connect(m_document, &ProjectDocument::loaded, this, &RunActions::refreshCompletions);
    connect(m_document, &ProjectDocument::reloaded, this, &RunActions::refreshCompletions);
    connect(m_document, &ProjectDocument::databaseStateChanged, this, &RunActions::updateActions);
    refreshCompletions();
}

RunActions::~RunActions()
{
    if (m_field && !m_field->parent())
        delete m_field;
}

QAction *RunActions::makeAction(const QString &text, const char *objectName, const QString &icon, const QString &shortcut)
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(QKeySequence(shortcut));
    return action;
}

QList<QAction *> RunActions::actions() const
{
    return {m_upgradeHeads, m_downgradeOne, m_upgradeTarget, m_downgradeTarget, m_stampTarget, m_cancelRun};
}

QLineEdit *RunActions::targetField() const
{
    return m_field.data();
}

QString RunActions::target() const
{
    return m_field ? m_field->text().trimmed() : QString();
}

QString RunActions::validateTarget(const Core::RevisionMap &map, const QString &target)
{
    static const QRegularExpression relativeOnly(QStringLiteral("^[+-]\\d+$"));
    static const QRegularExpression relativeTo(QStringLiteral("^(.+?)([+-]\\d+)$"));
    const QString text = target.trimmed();
    if (text.isEmpty())
        return tr("Enter a revision identifier.");
    if (relativeOnly.match(text).hasMatch())
        return {};
    const QRegularExpressionMatch relative = relativeTo.match(text);
    const auto resolved = map.getRevisions(relative.hasMatch() ? relative.captured(1) : text);
    return resolved ? QString() : resolved.error().message;
}

void RunActions::validate()
{
    m_error.clear();
    if (m_document->isOpen() && !target().isEmpty())
        m_error = validateTarget(m_document->project().map(), target());
    if (m_field) {
        m_errorIcon->setVisible(!m_error.isEmpty());
        m_errorIcon->setToolTip(m_error);
        m_field->setToolTip(m_error.isEmpty() ? tr("Where Upgrade, Downgrade and Stamp to Target go: any Alembic "
                                                   "revision identifier")
                                              : m_error);
    }
    updateActions();
}

void RunActions::refreshCompletions()
{
    QStringList words{QStringLiteral("heads"), QStringLiteral("head"), QStringLiteral("base"), QStringLiteral("-1")};
    if (m_document->isOpen()) {
        const Core::RevisionMap &map = m_document->project().map();
        words += map.allRevisionsInLoadOrder();
        for (const Core::RevisionSummary &summary : m_document->project().summaries()) {
            for (const QString &label : summary.branchLabels) {
                const QString atHead = label + QStringLiteral("@head");
                if (!words.contains(atHead))
                    words << atHead;
            }
        }
    }
    m_completions->setStringList(words);
    validate();
}

void RunActions::updateActions()
{
    const bool ready = m_document->isOpen() && m_profile && m_profile().has_value() && !m_coordinator->isBusy();
    const bool targetOk = ready && !target().isEmpty() && m_error.isEmpty();
    m_upgradeHeads->setEnabled(ready);
    m_downgradeOne->setEnabled(ready);
    m_upgradeTarget->setEnabled(targetOk);
    m_downgradeTarget->setEnabled(targetOk);
    m_stampTarget->setEnabled(targetOk);
    m_cancelRun->setEnabled(m_coordinator->controller()->isRunning());
}

void RunActions::upgradeTo(const QString &target)
{
    if (const auto profile = m_profile ? m_profile() : std::nullopt)
        m_coordinator->upgrade(*profile, target);
}

void RunActions::downgradeTo(const QString &target)
{
    if (const auto profile = m_profile ? m_profile() : std::nullopt)
        m_coordinator->downgrade(*profile, target);
}

void RunActions::stampAt(const QString &target)
{
    if (const auto profile = m_profile ? m_profile() : std::nullopt)
        m_coordinator->stamp(*profile, target.split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

} // namespace Retort::Ui

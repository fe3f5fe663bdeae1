// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <optional>

namespace Retort::Ui {

/*! Every modal question of Retort goes through here, so that tests can answer them
    (after KeePassXC's MessageBox::setNextAnswer). GUI thread only.
    With an automatic answer set, no dialog is shown: the message is recorded and the answer
    returned at once. The hooks are separate per kind of question (button, item, text). */
class MessagePresenter final
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    //! A question with \a buttons; \a defaultButton is what Enter picks (make it the safe one).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    //! One of \a items, or nullopt when cancelled.
    static std::optional<QString> chooseItem(QWidget *parent, const QString &title, const QString &label,
                                             const QStringList &items);
    //! A line of text, or nullopt when cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
    //! askText() with the typed text hidden (a password); answered by the same setAutoText() hook.
    static std::optional<QString> askPassword(QWidget *parent, const QString &title, const QString &label);

    //! Test hook: answer every following box with \a answer (nullopt: show real dialogs again).
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    //! Test hook for chooseItem() and askText(): the answer (nullopt in the optional: "cancelled").
    static void setAutoText(std::optional<std::optional<QString>> answer);
    //! Test hook: the text of the last box answered automatically.
    static QString lastMessage();
};

} // namespace Retort::Ui

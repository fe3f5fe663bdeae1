// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace Retort::Ui {

/*! Every modal message box of Retort goes through here, so that tests can answer them
    (after KeePassXC's MessageBox::setNextAnswer). GUI thread only.
    With an automatic answer set, no dialog is shown: the message is recorded and the answer
    returned at once. */
class MessagePresenter final
{
public:
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);

    //! Test hook: answer every following box with \a answer (nullopt: show real dialogs again).
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    //! Test hook: the text of the last box answered automatically.
    static QString lastMessage();
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/common/messagepresenter.h"

namespace Retort::Ui {
namespace {

std::optional<QMessageBox::StandardButton> s_autoAnswer;
QString s_lastMessage;

} // namespace

QMessageBox::StandardButton MessagePresenter::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (s_autoAnswer) {
        s_lastMessage = text;
        return *s_autoAnswer;
    }
    return QMessageBox::warning(parent, title, text);
}

void MessagePresenter::setAutoAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    s_autoAnswer = answer;
    s_lastMessage.clear();
}

QString MessagePresenter::lastMessage()
{
    return s_lastMessage;
}

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/common/messagepresenter.h"

#include <QInputDialog>

namespace Retort::Ui {
namespace {

std::optional<QMessageBox::StandardButton> s_autoAnswer;
std::optional<std::optional<QString>> s_autoText;
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

QMessageBox::StandardButton MessagePresenter::information(QWidget *parent, const QString &title, const QString &text)
{
    if (s_autoAnswer) {
        s_lastMessage = text;
        return *s_autoAnswer;
    }
    return QMessageBox::information(parent, title, text);
}

QMessageBox::StandardButton MessagePresenter::question(QWidget *parent, const QString &title, const QString &text,
                                                       QMessageBox::StandardButtons buttons,
                                                       QMessageBox::StandardButton defaultButton)
{
    if (s_autoAnswer) {
        s_lastMessage = text;
        return *s_autoAnswer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

std::optional<QString> MessagePresenter::chooseItem(QWidget *parent, const QString &title, const QString &label,
                                                    const QStringList &items)
{
    if (s_autoText) {
        s_lastMessage = label;
        return *s_autoText;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(item) : std::nullopt;
}

std::optional<QString> MessagePresenter::askText(QWidget *parent, const QString &title, const QString &label)
{
    if (s_autoText) {
        s_lastMessage = label;
        return *s_autoText;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

std::optional<QString> MessagePresenter::askPassword(QWidget *parent, const QString &title, const QString &label)
{
    if (s_autoText) {
        s_lastMessage = label;
        return *s_autoText;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void MessagePresenter::setAutoAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    s_autoAnswer = answer;
    s_lastMessage.clear();
}

void MessagePresenter::setAutoText(std::optional<std::optional<QString>> answer)
{
    s_autoText = answer;
    s_lastMessage.clear();
}

QString MessagePresenter::lastMessage()
{
    return s_lastMessage;
}

} // namespace Retort::Ui

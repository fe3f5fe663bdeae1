// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/gotolinebar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace Retort::Ui {

GoToLineBar::GoToLineBar(QWidget *parent)
    : QWidget(parent)
    , m_line(new QSpinBox(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("goToLineBar"));
    m_line->setObjectName(QStringLiteral("goToLineNumber"));
    m_label->setBuddy(m_line);
    auto *go = new QPushButton(tr("&Go"), this);
    go->setObjectName(QStringLiteral("goToLineButton"));
    go->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_line);
    layout->addWidget(go);
    layout->addStretch(1);
    connect(go, &QPushButton::clicked, this, [this] { close(true); });
    m_line->installEventFilter(this);
    hide();
}

void GoToLineBar::showBar(int currentLine, int lineCount)
{
    m_label->setText(tr("Go to &line (1–%1):").arg(lineCount));
    m_line->setRange(1, qMax(1, lineCount));
    m_line->setValue(currentLine);
    show();
    m_line->setFocus();
    m_line->selectAll();
}

void GoToLineBar::close(bool accept)
{
    hide();
    if (accept)
        emit lineChosen(m_line->value());
    emit closed();
}

bool GoToLineBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            close(key != Qt::Key_Escape);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Retort::Ui

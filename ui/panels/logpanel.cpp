// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/panels/logpanel.h"

#include <QDateTime>
#include <QFontDatabase>

namespace Retort::Ui {

LogPanel::LogPanel(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logPanel"));
    setReadOnly(true);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void LogPanel::append(const QString &text, Level level)
{
    static const char *const prefixes[] = {"", "warning: ", "error: "};
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    appendPlainText(time + QLatin1Char(' ') + QLatin1String(prefixes[int(level)]) + text);
}

} // namespace Retort::Ui

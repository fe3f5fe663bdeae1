// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QPlainTextEdit>

namespace Retort::Ui {

/*! The Log dock: what Retort did, one timestamped line per event (project loads, reloads,
    connections, each statement of a run and its outcome). Read-only, keeps the last
    kMaxLines lines. GUI thread only. */
class LogPanel final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 5000;
    enum class Level { Info, Warning, Error };

    explicit LogPanel(QWidget *parent = nullptr);

public slots:
    void append(const QString &text, Level level = Level::Info);
};

} // namespace Retort::Ui

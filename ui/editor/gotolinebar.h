// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace Retort::Ui {

/*! The inline "go to line" bar of a ScriptEditor: a line number field (1..lines); Enter
    emits lineChosen() and hides the bar, Escape hides it. GUI thread only. */
class GoToLineBar final : public QWidget
{
    Q_OBJECT

public:
    explicit GoToLineBar(QWidget *parent = nullptr);

    //! Shows the bar for a document of \a lineCount lines, starting at \a currentLine (1-based).
    void showBar(int currentLine, int lineCount);

signals:
    void lineChosen(int line); //!< 1-based
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void close(bool accept);

    QSpinBox *m_line;
    QLabel *m_label;
};

} // namespace Retort::Ui

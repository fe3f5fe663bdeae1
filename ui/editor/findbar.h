// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QsciScintilla;

namespace Retort::Ui {

/*! The inline find/replace bar under a ScriptEditor (not a dialog, so it never blocks):
    find as you type with every match marked (EditorIds::FindIndicator), next/previous
    with wrap-around, case/whole-word/regex options, replace one and replace all (one undo
    step). Escape hides it and gives the focus back to the text. Does not own the editor;
    GUI thread only. */
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    //! Shows the bar with the replace row (\a replace) or without, seeded from the selection.
    void showBar(bool replace);
    void setSearchText(const QString &text);
    QString searchText() const;
    void setReplaceText(const QString &text);
    void setOptions(bool caseSensitive, bool wholeWords, bool regularExpression);

    bool findNext();
    bool findPrevious();
    //! Replaces the current match (if the selection is one) and moves to the next.
    bool replaceCurrent();
    //! Replaces every match in the document as one undo step; returns how many.
    int replaceAll();
    //! Matches of the search text in the whole document.
    int matchCount() const { return m_matchCount; }

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    //! Searches \a needle from \a from to the end of the text with the current flags: the
    //! match start (the target is set to the match) or -1.
    long searchToEnd(const QByteArray &needle, long from);
    void markAllMatches();
    void updateStatus(bool found);
    void hideBar();
    int searchFlags() const;

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QWidget *m_replaceRow;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QLabel *m_status;
    int m_matchCount = 0;
};

} // namespace Retort::Ui

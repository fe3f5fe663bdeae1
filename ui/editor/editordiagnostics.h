// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"

#include <QList>
#include <QStringList>

#include <utility>

class QsciScintilla;

namespace Retort::Ui {

/*! Shows diagnostics in a QsciScintilla as margin markers and squiggle indicators (the ids
    of editorids.h), after OpenSCAD's highlightError(): a located diagnostic underlines the
    word (or, without a column, the whole line) it points at; a diagnostic without a line
    marks line 1. Keeps the spans so that tooltips can find the messages under the mouse.
    Does not own the editor; GUI thread only. */
class EditorDiagnostics
{
public:
    explicit EditorDiagnostics(QsciScintilla *editor);

    //! Replaces what is shown by \a diagnostics (lines and columns 1-based, as in Core).
    void show(const Core::DiagnosticList &diagnostics);
    void clear();
    const Core::DiagnosticList &diagnostics() const { return m_diagnostics; }

    //! Messages ("severity: text") of the squiggles covering byte \a position.
    QStringList messagesAt(int position) const;
    //! Messages of every diagnostic marked on 0-based \a line.
    QStringList messagesOnLine(int line) const;

    //! The byte range [start, end) underlined for a diagnostic at 1-based \a line / \a column.
    static std::pair<int, int> span(QsciScintilla *editor, int line, int column);

private:
    struct Span
    {
        int start = 0;
        int end = 0;
        int line = 0; //!< 0-based
        QString message;
    };

    QsciScintilla *m_editor;
    Core::DiagnosticList m_diagnostics;
    QList<Span> m_spans;
};

} // namespace Retort::Ui

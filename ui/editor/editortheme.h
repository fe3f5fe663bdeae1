// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QsciLexer;
class QsciScintilla;

namespace Retort::Ui {

/*! The colours of the code views, computed from a QPalette (never literal colours): text and
    paper from Text/Base, comments halfway to the paper, keywords in the Link colour, other
    token kinds in hues that take their saturation and lightness from the Link colour and the
    paper's lightness, so that a dark palette gives a dark theme. A value; build a new one
    from the widget's palette on every QEvent::PaletteChange and apply it again. */
class EditorTheme
{
public:
    enum class Role {
        Text,
        Paper,
        Comment,
        Keyword,
        String,
        Number,
        Operator,
        Definition,
        Decorator,
        Error,
        Warning,
        Info,
        Link,
        MarginText,
        MarginPaper,
        CurrentLine,
        Selection,
        SelectionText,
        BraceMatch,
        FindMatch,
        Guide
    };

    explicit EditorTheme(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor color(Role role) const;
    QColor diagnosticColor(Core::Severity severity) const;
    //! The fixed-pitch font of the code views.
    static QFont codeFont();

    /*! Margins, caret, current line, selection, braces, call tips, markers and indicators
        (the ids of editorids.h) of \a editor. */
    void applyTo(QsciScintilla *editor) const;
    /*! Every style of \a lexer: QsciLexerPython and QsciLexerSQL styles get their token
        colours, any other lexer text and paper only. */
    void applyTo(QsciLexer *lexer) const;

private:
    QColor hue(int degrees) const;

    QPalette m_palette;
    bool m_dark = false;
};

} // namespace Retort::Ui

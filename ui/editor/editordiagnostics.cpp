// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/editordiagnostics.h"

#include "ui/editor/editorids.h"

#include <QCoreApplication>
#include <Qsci/qsciscintilla.h>

#include <tuple>

namespace Retort::Ui {
namespace {

int markerFor(Core::Severity severity)
{
    switch (severity) {
    case Core::Severity::Error:
        return EditorIds::ErrorMarker;
    case Core::Severity::Warning:
        return EditorIds::WarningMarker;
    case Core::Severity::Info:
        return EditorIds::InfoMarker;
    }
    return EditorIds::ErrorMarker;
}

int indicatorFor(Core::Severity severity)
{
    switch (severity) {
    case Core::Severity::Error:
        return EditorIds::ErrorIndicator;
    case Core::Severity::Warning:
        return EditorIds::WarningIndicator;
    case Core::Severity::Info:
        return EditorIds::InfoIndicator;
    }
    return EditorIds::ErrorIndicator;
}

QString describe(const Core::Diagnostic &d)
{
    QString severity;
    switch (d.severity) {
    case Core::Severity::Error:
        severity = QCoreApplication::translate("Retort::Ui::EditorDiagnostics", "Error");
        break;
    case Core::Severity::Warning:
        severity = QCoreApplication::translate("Retort::Ui::EditorDiagnostics", "Warning");
        break;
    case Core::Severity::Info:
        severity = QCoreApplication::translate("Retort::Ui::EditorDiagnostics", "Note");
        break;
    }
    return severity + QLatin1String(": ") + d.message;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
}

//! The line's text without its line ending.
QString lineText(QsciScintilla *editor, int line)
{
    QString text = editor->text(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace

EditorDiagnostics::EditorDiagnostics(QsciScintilla *editor)
    : m_editor(editor)
{ }

std::pair<int, int> EditorDiagnostics::span(QsciScintilla *editor, int line, int column)
{
    const int lineIndex = qBound(0, line - 1, qMax(0, editor->lines() - 1));
    const QString text = lineText(editor, lineIndex);
    const int size = int(text.size());
    int from = 0;
    int to = size;
    if (column <= 0) {
        while (from < to && text.at(from).isSpace())
            ++from;
        while (to > from && text.at(to - 1).isSpace())
            --to;
    } else {
        from = qMin(column - 1, size);
        to = from;
        while (to < size && isWordChar(text.at(to)))
            ++to;
        if (to == from && from < size
            && (text.at(from) == QLatin1Char('\'') || text.at(from) == QLatin1Char('"'))) {
            // A string literal on this line: up to its closing quote.
            const int close = int(text.indexOf(text.at(from), from + 1));
            to = close < 0 ? size : close + 1;
        }
        if (to == from) {
            if (from < size)
                ++to; // one punctuation character
            else if (from > 0)
                --from; // at the end of the line: the last character
        }
    }
    const int lineStart
        = int(editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, lineIndex));
    const int start = lineStart + int(text.left(from).toUtf8().size());
    const int end = lineStart + int(text.left(to).toUtf8().size());
    return {start, end};
}

void EditorDiagnostics::clear()
{
    using namespace EditorIds;
    for (const int marker : {ErrorMarker, WarningMarker, InfoMarker})
        m_editor->markerDeleteAll(marker);
    const long length = m_editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    for (const int indicator : {ErrorIndicator, WarningIndicator, InfoIndicator}) {
        m_editor->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, indicator);
        m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, length);
    }
    m_spans.clear();
    m_diagnostics.clear();
}

void EditorDiagnostics::show(const Core::DiagnosticList &diagnostics)
{
    clear();
    m_diagnostics = diagnostics;
    for (const Core::Diagnostic &d : diagnostics) {
        Span s;
        s.message = describe(d);
        s.line = qBound(0, d.location.line - 1, qMax(0, m_editor->lines() - 1));
        m_editor->markerAdd(s.line, markerFor(d.severity));
        if (d.location.line > 0) {
            std::tie(s.start, s.end) = span(m_editor, d.location.line, d.location.column);
            if (s.end > s.start) {
                m_editor->SendScintilla(
                    QsciScintillaBase::SCI_SETINDICATORCURRENT, indicatorFor(d.severity));
                m_editor->SendScintilla(
                    QsciScintillaBase::SCI_INDICATORFILLRANGE, s.start, s.end - s.start);
            }
        }
        m_spans.append(s);
    }
}

QStringList EditorDiagnostics::messagesAt(int position) const
{
    QStringList messages;
    for (const Span &s : m_spans) {
        if (position >= s.start && position < s.end)
            messages << s.message;
    }
    return messages;
}

QStringList EditorDiagnostics::messagesOnLine(int line) const
{
    QStringList messages;
    for (const Span &s : m_spans) {
        if (s.line == line)
            messages << s.message;
    }
    return messages;
}

} // namespace Retort::Ui

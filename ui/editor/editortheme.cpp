// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/editortheme.h"

#include "ui/editor/editorids.h"

#include <QFontDatabase>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

namespace Retort::Ui {
namespace {

using Role = EditorTheme::Role;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

Role pythonRole(int style)
{
    switch (style) {
    case QsciLexerPython::Comment:
    case QsciLexerPython::CommentBlock:
        return Role::Comment;
    case QsciLexerPython::Number:
        return Role::Number;
    case QsciLexerPython::DoubleQuotedString:
    case QsciLexerPython::SingleQuotedString:
    case QsciLexerPython::TripleSingleQuotedString:
    case QsciLexerPython::TripleDoubleQuotedString:
    case QsciLexerPython::DoubleQuotedFString:
    case QsciLexerPython::SingleQuotedFString:
    case QsciLexerPython::TripleSingleQuotedFString:
    case QsciLexerPython::TripleDoubleQuotedFString:
        return Role::String;
    case QsciLexerPython::UnclosedString:
        return Role::Error;
    case QsciLexerPython::Keyword:
        return Role::Keyword;
    case QsciLexerPython::ClassName:
    case QsciLexerPython::FunctionMethodName:
    case QsciLexerPython::HighlightedIdentifier:
        return Role::Definition;
    case QsciLexerPython::Decorator:
        return Role::Decorator;
    case QsciLexerPython::Operator:
        return Role::Operator;
    default:
        return Role::Text;
    }
}

Role sqlRole(int style)
{
    switch (style) {
    case QsciLexerSQL::Comment:
    case QsciLexerSQL::CommentLine:
    case QsciLexerSQL::CommentDoc:
    case QsciLexerSQL::CommentLineHash:
    case QsciLexerSQL::CommentDocKeyword:
    case QsciLexerSQL::PlusComment:
        return Role::Comment;
    case QsciLexerSQL::Number:
        return Role::Number;
    case QsciLexerSQL::DoubleQuotedString:
    case QsciLexerSQL::QuotedIdentifier:
        return Role::Definition;
    case QsciLexerSQL::SingleQuotedString:
        return Role::String;
    case QsciLexerSQL::Keyword:
    case QsciLexerSQL::PlusKeyword:
        return Role::Keyword;
    case QsciLexerSQL::KeywordSet5:
    case QsciLexerSQL::KeywordSet6:
    case QsciLexerSQL::KeywordSet7:
    case QsciLexerSQL::KeywordSet8:
        return Role::Decorator;
    case QsciLexerSQL::CommentDocKeywordError:
        return Role::Error;
    case QsciLexerSQL::Operator:
    case QsciLexerSQL::QuotedOperator:
        return Role::Operator;
    default:
        return Role::Text;
    }
}

} // namespace

EditorTheme::EditorTheme(const QPalette &palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness())
{ }

QColor EditorTheme::hue(int degrees) const
{
    // Saturation and lightness follow the palette's link colour, clamped so that every hue
    // stays readable on the paper (lighter on dark paper, darker on light paper).
    const QColor link = m_palette.color(QPalette::Link).toHsl();
    const int saturation = qBound(110, link.hslSaturation(), 200);
    const int lightness
        = m_dark ? qBound(150, link.lightness(), 185) : qBound(70, link.lightness(), 105);
    return QColor::fromHsl(((degrees % 360) + 360) % 360, saturation, lightness);
}

QColor EditorTheme::color(Role role) const
{
    const QColor text = m_palette.color(QPalette::Text);
    const QColor paper = m_palette.color(QPalette::Base);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    const int linkHue = m_palette.color(QPalette::Link).hslHue();
    switch (role) {
    case Role::Text:
    case Role::Operator:
        return text;
    case Role::Paper:
        return paper;
    case Role::Comment:
        return mix(text, paper, 0.45);
    case Role::Keyword:
    case Role::Info:
        return hue(linkHue < 0 ? 215 : linkHue);
    case Role::String:
        return hue(125);
    case Role::Number:
        return hue(28);
    case Role::Definition:
        return hue(265);
    case Role::Decorator:
        return hue(305);
    case Role::Error:
        return hue(0);
    case Role::Warning:
        return hue(40);
    case Role::Link:
        return m_palette.color(QPalette::Link);
    case Role::MarginText:
        return mix(m_palette.color(QPalette::WindowText), m_palette.color(QPalette::Window), 0.45);
    case Role::MarginPaper:
        return m_palette.color(QPalette::Window);
    case Role::CurrentLine:
        return mix(paper, highlight, m_dark ? 0.18 : 0.08);
    case Role::Selection:
        return highlight;
    case Role::SelectionText:
        return m_palette.color(QPalette::HighlightedText);
    case Role::BraceMatch:
        return mix(paper, highlight, 0.35);
    case Role::FindMatch: {
        QColor c = highlight;
        c.setAlpha(90);
        return c;
    }
    case Role::Guide:
        return mix(text, paper, 0.8);
    }
    return text;
}

QColor EditorTheme::diagnosticColor(Core::Severity severity) const
{
    switch (severity) {
    case Core::Severity::Error:
        return color(Role::Error);
    case Core::Severity::Warning:
        return color(Role::Warning);
    case Core::Severity::Info:
        return color(Role::Info);
    }
    return color(Role::Error);
}

QFont EditorTheme::codeFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

void EditorTheme::applyTo(QsciScintilla *editor) const
{
    using namespace EditorIds;
    editor->setPaper(color(Role::Paper));
    editor->setColor(color(Role::Text));
    editor->setMarginsFont(codeFont());
    editor->setMarginsBackgroundColor(color(Role::MarginPaper));
    editor->setMarginsForegroundColor(color(Role::MarginText));
    editor->setFoldMarginColors(color(Role::MarginPaper), color(Role::MarginPaper));
    // Fold markers (every marker first), then the diagnostic markers.
    editor->setMarkerForegroundColor(color(Role::MarginPaper), -1);
    editor->setMarkerBackgroundColor(color(Role::MarginText), -1);
    const std::pair<int, Role> markers[]
        = {{ErrorMarker, Role::Error}, {WarningMarker, Role::Warning}, {InfoMarker, Role::Info}};
    for (const auto &[marker, role] : markers) {
        editor->setMarkerBackgroundColor(color(role), marker);
        editor->setMarkerForegroundColor(color(role), marker);
    }
    editor->setCaretForegroundColor(color(Role::Text));
    editor->setCaretLineBackgroundColor(color(Role::CurrentLine));
    editor->setSelectionBackgroundColor(color(Role::Selection));
    editor->setSelectionForegroundColor(color(Role::SelectionText));
    editor->setMatchedBraceBackgroundColor(color(Role::BraceMatch));
    editor->setMatchedBraceForegroundColor(color(Role::Text));
    editor->setUnmatchedBraceBackgroundColor(color(Role::Paper));
    editor->setUnmatchedBraceForegroundColor(color(Role::Error));
    editor->setIndentationGuidesForegroundColor(color(Role::Guide));
    editor->setIndentationGuidesBackgroundColor(color(Role::Paper));
    editor->setWhitespaceForegroundColor(color(Role::Guide));
    editor->setEdgeColor(color(Role::Guide));
    editor->setCallTipsBackgroundColor(m_palette.color(QPalette::ToolTipBase));
    editor->setCallTipsForegroundColor(m_palette.color(QPalette::ToolTipText));
    editor->setCallTipsHighlightColor(color(Role::Keyword));
    const std::pair<int, Role> indicators[] = {{ErrorIndicator, Role::Error},
        {WarningIndicator, Role::Warning}, {InfoIndicator, Role::Info},
        {FindIndicator, Role::FindMatch}, {LinkIndicator, Role::Link}};
    for (const auto &[indicator, role] : indicators)
        editor->setIndicatorForegroundColor(color(role), indicator);
    editor->setIndicatorHoverForegroundColor(color(Role::Link), LinkIndicator);
}

void EditorTheme::applyTo(QsciLexer *lexer) const
{
    const QFont font = codeFont();
    lexer->setDefaultFont(font);
    lexer->setDefaultPaper(color(Role::Paper));
    lexer->setDefaultColor(color(Role::Text));
    lexer->setFont(font, -1);
    lexer->setPaper(color(Role::Paper), -1);
    lexer->setColor(color(Role::Text), -1);
    const bool python = qobject_cast<QsciLexerPython *>(lexer) != nullptr;
    const bool sql = qobject_cast<QsciLexerSQL *>(lexer) != nullptr;
    if (!python && !sql)
        return;
    for (int style = 0; style < 128; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        const Role role = python ? pythonRole(style) : sqlRole(style);
        lexer->setColor(color(role), style);
        QFont styled = font;
        styled.setBold(role == Role::Keyword);
        styled.setItalic(role == Role::Comment);
        lexer->setFont(styled, style);
    }
}

} // namespace Retort::Ui

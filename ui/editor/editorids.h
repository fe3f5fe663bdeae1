// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

// Fixed QScintilla numbers shared by the editor, its diagnostics and its theme (after
// OpenSCAD's ScintillaEditor: indicators 0-7 are left to the lexers).

namespace Retort::Ui::EditorIds {

// Margins
constexpr int NumberMargin = 0;
constexpr int SymbolMargin = 1;
constexpr int FoldMargin = 2;

// Markers (symbol margin)
constexpr int ErrorMarker = 0;
constexpr int WarningMarker = 1;
constexpr int InfoMarker = 2;
//! The symbol margin shows these markers only.
constexpr unsigned SymbolMarkerMask
    = (1u << ErrorMarker) | (1u << WarningMarker) | (1u << InfoMarker);

// Indicators (from 8 up)
constexpr int ErrorIndicator = 8;
constexpr int WarningIndicator = 9;
constexpr int InfoIndicator = 10;
constexpr int FindIndicator = 11; //!< every match of the find bar
constexpr int LinkIndicator = 12; //!< a revision id or label that Ctrl+click / F2 opens

} // namespace Retort::Ui::EditorIds

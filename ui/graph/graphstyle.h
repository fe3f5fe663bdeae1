// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QPointF>
#include <QString>

#include <array>

namespace Retort::Ui {

/*! Geometry, fonts and colours of the revision graph, all derived from a QPalette and the
    application font (no literal colours): build a new one whenever the
    palette changes (RevisionGraphScene does so on QEvent::PaletteChange).

    Colours that a palette has no role for (applied, error, needs-Python) are semantic
    tones: a fixed hue whose lightness and saturation follow the palette, so that they keep
    their contrast against Base in light and dark themes alike.

    Grid: row r, lane l has its centre at nodeCentre(r, l); the text column (id, badges,
    message) starts at textLeft(laneCount) for every row. A value type; GUI thread only
    (QFontMetrics). */
class GraphStyle
{
public:
    enum class Role {
        Background, //!< scene background (Base)
        Text, //!< id and message
        SecondaryText, //!< message of ghost nodes, badge outlines
        Node, //!< an ordinary revision
        Head,
        Base,
        Selected, //!< the selected row's band
        SelectedText,
        Ancestry, //!< ancestors of the selection: node rings and edges
        Applied, //!< filled nodes when a database is connected
        Pending, //!< hollow nodes' outline when a database is connected
        CurrentDb, //!< the "DB" badge: a database head
        Ghost, //!< a missing parent or dependency
        Problem, //!< errors and duplicate ids
        NeedsPython, //!< a body that cannot be rendered without Python
        Label, //!< branch label pills
        LabelText,
        Edge,
        DependencyEdge,
        Count
    };

    GraphStyle(); //!< from the application palette and font
    GraphStyle(const QPalette &palette, const QFont &font);

    QColor color(Role role) const { return m_colors[size_t(role)]; }
    bool isDark() const { return m_dark; }

    qreal rowPitch() const { return m_rowPitch; }
    qreal lanePitch() const { return m_lanePitch; }
    qreal nodeRadius() const { return m_nodeRadius; }
    qreal margin() const { return m_margin; }
    QPointF nodeCentre(int row, int lane) const
    {
        return {m_margin + (lane + 0.5) * m_lanePitch, m_margin + (row + 0.5) * m_rowPitch};
    }
    qreal rowTop(int row) const { return m_margin + row * m_rowPitch; }
    //! The row whose band contains the scene coordinate \a y (may be out of range).
    int rowAt(qreal y) const;
    qreal textLeft(int laneCount) const { return m_margin + laneCount * m_lanePitch + m_textGap; }

    const QFont &idFont() const { return m_idFont; }
    const QFont &messageFont() const { return m_messageFont; }
    const QFont &badgeFont() const { return m_badgeFont; }
    qreal idWidth() const { return m_idWidth; } //!< 12 characters of idFont
    qreal maxMessageWidth() const { return m_maxMessageWidth; }
    qreal badgeHeight() const { return m_badgeHeight; }
    qreal badgeSpacing() const { return m_badgeSpacing; }
    //! Width of a badge pill showing \a text (cached per text).
    qreal badgeWidth(const QString &text) const;

private:
    std::array<QColor, size_t(Role::Count)> m_colors;
    bool m_dark = false;
    qreal m_rowPitch = 28;
    qreal m_lanePitch = 18;
    qreal m_nodeRadius = 5.5;
    qreal m_margin = 12;
    qreal m_textGap = 10;
    QFont m_idFont;
    QFont m_messageFont;
    QFont m_badgeFont;
    qreal m_idWidth = 0;
    qreal m_maxMessageWidth = 0;
    qreal m_badgeHeight = 0;
    qreal m_badgeSpacing = 4;
    mutable QHash<QString, qreal> m_badgeWidths;
};

} // namespace Retort::Ui

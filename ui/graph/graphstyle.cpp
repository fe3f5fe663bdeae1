// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/graphstyle.h"

#include "ui/common/thememanager.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>

#include <cmath>

namespace Retort::Ui {

namespace {

//! \a a blended towards \a b by \a t (0 = a, 1 = b).
QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t),
        float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

//! A saturated colour of \a hue (0..359) that stands out against the palette's Base.
QColor tone(int hue, bool dark)
{
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 165 : 100);
}

//! The hue of \a color, or \a fallback for greys.
int hueOf(const QColor &color, int fallback)
{
    const int hue = color.toHsl().hslHue();
    return hue < 0 || color.toHsl().hslSaturation() < 40 ? fallback : hue;
}

// Hues of the roles a palette has no colour for, and fallbacks for grey palettes.
constexpr int kAppliedHue = 130;
constexpr int kProblemHue = 2;
constexpr int kNeedsPythonHue = 32;
constexpr int kFallbackHighlightHue = 210;
constexpr int kFallbackLinkVisitedHue = 290;

} // namespace

GraphStyle::GraphStyle()
    : GraphStyle(QGuiApplication::palette(), QGuiApplication::font())
{ }

GraphStyle::GraphStyle(const QPalette &palette, const QFont &font)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    m_dark = ThemeManager::isDark(palette);
    auto set = [this](Role role, const QColor &color) { m_colors[size_t(role)] = color; };
    set(Role::Background, base);
    set(Role::Text, text);
    set(Role::SecondaryText, mix(text, base, 0.45));
    set(Role::Node, mix(text, base, 0.2));
    set(Role::Head, tone(hueOf(highlight, kFallbackHighlightHue), m_dark));
    set(Role::Base,
        tone(hueOf(palette.color(QPalette::LinkVisited), kFallbackLinkVisitedHue), m_dark));
    set(Role::Selected, mix(base, highlight, 0.3));
    set(Role::SelectedText, text);
    set(Role::Ancestry, m_dark ? highlight.lighter(130) : highlight);
    set(Role::Applied, tone(kAppliedHue, m_dark));
    set(Role::Pending, mix(text, base, 0.2));
    set(Role::CurrentDb, tone(kAppliedHue, m_dark));
    set(Role::Ghost, mix(text, base, 0.5));
    set(Role::Problem, tone(kProblemHue, m_dark));
    set(Role::NeedsPython, tone(kNeedsPythonHue, m_dark));
    set(Role::Label, tone(hueOf(palette.color(QPalette::Link), kFallbackHighlightHue), m_dark));
    set(Role::LabelText, base);
    set(Role::Edge, mix(text, base, 0.55));
    set(Role::DependencyEdge,
        tone(hueOf(palette.color(QPalette::LinkVisited), kFallbackLinkVisitedHue), m_dark));

    m_messageFont = font;
    m_idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_idFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : m_idFont.pointSizeF());
    m_badgeFont = font;
    if (font.pointSizeF() > 0)
        m_badgeFont.setPointSizeF(font.pointSizeF() * 0.85);
    m_badgeFont.setBold(true);

    const QFontMetricsF messageMetrics(m_messageFont);
    const QFontMetricsF badgeMetrics(m_badgeFont);
    m_rowPitch
        = std::ceil(std::max(messageMetrics.height(), QFontMetricsF(m_idFont).height()) * 1.9);
    m_lanePitch = std::ceil(m_rowPitch * 0.65);
    m_nodeRadius = std::round(m_rowPitch * 0.2 * 2) / 2;
    m_idWidth = QFontMetricsF(m_idFont).horizontalAdvance(QString(12, QLatin1Char('0')));
    m_maxMessageWidth = messageMetrics.averageCharWidth() * 64;
    m_badgeHeight = std::ceil(badgeMetrics.height() + 2);
}

int GraphStyle::rowAt(qreal y) const
{
    return int(std::floor((y - m_margin) / m_rowPitch));
}

qreal GraphStyle::badgeWidth(const QString &text) const
{
    auto it = m_badgeWidths.constFind(text);
    if (it == m_badgeWidths.constEnd())
        it = m_badgeWidths.insert(
            text, std::ceil(QFontMetricsF(m_badgeFont).horizontalAdvance(text) + m_badgeHeight));
    return it.value();
}

} // namespace Retort::Ui

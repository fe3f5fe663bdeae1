// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QObject>
#include <QPalette>

namespace Retort::Ui {

/*! Light and dark themes. "System" keeps the desktop's style and palette; "Light" and "Dark"
    force the Fusion style with a palette of Retort's (Qt 6.4 has no colour-scheme API, so
    forcing means setting a palette). Widgets take every colour from the palette and react to
    QEvent::PaletteChange. The choice persists in QSettings ("ui/theme"). GUI thread only; one
    instance, owned by the application's composition root. */
class ThemeManager final : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit ThemeManager(QObject *parent = nullptr);

    Theme theme() const { return m_theme; }
    //! Applies \a theme to the application and remembers it.
    void setTheme(Theme theme);
    //! Applies the remembered theme (call once at start).
    void restore();

    //! True when \a palette's window is darker than its text (a dark theme, forced or not).
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();

signals:
    void themeChanged(Theme theme);

private:
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QIcon>
#include <QString>

namespace Retort::Ui {

/*! Retort's action icons: monochrome SVGs (resources/icons, drawn in #000000) recoloured when
    painted with the application palette's WindowText colour (PlaceholderText-like disabled
    colour for disabled icons), so they follow light and dark themes without separate sets
    (after KeePassXC's AdaptiveIconEngine). Unknown names give a null icon. GUI thread only. */
QIcon themedIcon(const QString &name);

} // namespace Retort::Ui

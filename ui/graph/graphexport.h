// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>

class QGraphicsScene;

namespace Retort::Ui {

//! Longest side of an exported PNG; larger scenes are scaled down to fit.
inline constexpr int kMaxExportSide = 32000;

/*! Renders the whole sceneRect() of \a scene into a PNG file at \a path, at 100 % unless a
    side would exceed kMaxExportSide. False with a message in \a error (if given) when the
    image cannot be allocated or written. GUI thread only. */
bool exportSceneToPng(QGraphicsScene *scene, const QString &path, QString *error = nullptr);

/*! Renders the whole sceneRect() of \a scene as an SVG document at \a path (1 unit = 1 pixel
    at 100 %). False with a message in \a error when the file cannot be written. */
bool exportSceneToSvg(
    QGraphicsScene *scene, const QString &path, const QString &title, QString *error = nullptr);

} // namespace Retort::Ui

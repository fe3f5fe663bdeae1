// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/graph/graphexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Retort::Ui {

namespace {

constexpr int kSvgDotsPerInch = 96; // CSS pixels: viewers show the SVG at 100 %

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool exportSceneToPng(QGraphicsScene *scene, const QString &path, QString *error)
{
    const QRectF source = scene->sceneRect();
    const qreal longest = std::max(source.width(), source.height());
    const qreal scale = longest > kMaxExportSide ? kMaxExportSide / longest : 1.0;
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
        std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setError(error,
            QCoreApplication::translate("Retort::Ui::GraphExport",
                "The graph is too large to export as an image (%1 × %2 pixels).")
                .arg(size.width())
                .arg(size.height()));
        return false;
    }
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&painter, QRectF(image.rect()), source, Qt::KeepAspectRatio);
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        setError(error,
            QCoreApplication::translate("Retort::Ui::GraphExport", "Cannot write %1: %2")
                .arg(path, writer.errorString()));
        return false;
    }
    return true;
}

bool exportSceneToSvg(
    QGraphicsScene *scene, const QString &path, const QString &title, QString *error)
{
    const QRectF source = scene->sceneRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setResolution(kSvgDotsPerInch);
    generator.setViewBox(QRectF(QPointF(), source.size()));
    generator.setTitle(title);
    QPainter painter;
    if (!painter.begin(&generator)) {
        setError(error,
            QCoreApplication::translate("Retort::Ui::GraphExport", "Cannot write %1.").arg(path));
        return false;
    }
    scene->render(&painter, QRectF(QPointF(), source.size()), source, Qt::KeepAspectRatio);
    if (!painter.end() || QFileInfo(path).size() == 0) {
        setError(error,
            QCoreApplication::translate("Retort::Ui::GraphExport", "Cannot write %1.").arg(path));
        return false;
    }
    return true;
}

} // namespace Retort::Ui

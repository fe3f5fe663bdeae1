// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// GUI tests double as the screenshot source of docs/ (scripts/screenshots.sh runs them under Xvfb).
#pragma once

#include <QDir>
#include <QTest>
#include <QWidget>

namespace Retort::Test {

//! With RETORT_SCREENSHOT_DIR set (e.g. under xvfb-run), saves \a widget as <dir>/<name>.png.
inline void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RETORT_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(200); // let the highlighting and layouts settle
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace Retort::Test

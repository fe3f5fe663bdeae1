// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Small helpers the window-level GUI tests share: a scratch copy of a project, and answering a
// modal dialog the way a user would (when it appears).
#pragma once

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <functional>

namespace Retort::Test {

//! Copies the files under \a from to \a to (folders made as needed), leaving out databases and
//! Python caches. False when a file cannot be copied.
inline bool copyProjectTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.contains(QLatin1String("__pycache__")) || source.endsWith(QLatin1String(".db")))
            continue;
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

/*! Calls \a answer with the next modal dialog of type T once it is shown (polled from the event
    loop, as a user would wait for it); for dialogs the code under test exec()s itself. */
template<typename T>
void answerNextModal(std::function<void(T *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace Retort::Test

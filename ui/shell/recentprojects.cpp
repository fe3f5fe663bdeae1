// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/shell/recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Retort::Ui {

namespace {

const char kKey[] = "project/recent";

} // namespace

RecentProjects::RecentProjects(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentProjects::entries() const
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentProjects::add(const QString &iniPath, const QString &section)
{
    QStringList list = entries();
    const QString entry = QFileInfo(iniPath).absoluteFilePath() + QLatin1Char('\n') + section;
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(QLatin1String(kKey), list);
    rebuild();
}

QString RecentProjects::last() const
{
    return entries().value(0).section(QLatin1Char('\n'), 0, 0);
}

QString RecentProjects::lastSection() const
{
    const QString section = entries().value(0).section(QLatin1Char('\n'), 1, 1);
    return section.isEmpty() ? QStringLiteral("alembic") : section;
}

void RecentProjects::rebuild()
{
    m_menu->clear();
    int number = 0;
    for (const QString &entry : entries()) {
        const QString path = entry.section(QLatin1Char('\n'), 0, 0);
        const QString section = entry.section(QLatin1Char('\n'), 1, 1);
        if (!QFileInfo::exists(path))
            continue;
        const QString label = QStringLiteral("&%1 %2%3")
                                  .arg(++number % 10)
                                  .arg(QDir::toNativeSeparators(path),
                                       section == QLatin1String("alembic") ? QString() : QStringLiteral(" [%1]").arg(section));
        QAction *action = m_menu->addAction(label);
        connect(action, &QAction::triggered, this, [this, path, section] { emit projectChosen(path, section); });
    }
    m_menu->setEnabled(number > 0);
}

} // namespace Retort::Ui

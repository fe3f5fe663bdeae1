// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QMenu>
#include <QStringList>

namespace Retort::Ui {

/*! File ▸ Open Recent: the last kMax projects opened (ini path + section, newest first),
    kept in QSettings ("project/recent"), files that no longer exist dropped when the menu is
    rebuilt. Choosing an entry emits projectChosen. GUI thread only. */
class RecentProjects final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMax = 10;

    explicit RecentProjects(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &iniPath, const QString &section);
    //! The most recent entry ("" when none).
    QString last() const;
    QString lastSection() const;

signals:
    void projectChosen(const QString &iniPath, const QString &section);

private:
    QStringList entries() const; //!< "path\nsection"
    void rebuild();

    QMenu *m_menu;
};

} // namespace Retort::Ui

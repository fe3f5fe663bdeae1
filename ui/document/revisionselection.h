// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QObject>
#include <QString>

namespace Retort::Ui {

/*! The revision the user is looking at, shared by the graph, the History table, the Details
    dock and the SQL preview (the selection-sync hub). Setting the id it already holds does
    nothing, so views can forward their own selection changes without loops. An empty id
    means no selection. GUI thread only. */
class RevisionSelection final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    QString current() const { return m_current; }
    void setCurrent(const QString &revisionId)
    {
        if (revisionId == m_current)
            return;
        m_current = revisionId;
        emit currentChanged(m_current);
    }

signals:
    void currentChanged(const QString &revisionId);
    /*! A view asks for the revision's file to be opened in the editor (at \a line, 0 = top).
        The window connects this to its editor tabs. */
    void openFileRequested(const QString &path, int line);

private:
    QString m_current;
};

} // namespace Retort::Ui

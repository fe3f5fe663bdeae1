// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/ops/projectmaps.h"

#include <QTextBrowser>

namespace Retort::Ui {

class ProjectDocument;
class RevisionSelection;

/*! The Details dock: everything about the selected revision — message and docstring, file,
    parents and children, labels, dependencies, Alembic's markers, whether the database has it,
    and per direction the operations Retort read and whether it can render them for the
    project's dialect (with the reason when not). Parents, children and dependencies are links
    that select that revision; the file link (and the problem's location) opens the editor
    through RevisionSelection::openFileRequested. Rendered on selection change, on the GUI
    thread (one revision is quick). Colours come from the palette. */
class DetailsPanel final : public QTextBrowser
{
    Q_OBJECT

public:
    DetailsPanel(ProjectDocument *document, RevisionSelection *selection, QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString revisionHtml(const QString &id) const;
    QString operationsHtml(const QString &id) const;
    void followLink(const QUrl &url);

    ProjectDocument *m_document;
    RevisionSelection *m_selection;
    Core::Ops::ProjectMaps m_maps;
};

} // namespace Retort::Ui

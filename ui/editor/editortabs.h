// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/ops/interpreter.h"
#include "core/schema/schemasnapshot.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTabWidget>
#include <QTimer>

class QAction;
class QFileSystemWatcher;

namespace Retort::Ui {

class ProjectDocument;
class ScriptEditor;

/*! The revision editors of the window, one tab per file. openFile() reuses an open tab.
    A tab title carries a modified marker; closing a modified file asks "save changes?"
    (MessagePresenter). Files are watched: a change on disk reloads an unmodified editor
    silently and asks before replacing a modified one; a deleted file leaves its editor
    open and marked modified, so saving writes it again.

    With a ProjectDocument (optional), every editor gets the project's revision ids and
    branch labels (links), the interpreter context (dialect, [retort] maps) and the
    project's diagnostics for its file, refreshed on each load; a revision link opens that
    revision's file and is re-emitted as revisionLinkActivated() for the window's selection.

    Actions for the window's menus (objectNames in parentheses): Save Ctrl+S
    (editorSaveAction), Save All Ctrl+Shift+S (editorSaveAllAction), Revert
    (editorRevertAction), Close Tab Ctrl+W (editorCloseTabAction), Undo/Redo
    (editorUndoAction, editorRedoAction), Find, Replace, Go to Line
    (editorMenuFindAction, editorMenuReplaceAction, editorMenuGoToLineAction). Save and Save
    All are window-wide shortcuts; Close Tab, Undo and Redo act while the focus is in the
    tabs. Find (Ctrl+F), Replace (Ctrl+H), F3 and Go to Line (Ctrl+G) are the editor's own
    shortcuts (ScriptEditor); the menu entries show them and act on the current editor.
    GUI thread only. */
class EditorTabs final : public QTabWidget
{
    Q_OBJECT

public:
    static constexpr int kDiskChangeDelayMs = 150;

    explicit EditorTabs(QWidget *parent = nullptr);
    ~EditorTabs() override;

    //! Follows \a document (not owned; may be null). See the class comment.
    void setProjectDocument(ProjectDocument *document);
    //! Table and column names for completion in every editor.
    void setCompletionSchema(const Core::SchemaSnapshot &schema);

    /*! Shows \a path in its tab (opened now if needed) at 1-based \a line (0: where it was).
        Null when the file cannot be read (the reason is shown through MessagePresenter). */
    ScriptEditor *openFile(const QString &path, int line = 0);
    ScriptEditor *editor(int index) const;
    ScriptEditor *currentEditor() const;
    ScriptEditor *editorFor(const QString &path) const;

    //! Closes tab \a index, asking to save a modified file; false when the user cancelled.
    bool closeTab(int index);
    //! Closes every tab (for quitting); false, with the remaining tabs open, when cancelled.
    bool closeAll();
    bool saveCurrent();
    //! Saves every modified editor; false when one could not be saved (reported).
    bool saveAll();
    //! Drops the current editor's changes after asking; false when cancelled or failed.
    bool revertCurrent();
    bool hasUnsavedChanges() const;

    QAction *saveAction() const { return m_save; }
    QAction *saveAllAction() const { return m_saveAll; }
    QAction *revertAction() const { return m_revert; }
    QAction *closeTabAction() const { return m_close; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *findAction() const { return m_find; }
    QAction *replaceAction() const { return m_replace; }
    QAction *goToLineAction() const { return m_goToLine; }

signals:
    //! A revision link (Ctrl+click, F2) was followed in an editor.
    void revisionLinkActivated(const QString &revisionId);
    void fileSaved(const QString &path);
    //! The current tab changed; empty \a path when no tab is left.
    void currentFileChanged(const QString &path);

private:
    void createActions();
    void updateActions();
    void updateTitle(ScriptEditor *editor);
    void followLink(const QString &revisionId);
    void refreshFromDocument();
    void applyDocument(ScriptEditor *editor);
    void watch(const QString &path);
    void handleDiskChanges();
    void handleDiskChange(ScriptEditor *editor);
    bool saveEditor(ScriptEditor *editor);
    static QString keyFor(const QString &path);

    QPointer<ProjectDocument> m_document;
    Core::SchemaSnapshot m_schema;
    QHash<QString, QString> m_targets;
    Core::Ops::InterpreterContext m_context;
    QHash<QString, Core::DiagnosticList>
        m_diagnosticsByFile; //!< keyFor(file) -> project diagnostics
    QSet<QString> m_revisionFiles; //!< keyFor() of every revision file of the project
    QFileSystemWatcher *m_watcher;
    QSet<QString> m_changedPaths;
    QTimer m_diskTimer;

    QAction *m_save = nullptr;
    QAction *m_saveAll = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_close = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_goToLine = nullptr;
};

} // namespace Retort::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/editor/editortabs.h"

#include "core/ops/projectmaps.h"
#include "ui/common/messagepresenter.h"
#include "ui/document/projectdocument.h"
#include "ui/editor/scripteditor.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include <utility>

namespace Retort::Ui {

EditorTabs::EditorTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("editorTabs"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    createActions();
    m_diskTimer.setSingleShot(true);
    m_diskTimer.setInterval(kDiskChangeDelayMs);
    connect(&m_diskTimer, &QTimer::timeout, this, &EditorTabs::handleDiskChanges);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_changedPaths.insert(path);
        watch(path); // an atomic replace (rename over the file) drops the watch
        m_diskTimer.start();
    });
    connect(this, &QTabWidget::tabCloseRequested, this, &EditorTabs::closeTab);
    connect(this, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        ScriptEditor *editor = currentEditor();
        emit currentFileChanged(editor ? editor->filePath() : QString());
    });
    updateActions();
}

EditorTabs::~EditorTabs() = default;

void EditorTabs::createActions()
{
    const auto make = [this](QAction *&action, const QString &text, const char *name,
                          const QKeySequence &key, Qt::ShortcutContext context, auto slot) {
        action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(context);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    const auto onCurrent = [this](void (ScriptEditor::*method)()) {
        return [this, method] {
            if (ScriptEditor *editor = currentEditor())
                (editor->*method)();
        };
    };
    // The editor's own shortcuts, shown in the menu text but not registered twice.
    const auto hinted
        = [this](QAction *&action, const QString &text, const char *name, const QKeySequence &key) {
              action = new QAction(
                  text + QLatin1Char('\t') + key.toString(QKeySequence::NativeText), this);
              action->setObjectName(QLatin1String(name));
          };
    make(m_save, tr("&Save"), "editorSaveAction", QKeySequence::Save, Qt::WindowShortcut,
        &EditorTabs::saveCurrent);
    make(m_saveAll, tr("Save A&ll"), "editorSaveAllAction",
        QKeySequence(QStringLiteral("Ctrl+Shift+S")), Qt::WindowShortcut, &EditorTabs::saveAll);
    make(m_revert, tr("&Revert to Saved"), "editorRevertAction", QKeySequence(), Qt::WindowShortcut,
        &EditorTabs::revertCurrent);
    m_close = new QAction(tr("&Close Tab"), this);
    m_close->setObjectName(QStringLiteral("editorCloseTabAction"));
    m_close->setShortcut(QKeySequence::Close);
    m_close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_close);
    connect(m_close, &QAction::triggered, this, [this] { closeTab(currentIndex()); });
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("editorUndoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undo);
    connect(m_undo, &QAction::triggered, this, onCurrent(&ScriptEditor::undo));
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("editorRedoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redo);
    connect(m_redo, &QAction::triggered, this, onCurrent(&ScriptEditor::redo));
    hinted(m_find, tr("&Find…"), "editorMenuFindAction", QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, onCurrent(&ScriptEditor::showFindBar));
    hinted(m_replace, tr("R&eplace…"), "editorMenuReplaceAction",
        QKeySequence(QStringLiteral("Ctrl+H")));
    connect(m_replace, &QAction::triggered, this, onCurrent(&ScriptEditor::showReplaceBar));
    hinted(m_goToLine, tr("&Go to Line…"), "editorMenuGoToLineAction",
        QKeySequence(QStringLiteral("Ctrl+G")));
    connect(m_goToLine, &QAction::triggered, this, onCurrent(&ScriptEditor::showGoToLineBar));
}

void EditorTabs::updateActions()
{
    ScriptEditor *editor = currentEditor();
    const bool modified = editor && editor->isModified();
    m_save->setEnabled(modified);
    m_saveAll->setEnabled(hasUnsavedChanges());
    m_revert->setEnabled(modified);
    for (QAction *action : {m_close, m_undo, m_redo, m_find, m_replace, m_goToLine})
        action->setEnabled(editor != nullptr);
}

QString EditorTabs::keyFor(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

ScriptEditor *EditorTabs::editor(int index) const
{
    return qobject_cast<ScriptEditor *>(widget(index));
}

ScriptEditor *EditorTabs::currentEditor() const
{
    return qobject_cast<ScriptEditor *>(currentWidget());
}

ScriptEditor *EditorTabs::editorFor(const QString &path) const
{
    const QString key = keyFor(path);
    for (int i = 0; i < count(); ++i) {
        ScriptEditor *e = editor(i);
        if (e && (e->filePath() == path || keyFor(e->filePath()) == key))
            return e;
    }
    return nullptr;
}

ScriptEditor *EditorTabs::openFile(const QString &path, int line)
{
    ScriptEditor *editor = editorFor(path);
    if (!editor) {
        editor = new ScriptEditor(this);
        QString error;
        if (!editor->load(path, &error)) {
            delete editor;
            MessagePresenter::warning(this, tr("Open File"), error);
            return nullptr;
        }
        applyDocument(editor);
        editor->setCompletionSchema(m_schema);
        const int index = addTab(editor, QFileInfo(path).fileName());
        setTabToolTip(index, QDir::toNativeSeparators(editor->filePath()));
        connect(editor, &ScriptEditor::modificationChanged, this, [this, editor] {
            updateTitle(editor);
            updateActions();
        });
        connect(editor, &ScriptEditor::revisionLinkActivated, this, &EditorTabs::followLink);
        connect(editor, &ScriptEditor::saved, this, [this](const QString &saved) {
            watch(saved);
            emit fileSaved(saved);
        });
        watch(editor->filePath());
    }
    setCurrentWidget(editor);
    if (line > 0)
        editor->goToLine(line);
    editor->setFocus();
    return editor;
}

void EditorTabs::updateTitle(ScriptEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    const QString name = QFileInfo(editor->filePath()).fileName();
    setTabText(index,
        editor->isModified() ? tr("%1*", "tab title of a file with unsaved changes").arg(name)
                             : name);
}

bool EditorTabs::saveEditor(ScriptEditor *editor)
{
    QString error;
    if (editor->save(&error))
        return true;
    MessagePresenter::warning(this, tr("Save File"), error);
    return false;
}

bool EditorTabs::closeTab(int index)
{
    ScriptEditor *e = editor(index);
    if (!e)
        return false;
    if (e->isModified()) {
        const auto answer = MessagePresenter::question(this, tr("Save Changes"),
            tr("%1 has unsaved changes. Save them before closing?")
                .arg(QFileInfo(e->filePath()).fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || answer == QMessageBox::NoButton)
            return false;
        if (answer == QMessageBox::Save && !saveEditor(e))
            return false;
    }
    const QString path = e->filePath();
    removeTab(index);
    e->deleteLater();
    if (!editorFor(path) && m_watcher->files().contains(path))
        m_watcher->removePath(path);
    updateActions();
    return true;
}

bool EditorTabs::closeAll()
{
    while (count() > 0) {
        if (!closeTab(count() - 1))
            return false;
    }
    return true;
}

bool EditorTabs::saveCurrent()
{
    ScriptEditor *editor = currentEditor();
    return editor && saveEditor(editor);
}

bool EditorTabs::saveAll()
{
    bool ok = true;
    for (int i = 0; i < count(); ++i) {
        ScriptEditor *e = editor(i);
        if (e && e->isModified())
            ok = saveEditor(e) && ok;
    }
    return ok;
}

bool EditorTabs::revertCurrent()
{
    ScriptEditor *editor = currentEditor();
    if (!editor)
        return false;
    if (editor->isModified()) {
        const auto answer = MessagePresenter::question(this, tr("Revert to Saved"),
            tr("Discard your changes to %1 and load it again from disk?")
                .arg(QFileInfo(editor->filePath()).fileName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    QString error;
    if (editor->revert(&error))
        return true;
    MessagePresenter::warning(this, tr("Revert to Saved"), error);
    return false;
}

bool EditorTabs::hasUnsavedChanges() const
{
    for (int i = 0; i < count(); ++i) {
        if (ScriptEditor *e = editor(i); e && e->isModified())
            return true;
    }
    return false;
}

void EditorTabs::followLink(const QString &revisionId)
{
    if (m_document) {
        if (const Core::RevisionScript *script = m_document->project().scriptFor(revisionId))
            openFile(script->filePath, qMax(0, script->revisionAt.line));
    }
    emit revisionLinkActivated(revisionId);
}

// --- the project

void EditorTabs::setProjectDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ProjectDocument::loaded, this, &EditorTabs::refreshFromDocument);
        connect(document, &ProjectDocument::reloaded, this, &EditorTabs::refreshFromDocument);
    }
    refreshFromDocument();
}

void EditorTabs::refreshFromDocument()
{
    m_targets.clear();
    m_diagnosticsByFile.clear();
    m_revisionFiles.clear();
    m_context = Core::Ops::InterpreterContext();
    if (m_document && m_document->isOpen()) {
        const Core::Project &project = m_document->project();
        for (const Core::RevisionScript &script : project.scripts()) {
            m_revisionFiles.insert(QDir::cleanPath(QFileInfo(script.filePath).absoluteFilePath()));
            if (script.revision.isEmpty())
                continue;
            m_targets.insert(script.revision, script.revision);
            for (const QString &label : script.branchLabels)
                m_targets.insert(label, script.revision);
        }
        m_context.dialect = m_document->defaultDialect();
        m_context.maps
            = Core::Ops::ProjectMaps::load(project.config().ini(), project.config().iniFilePath());
        QHash<QString, QString> keys; // file as spelled -> keyFor(file), one stat per file
        for (const Core::Diagnostic &d : project.diagnostics()) {
            if (d.location.file.isEmpty())
                continue;
            auto key = keys.constFind(d.location.file);
            if (key == keys.cend())
                key = keys.insert(d.location.file, keyFor(d.location.file));
            m_diagnosticsByFile[*key].append(d);
        }
    }
    for (int i = 0; i < count(); ++i) {
        if (ScriptEditor *e = editor(i))
            applyDocument(e);
    }
}

void EditorTabs::applyDocument(ScriptEditor *editor)
{
    // Without a project every file is taken for a revision; with one, only its version files.
    const bool projectOpen = m_document && m_document->isOpen();
    editor->setRevisionFile(!projectOpen
        || m_revisionFiles.contains(QDir::cleanPath(editor->filePath()))
        || m_revisionFiles.contains(keyFor(editor->filePath())));
    editor->setKnownRevisions(m_targets);
    editor->setInterpreterContext(m_context);
    editor->setDiagnostics(m_diagnosticsByFile.value(keyFor(editor->filePath())));
}

void EditorTabs::setCompletionSchema(const Core::SchemaSnapshot &schema)
{
    m_schema = schema;
    for (int i = 0; i < count(); ++i) {
        if (ScriptEditor *e = editor(i))
            e->setCompletionSchema(schema);
    }
}

// --- changes on disk

void EditorTabs::watch(const QString &path)
{
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void EditorTabs::handleDiskChanges()
{
    const QSet<QString> paths = std::exchange(m_changedPaths, {});
    for (const QString &path : paths) {
        watch(path);
        if (ScriptEditor *e = editorFor(path))
            handleDiskChange(e);
    }
}

void EditorTabs::handleDiskChange(ScriptEditor *editor)
{
    if (!QFileInfo::exists(editor->filePath())) {
        editor->setModified(true); // deleted: keep the text; saving writes the file again
        return;
    }
    if (!editor->fileChangedOnDisk())
        return; // our own save, or a touch
    QString error;
    if (!editor->isModified()) {
        if (!editor->revert(&error))
            MessagePresenter::warning(this, tr("Reload File"), error);
        return;
    }
    const auto answer = MessagePresenter::question(this, tr("File Changed on Disk"),
        tr("%1 was changed on disk, and you have unsaved changes. Reload it and lose your changes?")
            .arg(QFileInfo(editor->filePath()).fileName()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        if (!editor->revert(&error))
            MessagePresenter::warning(this, tr("Reload File"), error);
    } else {
        editor->acceptDiskContent(); // ask again only for a further change
    }
}

} // namespace Retort::Ui

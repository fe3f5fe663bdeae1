// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/ops/interpreter.h"
#include "core/schema/schemasnapshot.h"
#include "ui/editor/editordiagnostics.h"
#include "ui/editor/revisionchecker.h"
#include "ui/editor/textfileformat.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QAction;
class QsciLexerPython;
class QsciScintilla;

namespace Retort::Ui {

class FindBar;
class GoToLineBar;
class ScriptCompletionApi;

/*! The editor of one revision file: a QsciScintilla it contains (composition, as in
    OpenSCAD's ScintillaEditor) with the Python lexer, line numbers, folding, brace matching,
    UTF-8, indentation by 4 spaces, an inline find/replace bar and a go-to-line bar.

    Diagnostics are shown as margin markers and squiggles with the message as tooltip. They
    come from two places: setDiagnostics() (what the project knows about this file, such as
    graph problems) and the editor's own check of the text (RevisionChecker: reader, parser
    and the interpreter's needs-python verdicts for both directions), run on load, on save
    and kCheckDelayMs after the last edit. Diagnostics given by setDiagnostics() that the
    file's own check produces are taken from the live check instead, so that they follow
    the text.

    Words naming a known revision id or branch label are links: Ctrl+click or F2 emits
    revisionLinkActivated(). Completion (after `op.`, `batch_op.`, `sa.`, and schema names)
    comes from ScriptCompletionApi. Colours come from EditorTheme and follow the palette.

    Own shortcuts (active while the focus is inside the editor): Ctrl+F find, Ctrl+H replace,
    F3 / Shift+F3 next/previous match, Ctrl+G go to line, F2 follow link. GUI thread only. */
class ScriptEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCheckDelayMs = 400;

    explicit ScriptEditor(QWidget *parent = nullptr);
    ~ScriptEditor() override;

    /*! Reads \a path (keeping its encoding, BOM and line endings for save()). On failure the
        editor is unchanged and \a errorMessage says why. Clears the undo history. */
    bool load(const QString &path, QString *errorMessage = nullptr);
    //! Writes the text atomically (QSaveFile) in the file's format; clears the modified flag.
    bool save(QString *errorMessage = nullptr);
    //! Reads the file again, dropping the changes; keeps the caret line and scroll position.
    bool revert(QString *errorMessage = nullptr);

    QString filePath() const { return m_path; }
    bool isModified() const;
    /*! Marks the buffer modified (e.g. its file was deleted on disk) or unmodified (the
        text becomes the saved state). */
    void setModified(bool modified);
    QString text() const;
    //! True when the file's bytes on disk differ from those last loaded or saved.
    bool fileChangedOnDisk() const;
    //! Takes the file's current bytes on disk as the last known ones (a change the user declined to
    //! load).
    void acceptDiskContent();

    //! The project's diagnostics for this file (see the class comment for how they merge).
    void setDiagnostics(const Core::DiagnosticList &diagnostics);
    //! What is shown now: the live check's diagnostics and the project's others.
    Core::DiagnosticList diagnostics() const { return m_shown.diagnostics(); }
    //! Dialect and [retort] maps for the interpreter's verdicts.
    void setInterpreterContext(const Core::Ops::InterpreterContext &context);
    //! Revision ids and branch labels (keys) with the revision id each one names.
    void setKnownRevisions(const QHash<QString, QString> &targets);
    /*! Whether the file is a revision file (default): other Python files (env.py) are only
        parsed, without the revision header rules and the interpreter. */
    void setRevisionFile(bool revisionFile);
    //! Table and column names offered by completion.
    void setCompletionSchema(const Core::SchemaSnapshot &schema);
    //! Runs the live check now instead of after the debounce delay.
    void checkNow();

    //! Moves the caret to 1-based \a line (and \a column, 1-based; 0 = line start) and shows it.
    void goToLine(int line, int column = 0);
    void showFindBar();
    void showReplaceBar();
    void showGoToLineBar();
    bool findNext();
    bool findPrevious();
    void undo();
    void redo();
    /*! Emits revisionLinkActivated() for the word at the caret when it names a known revision;
        returns whether it did. */
    bool followLinkAtCursor();
    //! The tooltip text for viewport point \a pos (diagnostics under it, or the margin's line).
    QString toolTipAt(const QPoint &pos) const;
    //! The revision the word at byte \a position names, or an empty string.
    QString revisionAt(int position) const;

    QsciScintilla *textEdit() const { return m_edit; }
    FindBar *findBar() const { return m_findBar; }
    ScriptCompletionApi *completionApi() const { return m_api; }

signals:
    void modificationChanged(bool modified);
    void revisionLinkActivated(const QString &revisionId);
    //! The shown diagnostics changed (after a check or setDiagnostics()).
    void diagnosticsChanged();
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpEditor();
    void setUpActions();
    void applyTheme();
    void updateNumberMarginWidth();
    void showDiagnostics();
    void showLinks(const QList<RevisionCheck::Link> &links);
    QByteArray bufferUtf8() const;
    bool handleCtrlClick(const QPoint &pos);

    QsciScintilla *m_edit;
    QsciLexerPython *m_lexer;
    ScriptCompletionApi *m_api;
    FindBar *m_findBar;
    GoToLineBar *m_goToLineBar;
    EditorDiagnostics m_shown;
    RevisionChecker m_checker;
    QTimer m_checkTimer;

    QString m_path;
    TextFileFormat m_format;
    QByteArray m_diskBytes;
    Core::DiagnosticList m_external; //!< from setDiagnostics()
    Core::DiagnosticList m_baseline; //!< the live check of the file as last loaded or saved
    Core::DiagnosticList m_live; //!< the live check of the text
    int m_marginDigits = 0;
    bool m_forcedModified = false; //!< setModified(true): QsciScintilla can only clear the flag
};

} // namespace Retort::Ui

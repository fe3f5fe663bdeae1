// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/python/ast.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Retort::Core {

/*! How much of a revision file to build. Full: the whole module, function bodies included
    (for the op interpreter, the editor, `validate`). HeaderOnly: the module-level statements
    only — function bodies are tokenized but not built (see Python::ParseOptions), so grammar
    errors inside upgrade()/downgrade() go unreported, and the result keeps no module
    (`module`, `upgrade` and `downgrade` are null); for graph-only work such as
    `retort-cli heads`, several times faster and smaller on large projects. */
enum class RevisionReadMode { Full, HeaderOnly };

/*! One Alembic revision file, read statically (no Python runs) the way Alembic's `Script`
    reads the module attributes `revision`, `down_revision`, `branch_labels` and `depends_on`
    and the module docstring. Values come from top-level literal assignments only (see
    readRevisionSource()). A plain value type: copies share the parsed module. */
struct RevisionScript
{
    QString filePath;             //!< as given to the reader
    QString revision;             //!< empty when it cannot be known
    bool hasDownRevision = false; //!< a top-level down_revision assignment exists
    //! Normalised like Alembic: None, (), [] and "" give an empty list (a base revision).
    QStringList downRevisions;
    QStringList branchLabels; //!< None -> empty; "x" -> [x]; a sequence -> its items in order
    QStringList dependsOn;    //!< same shapes as branchLabels
    QString doc;              //!< the module docstring stripped, up to the first blank line
    QString longDoc;          //!< the whole docstring, stripped
    //! Where each variable was assigned (the target name); line 0 when absent or legacy.
    SourceLocation revisionAt, downRevisionAt, branchLabelsAt, dependsOnAt;
    //! The parsed module, kept for the op interpreter; null for binary or undecodable input.
    std::shared_ptr<const Python::Module> module;
    //! The last top-level `def upgrade` / `def downgrade`, pointing into `module`; may be null.
    const Python::Stmt *upgrade = nullptr;
    const Python::Stmt *downgrade = nullptr;
    //! Everything found, each with file, line and column where there is one.
    DiagnosticList diagnostics;

    /*! Whether the header can feed the revision graph: the revision id and a literal
        down_revision are known and no error was reported for the file (warnings such as a
        missing upgrade() or a ':' in the id do not count). */
    bool isUsable() const;
};

/*! Reads \a path and calls readRevisionSource(). An unreadable file gives a "file-read" error
    with the OS message. Safe to call from several threads at once. */
RevisionScript readRevisionFile(const QString &path, RevisionReadMode mode = RevisionReadMode::Full);

/*! Reads a revision file from its bytes (\a path names it in diagnostics and supplies the
    file name for Alembic's legacy id rule). Diagnostic codes:
    - "file-empty", "file-binary" (NUL byte), "file-encoding" (invalid UTF-8 with line and
      column, or a PEP 263 coding other than UTF-8/Latin-1/ASCII), all errors;
    - the parser's "py-syntax" / "py-too-deep" error and "py-unsupported" warning;
    - "needs-python": a header variable whose value is not a literal (error for revision and
      down_revision, warning for branch_labels and depends_on, which are then treated as
      absent), or one assigned inside a module-level if/try/for/while/with block;
    - "no-revision-id", "no-down-revision", "revision-not-string" (errors);
    - "illegal-revision-char": error for '@', '-', '+'; warning for ':' (Alembic >= 1.17.1);
    - "no-upgrade-fn", "no-downgrade-fn" (warnings).
    Accepted literals: strings (implicit concatenation, f-strings without fields), None, (),
    and tuples/lists of strings, directly or through a name bound earlier at top level to such
    a literal. The last top-level assignment wins, as in Python. After a syntax error the
    header is unknown, but `revision` is still filled from a `revision = '...'` line if one
    can be found, so that a broken file can be shown; isUsable() stays false. */
RevisionScript readRevisionSource(const QString &path, const QByteArray &bytes,
                                  RevisionReadMode mode = RevisionReadMode::Full);

} // namespace Retort::Core

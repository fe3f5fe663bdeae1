// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/ops/interpreter.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Retort::Ui {

//! What the engine says about one revision buffer (see RevisionChecker::check()).
struct RevisionCheck
{
    Core::DiagnosticList diagnostics;
    //! Byte ranges [start, end) of the UTF-8 buffer naming a known revision, with that revision's
    //! id.
    struct Link
    {
        int start = 0;
        int end = 0;
        QString revisionId;
    };
    QList<Link> links;
};

/*! Reads a revision file's text with the engine, the way the project loader does, for the
    editor's live diagnostics: the header reader and parser (Core::readRevisionSource) and,
    when the module parsed, the interpreter for both directions (its "needs-python" verdicts).
    Also finds the words that name a known revision id or branch label. A value; check() is
    pure and cheap enough for the GUI thread on revision-sized files. */
class RevisionChecker
{
public:
    void setInterpreterContext(const Core::Ops::InterpreterContext &context)
    {
        m_context = context;
    }
    //! Revision ids and branch labels (keys) with the id each one names (values).
    void setKnownRevisions(const QHash<QString, QString> &targets) { m_targets = targets; }
    /*! Whether the file is a revision file (the default). Other Python files (env.py, a
        helper module) get the parser's diagnostics only: no header rules, no interpreter. */
    void setRevisionFile(bool revisionFile) { m_revisionFile = revisionFile; }
    bool isRevisionFile() const { return m_revisionFile; }
    //! The revision id \a word names, or an empty string.
    QString resolve(const QString &word) const { return m_targets.value(word); }

    /*! Checks \a bytes (the file's bytes as they would be saved) of the file at \a path.
        \a utf8 is the editor's UTF-8 buffer, in which the links are found. */
    RevisionCheck check(const QString &path, const QByteArray &bytes, const QByteArray &utf8) const;

private:
    void findLinks(RevisionCheck &result, const QByteArray &utf8) const;

    Core::Ops::InterpreterContext m_context;
    QHash<QString, QString> m_targets;
    bool m_revisionFile = true;
};

} // namespace Retort::Ui

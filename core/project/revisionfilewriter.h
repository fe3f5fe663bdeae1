// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/project/createdate.h"
#include "core/project/makotemplate.h"
#include "core/project/project.h"
#include "core/project/revisionbody.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Retort::Core {

/*! What to write: the arguments of `alembic revision` / `alembic merge`, plus Retort's body
    templates. */
struct RevisionRequest
{
    //! `-m`; nullopt writes Alembic's "empty message" (and an empty slug).
    std::optional<QString> message;
    /*! `--head` / merge's REVISIONS: what the new revision is based on — ids, unique prefixes,
        branch labels, `heads`, `branch@head`, `base`. Several make a merge. Empty means "head"
        (the single head; Alembic's error when there are several). */
    QStringList parents;
    //! `--splice`: allow a parent that is not a head (a new branch).
    bool splice = false;
    QStringList branchLabels; //!< `--branch-label` (new labels declared by this revision)
    QStringList dependsOn; //!< `--depends-on`: ids, prefixes or branch labels
    QString revisionId; //!< `--rev-id`; empty: a new random id
    QString versionPath; //!< `--version-path`; empty: Alembic's rule (see plan())
    RevisionBodyTemplate body = RevisionBodyTemplate::Empty;
    QString upgradeSql; //!< RawSql only (empty: a placeholder comment)
    QString downgradeSql;
    //! The `create_date`; default: now, in the ini's `timezone`.
    std::optional<CreateDate> createDate;
};

//! A revision file as it will be (plan()) or was (write()) written.
struct PlannedRevision
{
    QString revisionId;
    QStringList downRevisions; //!< resolved parents in Alembic's order; empty for a new base
    QStringList dependsOn; //!< as written: partial ids resolved, branch labels kept
    QStringList branchLabels;
    QString directory; //!< absolute version directory
    QString fileName;
    QString filePath; //!< absolute
    QByteArray content; //!< the file's bytes, in the ini's output_encoding
    CreateDate createDate;
    /*! Problems that did not stop it: "body-template-unused" (script.py.mako has no
        `${upgrades}`), "post-write-hooks-skipped" and "revision-environment-skipped" (Retort
        runs no Python: no formatter hooks, no env.py). */
    DiagnosticList warnings;
};

/*! Writes new revision files the way `alembic revision` and `alembic merge` do
    (ScriptDirectory.generate_revision of Alembic 1.8.1): the project's own `script.py.mako`
    rendered by MakoTemplate with Alembic's variables, the file named by `file_template`, in the
    directory Alembic picks.

    Checks, with Alembic's wording where it has one (all errors are Diagnostic values; nothing
    is written when one occurs):
    - the project is open and its graph is usable ("project-unusable");
    - the id: Alembic's illegal characters, plus characters no file name or literal can hold,
      and an id that already exists ("revision-id", "revision-exists");
    - parents: resolution errors, `Multiple heads are present; please specify the head revision
      on which the new revision should be based, or perform a merge.`, `Duplicate head
      revisions specified`, `Revision X is not a head revision; please specify --splice ...`
      ("revision-parents");
    - depends_on resolution ("revision-depends-on"); branch labels already used by another
      revision (`Branch name 'x' in revision N already used by revision M`) ("branch-label");
    - the directory: `Multiple version locations present, please specify --version-path`,
      `Path P is not represented in current version locations` ("version-path");
    - the template ("template-*"), `file_template` ("file-template"), the timezone
      ("timezone-unknown"), output_encoding ("output-encoding");
    - the rendered file is read back and must declare exactly the revision, parents, labels
      and dependencies requested ("template-header"; Alembic checks only the labels, after
      writing);
    - an existing file is never overwritten ("file-exists").

    A cheap value over a Project snapshot; plan() reads only, write() creates the directory
    (when missing) and the file. Any thread, one call at a time per file system location. */
class RevisionFileWriter
{
public:
    explicit RevisionFileWriter(const Project &project);

    //! Everything write() would do, without touching the file system (the file-name preview).
    Expected<PlannedRevision, Diagnostic> plan(const RevisionRequest &request) const;
    /*! Plans and writes the file (created exclusively: a file that appears meanwhile is not
        overwritten). An I/O error is "file-write"; a partly written file is removed. */
    Expected<PlannedRevision, Diagnostic> write(const RevisionRequest &request) const;
    /*! `alembic merge heads -m MESSAGE`: a revision whose parents are all current heads. Fails
        with "merge-single-head" when there are fewer than two heads (Alembic would write a
        plain revision). */
    Expected<PlannedRevision, Diagnostic> mergeHeads(
        const QString &message, const QString &revisionId = {}) const;

    //! The project's `script.py.mako` as loaded (check isValid() to warn early).
    const MakoTemplate &scriptTemplate() const { return m_template; }
    //! The absolute version locations (the choices for RevisionRequest::versionPath).
    QStringList versionLocations() const;
    //! The heads a new revision can be based on, in Alembic's `heads` order.
    QStringList heads() const;

private:
    struct Resolved;
    std::optional<Diagnostic> planHeader(
        const RevisionRequest &request, PlannedRevision &planned) const;
    std::optional<Diagnostic> planFile(
        const RevisionRequest &request, PlannedRevision &planned) const;
    void addEnvironmentWarnings(PlannedRevision &planned) const;
    std::optional<Diagnostic> resolveParents(const RevisionRequest &request, Resolved &out) const;
    std::optional<Diagnostic> resolveDependencies(
        const RevisionRequest &request, Resolved &out) const;
    std::optional<Diagnostic> checkLabels(
        const RevisionRequest &request, const QString &revisionId) const;
    Expected<QString, Diagnostic> targetDirectory(
        const RevisionRequest &request, const QStringList &parents) const;
    Expected<QByteArray, Diagnostic> render(
        const RevisionRequest &request, PlannedRevision &planned) const;
    std::optional<Diagnostic> verify(
        const RevisionRequest &request, const PlannedRevision &planned) const;

    Project m_project;
    MakoTemplate m_template;
};

} // namespace Retort::Core

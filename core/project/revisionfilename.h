// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"
#include "core/project/createdate.h"

#include <QString>

#include <optional>

namespace Retort::Core {

/*! How Alembic names a new revision file (`ScriptDirectory._rev_path`) and makes its id
    (`util.rev_id`). Pure functions; any thread. */
class RevisionFileName
{
public:
    /*! Alembic's slug: the `\w+` runs of \a message (Unicode letters, digits, underscore) joined
        by "_" and lower-cased; when longer than \a truncateLength code points, cut there, cut
        again at the last "_", and end with "_". */
    static QString slug(const QString &message, int truncateLength);

    /*! The file name for \a fileTemplate (already interpolated, e.g. `%(rev)s_%(slug)s`) with the
        tokens rev, slug, epoch, year, month, day, hour, minute, second, plus ".py". Fails with
        "file-template" (the Python error, e.g. `KeyError: 'foo'`) or when the name would leave
        the version directory (a '/' or '\\', or "." / ".."). */
    static Expected<QString, Diagnostic> fileName(const QString &fileTemplate,
        const QString &revisionId, const QString &slug, const CreateDate &createDate);

    //! A new revision id: the last 12 hex digits of a random (version 4) UUID.
    static QString newRevisionId();

    /*! Alembic's `Script.verify_rev_id` plus what a file name needs: fails for an empty id, for
        '@', '-', '+' (Alembic's text: `Character(s) '-' not allowed in revision identifier
        'a-b'`), and for whitespace, quotes, backslashes or '/'. */
    static std::optional<Diagnostic> checkRevisionId(const QString &revisionId);
};

} // namespace Retort::Core

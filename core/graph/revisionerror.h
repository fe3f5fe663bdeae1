// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! A failed resolution, walk or plan. `message` is the exact text Alembic's CLI prints
    after "FAILED: " (the error already wrapped as ScriptDirectory._catch_revision_errors
    does for the calling command); `detail` is the inner RevisionMap exception text. */
struct RevisionError
{
    enum class Kind {
        Resolution,        //!< ResolutionError: unknown id/branch, not a member, ambiguous prefix
        MultipleHeads,     //!< MultipleHeads
        RangeNotAncestor,  //!< RangeNotAncestorError
        Revision,          //!< any other RevisionError (Ambiguous walk, relative revision, overlaps...)
        UnusableMap,       //!< the map has errors (cycle, missing parent...); `message` is the first
        Internal,          //!< a situation where Alembic fails with an assertion or KeyError
    };
    //! Which command's wrapping applies (the arguments of _catch_revision_errors).
    enum class Context { Default, Upgrade, Downgrade, Stamp, History };

    Kind kind = Kind::Revision;
    QString message;
    QString detail;
    QString argument;     //!< ResolutionError.argument / MultipleHeads.argument
    QStringList heads;    //!< MultipleHeads.heads
    QString lower;        //!< RangeNotAncestorError.lower (as Python would print it)
    QString upper;        //!< RangeNotAncestorError.upper

    static RevisionError resolution(const QString &text, const QString &argument);
    static RevisionError multipleHeads(const QStringList &heads, const QString &argument);
    static RevisionError rangeNotAncestor(const QString &lower, const QString &upper);
    static RevisionError revision(const QString &text);
    static RevisionError internal(const QString &text);
    static RevisionError unusable(const QString &text);

    /*! This error as `context` shows it (sets `message`). `start`/`end` are the
        _catch_revision_errors arguments: the destination for upgrade/downgrade, the
        range ends for history; null means "not given". */
    RevisionError wrapped(Context context, const QString &start = {}, const QString &end = {}) const;

    bool operator==(const RevisionError &other) const = default;
};

} // namespace Retort::Core

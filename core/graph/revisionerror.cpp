// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "core/graph/revisionerror.h"

namespace Retort::Core {

RevisionError RevisionError::resolution(const QString &text, const QString &argument)
{
    RevisionError e;
    e.kind = Kind::Resolution;
    e.message = e.detail = text;
    e.argument = argument;
    return e;
}

RevisionError RevisionError::multipleHeads(const QStringList &heads, const QString &argument)
{
    RevisionError e;
    e.kind = Kind::MultipleHeads;
    e.message = e.detail = QStringLiteral("Multiple heads are present for given argument '%1'; %2")
                               .arg(argument, heads.join(QLatin1String(", ")));
    e.argument = argument;
    e.heads = heads;
    return e;
}

RevisionError RevisionError::rangeNotAncestor(const QString &lower, const QString &upper)
{
    RevisionError e;
    e.kind = Kind::RangeNotAncestor;
    e.lower = lower;
    e.upper = upper;
    e.message = e.detail = QStringLiteral("Revision %1 is not an ancestor of revision %2")
                               .arg(lower.isEmpty() ? QStringLiteral("base") : lower,
                                    upper.isEmpty() ? QStringLiteral("base") : upper);
    return e;
}

RevisionError RevisionError::revision(const QString &text)
{
    RevisionError e;
    e.kind = Kind::Revision;
    e.message = e.detail = text;
    return e;
}

RevisionError RevisionError::internal(const QString &text)
{
    RevisionError e;
    e.kind = Kind::Internal;
    e.message = e.detail = text;
    return e;
}

RevisionError RevisionError::unusable(const QString &text)
{
    RevisionError e;
    e.kind = Kind::UnusableMap;
    e.message = e.detail = text;
    return e;
}

RevisionError RevisionError::wrapped(Context context, const QString &start, const QString &end) const
{
    RevisionError e = *this;
    switch (kind) {
    case Kind::RangeNotAncestor:
        if (context == Context::Upgrade) {
            e.message = QStringLiteral("Destination %1 is not a valid upgrade target from current head(s)").arg(end);
        } else if (context == Context::Downgrade) {
            e.message = QStringLiteral("Destination %1 is not a valid downgrade target from current head(s)").arg(end);
        } else {
            e.message = QStringLiteral("Requested range %1:%2 does not refer to ancestor/descendant revisions "
                                       "along the same branch")
                            .arg(start.isNull() ? lower : start, end.isNull() ? upper : end);
        }
        break;
    case Kind::MultipleHeads:
        if (context == Context::Stamp) {
            e.message = QStringLiteral("Multiple heads are present; please specify a single target revision");
        } else {
            const QString arg = end.isEmpty() ? argument : end;   // `end or mh.argument`
            e.message = QStringLiteral("Multiple head revisions are present for given argument '%1'; please "
                                       "specify a specific target revision, '<branchname>@%1' to narrow to a "
                                       "specific head, or 'heads' for all heads")
                            .arg(arg);
        }
        break;
    case Kind::Resolution:
        e.message = QStringLiteral("Can't locate revision identified by '%1'").arg(argument);
        break;
    case Kind::Revision:
    case Kind::UnusableMap:
    case Kind::Internal:
        e.message = detail;
        break;
    }
    return e;
}

} // namespace Retort::Core

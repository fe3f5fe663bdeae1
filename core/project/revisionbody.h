// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>

namespace Retort::Core {

//! What the new revision's upgrade()/downgrade() start with.
enum class RevisionBodyTemplate {
    Empty, //!< no body variables: the template writes its default (`pass`)
    Operations, //!< a commented op.create_table / op.drop_table skeleton
    RawSql, //!< `op.execute("""...""")` in both directions
};

/*! The bodies handed to `script.py.mako` as `upgrades` / `downgrades`, indented the way
    Alembic's autogenerate indents them (the first line bare, the others by four spaces, for a
    template that writes `    ${upgrades}`). Empty strings for RevisionBodyTemplate::Empty.
    \a sql is the statement text for RawSql (empty: a placeholder comment); it is embedded in a
    triple-quoted Python string with backslashes and `"""` escaped. Pure function. */
struct RevisionBody
{
    QString upgrades;
    QString downgrades;

    static RevisionBody make(RevisionBodyTemplate kind, const QString &upgradeSql = {},
        const QString &downgradeSql = {});
};

} // namespace Retort::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Cli {

class CliSession;

/*! `retort-cli current [-v] [--url URL] [--check-heads] [--version-table T]
    [--version-table-schema S]`: what `alembic current [-v]` prints for the same database —
    the revisions of the version table plus the effective heads they imply, each as
    `cmd_format` shows it, after `Current revision(s) for <url>:` with -v (password shown as
    XXXXX, as Alembic does). The URL comes from --url, $DATABASE_URL, `.env` beside the ini, or
    `sqlalchemy.url` (DatabaseUrlSource). The database is only read: a SQLite file that does not
    exist is not created and counts as empty. Exit codes as Alembic's: 0, or 255 after
    `FAILED: <message>` (unknown revision in the table, unreachable database, bad URL).
    --check-heads (Retort's): exit 1, with a message on stderr, unless the database is at every
    head. Several current revisions print in map order (Alembic's order is that of a Python set). */
int runCurrentCommand(CliSession &session);

} // namespace Retort::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Cli {

class CliSession;

/*! `retort-cli upgrade REV`, `downgrade REV`, `stamp REV... [--purge]` against a database.
    The URL comes from --url, $DATABASE_URL, `.env` beside the ini, or `sqlalchemy.url`
    (DatabaseUrlSource); the version table from env.py / [retort] (Project::contextSettings).
    Plans from the heads the database holds, renders every step (revisions that need Python
    block the run, all of them listed), then — when the plan drops tables or columns — asks on a
    terminal (refuses without one unless --yes), makes a verified backup with --backup, and runs
    the plan with MigrationExecutor (--transaction per-migration|all; per-migration by default),
    writing Alembic's `INFO  [alembic.runtime.migration] Running upgrade a -> b, doc` lines to
    stderr. Ctrl+C cancels: the running statement is interrupted and its step rolled back.
    Exit codes: 0 done; 255 after `FAILED: …` when nothing ran (Alembic's CommandError cases,
    connection errors, refused plans); 1 when a statement failed (the database is left at the
    last completed step, printed); 130 when cancelled. */
int runOnlineCommand(CliSession &session);

} // namespace Retort::Cli

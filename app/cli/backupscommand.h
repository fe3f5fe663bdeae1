// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Cli {

class CliSession;
struct CliOptions;

/*! `retort-cli backups ACTION` (Retort's own verb), on the catalog in
    BackupCatalog::defaultDirectory():
    - `backups list [--json]`: every backup, newest first, with the commands that restore it;
      a backup whose file is gone is marked "file missing".
    - `backups restore ID [--yes]`: puts backup ID (or a unique prefix of it) back into the
      database it was made from (SQLite: the replaced file is kept beside it; PostgreSQL: the
      current state is backed up first; a password comes from PGPASSWORD or ~/.pgpass). Asks
      "[y/N]" when standard input is a terminal, unless --yes; refuses without a terminal and
      without --yes.
    - `backups create [--url URL] [--note TEXT]`: backs up the project's database now (the URL
      as `current` resolves it), verified and cataloged.
    Exit codes: 0, or 255 after `FAILED: <message>` (refused, cancelled, tool errors). */
int runBackupsCommand(CliSession &session);

//! list and restore work without an Alembic project; create needs one (for the URL).
bool backupsCommandNeedsProject(const CliOptions &options);

} // namespace Retort::Cli

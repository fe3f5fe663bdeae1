// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Cli {

class CliSession;

/*! `retort-cli ledger [--limit N] [--url URL] [--json]` (Retort's own verb): the newest N
    (default 20; 0 = all) rows of the database's `retort_ledger` table, newest first, then the
    applied revisions whose files were edited after they were applied (Ledger::checksumMismatches).
    The URL is resolved as for `current`. The database is only read: a database without a
    ledger (or a SQLite file that does not exist) says so and exits 0. Exit codes: 0, or 255
    after `FAILED: <message>`. */
int runLedgerCommand(CliSession &session);

} // namespace Retort::Cli

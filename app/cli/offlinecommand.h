// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Cli {

class CliSession;

/*! `retort-cli upgrade [START:]END --sql`, `downgrade START:END --sql`,
    `stamp [START:]REV… --sql`: the script Alembic 1.8.1 writes offline, on stdout, for the
    dialect of --dialect or `sqlalchemy.url`. Alembic's command-level errors are kept
    (`Range revision not allowed`, `downgrade with --sql requires <fromrev>:<torev>`,
    `Can't use --purge with --sql mode`). Running against a database (no --sql) is not
    available yet and fails with a message saying so. Returns the exit code. */
int runOfflineCommand(CliSession &session);

} // namespace Retort::Cli

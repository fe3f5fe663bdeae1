// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

namespace Retort::Cli {

class CliSession;

/*! `retort-cli plan upgrade|downgrade|stamp TARGET… [--from REV[,REV…]] [--dialect D]`:
    the ordered steps Alembic would run from the given version-table rows (database order;
    none = empty table), each with its version-table statements, and the rows afterwards.
    The dialect (for the statements' SQL) comes from --dialect, else `sqlalchemy.url`,
    else sqlite. Returns the exit code; failures print Alembic's `FAILED:` text. */
int runPlanCommand(CliSession &session);

} // namespace Retort::Cli

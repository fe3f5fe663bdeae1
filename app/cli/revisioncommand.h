// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QTextStream>

namespace Retort::Cli {

class CliSession;
struct CliOptions;

/*! `retort-cli revision [-m MSG] [--head H] [--splice] [--branch-label L] [--depends-on D[,D…]]
    [--rev-id ID] [--version-path P] [--template empty|ops|sql]` and
    `retort-cli merge REVISIONS… [-m MSG] [--branch-label L] [--rev-id ID]`: write a revision
    file with Core::RevisionFileWriter as `alembic revision` / `alembic merge` would, printing
    Alembic's `Generating <path> ...  done` line (or `{"revision": …}` with --json). `--head`
    and `--depends-on` take comma-separated lists (Alembic repeats --depends-on instead).
    Failures print `FAILED: <message>` and return kFailedExitCode. */
int runRevisionCommand(CliSession &session);

/*! `retort-cli init DIRECTORY [--url URL]`: `alembic init` with Core::ProjectInitializer — the
    ini file at -c (default ./alembic.ini), the environment in DIRECTORY (relative to the
    working directory). Needs no project. */
int runInitCommand(const CliOptions &options, QTextStream &out);

} // namespace Retort::Cli

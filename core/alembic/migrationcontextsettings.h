// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"

#include <QString>

namespace Retort::Core {

class AlembicConfig;

/*! The `context.configure(...)` options of env.py that change the SQL Retort writes and runs. */
struct MigrationContextSettings
{
    QString versionTable = QStringLiteral("alembic_version");
    QString versionTableSchema; //!< empty: the connection's default schema
    bool transactionPerMigration = false;

    bool operator==(const MigrationContextSettings &) const = default;
};

/*! Reads the settings statically, without running Python:
    1. every `context.configure(...)` call in `<script_location>/env.py` (at any depth) whose
       `version_table`, `version_table_schema` or `transaction_per_migration` keyword is a
       literal (string, True/False, None) sets that option; when calls disagree the first wins
       and a warning "env-setting" names both places;
    2. keys of the same names in the project's `[retort]` section (alembic.ini or retort.ini,
       see loadRetortIni) override env.py — the way out when env.py computes a value.
    A keyword that is not a literal gives a warning "env-setting" at its line and column that
    says to set it in `[retort]`. A missing or unparsable env.py leaves the defaults (a
    missing one is not reported: Alembic reports it when it runs). Reads files; any thread. */
MigrationContextSettings readMigrationContextSettings(const AlembicConfig &config, DiagnosticList *diags = nullptr);

} // namespace Retort::Core

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""env.py's context.configure() options honoured by `retort-cli ... --sql`, byte for byte.

tests/data/envsettings/migrations/env.py renames the version table (`schema_history`) and
asks for `transaction_per_migration=True`; Retort reads both statically. Compared with the
real alembic 1.8.1 on SQLite and PostgreSQL URLs (offline: no server needed).
usage: test_env_settings.py RETORT_CLI
"""
import os
import shutil
import sys
import tempfile

from test_offline_sql import ROOT, compare, write_inis

QUERIES = [["upgrade", "head", "--sql"], ["downgrade", "head:base", "--sql"],
           ["upgrade", "a1c0ffee0001:head", "--sql"], ["stamp", "head", "--sql"],
           ["downgrade", "head:a1c0ffee0001", "--sql"]]


def main():
    cli = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="retort-envsettings-")
    try:
        project = os.path.join(work, "envsettings")
        shutil.copytree(os.path.join(ROOT, "tests", "data", "envsettings"), project)
        write_inis(project)
        failures = [f for f in (compare(project, d, q, cli) for d in ("sqlite", "postgresql") for q in QUERIES) if f]
        for failure in failures:
            print("MISMATCH " + failure)
        print("env settings: %d passed, %d failed" % (2 * len(QUERIES) - len(failures), len(failures)))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

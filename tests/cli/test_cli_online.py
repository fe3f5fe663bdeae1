#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""retort-cli upgrade/downgrade/stamp against a real SQLite database: exit codes, the failure
report (statement, revision, file:line, where the database is left), transaction modes, the
confirmation for destructive plans without a terminal, the ledger and its checksum warning.
Project: tests/data/executor (e1 create table, e2 add column + index + rows, e3 fails on its
second statement).
usage: test_cli_online.py RETORT_CLI
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def main():
    cli = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="retort-online-")
    try:
        project = os.path.join(work, "executor")
        shutil.copytree(os.path.join(ROOT, "tests", "data", "executor"), project)
        db = os.path.join(work, "shop.db")
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=os.path.join(work, "data"))

        def cli_run(*args):
            p = subprocess.run([cli, "-c", os.path.join(project, "alembic.ini")] + list(args) + ["--url", "sqlite:///" + db],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=120)
            return p.returncode, p.stdout.decode(), p.stderr.decode()

        def heads():
            con = sqlite3.connect(db)
            try:
                return sorted(r[0] for r in con.execute("SELECT version_num FROM alembic_version"))
            finally:
                con.close()

        code, out, err = cli_run("upgrade", "e2e2e2e2e2e2")
        check(code == 0, "upgrade e2: exit %d %s" % (code, err))
        check("Running upgrade  -> e1e1e1e1e1e1, create item" in err, "alembic-style log line missing: " + err)
        check(heads() == ["e2e2e2e2e2e2"], "heads after upgrade e2: %s" % heads())

        code, out, err = cli_run("upgrade", "head")
        check(code == 1, "failing upgrade must exit 1, got %d" % code)
        check("INSERT INTO no_such_table (x) VALUES (1);" in err, "failing statement not shown: " + err)
        check("e3_broken.py:17" in err, "file:line not shown: " + err)
        check("the database is at e2e2e2e2e2e2" in err, "resulting state not shown: " + err)
        check(heads() == ["e2e2e2e2e2e2"], "failed step must be rolled back: %s" % heads())

        code, out, err = cli_run("downgrade", "base")
        check(code == 255 and "pass --yes" in err and "drops table item" in err,
              "destructive plan without a terminal must be refused: %d %s %s" % (code, out, err))
        check(heads() == ["e2e2e2e2e2e2"], "refused plan changed the database")

        code, out, err = cli_run("downgrade", "base", "--yes")
        check(code == 0 and heads() == [], "downgrade base --yes: %d %s" % (code, err))

        code, out, err = cli_run("upgrade", "head", "--transaction", "all")
        check(code == 1 and heads() == [], "whole-plan transaction must undo every step: %s" % heads())
        con = sqlite3.connect(db)
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        con.close()
        check("item" not in tables, "whole-plan rollback left table item: %s" % tables)

        code, out, err = cli_run("upgrade", "head", "--transaction", "sometimes")
        check(code == 255 and "per-migration or all" in out, "bad --transaction: %d %s" % (code, out))

        code, out, err = cli_run("stamp", "e3e3e3e3e3e3")
        check(code == 0 and heads() == ["e3e3e3e3e3e3"], "stamp e3: %d %s" % (code, err))
        code, out, err = cli_run("stamp", "--purge", "e1e1e1e1e1e1")
        check(code == 0 and heads() == ["e1e1e1e1e1e1"], "stamp --purge: %d %s" % (code, err))
        code, out, err = cli_run("stamp", "base")
        check(code == 0 and heads() == [], "stamp base: %d %s" % (code, err))

        code, out, err = cli_run("upgrade", "e2e2e2e2e2e2", "--backup")
        check(code == 0 and "Backup " in err, "upgrade --backup: %d %s" % (code, err))
        code, out, err = cli_run("ledger", "--json")
        check(code == 0 and '"e2e2e2e2e2e2"' in out, "ledger lists the run: %s" % out)

        with open(os.path.join(project, "migrations", "versions", "e2_item_qty.py"), "a") as f:
            f.write("\n# edited after it was applied\n")
        code, out, err = cli_run("upgrade", "e2e2e2e2e2e2")
        check(code == 0 and "e2e2e2e2e2e2" in err and "edited" in err.lower(),
              "an edited applied revision must be reported: %s" % err)

        for failure in failures:
            print("FAIL " + failure)
        print("cli online: %d failure(s)" % len(failures))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

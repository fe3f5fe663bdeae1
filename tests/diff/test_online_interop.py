#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""alembic and retort-cli mixed on one database end where either tool alone ends.

On the bundled bookshop example (branches, a merge, a label, a depends_on, batch ops,
bulk_insert, op.execute), for SQLite and for the loopback PostgreSQL (skipped without
RETORT_TEST_PG):
  A  alembic upgrade heads
  B  alembic upgrade <mid>, then retort-cli upgrade heads
  C  retort-cli upgrade <mid>, then alembic upgrade heads
  D  retort-cli upgrade heads
B, C and D must equal A: schema (retort-schemacompare, alembic_version included) and the
`alembic current` output. Then going down mixed: A' = alembic downgrade <mid> on A, and
retort-cli downgrade <mid> on D, then both back to base, one tool each way.
usage: test_online_interop.py RETORT_CLI RETORT_SCHEMACOMPARE
"""
import os
import shutil
import sys
import tempfile

import alembicrun
from test_schema_equivalence import PostgresBackend, SqliteBackend

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MID = "e5a8b3c6d701"  # the bookshop's branch point


class Interop:
    def __init__(self, cli, compare, work, backend, dialect):
        self.cli, self.compare, self.work, self.backend, self.dialect = cli, compare, work, backend, dialect
        self.project = os.path.join(ROOT, "resources", "examples", "bookshop")
        self.failures = []

    def ini(self, db):
        path = os.path.join(self.work, "%s_%s.ini" % (self.dialect, os.path.basename(db)))
        return alembicrun.write_ini(self.project, path, self.backend.url(db))

    def step(self, tool, db, args):
        ini = self.ini(db)
        if tool == "alembic":
            result = alembicrun.alembic(ini, args)
        else:
            result = alembicrun.retort(self.cli, ini, args + ["--yes"])
        if not result.ok:
            self.failures.append("[%s] %s %s on %s failed: %s" % (self.dialect, tool, " ".join(args), db,
                                                                   result.failed_line()))
        return result.ok

    def same(self, label, a, b):
        # retort_ledger is Retort's own audit table (never in a database alembic alone migrated).
        result = alembicrun.run([self.compare, self.backend.url(a), self.backend.url(b), "--exclude", "retort_ledger"])
        current_a = alembicrun.alembic(self.ini(a), ["current"]).out
        current_b = alembicrun.alembic(self.ini(b), ["current"]).out
        if result.code != 0 or current_a != current_b:
            self.failures.append("[%s] %s: %s differs from %s:\n%s%s" % (
                self.dialect, label, b, a, result.out + result.err,
                "" if current_a == current_b else "current: %r vs %r" % (current_a, current_b)))

    def up(self):
        dbs = {name: self.backend.fresh(name) for name in ("a", "b", "c", "d")}
        self.step("alembic", dbs["a"], ["upgrade", "heads"])
        self.step("alembic", dbs["b"], ["upgrade", MID]) and self.step("retort", dbs["b"], ["upgrade", "heads"])
        self.step("retort", dbs["c"], ["upgrade", MID]) and self.step("alembic", dbs["c"], ["upgrade", "heads"])
        self.step("retort", dbs["d"], ["upgrade", "heads"])
        for name in ("b", "c", "d"):
            self.same("upgrade heads", dbs["a"], dbs[name])
        return dbs

    def down(self, dbs):
        self.step("alembic", dbs["a"], ["downgrade", MID])
        self.step("retort", dbs["d"], ["downgrade", MID])
        self.same("downgrade to the branch point", dbs["a"], dbs["d"])
        self.step("retort", dbs["a"], ["downgrade", "base"])
        self.step("alembic", dbs["d"], ["downgrade", "base"])
        self.same("downgrade to base", dbs["a"], dbs["d"])


def main():
    cli, compare = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    work = tempfile.mkdtemp(prefix="retort-interop-")
    failures, legs = [], 0
    try:
        backends = [("sqlite", SqliteBackend(work))]
        if os.environ.get("RETORT_TEST_PG"):
            backends.append(("postgresql", PostgresBackend("interop%d" % os.getpid())))
        else:
            print("interop: PostgreSQL legs skipped (RETORT_TEST_PG is not set)")
        for dialect, backend in backends:
            interop = Interop(cli, compare, work, backend, dialect)
            interop.down(interop.up())
            failures += interop.failures
            legs += 1
            backend.close(keep=False)
        for failure in failures:
            print("MISMATCH " + failure)
        print("online interop: %d dialect(s), %d failure(s)" % (legs, len(failures)))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

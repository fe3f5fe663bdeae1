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
retort-cli downgrade <mid> on D, then both back to base, one tool each way. Then stamps: each
tool stamps <mid>, then heads, then base on a fresh database, and the version rows must agree
after every stamp.
The same again on a generated project (bench/gen_project.py, 120 revisions: side branches with
labels merged back, depends_on, create_table/create_index bodies), <mid> its 60th revision.
usage: test_online_interop.py RETORT_CLI RETORT_SCHEMACOMPARE
"""
import os
import shutil
import subprocess
import sys
import tempfile

import alembicrun
from test_schema_equivalence import PostgresBackend, SqliteBackend

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MID = "e5a8b3c6d701"  # the bookshop's branch point


class Interop:
    def __init__(self, cli, compare, work, backend, dialect, project, mid):
        self.cli, self.compare, self.work, self.backend, self.dialect = cli, compare, work, backend, dialect
        self.project, self.mid = project, mid
        self.name = os.path.basename(project)
        self.failures = []

    def ini(self, db):
        path = os.path.join(self.work, "%s_%s_%s.ini" % (self.name, self.dialect, os.path.basename(db)))
        return alembicrun.write_ini(self.project, path, self.backend.url(db))

    def step(self, tool, db, args):
        ini = self.ini(db)
        if tool == "alembic":
            result = alembicrun.alembic(ini, args)
        else:
            result = alembicrun.retort(self.cli, ini, args + ["--yes"])
        if not result.ok:
            self.failures.append("[%s %s] %s %s on %s failed: %s" % (self.name, self.dialect, tool, " ".join(args),
                                                                      db, result.failed_line()))
        return result.ok

    def same(self, label, a, b):
        # retort_ledger is Retort's own audit table (never in a database alembic alone migrated).
        result = alembicrun.run([self.compare, self.backend.url(a), self.backend.url(b), "--exclude", "retort_ledger"])
        current_a = alembicrun.alembic(self.ini(a), ["current"]).out
        current_b = alembicrun.alembic(self.ini(b), ["current"]).out
        if result.code != 0 or current_a != current_b:
            self.failures.append("[%s %s] %s: %s differs from %s:\n%s%s" % (
                self.name, self.dialect, label, b, a, result.out + result.err,
                "" if current_a == current_b else "current: %r vs %r" % (current_a, current_b)))

    def up(self):
        dbs = {name: self.backend.fresh(self.name[:8] + name) for name in ("a", "b", "c", "d")}
        self.step("alembic", dbs["a"], ["upgrade", "heads"])
        self.step("alembic", dbs["b"], ["upgrade", self.mid]) and self.step("retort", dbs["b"], ["upgrade", "heads"])
        self.step("retort", dbs["c"], ["upgrade", self.mid]) and self.step("alembic", dbs["c"], ["upgrade", "heads"])
        self.step("retort", dbs["d"], ["upgrade", "heads"])
        for name in ("b", "c", "d"):
            self.same("upgrade heads", dbs["a"], dbs[name])
        return dbs

    def down(self, dbs):
        self.step("alembic", dbs["a"], ["downgrade", self.mid])
        self.step("retort", dbs["d"], ["downgrade", self.mid])
        self.same("downgrade to the branch point", dbs["a"], dbs["d"])
        self.step("retort", dbs["a"], ["downgrade", "base"])
        self.step("alembic", dbs["d"], ["downgrade", "base"])
        self.same("downgrade to base", dbs["a"], dbs["d"])

    def stamps(self):
        dbs = {tool: self.backend.fresh(self.name[:8] + "stamp" + tool[0]) for tool in ("alembic", "retort")}
        for target in ([self.mid], ["heads"], ["base"]):
            for tool, db in dbs.items():
                self.step(tool, db, ["stamp"] + target)
            self.same("stamp " + target[0], dbs["alembic"], dbs["retort"])


def step_logging(cli, work):
    """Whether "Running upgrade" lines appear must follow the ini's logging levels, as alembic's
    do: the standard levels, alembic's logger at WARN, and the alembic logger at NOTSET under a
    root at INFO or at WARN. Returns failure texts."""
    failures = []
    project = os.path.join(ROOT, "resources", "examples", "bookshop")
    cases = {"as written": {}, "alembic WARN": {"logger_alembic": "WARN"},
             "alembic NOTSET, root INFO": {"logger_alembic": "NOTSET", "logger_root": "INFO"},
             "alembic NOTSET, root WARN": {"logger_alembic": "NOTSET"}}
    for name, levels in cases.items():
        printed = {}
        for tool in ("alembic", "retort"):
            db = os.path.join(work, "logging.db")
            if os.path.exists(db):
                os.remove(db)
            ini = alembicrun.write_ini(project, os.path.join(work, "logging.ini"), "sqlite:///" + db)
            with open(ini) as f:
                text = f.read()
            for section, level in levels.items():
                head, _, tail = text.partition("[%s]\nlevel = " % section)
                text = head + "[%s]\nlevel = %s" % (section, level) + tail[tail.index("\n"):]
            with open(ini, "w") as f:
                f.write(text)
            result = alembicrun.alembic(ini, ["upgrade", "+1"]) if tool == "alembic" \
                else alembicrun.retort(cli, ini, ["upgrade", "+1"])
            printed[tool] = "Running upgrade" in result.err
        if printed["alembic"] != printed["retort"]:
            failures.append("[logging %s] alembic %s the step, retort-cli %s" % (
                name, "logs" if printed["alembic"] else "does not log", "does" if printed["retort"] else "does not"))
    return failures


def generated_project(work):
    """bench/gen_project.py's project of 120 revisions in WORK/generated and its 60th revision."""
    project = os.path.join(work, "generated")
    subprocess.check_call([sys.executable, os.path.join(ROOT, "bench", "gen_project.py"), "120", project],
                          stdout=subprocess.DEVNULL)
    history = alembicrun.run([sys.executable, "-m", "alembic", "-c", os.path.join(project, "alembic.ini"),
                              "history"]).out.splitlines()
    # alembic history lists newest first: "<down> -> <rev> (...), step N"
    mid = history[len(history) // 2].split(" -> ")[1].split()[0].rstrip(",")
    return project, mid

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
        projects = [(os.path.join(ROOT, "resources", "examples", "bookshop"), MID), generated_project(work)]
        for dialect, backend in backends:
            for project, mid in projects:
                interop = Interop(cli, compare, work, backend, dialect, project, mid)
                interop.down(interop.up())
                interop.stamps()
                failures += interop.failures
                legs += 1
            backend.close(keep=False)
        failures += step_logging(cli, work)
        for failure in failures:
            print("MISMATCH " + failure)
        print("online interop: %d project/dialect leg(s), %d failure(s)" % (legs, len(failures)))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

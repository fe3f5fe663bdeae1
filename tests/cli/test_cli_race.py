#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Two `retort-cli upgrade heads` processes started together on one database, ROUNDS times
(default 50), on SQLite and on the loopback PostgreSQL (RETORT_TEST_PG).

Every round: one process applies the plan; the other waits for the migration lock and then
finds nothing left to do, or reports the lock; neither reports a failed statement. The end
state is always exactly the heads: the version row, the two data-only steps applied once each
(a counter that would show a second application), the filled table's row count, and one
`succeeded` ledger row per revision.
usage: test_cli_race.py RETORT_CLI [ROUNDS]
"""
import os
import shutil
import sys
import tempfile

from onlinekit import Checks, Project, database_kinds, version_rows

FILL = ("op.execute(\"INSERT INTO filler (i) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
        "WHERE i < 20000) SELECT i FROM n\")")
FILLED_ROWS = 40000  # r2 and r4 each add 20,000


def write_project(project):
    project.write("r1", None, ["op.create_table('counter', sa.Column('n', sa.Integer(), nullable=False))",
                               "op.create_table('filler', sa.Column('i', sa.Integer()))"],
                  ["op.drop_table('filler')", "op.drop_table('counter')"])
    project.write("r2", "r1", [FILL])
    # Data only: run twice, it would leave two rows (the version table's primary key would not stop it).
    project.write("r3", "r2", ["op.execute(\"INSERT INTO counter (n) VALUES (1)\")"])
    project.write("r4", "r3", [FILL, "op.create_index('ix_filler_i', 'filler', ['i'])"])
    project.write("r5", "r4", ["op.execute(\"UPDATE counter SET n = n + 1\")"])


def one_round(project, databases, db, check, stats):
    url = databases.url(db)
    procs = [project.start(url, "upgrade", "heads", "--yes") for _ in range(2)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        # FAILED: lines go to stdout, as alembic's do; the log goes to stderr.
        results.append((p.returncode, out.decode(), out.decode() + err.decode()))
    tag = "[%s %s]" % (databases.dialect, db)
    codes = sorted(r[0] for r in results)
    lines = " | ".join("exit %d: %s" % (r[0], r[2].strip()[-400:]) for r in results)
    if not check(codes[0] == 0, "%s neither process applied the plan: %s" % (tag, lines)):
        return
    loser = results[0] if results[1][2].count("Running upgrade") > results[0][2].count("Running upgrade") else results[1]
    if "moved the database on" in loser[2]:
        stats["overlapped"] += 1
    if loser[0] == 0:
        stats["waited"] += 1
        check(loser[2].count("Running upgrade") == 0,
              "%s the second process ran steps again: %s" % (tag, lines))
    else:
        stats["lock reported"] += 1
        check("Another migration is running" in loser[2], "%s the second process failed otherwise: %s" % (tag, lines))
    check(version_rows(databases, db) == ["r5"], "%s version rows %s" % (tag, version_rows(databases, db)))
    check(databases.query(db, "SELECT n FROM counter") == [(2,)],
          "%s counter %s: a data-only step ran twice or not at all" % (tag, databases.query(db, "SELECT n FROM counter")))
    filled = databases.query(db, "SELECT count(*) FROM filler")[0][0]
    check(filled == FILLED_ROWS, "%s filler holds %d rows, expected %d" % (tag, filled, FILLED_ROWS))
    ledger = databases.query(db, "SELECT revision, count(*) FROM retort_ledger WHERE outcome = 'succeeded' "
                                 "GROUP BY revision ORDER BY revision")
    check(ledger == [("r%d" % i, 1) for i in range(1, 6)], "%s ledger %s" % (tag, ledger))


def main():
    cli = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    work = tempfile.mkdtemp(prefix="retort-race-")
    check = Checks("cli race")
    try:
        project = Project(work, cli)
        write_project(project)
        for databases in database_kinds(work, "race%d" % os.getpid()):
            stats = {"waited": 0, "lock reported": 0, "overlapped": 0}
            for i in range(rounds):
                one_round(project, databases, databases.fresh("round%d" % i), check, stats)
            print("%s: %d rounds; the second process waited and found nothing left to do %d times, reported the "
                  "lock %d times; it had planned before the first one finished %d times"
                  % (databases.dialect, rounds, stats["waited"], stats["lock reported"], stats["overlapped"]))
            # Without overlap this test would prove nothing about racing.
            check(stats["overlapped"] >= rounds // 2, "%s: the processes overlapped in only %d of %d rounds"
                  % (databases.dialect, stats["overlapped"], rounds))
            databases.close()
        return check.report()
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

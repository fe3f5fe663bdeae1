#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""retort-cli runs that go wrong, on SQLite and on the loopback PostgreSQL (RETORT_TEST_PG):

- a failing statement in step 3 of 4: the database ends exactly at step 2, the version row and
  the ledger say so;
- the applying process killed with SIGKILL in the middle of a step: the database is consistent
  (the step is not there at all), and the next run is not blocked by the dead run's lock;
- PostgreSQL: the server terminates the backend mid-run: a clear error naming the step and
  where the database is, nothing of the step left;
- bad input, each a clear message and nothing written: malformed URLs, a wrong password, an
  unreachable host, a read-only SQLite file, a version table holding an unknown revision.
usage: test_cli_faults.py RETORT_CLI
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from onlinekit import Checks, Project, database_kinds, version_rows

check = Checks("cli faults")

# A statement that runs for a long while on each dialect (the test kills or terminates it).
SLOW_STEP = [
    "op.create_table('b', sa.Column('id', sa.Integer()))",
    "if op.get_context().dialect.name == 'postgresql':",
    "    op.execute('SELECT pg_sleep(60)')",
    "else:",
    "    op.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
    "SELECT count(*) FROM n')",
]


def slow_project(work, cli):
    project = Project(os.path.join(work, "slow"), cli)
    project.write("k1", None, ["op.create_table('a', sa.Column('id', sa.Integer()))"], ["op.drop_table('a')"])
    project.write("k2", "k1", SLOW_STEP, ["op.drop_table('b')"])
    project.write("k3", "k2", ["op.create_table('c', sa.Column('id', sa.Integer()))"], ["op.drop_table('c')"])
    return project


def failing_project(work, cli):
    project = Project(os.path.join(work, "failing"), cli)
    project.write("f1", None, ["op.create_table('t', sa.Column('x', sa.Integer()))"], ["op.drop_table('t')"])
    project.write("f2", "f1", ["op.execute('INSERT INTO t (x) VALUES (2)')"], ["op.execute('DELETE FROM t')"])
    project.write("f3", "f2", ["op.execute('INSERT INTO t (x) VALUES (3)')",
                               "op.execute('INSERT INTO no_such_table (x) VALUES (1)')"])
    project.write("f4", "f3", ["op.create_table('u', sa.Column('x', sa.Integer()))"])
    return project


def ledger(databases, db):
    return databases.query(db, "SELECT revision, outcome FROM retort_ledger ORDER BY id")


def wait_for_step(proc, marker, tag, timeout=60):
    """Reads proc's stderr until a line holds MARKER; returns what was read."""
    seen = []
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = proc.stderr.readline().decode()
        if not line:
            break
        seen.append(line)
        if marker in line:
            return "".join(seen)
    check(False, "%s never started %r: %s" % (tag, marker, "".join(seen)))
    return None


def test_failing_statement(project, databases):
    db = databases.fresh("failing")
    tag = "[%s failing step]" % databases.dialect
    code, out, err = project.run(databases.url(db), "upgrade", "heads")
    check(code == 1, "%s exit %d, expected 1: %s%s" % (tag, code, out, err))
    check("f3.py:17" in err and "no_such_table" in err and "the database is at f2" in err,
          "%s the report must name the statement, f3.py:17 and the heads left: %s" % (tag, err))
    check(version_rows(databases, db) == ["f2"], "%s version rows %s" % (tag, version_rows(databases, db)))
    check(databases.query(db, "SELECT x FROM t") == [(2,)],
          "%s step 3's first statement must be rolled back: %s" % (tag, databases.query(db, "SELECT x FROM t")))
    check(ledger(databases, db) == [("f1", "succeeded"), ("f2", "succeeded"), ("f3", "failed")],
          "%s ledger %s" % (tag, ledger(databases, db)))
    check("u" not in databases.tables(db), "%s step 4 ran" % tag)


def test_killed_mid_step(project, databases):
    db = databases.fresh("killed")
    tag = "[%s SIGKILL]" % databases.dialect
    proc = project.start(databases.url(db), "upgrade", "heads")
    if wait_for_step(proc, "k1 -> k2", tag):
        time.sleep(1.0)  # well inside the slow statement
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    check(proc.returncode == -signal.SIGKILL, "%s the process ended with %s before the kill" % (tag, proc.returncode))
    check(version_rows(databases, db) == ["k1"], "%s version rows %s" % (tag, version_rows(databases, db)))
    tables = databases.tables(db)
    check("a" in tables and "b" not in tables and "c" not in tables, "%s tables after the kill: %s" % (tag, tables))
    check(ledger(databases, db) == [("k1", "succeeded")], "%s ledger %s" % (tag, ledger(databases, db)))
    if databases.dialect == "sqlite":
        check(databases.query(db, "PRAGMA integrity_check") == [("ok",)], "%s integrity_check failed" % tag)
    # The dead run's lock (a lock file; a PostgreSQL backend) must not block the next run.
    started = time.time()
    code, out, err = project.run(databases.url(db), "downgrade", "base", "--yes")
    check(code == 0 and version_rows(databases, db) == [],
          "%s the next run after the kill: exit %d after %.1f s: %s%s" % (tag, code, time.time() - started, out, err))


def test_backend_terminated(project, databases):
    db = databases.fresh("terminated")
    tag = "[postgresql backend terminated]"
    proc = project.start(databases.url(db), "upgrade", "heads")
    if wait_for_step(proc, "k1 -> k2", tag):
        time.sleep(0.5)
        killed = databases.query("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                             "WHERE datname = '%s' AND application_name = 'retort'" % db)
        check(killed == [(True,)], "%s terminated %s" % (tag, killed))
    out, err = proc.communicate(timeout=60)
    text = out.decode() + err.decode()
    check(proc.returncode == 1, "%s exit %d, expected 1: %s" % (tag, proc.returncode, text))
    check("terminating connection due to administrator command" in text or "server closed the connection" in text,
          "%s the driver's reason is missing: %s" % (tag, text))
    check("Step 2 (k2) failed" in text and "the database is at k1" in text,
          "%s the report must name the step and the heads left: %s" % (tag, text))
    check(version_rows(databases, db) == ["k1"], "%s version rows %s" % (tag, version_rows(databases, db)))
    check("b" not in databases.tables(db), "%s table b survived the terminated step" % tag)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def refused(project, url, expected, tag, *args):
    """Runs upgrade heads on URL: exit 255 and a FAILED: line holding every EXPECTED text."""
    code, out, err = project.run(url, *(args or ("upgrade", "heads")), timeout=60)
    check(code == 255 and out.startswith("FAILED: ") and all(e in out for e in expected),
          "%s exit %d, expected 255 and FAILED: with %s: %s%s" % (tag, code, expected, out, err))
    return out + err


def test_bad_urls(project, work):
    for url, expected in [
        ("postgresql://scott@localhost:notaport/shop", ["'notaport' is not a valid port number"]),
        ("mysql://scott@localhost/shop", ["mysql", "sqlite", "postgresql"]),
        ("sqlite:///file:shop.db?mode=ro&uri=true", ["uri=true"]),
    ]:
        refused(project, url, expected, "[malformed URL %s]" % url)
    check(not [f for f in os.listdir(work) if "shop" in f], "a malformed URL created a file in %s" % work)


def test_unreachable(project):
    started = time.time()
    refused(project, "postgresql://postgres@127.0.0.1:1/shop", ["Can't connect to", "Connection refused"],
            "[unreachable port]")
    refused(project, "postgresql://postgres@no-such-host.invalid/shop", ["Can't connect to", "no-such-host.invalid"],
            "[unknown host]")
    check(time.time() - started < 30, "unreachable hosts took %.0f s to report" % (time.time() - started))


def test_wrong_password(project, databases):
    tag = "[wrong password]"
    db = databases.fresh("password")
    url = "postgresql://retort_pw:%s@" + "%s:%s/%s" % (databases.host, databases.port, db)
    text = refused(project, url % "wrong-password", ["password authentication failed", "retort_pw:***@"], tag)
    check("wrong-password" not in text, "%s the password was printed: %s" % (tag, text))
    check(databases.tables(db) == [], "%s something was written: %s" % (tag, databases.tables(db)))
    # The same role gets in with its password: the refusal was the password's doing.
    code, out, err = project.run(url % "right-password", "current")
    check(code == 0, "%s right password: exit %d %s%s" % (tag, code, out, err))


def as_other_user():
    """argv prefix that runs a command as an unprivileged user when we are root (root writes
    read-only files regardless of their mode)."""
    return ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []


def test_read_only_sqlite(project, work):
    tag = "[read-only SQLite]"
    folder = os.path.join(work, "readonly")
    os.makedirs(folder)
    db = os.path.join(folder, "shop.db")
    code, out, err = project.run("sqlite:///" + db, "upgrade", "f1")
    check(code == 0, "%s setup: %s%s" % (tag, out, err))
    os.chmod(db, 0o444)
    for path in (work, folder, project.root, os.path.dirname(project.root)):
        os.chmod(path, 0o777 if path == folder else 0o755)  # the lock file may be made; the database not written
    before = sha256(db)
    proc = subprocess.run(as_other_user() + project.argv("sqlite:///" + db, "upgrade", "f2"), env=project.env,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    text = proc.stdout + proc.stderr
    check(proc.returncode == 255 and "FAILED: The database file %s is read-only" % db in text
          and "nothing was run" in text, "%s exit %d: %s" % (tag, proc.returncode, text))
    check(sha256(db) == before, "%s the file changed" % tag)
    check(sorted(os.listdir(folder)) == ["shop.db"], "%s left behind: %s" % (tag, os.listdir(folder)))


def test_unknown_revision(project, databases):
    tag = "[%s unknown revision]" % databases.dialect
    db = databases.fresh("unknown")
    code, out, err = project.run(databases.url(db), "stamp", "f1")
    check(code == 0, "%s setup: %s%s" % (tag, out, err))
    databases.query(db, "UPDATE alembic_version SET version_num = 'zzzzzzzz' RETURNING version_num")
    before = sha256(db) if databases.dialect == "sqlite" else databases.tables(db)
    refused(project, databases.url(db), ["Can't locate revision identified by 'zzzzzzzz'"], tag)
    after = sha256(db) if databases.dialect == "sqlite" else databases.tables(db)
    check(before == after and version_rows(databases, db) == ["zzzzzzzz"], "%s something was written" % tag)


def main():
    cli = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="retort-faults-")
    try:
        slow, failing = slow_project(work, cli), failing_project(work, cli)
        test_bad_urls(failing, work)
        test_unreachable(failing)
        test_read_only_sqlite(failing, work)
        for databases in database_kinds(work, "faults%d" % os.getpid()):
            test_failing_statement(failing, databases)
            test_unknown_revision(failing, databases)
            test_killed_mid_step(slow, databases)
            if databases.dialect == "postgresql":
                test_backend_terminated(slow, databases)
                test_wrong_password(failing, databases)
            databases.close()
        return check.report()
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""`retort-cli upgrade/downgrade/stamp --sql` against the real alembic 1.8.1, byte for byte.

Projects: a linear 10-revision project from bench/gen_project.py (create_table, create_index,
drop_index, drop_table bodies) and the bundled bookshop example (branches, a merge, a label, a
depends_on, batch ops, bulk_insert, op.execute, CHECK constraints). Both on SQLite and
PostgreSQL URLs (offline: no server). SQLite batch migrations cannot be written offline by
alembic without copy_from; Retort writes their "move and copy" from the tables the earlier
revisions create, so there the scripts must succeed and apply cleanly with sqlite3: the whole
upgrade, the same upgrade in two runs (the second starting mid-history), and the downgrade.
usage: test_offline_sql.py RETORT_CLI
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
URLS = {"sqlite": "sqlite:///offline.db", "postgresql": "postgresql://scott:tiger@localhost/test"}


def run(argv, cwd):
    proc = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


def write_inis(project):
    with open(os.path.join(project, "alembic.ini")) as f:
        text = f.read()
    for dialect, url in URLS.items():
        lines = [("sqlalchemy.url = " + url) if l.startswith("sqlalchemy.url") else l for l in text.splitlines()]
        with open(os.path.join(project, dialect + ".ini"), "w") as f:
            f.write("\n".join(lines) + "\n")


def history_ids(project):
    _, out = run(["alembic", "history"], project)
    return [line.split(" -> ")[1].split(" ")[0].rstrip(",") for line in out.splitlines() if " -> " in line]


def compare(project, dialect, query, cli):
    ini = dialect + ".ini"
    expected = run(["alembic", "-c", ini] + query, project)
    actual = run([cli, "-c", ini] + query, project)
    if expected == actual:
        return None
    if expected[0] == 255 and actual[0] == 255:
        # On failure alembic may already have printed part of the script (its env.py opens
        # the transaction first); Retort prints nothing partial. Compare the FAILED line.
        failed = [l for l in expected[1].splitlines() if l.startswith("FAILED: ")]
        if failed and actual[1].splitlines() == failed:
            return None
    return "%s [%s] %s\n--- alembic (exit %d)\n%s\n--- retort-cli (exit %d)\n%s" % (
        os.path.basename(project), dialect, " ".join(query), expected[0], expected[1][-1500:],
        actual[0], actual[1][-1500:])


def linear_cases(project):
    ids = history_ids(project)
    mid = ids[len(ids) // 2]
    queries = [["upgrade", "heads", "--sql"], ["downgrade", "heads:base", "--sql"],
               ["upgrade", "%s:heads" % mid, "--sql"], ["downgrade", "heads:%s" % mid, "--sql"],
               ["stamp", "heads", "--sql"], ["stamp", "%s:heads" % mid, "--sql"],
               ["upgrade", "%s:+2" % mid[:6], "--sql"], ["upgrade", "%s:heads" % mid],
               ["downgrade", "base", "--sql"], ["stamp", "--purge", "heads", "--sql"]]
    return [(d, q) for d in URLS for q in queries]


def sqlite_script(project, cli, query):
    code, out = run([cli, "-c", "sqlite.ini"] + query + ["--sql"], project)
    if code != 0:
        raise RuntimeError("%s: exit %d:\n%s" % (" ".join(query), code, out[-1500:]))
    return out


def apply_scripts(path, scripts):
    """Runs each script on the SQLite file at path; returns its schema (name, sql), sorted."""
    db = sqlite3.connect(path)
    try:
        for script in scripts:
            db.executescript(script)
        return sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        db.close()


def sqlite_batch_checks(project, cli, work):
    """(name, failure or None) for the SQLite scripts of the bookshop, which recreate tables."""
    mid = "7d1a4b9e6c30"
    checks = []
    try:
        full = sqlite_script(project, cli, ["upgrade", "heads"])
        first = sqlite_script(project, cli, ["upgrade", mid])
        rest = sqlite_script(project, cli, ["upgrade", "%s:heads" % mid])
        down = sqlite_script(project, cli, ["downgrade", "heads:base"])
    except RuntimeError as e:
        return [("scripts", str(e))]
    if "CREATE TABLE _alembic_tmp_book" not in full or "INSERT INTO _alembic_tmp_book" not in full:
        checks.append(("move and copy", "no recreate of book in the script"))
    try:
        whole = apply_scripts(os.path.join(work, "whole.db"), [full])
        split = apply_scripts(os.path.join(work, "split.db"), [first, rest])
        checks.append(("upgrade", None if whole else "no tables after the upgrade"))
        checks.append(("upgrade in two runs", None if split == whole else "schemas differ:\n%s\n%s" % (whole, split)))
        gone = apply_scripts(os.path.join(work, "whole.db"), [down])
        checks.append(("downgrade", None if not gone else "left %s" % [n for n, _ in gone]))
    except sqlite3.Error as e:
        checks.append(("apply", "sqlite3: %s" % e))
    return checks


def main():
    cli = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="retort-offline-")
    failures, total = [], 0
    try:
        linear = os.path.join(work, "linear")
        subprocess.check_call(["/usr/bin/python3", os.path.join(ROOT, "bench", "gen_project.py"), "10", linear])
        bookshop = os.path.join(work, "bookshop")
        shutil.copytree(os.path.join(ROOT, "resources", "examples", "bookshop"), bookshop)
        for project in (linear, bookshop):
            write_inis(project)
        cases = [(linear, d, q) for d, q in linear_cases(linear)]
        cases += [(bookshop, "postgresql", ["upgrade", "heads", "--sql"]),
                  (bookshop, "postgresql", ["downgrade", "heads:base", "--sql"]),
                  (bookshop, "postgresql", ["upgrade", "e5a8b3c6d701:heads", "--sql"])]
        for project, dialect, query in cases:
            total += 1
            failure = compare(project, dialect, query, cli)
            if failure:
                failures.append(failure)
        # Alembic cannot write SQLite batch mode offline; Retort can, from the revisions before.
        for name, failure in sqlite_batch_checks(bookshop, cli, work):
            total += 1
            if failure:
                failures.append("bookshop [sqlite] %s: %s" % (name, failure))
        for failure in failures[:10]:
            print("MISMATCH " + failure)
        print("offline sql: %d passed, %d failed" % (total - len(failures), len(failures)))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

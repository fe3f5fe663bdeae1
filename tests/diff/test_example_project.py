#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Acceptance test of the bundled bookshop example against the real Alembic CLI.

Copies resources/examples/bookshop to a temporary directory and drives the
real `alembic` (1.8.1 on Debian) from another working directory: heads,
branches, history, upgrade heads on a scratch SQLite file, downgrade to a
checkpoint and back, downgrade base, upgrade heads again. Every schema
snapshot is taken with sqlite3.

Usage: test_example_project.py [--project DIR] [--alembic PATH]
Exit status 0 on success, 1 with a "FAIL: ..." message otherwise, 77 (skip)
when no alembic executable is installed.
"""
import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PROJECT = os.path.normpath(os.path.join(HERE, "..", "..", "resources", "examples", "bookshop"))

HEAD = "2b6f8d0a3e17"
BRANCH_POINT = "e5a8b3c6d701"
MERGE = "5c8e2a7f1b94"
MERGE_PARENTS = ("9e3b7a1f4c58", "f0c63e8b5d29")
MEDIA_ROOT = "a27f5d3e0b6c"
DEPENDENT = "f0c63e8b5d29"
DEPENDENCY = "1d9f4e2b7c35"
ALL_TABLES = {"alembic_version", "author", "book", "member", "loan", "book_cover"}


class Failure(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failure(message)


class Runner:
    """Runs `alembic -c <ini> ...` from a directory that is not the project."""

    def __init__(self, alembic, ini, cwd, db_url):
        self.alembic = alembic
        self.ini = ini
        self.cwd = cwd
        self.env = dict(os.environ)
        self.env["DATABASE_URL"] = db_url
        self.env.pop("ALEMBIC_CONFIG", None)
        self.env.pop("PYTHONPATH", None)

    def __call__(self, *args):
        cmd = [self.alembic, "-c", self.ini, *args]
        proc = subprocess.run(cmd, cwd=self.cwd, env=self.env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise Failure("`%s` exited with %d\nstdout:\n%s\nstderr:\n%s"
                          % (" ".join(args), proc.returncode, proc.stdout, proc.stderr))
        return proc.stdout, proc.stderr


def running_lines(stderr):
    """The 'Running upgrade/downgrade X -> Y' log lines, in order."""
    return [m.group(1) for m in re.finditer(r"Running ((?:upgrade|downgrade) [^\n]*)", stderr)]


def schema_snapshot(db_path):
    """A structural description of every user table: columns, indexes, FKs, named constraints."""
    con = sqlite3.connect(db_path)
    try:
        snap = {}
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
        for name, sql in rows:
            cols = sorted(tuple(r[1:]) for r in con.execute("PRAGMA table_info(\"%s\")" % name))
            indexes = []
            for idx in con.execute("PRAGMA index_list(\"%s\")" % name).fetchall():
                idx_cols = [r[2] for r in con.execute("PRAGMA index_info(\"%s\")" % idx[1])]
                auto = idx[1].startswith("sqlite_autoindex")
                indexes.append(("<auto>" if auto else idx[1], idx[2], tuple(idx_cols)))
            fks = sorted(tuple(r[2:]) for r in con.execute("PRAGMA foreign_key_list(\"%s\")" % name))
            constraints = sorted(re.findall(r"CONSTRAINT (\w+)", sql or ""))
            snap[name] = {"columns": cols, "indexes": sorted(indexes), "fks": fks,
                          "constraints": constraints}
        return snap
    finally:
        con.close()


def query(db_path, sql):
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def version_rows(db_path):
    return sorted(r[0] for r in query(db_path, "SELECT version_num FROM alembic_version"))


def check_layout(project):
    for rel in ("alembic.ini", "migrations/env.py", "migrations/script.py.mako",
                "migrations/README", "migrations/versions"):
        check(os.path.exists(os.path.join(project, rel)), "missing %s in %s" % (rel, project))
    files = sorted(f for f in os.listdir(os.path.join(project, "migrations", "versions"))
                   if f.endswith(".py"))
    check(12 <= len(files) <= 14, "expected 12-14 revision files, found %d" % len(files))
    for f in files:
        check(re.fullmatch(r"[0-9a-f]{12}_[a-z0-9_]+\.py", f), "bad revision file name %r" % f)
        with open(os.path.join(project, "migrations", "versions", f), encoding="utf-8") as fh:
            text = fh.read()
        rev = f[:12]
        check("revision = '%s'" % rev in text, "%s does not declare revision = '%s'" % (f, rev))
        check(re.search(r"^Create Date: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$", text, re.M),
              "%s has no Create Date line" % f)
        for var in ("down_revision", "branch_labels", "depends_on"):
            check(re.search(r"^%s = " % var, text, re.M), "%s lacks %s" % (f, var))
        check("NotImplementedError" not in text, "%s: every downgrade must really undo" % f)
    return len(files)


def check_graph(run, n_files):
    out, _ = run("heads")
    heads = [line.split()[0] for line in out.splitlines() if line.strip()]
    check(heads == [HEAD], "alembic heads: expected [%s], got %r" % (HEAD, out))
    check("(media)" in out, "the head should carry the 'media' label: %r" % out)
    out, _ = run("heads", "--resolve-dependencies")
    check([line.split()[0] for line in out.splitlines() if line.strip()] == [HEAD],
          "heads --resolve-dependencies: %r" % out)

    out, _ = run("branches")
    check(out.startswith(BRANCH_POINT), "alembic branches should start at %s: %r" % (BRANCH_POINT, out))
    children = sorted(re.findall(r"-> ([0-9a-f]{12})", out))
    check(children == sorted([DEPENDENCY, MEDIA_ROOT]), "branch point children: %r" % out)

    out, _ = run("history")
    lines = [line for line in out.splitlines() if line.strip()]
    check(len(lines) == n_files, "history has %d lines for %d files" % (len(lines), n_files))
    check(lines[0].startswith("%s -> %s (media) (head)" % ("7d1a4b9e6c30", HEAD)),
          "history first line: %r" % lines[0])
    check(lines[-1].startswith("<base> -> 3f2a9c1d8e04"), "history last line: %r" % lines[-1])
    merge_line = "%s, %s -> %s (media) (mergepoint)" % (MERGE_PARENTS + (MERGE,))
    check(any(line.startswith(merge_line) for line in lines), "no merge line %r in history" % merge_line)
    check(any(line.startswith("%s -> %s (branchpoint)" % ("c41d0e9f7b22", BRANCH_POINT)) for line in lines),
          "no branch point line in history")
    dep_line = "b8d14c9a2e71 (%s) -> %s (media)" % (DEPENDENCY, DEPENDENT)
    check(any(line.startswith(dep_line) for line in lines), "no depends_on line %r in history" % dep_line)

    out, _ = run("show", MEDIA_ROOT)
    check(re.search(r"^Branch names: media$", out, re.M), "show %s: no branch label\n%s" % (MEDIA_ROOT, out))
    return parse_history(lines)


def check_full_schema(db):
    tables = {r[0] for r in query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    check(tables == ALL_TABLES, "after upgrade heads: tables %r, expected %r" % (sorted(tables), sorted(ALL_TABLES)))
    check(version_rows(db) == [HEAD], "alembic_version after upgrade heads: %r" % version_rows(db))
    book_cols = {r[1] for r in query(db, "PRAGMA table_info(book)")}
    check({"first_published", "genre"} <= book_cols and "published_year" not in book_cols,
          "book columns after upgrade: %r" % sorted(book_cols))
    check(query(db, "SELECT count(*) FROM book")[0][0] == 4, "the seed should leave 4 books")
    check(query(db, "SELECT count(*) FROM author")[0][0] == 3, "the seed should leave 3 authors")
    cover_cols = {r[1] for r in query(db, "PRAGMA table_info(book_cover)")}
    check({"sha256", "requested_by_id"} <= cover_cols, "book_cover columns: %r" % sorted(cover_cols))
    fks = {r[2] for r in query(db, "PRAGMA foreign_key_list(book_cover)")}
    check(fks == {"book", "member"}, "book_cover foreign keys: %r" % sorted(fks))
    con = sqlite3.connect(db)
    try:
        con.execute("INSERT INTO member (name, email) VALUES ('Ann', 'ann@example.org')")
        row = con.execute("SELECT status, loan_limit FROM member WHERE email = 'ann@example.org'").fetchone()
        check(row == ("active", 3), "server defaults of member: %r" % (row,))
        try:
            con.execute("UPDATE member SET loan_limit = 99")
            raise Failure("CHECK ck_member_loan_limit did not reject loan_limit = 99")
        except sqlite3.IntegrityError:
            pass
        con.rollback()
    finally:
        con.close()


def parse_history(lines):
    """[(revision, [structural parents], [dependencies])] from `alembic history` lines, newest first."""
    result = []
    for line in lines:
        m = re.match(r"^(.*?) -> ([0-9a-f]{12})", line)
        check(m, "unparsable history line %r" % line)
        deps = [d for group in re.findall(r" \(([^)]*)\)", m.group(1)) for d in group.split(", ")]
        left = re.sub(r" \([^)]*\)", "", m.group(1))
        parents = [] if left == "<base>" else left.split(", ")
        result.append((m.group(2), parents, deps))
    return result


def schema_difference(a, b):
    """The tables whose snapshots differ, as a short printable text."""
    lines = []
    for table in sorted(set(a) | set(b)):
        if a.get(table) != b.get(table):
            lines.append("  %s:\n    expected %r\n    actual   %r" % (table, a.get(table), b.get(table)))
    return "\n".join(lines)


def check_each_downgrade(make_runner, history):
    """Every revision's downgrade exactly undoes its upgrade, on a fresh database each.

    The database is brought to the revision's parents (so only its ancestors,
    dependencies included, are applied), then: upgrade R, downgrade back to
    the first parent (or base), and upgrade R again.
    """
    for index, (rev, parents, deps) in enumerate(reversed(history)):
        run, db = make_runner("step%02d.db" % index)
        run("stamp", "base")
        for needed in parents + deps:
            run("upgrade", needed)
        before, rows_before = schema_snapshot(db), version_rows(db)
        _, err = run("upgrade", rev)
        check(len(running_lines(err)) == 1, "upgrade %s from its parents ran %r" % (rev, running_lines(err)))
        after = schema_snapshot(db)
        check(version_rows(db) == [rev], "rows after upgrade %s: %r" % (rev, version_rows(db)))
        _, err = run("downgrade", parents[0] if parents else "base")
        check(len(running_lines(err)) == 1, "undoing %s ran %r" % (rev, running_lines(err)))
        check(version_rows(db) == rows_before, "rows after undoing %s: %r, expected %r"
              % (rev, version_rows(db), rows_before))
        check(schema_snapshot(db) == before, "downgrade of %s does not restore the schema:\n%s"
              % (rev, schema_difference(before, schema_snapshot(db))))
        run("upgrade", rev)
        check(schema_snapshot(db) == after, "upgrade %s after its downgrade gives another schema:\n%s"
              % (rev, schema_difference(after, schema_snapshot(db))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--project", default=DEFAULT_PROJECT)
    ap.add_argument("--alembic", default=shutil.which("alembic") or "/usr/bin/alembic")
    args = ap.parse_args()
    if not (args.alembic and os.access(args.alembic, os.X_OK)):
        print("SKIP: example_project_alembic: no `alembic` executable (apt-get install alembic)")
        return 77

    with tempfile.TemporaryDirectory(prefix="retort-bookshop-") as tmp:
        project = os.path.join(tmp, "bookshop")
        shutil.copytree(args.project, project, ignore=shutil.ignore_patterns("*.db", "__pycache__"))
        elsewhere = os.path.join(tmp, "cwd")
        os.mkdir(elsewhere)
        ini = os.path.join(project, "alembic.ini")

        def make_runner(db_name):
            db_path = os.path.join(tmp, db_name)
            return Runner(args.alembic, ini, elsewhere, "sqlite:///" + db_path), db_path

        run, db = make_runner("scratch.db")
        try:
            n_files = check_layout(project)
            history = check_graph(run, n_files)

            _, err = run("upgrade", "heads")
            steps = running_lines(err)
            check(len(steps) == n_files, "upgrade heads ran %d steps, expected %d" % (len(steps), n_files))
            check(steps[-1].startswith("upgrade 7d1a4b9e6c30 -> " + HEAD), "last step %r" % steps[-1])
            check_full_schema(db)
            first = schema_snapshot(db)

            _, err = run("downgrade", "base")
            check(len(running_lines(err)) == n_files, "downgrade base ran %d steps" % len(running_lines(err)))
            tables = {r[0] for r in query(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}
            check(tables == {"alembic_version"}, "after downgrade base: tables %r" % sorted(tables))
            check(version_rows(db) == [], "after downgrade base: rows %r" % version_rows(db))

            _, err = run("upgrade", "heads")
            check(len(running_lines(err)) == n_files, "second upgrade heads ran %d steps" % len(running_lines(err)))
            check_full_schema(db)
            check(schema_snapshot(db) == first, "the schema after the second upgrade differs from the first:\n%s"
                  % schema_difference(first, schema_snapshot(db)))
            _, err = run("downgrade", MERGE_PARENTS[0])
            check(version_rows(db) == sorted(MERGE_PARENTS), "rows after unmerge: %r" % version_rows(db))

            check_each_downgrade(make_runner, history)
            check(not os.path.exists(os.path.join(project, "bookshop.db")),
                  "DATABASE_URL was ignored: bookshop.db was created in the project")
        except Failure as exc:
            print("FAIL: example_project_alembic: %s" % exc, file=sys.stderr)
            return 1
    print("example_project_alembic: OK (%d revisions; heads, branches, history, upgrade/downgrade round trips)"
          % n_files)
    return 0


if __name__ == "__main__":
    sys.exit(main())

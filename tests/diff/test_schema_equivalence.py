#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Schema equivalence of Retort's offline SQL and the real Alembic 1.8.1, on the corpus of
migration projects in tests/data/corpus/.

For every linear corpus project and for sqlite and postgresql:
  offline-upgrade    `upgrade base:heads --sql`: alembic's script and retort-cli's, byte for byte
  offline-downgrade  `downgrade heads:base --sql`, the same
                     (where alembic cannot write a script offline but runs the migration online,
                     these two are SKIPped and say so)
  schema             alembic's offline script (or, where alembic cannot write one, `alembic upgrade
                     heads` ONLINE) applied to a fresh database A, Retort's script to a fresh
                     database B: retort-schemacompare A B must find no difference (version table
                     rows included)
  corpus-downgrade   alembic's downgrade applied to A leaves an empty database (checks the corpus:
                     every downgrade() undoes its upgrade())
  downgrade-empty    Retort's upgrade then downgrade on a fresh database C leaves it empty
  roundtrip          ... and Retort's upgrade once more gives exactly B's schema
  refused            (projects in REFUSED_PROJECTS only) alembic refuses the migration, online too,
                     and so does retort-cli; nothing else is checked
For corpus/needs_python/ every `# expect-needs-python: LINE:COL` comment names where retort-cli's
needs-python diagnostic must point, for the function (upgrade or downgrade) that holds that line;
the revisions themselves must run with alembic online.

SQLite databases are files filled with python's sqlite3 executescript; PostgreSQL databases are
created fresh on the server of PGHOST/PGPORT/PGUSER and filled with `psql -v ON_ERROR_STOP=1`.
The PostgreSQL legs are skipped (and say so) only when RETORT_TEST_PG is unset.

Known Retort bugs are listed in EXPECTED_FAILURES (the one list); a listed check that passes is
reported as XPASS and fails the run, so the list stays true.

usage: test_schema_equivalence.py --cli RETORT_CLI --schemacompare RETORT_SCHEMACOMPARE
           [--project NAME]... [--dialect sqlite|postgresql]... [--work-dir DIR] [--keep]
exit: 0 all as expected, 1 unexpected results, 77 alembic is not installed
"""
import argparse
import ast
import os
import re
import shutil
import sqlite3
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import alembicrun  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "data", "corpus")
NEEDS_PYTHON = "needs_python"
DIALECTS = ("sqlite", "postgresql")

# THE expected-failure list: (project, dialect, check) -> why. Every entry is a Retort bug or a
# feature being built elsewhere; remove the entry when it is fixed (an XPASS fails the run).
EXPECTED_FAILURES = {}

# Projects whose migrations alembic refuses (online too) on a dialect: Retort must refuse them as
# well, and there is no schema to compare. (project, dialect) -> what alembic refuses.
REFUSED_PROJECTS = {
    ("batch_insert_after", "sqlite"): "batch add_column(insert_after=...) without recreate='always'",
    ("batch_insert_after", "postgresql"): "batch add_column(insert_after=...) without recreate='always'",
    ("composite_autoincrement", "sqlite"): "autoincrement=True on a composite primary key",
}


# --- databases ------------------------------------------------------------------------------

class SqliteBackend:
    """Fresh SQLite files in the work directory."""

    def __init__(self, work):
        self.work = work

    def fresh(self, name):
        path = os.path.join(self.work, name + ".db")
        if os.path.exists(path):
            os.remove(path)
        sqlite3.connect(path).close()
        return path

    def url(self, db):
        return "sqlite:///" + db

    def apply(self, db, sql):
        """Runs the script; returns an error text or None."""
        conn = sqlite3.connect(db)
        try:
            conn.executescript(sql)
            return None
        except sqlite3.Error as e:
            return "sqlite3: %s" % e
        finally:
            conn.close()

    def close(self, keep):
        pass


class PostgresBackend:
    """Fresh databases on the server named by PGHOST/PGPORT/PGUSER, dropped at the end."""

    def __init__(self, tag):
        import psycopg2  # only needed for the PostgreSQL legs
        self.host = os.environ.get("PGHOST", "127.0.0.1")
        self.port = os.environ.get("PGPORT", "5432")
        self.user = os.environ.get("PGUSER", "postgres")
        self.admin = psycopg2.connect(host=self.host, port=self.port, user=self.user,
                                      dbname=os.environ.get("PGDATABASE", "postgres"))
        self.admin.autocommit = True
        self.tag = tag
        self.created = []

    def fresh(self, name):
        db = ("eq_%s_%s" % (self.tag, name)).lower()[:63]
        with self.admin.cursor() as cur:
            cur.execute('DROP DATABASE IF EXISTS "%s"' % db)
            cur.execute('CREATE DATABASE "%s"' % db)
        if db not in self.created:
            self.created.append(db)
        return db

    def url(self, db):
        return "postgresql://%s@%s:%s/%s" % (self.user, self.host, self.port, db)

    def apply(self, db, sql):
        fd, path = tempfile.mkstemp(suffix=".sql")
        with os.fdopen(fd, "w") as f:
            f.write(sql)
        try:
            r = alembicrun.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-p", str(self.port),
                                "-U", self.user, "-d", db, "-f", path])
        finally:
            os.remove(path)
        return None if r.ok else "psql: " + r.err.strip()

    def close(self, keep):
        if not keep:
            with self.admin.cursor() as cur:
                for db in self.created:
                    cur.execute('DROP DATABASE IF EXISTS "%s"' % db)
        self.admin.close()


# --- bookkeeping ----------------------------------------------------------------------------

class Report:
    def __init__(self):
        self.rows = []  # (status, project, dialect, check, detail)

    def add(self, project, dialect, check, detail, skip_reason=None):
        """Records one check: DETAIL is None when it passed, else the difference."""
        key = (project, dialect, check)
        expected = EXPECTED_FAILURES.get(key)
        if skip_reason:
            status, detail = "SKIP", skip_reason
        elif detail is None:
            status = "XPASS" if expected else "PASS"
            if expected:
                detail = "listed in EXPECTED_FAILURES (%s) but passes: remove the entry" % expected
        else:
            status = "XFAIL" if expected else "FAIL"
            if expected:
                detail = "expected: %s\n%s" % (expected, detail)
        self.rows.append((status, project, dialect, check, detail))
        print("%-5s %s [%s] %s" % (status, project, dialect, check), flush=True)
        if detail and status != "PASS":
            print("      " + detail.replace("\n", "\n      "), flush=True)

    def bad(self):
        return [r for r in self.rows if r[0] in ("FAIL", "XPASS")]

    def summary(self):
        counts = {}
        for r in self.rows:
            counts[r[0]] = counts.get(r[0], 0) + 1
        return ", ".join("%d %s" % (n, s) for s, n in sorted(counts.items()))


# --- checks ---------------------------------------------------------------------------------

class Checker:
    def __init__(self, args, work):
        self.cli = os.path.abspath(args.cli)
        self.compare = os.path.abspath(args.schemacompare)
        self.work = work
        self.report = Report()

    def schemacompare(self, backend, a, b, extra=()):
        """None when equal, else the difference lines (or the tool's error)."""
        r = alembicrun.run([self.compare, backend.url(a), backend.url(b)] + list(extra))
        if r.code == 0:
            return None
        if r.code == 1:
            return r.out.strip()
        return "retort-schemacompare failed (exit %d): %s" % (r.code, r.err.strip())

    def offline(self, project, dialect, name, compared, oracle_error):
        """Records an offline check from compare_offline's COMPARED result. Where alembic cannot
        write the script offline, ORACLE_ERROR says whether it refused the migration online too
        (then Retort must refuse it as well) or not (then the check is skipped)."""
        expected, actual, difference = compared
        if expected.ok:
            self.report.add(project, dialect, name, difference)
        elif oracle_error:
            # alembic refuses the migration itself, online too: so must Retort.
            self.report.add(project, dialect, name, None if not actual.ok else
                            "alembic refuses this migration (online too: %s); retort-cli writes a script"
                            % oracle_error)
        else:
            self.report.add(project, dialect, name, None,
                            skip_reason="alembic cannot write this offline (%s) but runs it online; retort-cli: %s"
                            % (expected.failed_line(), "(ok)" if actual.ok else actual.failed_line()))

    def oracle_database(self, dialect, backend, up):
        """Database A: alembic's offline script, or alembic online when it has none.
        Returns (A, error text or None, whether alembic ran online)."""
        a = backend.fresh("%s_%s_a" % (self.name, dialect))
        if up.ok:
            return a, backend.apply(a, up.out), False
        r = alembicrun.alembic(self.ini, ["upgrade", "heads"], env={"DATABASE_URL": backend.url(a)})
        return a, None if r.ok else "alembic upgrade heads (online) failed: " + r.failed_line(), True

    def oracle_downgrade(self, dialect, backend, a, down):
        """Applies alembic's downgrade to A (offline script, or online); error text or None."""
        if down.ok:
            return backend.apply(a, down.out)
        r = alembicrun.alembic(self.ini, ["downgrade", "base"], env={"DATABASE_URL": backend.url(a)})
        return None if r.ok else "alembic downgrade base (online) failed: " + r.failed_line()

    def project(self, project_dir, dialect, backend):
        project = self.name = os.path.basename(project_dir)
        self.ini = alembicrun.write_ini(project_dir, os.path.join(self.work, "%s-%s.ini" % (project, dialect)),
                                        alembicrun.OFFLINE_URLS[dialect])
        up = alembicrun.compare_offline(self.cli, self.ini, ["upgrade", "base:heads", "--sql"])
        down = alembicrun.compare_offline(self.cli, self.ini, ["downgrade", "heads:base", "--sql"])
        (up_a, up_r, _), (down_a, down_r, _) = up, down
        empty = backend.fresh("%s_%s_e" % (project, dialect))
        a, oracle_error, online = self.oracle_database(dialect, backend, up_a)
        self.offline(project, dialect, "offline-upgrade", up, oracle_error)
        if (project, dialect) in REFUSED_PROJECTS or not up_r.ok and oracle_error:
            self.refused(project, dialect, oracle_error, up_r)
            return
        b, retort_error = self.retort_database(project, dialect, backend, up_r)
        if oracle_error:
            self.report.add(project, dialect, "schema", "corpus or oracle problem: " + oracle_error)
        elif retort_error:
            self.report.add(project, dialect, "schema", retort_error)
        else:
            self.report.add(project, dialect, "schema", self.schemacompare(backend, a, b))
        down_error = None if oracle_error else self.oracle_downgrade(dialect, backend, a, down_a)
        self.offline(project, dialect, "offline-downgrade", down, oracle_error or down_error)
        if not oracle_error:
            # Online, alembic leaves an empty version table behind; offline it drops it.
            exclude = ["--exclude", "alembic_version"] if online or not down_a.ok else []
            self.report.add(project, dialect, "corpus-downgrade",
                            down_error or self.schemacompare(backend, a, empty, exclude))
        self.roundtrip(project, dialect, backend, empty, (b, retort_error), up_r, down_r)

    def refused(self, project, dialect, oracle_error, up_r):
        """A project alembic refuses to run: listed in REFUSED_PROJECTS, and refused by both."""
        listed = REFUSED_PROJECTS.get((project, dialect))
        if not listed:
            detail = "alembic refuses an unlisted project (corpus problem?): %s" % oracle_error
        elif not oracle_error:
            detail = "listed in REFUSED_PROJECTS (%s) but alembic runs it" % listed
        else:
            detail = None if not up_r.ok else "alembic refuses it (%s); retort-cli writes a script" % oracle_error
        self.report.add(project, dialect, "refused", detail)

    def retort_database(self, project, dialect, backend, up_r):
        """(database B filled with Retort's upgrade script, None) or (None, what went wrong)."""
        if not up_r.ok:
            return None, "retort-cli upgrade --sql failed: " + up_r.failed_line()
        b = backend.fresh("%s_%s_b" % (project, dialect))
        error = backend.apply(b, up_r.out)
        return (None, "Retort's script does not apply: " + error) if error else (b, None)

    def roundtrip(self, project, dialect, backend, empty, retort_b, up_r, down_r):
        """Retort's upgrade, downgrade (must leave the database empty) and upgrade again
        (must give B's schema) on a fresh database C."""
        if not up_r.ok or not down_r.ok:
            failed = up_r if not up_r.ok else down_r
            for check in ("downgrade-empty", "roundtrip"):
                self.report.add(project, dialect, check, "retort-cli --sql failed: " + failed.failed_line())
            return
        c = backend.fresh("%s_%s_c" % (project, dialect))
        error = backend.apply(c, up_r.out) or backend.apply(c, down_r.out)
        if error:
            for check in ("downgrade-empty", "roundtrip"):
                self.report.add(project, dialect, check, "Retort's scripts do not apply: " + error)
            return
        self.report.add(project, dialect, "downgrade-empty", self.schemacompare(backend, c, empty))
        b, b_error = retort_b
        error = backend.apply(c, up_r.out)
        if error or b_error:
            self.report.add(project, dialect, "roundtrip", "Retort's upgrade does not apply: " + (error or b_error))
            return
        self.report.add(project, dialect, "roundtrip", self.schemacompare(backend, c, b))


# --- the comparer itself ---------------------------------------------------------------------

def check_schemacompare(checker, dialect, backend):
    """retort-schemacompare must see a column and a version row that differ, and nothing
    between two databases built alike (else every schema check above proves nothing)."""
    script = ("CREATE TABLE t (a INTEGER NOT NULL, %s VARCHAR(5));\n"
              "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL);\n"
              "INSERT INTO alembic_version (version_num) VALUES ('%s');\n")
    dbs = [backend.fresh("selftest_%s_%d" % (dialect, i)) for i in range(3)]
    errors = [backend.apply(db, script % cols) for db, cols in zip(dbs, [("b", "v1"), ("b", "v1"), ("c", "v2")])]
    same = checker.schemacompare(backend, dbs[0], dbs[1])
    other = checker.schemacompare(backend, dbs[0], dbs[2]) or ""
    ok = not any(errors) and same is None and "table t: column b missing on right" in other \
        and "column c missing on left" in other and "version rows alembic_version (v1) vs alembic_version (v2)" in other
    checker.report.add("retort-schemacompare", dialect, "self-test", None if ok else
                       "apply errors %s; equal databases: %s; different databases:\n%s" % (errors, same, other))


# --- needs_python ---------------------------------------------------------------------------

EXPECT = re.compile(r"#\s*expect-needs-python:\s*(\d+):(\d+)")


def revision_header(path):
    """(revision, down_revision, {function name: (first line, last line)}, [(line, col)])."""
    with open(path) as f:
        source = f.read()
    tree = ast.parse(source)
    values, functions = {}, {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
        elif isinstance(node, ast.FunctionDef):
            functions[node.name] = (node.lineno, node.end_lineno)
    expects = [(int(m.group(1)), int(m.group(2))) for m in EXPECT.finditer(source)]
    return values.get("revision"), values.get("down_revision"), functions, expects


def check_diagnostic(checker, project, dialect, ini, name, revs, direction, where):
    """retort-cli must fail the one-step plan of DIRECTION with the diagnostic at WHERE (line, col),
    or render it when WHERE is None."""
    rev, down = revs
    query = ["upgrade", "%s:%s" % (down or "base", rev), "--sql"] if direction == "upgrade" \
        else ["downgrade", "%s:%s" % (rev, down or "base"), "--sql"]
    r = alembicrun.retort(checker.cli, ini, query)
    if where is None:
        checker.report.add(project, dialect, "%s %s renders" % (name, direction),
                           None if r.ok else "retort-cli %s: %s" % (" ".join(query), r.failed_line()))
        return
    place = "%s:%d:%d: " % ((name,) + where)
    lines = [l for l in (r.out + r.err).splitlines() if l.strip()]
    # needs-python diagnostics are warnings ("error:" is for SQL the dialect cannot express).
    ok = r.code != 0 and len(lines) == 1 and lines[0].startswith("FAILED: ") \
        and ("/" + place + "warning: ") in lines[0]
    detail = None if ok else "retort-cli %s: expected only `FAILED: .../%swarning: ...`, got exit %d:\n%s" % (
        " ".join(query), place, r.code, "\n".join(lines)[-800:])
    checker.report.add(project, dialect, "%s %s %d:%d" % ((name, direction) + where), detail)


def check_needs_python(checker, project_dir, dialects, backends):
    project = os.path.basename(project_dir)
    versions = os.path.join(project_dir, "versions")
    for dialect in dialects:
        if dialect not in backends:
            continue
        ini = alembicrun.write_ini(project_dir, os.path.join(checker.work, "%s-%s.ini" % (project, dialect)),
                                   alembicrun.OFFLINE_URLS[dialect])
        for name in sorted(os.listdir(versions)):
            if not name.endswith(".py"):
                continue
            path = os.path.join(versions, name)
            rev, down, functions, expects = revision_header(path)
            if not expects:
                checker.report.add(project, dialect, name, "no `# expect-needs-python: LINE:COL` comment")
            clean = {"upgrade", "downgrade"}
            for line, col in expects:
                fn = next((f for f, (a, b) in functions.items() if a <= line <= b), None)
                # A module-level construct is reached from both functions.
                for direction in [fn] if fn in ("upgrade", "downgrade") else ["upgrade", "downgrade"]:
                    check_diagnostic(checker, project, dialect, ini, name, (rev, down), direction, (line, col))
                    clean.discard(direction)
            for direction in sorted(clean):  # the other function is plain op.* calls: it renders
                check_diagnostic(checker, project, dialect, ini, name, (rev, down), direction, None)
        # The revisions are real migrations: alembic runs them online, both ways.
        backend = backends[dialect]
        db = backend.fresh("%s_%s_online" % (project, dialect))
        env = {"DATABASE_URL": backend.url(db)}
        r = alembicrun.alembic(ini, ["upgrade", "heads"], env=env)
        if r.ok:
            r = alembicrun.alembic(ini, ["downgrade", "base"], env=env)
        checker.report.add(project, dialect, "alembic-online", None if r.ok else r.failed_line() + "\n" + r.err[-1500:])


# --- main -----------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--schemacompare", required=True)
    parser.add_argument("--corpus", default=CORPUS)
    parser.add_argument("--project", action="append", default=[])
    parser.add_argument("--dialect", action="append", choices=DIALECTS, default=[])
    parser.add_argument("--work-dir")
    parser.add_argument("--keep", action="store_true", help="keep the work directory and the databases")
    args = parser.parse_args()
    if alembicrun.run(alembicrun.ORACLE + ["--version"]).code != 0:
        print("SKIP: alembic cannot be imported by %s" % sys.executable)
        return 77
    work = os.path.abspath(args.work_dir) if args.work_dir else tempfile.mkdtemp(prefix="retort-equiv-")
    if args.work_dir:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
    projects = sorted(p for p in os.listdir(args.corpus) if os.path.isdir(os.path.join(args.corpus, p)))
    if args.project:
        projects = [p for p in projects if p in args.project]
    dialects = args.dialect or list(DIALECTS)
    checker = Checker(args, work)
    backends = {}
    if "sqlite" in dialects:
        backends["sqlite"] = SqliteBackend(work)
    if "postgresql" in dialects:
        if os.environ.get("RETORT_TEST_PG"):
            backends["postgresql"] = PostgresBackend("%d" % os.getpid())
        else:
            print("SKIP  all PostgreSQL legs: RETORT_TEST_PG is not set (scripts/pg-throwaway.sh start sets it)")
    try:
        for dialect, backend in backends.items():
            check_schemacompare(checker, dialect, backend)
        for project in projects:
            project_dir = os.path.join(args.corpus, project)
            if project == NEEDS_PYTHON:
                check_needs_python(checker, project_dir, dialects, backends)
                continue
            for dialect in dialects:
                if dialect in backends:
                    checker.project(project_dir, dialect, backends[dialect])
    finally:
        for backend in backends.values():
            backend.close(args.keep)
        if not args.keep and not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)
    ran = {(r[1], r[2]) for r in checker.report.rows}
    seen = {(r[1], r[2], r[3]) for r in checker.report.rows}
    for key in sorted(k for k in EXPECTED_FAILURES if k[:2] in ran and k not in seen):
        checker.report.rows.append(("FAIL",) + key + ("EXPECTED_FAILURES names a check that was not run",))
        print("FAIL  %s [%s] %s: listed in EXPECTED_FAILURES but not run (stale entry)" % key)
    bad = checker.report.bad()
    print("schema equivalence: %s" % checker.report.summary())
    for status, project, dialect, check, _ in bad:
        print("  %s %s [%s] %s" % (status, project, dialect, check))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

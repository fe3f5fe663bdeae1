#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Time applying a generated project to an empty database: alembic, retort-cli, the database's client.

It generates a project of SIZE revisions (bench/gen_project.py, default 1000) and, for SQLite and
(when RETORT_TEST_PG is set: PGHOST/PGPORT/PGUSER, trust auth) for PostgreSQL, times on a fresh
database each:
  - `alembic upgrade heads`;
  - `retort-cli upgrade heads --yes` (one transaction per migration, plus its retort_ledger rows);
  - `retort-cli upgrade heads --yes --transaction all`;
  - the SQL of `alembic upgrade heads --sql` run by the client: `sqlite3 -bail DB < script.sql`
    (as alembic writes it for SQLite, without a transaction: each statement commits), and the same
    script inside BEGIN/COMMIT; `psql -X -q -v ON_ERROR_STOP=1 -1 -f script.sql` (one transaction).
Each run reports wall time and peak resident memory, best of REPEAT fresh databases (default one
run). After every run the database's alembic_version must hold exactly the project's heads and its
tables must be those alembic made, so a run that applied nothing cannot pass. PostgreSQL runs each
get a scratch database (CREATE/DROP DATABASE through `psql -d postgres`). A failing command aborts.
Prints a Markdown table (paste it into the README's Performance section).
usage: run_apply_bench.py (--build BUILD_DIR | --cli RETORT_CLI) [--size 1000] [--repeat 1] [--keep DIR]
"""
import argparse
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in bench/ for the import below
from run_bench import HERE, measure  # noqa: E402

LEDGER = "retort_ledger"


def write_ini(root, name, url):
    """A copy of the project's alembic.ini beside it with sqlalchemy.url replaced; its path."""
    with open(os.path.join(root, "alembic.ini")) as f:
        lines = f.read().splitlines(True)
    found = False
    for i, line in enumerate(lines):
        if line.split("=", 1)[0].strip() == "sqlalchemy.url":
            lines[i] = "sqlalchemy.url = %s\n" % url.replace("%", "%%")
            found = True
    if not found:
        sys.exit("no sqlalchemy.url in %s/alembic.ini" % root)
    path = os.path.join(root, name)
    with open(path, "w") as f:
        f.writelines(lines)
    return path


class Sqlite:
    name = "SQLite"

    def __init__(self, work):
        self.work = work
        self.client = "sqlite3 %s" % subprocess.check_output(["/usr/bin/sqlite3", "--version"],
                                                             text=True).split()[0]

    def url(self, db):
        return "sqlite:///" + db

    def create(self, tag):
        """A fresh (absent) database: its name for drop() and the queries."""
        path = os.path.join(self.work, tag + ".db")
        self.drop(path)
        return path

    def drop(self, db):
        if os.path.exists(db):
            os.remove(db)

    def query(self, db, sql):
        conn = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        try:
            return [row[0] for row in conn.execute(sql)]
        finally:
            conn.close()

    def versions(self, db):
        return self.query(db, "SELECT version_num FROM alembic_version")

    def tables(self, db):
        return self.query(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%'")

    def ledger_rows(self, db):
        return self.query(db, "SELECT count(*) FROM " + LEDGER)[0]

    def client_runs(self, script):
        """The client rows: (label, name in the ratios, script)."""
        one_transaction = script + ".one-transaction"
        with open(one_transaction, "w") as out, open(script) as f:
            out.write("BEGIN;\n%sCOMMIT;\n" % f.read())
        return [("`sqlite3 -bail DB < script.sql` (no transaction: each statement commits)", "sqlite3", script),
                ("the same, the script inside BEGIN/COMMIT", "sqlite3 in one transaction", one_transaction)]

    def client_argv(self, db, script):
        return ["/usr/bin/sqlite3", "-bail", db], script


class Postgres:
    name = "PostgreSQL"

    def __init__(self):
        self.host = os.environ.get("PGHOST", "localhost")
        self.port = os.environ.get("PGPORT", "5432")
        self.user = os.environ.get("PGUSER", "postgres")
        self.client = "psql " + subprocess.check_output(["psql", "--version"], text=True).split()[2]
        if importlib.util.find_spec("psycopg2") is None:
            sys.exit("alembic needs psycopg2 for PostgreSQL: apt-get install python3-psycopg2")

    def psql(self, db, *args):
        return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db] + list(args),
                              check=True, stdout=subprocess.PIPE, text=True).stdout

    def url(self, db):
        return "postgresql://%s@%s:%s/%s" % (self.user, self.host, self.port, db)

    def create(self, tag):
        db = "retort_apply_bench_%d_%s" % (os.getpid(), tag.replace("-", "_"))
        self.psql("postgres", "-c", 'CREATE DATABASE "%s"' % db)
        return db

    def drop(self, db):
        self.psql("postgres", "-c", 'DROP DATABASE IF EXISTS "%s"' % db)

    def query(self, db, sql):
        return self.psql(db, "-c", sql).splitlines()

    def versions(self, db):
        return self.query(db, "SELECT version_num FROM alembic_version")

    def tables(self, db):
        return self.query(db, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")

    def ledger_rows(self, db):
        return int(self.query(db, "SELECT count(*) FROM " + LEDGER)[0])

    def client_runs(self, script):
        return [("`psql -X -q -v ON_ERROR_STOP=1 -1 -f script.sql` (one transaction)", "psql -1", script)]

    def client_argv(self, db, script):
        return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f", script, "-d", db], os.devnull


class Bench:
    def __init__(self, root, work, cli, size, repeat):
        self.root, self.work, self.cli, self.size, self.repeat = root, work, cli, size, repeat
        out = subprocess.check_output([cli, "-c", "alembic.ini", "--json", "heads"], cwd=root, text=True)
        self.heads = sorted(h["revision"] for h in json.loads(out)["heads"])
        self.reference_tables = None  # those alembic made

    def run(self, dialect, tag, argv_for, retort):
        """Best of REPEAT runs of argv_for(ini, db) -> (argv, stdin) on fresh databases, each checked."""
        runs = []
        for attempt in range(self.repeat):
            db = dialect.create("%s%d" % (tag, attempt))
            try:
                ini = write_ini(self.root, "apply-%s.ini" % tag, dialect.url(db))
                argv, stdin = argv_for(ini, db)
                runs.append(measure(argv, self.root, stdin))
                self.check(dialect, db, " ".join(argv), retort)
            finally:
                dialect.drop(db)
        return min(r[0] for r in runs), max(r[1] for r in runs)

    def check(self, dialect, db, what, retort):
        try:
            versions = sorted(dialect.versions(db))
        except (sqlite3.Error, subprocess.CalledProcessError) as e:
            sys.exit("%s left no readable alembic_version: %s" % (what, e))
        if versions != self.heads:
            sys.exit("%s left alembic_version = %s, the project's heads are %s" % (what, versions, self.heads))
        tables = sorted(t for t in dialect.tables(db) if t != LEDGER)
        if self.reference_tables is None:
            self.reference_tables = tables
        elif tables != self.reference_tables:
            sys.exit("%s made %d tables, alembic made %d" % (what, len(tables), len(self.reference_tables)))
        if retort and dialect.ledger_rows(db) != self.size:
            sys.exit("%s wrote %d %s rows for %d migrations"
                     % (what, dialect.ledger_rows(db), LEDGER, self.size))

    def dialect_rows(self, dialect):
        """Times every command on DIALECT: [(dialect, label, seconds, MiB, ratio text)]."""
        self.reference_tables = None
        # alembic renders the script for the dialect of the ini's URL and does not connect.
        script = os.path.join(self.work, "%s.sql" % dialect.name)
        ini = write_ini(self.root, "apply-script.ini", dialect.url("offline"))
        with open(script, "w") as out:
            subprocess.run(["alembic", "-c", ini, "upgrade", "heads", "--sql"], cwd=self.root, stdout=out,
                           check=True)
        upgrade = ["upgrade", "heads"]
        runs = [  # (label, key, argv_for(ini, db) -> (argv, stdin), is it retort-cli)
            ("`alembic upgrade heads`", "alembic",
             lambda ini, db: (["alembic", "-c", ini] + upgrade, os.devnull), False),
            ("`retort-cli upgrade heads --yes` (a transaction per migration)", "retort",
             lambda ini, db: ([self.cli, "-c", ini] + upgrade + ["--yes"], os.devnull), True),
            ("`retort-cli upgrade heads --yes --transaction all`", "retort-all",
             lambda ini, db: ([self.cli, "-c", ini] + upgrade + ["--yes", "--transaction", "all"], os.devnull),
             True)]
        clients = dialect.client_runs(script)
        for i, (label, _, path) in enumerate(clients):
            runs.append((label, "client%d" % i, lambda ini, db, path=path: dialect.client_argv(db, path), False))
        times = {}
        rows = []
        for label, key, argv_for, is_retort in runs:
            times[key], mem = self.run(dialect, key, argv_for, is_retort)
            rows.append((label, key, mem))
            print("  %-10s %-75s %7.3f s %6.1f MiB" % (dialect.name, label, times[key], mem), file=sys.stderr)
        # Retort's default against the client running the script as alembic wrote it; --transaction all
        # against the client's one-transaction run where there is a second one (psql -1 is one already).
        against = {"retort": 0, "retort-all": len(clients) - 1}
        table = []
        for label, key, mem in rows:
            ratio = ""
            if key in against:
                client = "client%d" % against[key]
                ratio = "alembic/this %.1f× · this/%s %.2f×" % (times["alembic"] / times[key],
                                                              clients[against[key]][1], times[key] / times[client])
            table.append((dialect.name, label, times[key], mem, ratio))
        return table


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", help="build directory (its app/retort-cli is run)")
    parser.add_argument("--cli", help="the retort-cli to run (instead of --build)")
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--keep", help="reuse/keep the generated project in this directory")
    args = parser.parse_args()
    if not args.cli and not args.build:
        parser.error("give --build or --cli")
    cli = os.path.abspath(args.cli or os.path.join(args.build, "app", "retort-cli"))
    # retort-cli would take DATABASE_URL before the ini's sqlalchemy.url; the generated env.py reads the ini.
    os.environ.pop("DATABASE_URL", None)

    root = os.path.join(os.path.abspath(args.keep), "bench_%d" % args.size) if args.keep \
        else tempfile.mkdtemp(prefix="retort-apply-bench-")
    if not os.path.exists(os.path.join(root, "alembic.ini")):
        if os.path.exists(root):
            shutil.rmtree(root)
        subprocess.check_call(["/usr/bin/python3", os.path.join(HERE, "gen_project.py"), str(args.size), root])
    work = tempfile.mkdtemp(prefix="retort-apply-work-")
    try:
        bench = Bench(root, work, cli, args.size, args.repeat)
        dialects = [Sqlite(work)]
        if os.environ.get("RETORT_TEST_PG"):
            dialects.append(Postgres())
        else:
            print("RETORT_TEST_PG is not set: no PostgreSQL rows", file=sys.stderr)
        rows = []
        for dialect in dialects:
            rows += bench.dialect_rows(dialect)
    finally:
        shutil.rmtree(work)
        if not args.keep:
            shutil.rmtree(root)
    alembic = subprocess.check_output(["alembic", "--version"], text=True).strip()
    print("Applying a generated project of %d revisions to an empty database; %s, %s; best of %d. "
          "alembic/this: how many times faster than alembic (goal ≥ 3×); this/client: the time "
          "over the client's running the SQL of `alembic upgrade heads --sql` (goal ≤ 1.3×)."
          % (args.size, alembic, ", ".join(d.client for d in dialects), args.repeat))
    print()
    print("| dialect | what | time | peak RSS | ratio |")
    print("|---|---|---:|---:|---|")
    for dialect, label, t, mem, ratio in rows:
        print("| %s | %s | %.3f s | %.0f MiB | %s |" % (dialect, label, t, mem, ratio))


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Scratch projects and databases for the online retort-cli tests (race, faults).

A project is written into a work directory: alembic.ini (no env.py: retort-cli does not need
one) and one file per revision. Databases are SQLite files in the work directory or, when
RETORT_TEST_PG is set, scratch databases on the loopback server named by PGHOST/PGPORT/PGUSER
(scripts/pg-throwaway.sh), dropped by close().
"""
import os
import sqlite3
import subprocess

REVISION = '''"""{message}

Revision ID: {id}
Revises: {down}
"""
from alembic import op
import sqlalchemy as sa

revision = {id!r}
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
{downgrade}
'''


def indent(lines):
    return "\n".join("    " + line for line in (lines or ["pass"]))


class Project:
    """An Alembic project in WORK/project: write() revisions, then run the CLI on it."""

    def __init__(self, work, cli):
        self.root = os.path.join(work, "project")
        self.cli = cli
        self.env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"), HOME=work)
        self.env.pop("DATABASE_URL", None)
        os.makedirs(os.path.join(self.root, "migrations", "versions"))
        with open(self.ini, "w") as f:
            f.write("[alembic]\nscript_location = %(here)s/migrations\nsqlalchemy.url = sqlite:///unused.db\n")

    @property
    def ini(self):
        return os.path.join(self.root, "alembic.ini")

    def write(self, rev_id, down, upgrade, downgrade=None, message=None):
        """UPGRADE and DOWNGRADE are lists of Python lines (the function bodies)."""
        path = os.path.join(self.root, "migrations", "versions", rev_id + ".py")
        with open(path, "w") as f:
            f.write(REVISION.format(id=rev_id, down=down, message=message or "revision " + rev_id,
                                    upgrade=indent(upgrade), downgrade=indent(downgrade)))
        return path

    def argv(self, url, *args):
        return [self.cli, "-c", self.ini] + list(args) + ["--url", url]

    def start(self, url, *args, **popen):
        """Starts retort-cli; stdout and stderr are pipes, stdin is closed."""
        return subprocess.Popen(self.argv(url, *args), env=self.env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)

    def run(self, url, *args, timeout=120):
        """(exit code, stdout, stderr) of one retort-cli run."""
        p = subprocess.run(self.argv(url, *args), env=self.env, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr


class SqliteDatabases:
    dialect = "sqlite"

    def __init__(self, work):
        self.work = work

    def fresh(self, name):
        """A path for a new database (the first run creates the file)."""
        path = os.path.join(self.work, name + ".db")
        for suffix in ("", "-journal", "-wal", ".retort-lock"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        return path

    def url(self, db):
        return "sqlite:///" + db

    def query(self, db, sql):
        con = sqlite3.connect(db, timeout=30)
        try:
            rows = con.execute(sql).fetchall()
            con.commit()
            return rows
        finally:
            con.close()

    def tables(self, db):
        return sorted(r[0] for r in self.query(db, "SELECT name FROM sqlite_master WHERE type = 'table'"))

    def close(self):
        pass


class PostgresDatabases:
    dialect = "postgresql"

    def __init__(self, tag):
        import psycopg2  # only needed when RETORT_TEST_PG is set
        self.psycopg2 = psycopg2
        self.host = os.environ.get("PGHOST", "127.0.0.1")
        self.port = os.environ.get("PGPORT", "5432")
        self.user = os.environ.get("PGUSER", "postgres")
        self.tag = tag
        self.created = []
        self.admin = self.connect(os.environ.get("PGDATABASE", "postgres"))

    def connect(self, db):
        con = self.psycopg2.connect(host=self.host, port=self.port, user=self.user, dbname=db)
        con.autocommit = True
        return con

    def fresh(self, name):
        db = ("%s_%s" % (self.tag, name)).lower()[:63]
        with self.admin.cursor() as cur:
            cur.execute('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
            cur.execute('CREATE DATABASE "%s"' % db)
        if db not in self.created:
            self.created.append(db)
        return db

    def url(self, db):
        return "postgresql://%s@%s:%s/%s" % (self.user, self.host, self.port, db)

    def query(self, db, sql):
        con = self.connect(db)
        try:
            with con.cursor() as cur:
                cur.execute(sql)
                return cur.fetchall()
        finally:
            con.close()

    def tables(self, db):
        return sorted(r[0] for r in self.query(
            db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))

    def close(self):
        with self.admin.cursor() as cur:
            for db in self.created:
                cur.execute('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % db)
        self.admin.close()


def database_kinds(work, tag):
    """SQLite always; PostgreSQL when RETORT_TEST_PG is set (a note is printed otherwise)."""
    kinds = [SqliteDatabases(work)]
    if os.environ.get("RETORT_TEST_PG"):
        kinds.append(PostgresDatabases(tag))
    else:
        print("PostgreSQL legs skipped (RETORT_TEST_PG is not set)")
    return kinds


def version_rows(databases, db):
    """The alembic_version rows, sorted; [] when the table is absent."""
    if "alembic_version" not in databases.tables(db):
        return []
    return sorted(r[0] for r in databases.query(db, "SELECT version_num FROM alembic_version"))


class Checks:
    """Collects failed expectations; report() prints them and gives the exit code."""

    def __init__(self, name):
        self.name = name
        self.failures = []

    def __call__(self, condition, what):
        if not condition:
            self.failures.append(what)
        return condition

    def report(self):
        for failure in self.failures:
            print("FAIL " + failure)
        print("%s: %d failure(s)" % (self.name, len(self.failures)))
        return 1 if self.failures else 0

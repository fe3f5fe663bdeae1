#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""`retort-cli current [-v]` against the real `alembic current [-v]` (1.8.1), byte for byte.

Databases are brought to each state by alembic itself (`upgrade`, `downgrade`, `stamp`): base,
empty version table, middle, branch point, one or all branch heads, merge point, effective
heads, dependencies, an unknown revision in the table, a custom version table. SQLite always;
PostgreSQL too when RETORT_TEST_PG is set (PGHOST/PGPORT/PGUSER, scripts/pg-throwaway.sh),
including a password in the URL (masked as XXXXX by -v) and a schema-qualified version table.

Alembic prints several current revisions in Python set order, so lines (and -v blocks) are
compared sorted. Alembic's INFO lines on stderr are not compared. Also checked: exit codes,
--check-heads (Retort's), --json, the URL sources (--url, DATABASE_URL, .env), and that
Retort does not create a missing SQLite file.
usage: test_cli_current.py RETORT_CLI
"""
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ORACLE = ("import os, sys\n"
          "_listdir = os.listdir\n"
          "os.listdir = lambda p='.': sorted(_listdir(p))\n"
          "from alembic.config import main\n"
          "main(prog='alembic')\n")

ENV_PY = '''from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config
engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.",
                            poolclass=pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=None{options})
    with context.begin_transaction():
        context.run_migrations()
'''

REVISION = '''"""{doc}

Revision ID: {rev}
Revises: {down_text}
Create Date: 2026-01-01 00:00:00

"""
revision = {rev!r}
down_revision = {down!r}
branch_labels = {labels!r}
depends_on = {deps!r}


def upgrade():
    pass


def downgrade():
    pass
'''

# (id, down_revision, branch_labels, depends_on)
GRAPHS = {
    "branches": [("a1a1a1a1", None, None, None), ("b2b2b2b2", "a1a1a1a1", None, None),
                 ("c1c1c1c1", "b2b2b2b2", ("c1branch",), None), ("d1d1d1d1", "c1c1c1c1", None, None),
                 ("c2c2c2c2", "b2b2b2b2", ("c2branch",), None), ("d2d2d2d2", "c2c2c2c2", None, None)],
    "merge": [("a0000001", None, None, None), ("b0000002", "a0000001", None, None),
              ("c1000003", "b0000002", None, None), ("c2000004", "b0000002", ("side",), None),
              ("e0000005", ("c1000003", "c2000004"), None, None), ("f0000006", "e0000005", None, None)],
    "forest_deps": [("a1000001", None, ("lib",), None), ("b1000002", "a1000001", None, None),
                    ("a2000003", None, None, None), ("b2000004", "a2000003", None, "b1000002"),
                    ("c2000005", "b2000004", None, ("lib",))],
    "effective_head": [("x1000001", None, ("x",), None), ("y1000002", None, ("y",), None),
                       ("y2000003", "y1000002", None, "x1000001")],
}

# Per graph: states, each a list of alembic commands run on a fresh database.
STATES = {
    "branches": [[], [["upgrade", "heads"], ["downgrade", "base"]], [["upgrade", "a1a1a1a1"]],
                 [["upgrade", "b2b2b2b2"]], [["upgrade", "c1branch@head"]], [["upgrade", "heads"]],
                 [["stamp", "c1c1c1c1", "d2d2d2d2"]], [["upgrade", "heads"], ["downgrade", "c2branch@-1"]]],
    "merge": [[["upgrade", "c1000003"]], [["stamp", "c1000003", "c2000004"]], [["upgrade", "e0000005"]],
              [["upgrade", "heads"]], [["upgrade", "heads"], ["downgrade", "c2000004"]]],
    "forest_deps": [[["upgrade", "heads"]], [["upgrade", "b2000004"]], [["stamp", "a1000001"]],
                    [["upgrade", "lib@head"]]],
    "effective_head": [[["upgrade", "heads"]], [["stamp", "x1000001"]], [["upgrade", "y1000002"]]],
}

VARIANTS = [["current"], ["current", "-v"]]


def clean_env(extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ALEMBIC_CONFIG")}
    env.update(extra or {})
    return env


def run(argv, cwd, env=None):
    proc = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                          env=env or clean_env())
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def alembic(project, *args):
    return run(["/usr/bin/python3", "-c", ORACLE, "-c", "alembic.ini"] + list(args), project)


def write_project(root, revisions, url, env_options=""):
    versions = os.path.join(root, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(root, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = %%(here)s/migrations\nsqlalchemy.url = %s\n" % url.replace("%", "%%"))
    with open(os.path.join(root, "migrations", "env.py"), "w") as f:
        f.write(ENV_PY.format(options=env_options))
    for rev, down, labels, deps in revisions:
        down_text = ", ".join(down) if isinstance(down, tuple) else (down or "")
        with open(os.path.join(versions, "%s_step.py" % rev), "w") as f:
            f.write(REVISION.format(doc="step " + rev, rev=rev, down=down, down_text=down_text,
                                    labels=labels, deps=deps))


def normalise(text):
    """Sorts the revision lines (or -v blocks), and the children of `Branches into:`, which
    Alembic prints in set order."""
    text = re.sub(r"^(Branch names|Branches into): (.*)$",
                  lambda m: m.group(1) + ": " + ", ".join(sorted(m.group(2).split(", "))), text, flags=re.M)
    lines = text.split("\n")
    header = [l for l in lines[:1] if l.startswith("Current revision(s) for ")]
    body = "\n".join(lines[len(header):])
    if "Rev: " in body:
        parts = body.split("Rev: ")
        items = [parts[0]] + sorted("Rev: " + p for p in parts[1:])
    else:
        items = sorted(body.split("\n"))
    return "\n".join(header) + "|" + "".join(items)


class Checker:
    def __init__(self, cli):
        self.cli = cli
        self.checked = 0
        self.failures = []

    def expect(self, ok, label, detail=""):
        self.checked += 1
        if not ok:
            self.failures.append("%s\n%s" % (label, detail))

    def retort(self, project, args, env=None):
        return run([self.cli, "-c", "alembic.ini"] + args, project, env)

    def compare(self, project, label, extra=()):
        heads_out = alembic(project, "heads")[1]
        heads = {line.split()[0] for line in heads_out.splitlines() if line.strip()}
        for variant in VARIANTS:
            actual = self.retort(project, variant + list(extra))
            expected = alembic(project, *variant)
            same = expected[0] == actual[0] and normalise(expected[1]) == normalise(actual[1])
            self.expect(same, "MISMATCH %s: %s" % (label, " ".join(variant)),
                        "--- alembic (exit %d)\n%s--- retort-cli (exit %d)\n%s%s"
                        % (expected[0], expected[1], actual[0], actual[1], actual[2]))
        if expected[0] != 0:
            return
        current = {line.split()[0] for line in alembic(project, "current")[1].splitlines() if line.strip()}
        at_heads = heads <= current
        code, out, err = self.retort(project, ["current", "--check-heads"] + list(extra))
        self.expect(code == (0 if at_heads else 1), "CHECK-HEADS %s: exit %d, at heads %s" % (label, code, at_heads), err)
        self.expect(at_heads or "not at every head" in err, "CHECK-HEADS message %s" % label, err)
        code, out, err = self.retort(project, ["--json", "current"] + list(extra))
        try:
            data = json.loads(out)
            ok = code == 0 and {r["revision"] for r in data["current"]} == current and data["at_heads"] == at_heads
        except (ValueError, KeyError) as e:
            ok, out = False, out + repr(e)
        self.expect(ok, "JSON %s" % label, out)


def apply_state(project, commands):
    for command in commands:
        code, out, err = alembic(project, *command)
        if code != 0:
            raise RuntimeError("alembic %s failed in %s:\n%s%s" % (" ".join(command), project, out, err))


def sqlite_graphs(checker, work):
    for name, revisions in GRAPHS.items():
        project = os.path.join(work, "sqlite_" + name)
        write_project(project, revisions, "sqlite:///test.db")
        for index, commands in enumerate(STATES[name]):
            db = os.path.join(project, "test.db")
            if os.path.exists(db):
                os.remove(db)
            label = "sqlite %s state %d %s" % (name, index, commands)
            if not commands:
                # No file at all: Retort reads nothing and, unlike SQLAlchemy, creates nothing.
                code, out, err = checker.retort(project, ["current"])
                checker.expect(code == 0 and out == "" and not os.path.exists(db), label + " (no file)", out + err)
            apply_state(project, commands)
            checker.compare(project, label)


def sqlite_special(checker, work):
    project = os.path.join(work, "sqlite_bogus")
    write_project(project, GRAPHS["branches"], "sqlite:///test.db")
    apply_state(project, [["stamp", "d1d1d1d1", "d2d2d2d2"]])
    with sqlite3.connect(os.path.join(project, "test.db")) as db:
        db.execute("UPDATE alembic_version SET version_num = 'bogus' WHERE version_num = 'd2d2d2d2'")
    checker.compare(project, "sqlite unknown revision in the table")

    project = os.path.join(work, "sqlite_custom_table")
    write_project(project, GRAPHS["merge"], "sqlite:///custom.db", ", version_table='my_versions'")
    apply_state(project, [["upgrade", "c2000004"]])
    checker.compare(project, "sqlite version_table=my_versions", ["--version-table", "my_versions"])
    # Without the flag, Retort reads version_table from env.py's context.configure(), as alembic does.
    checker.compare(project, "sqlite version_table from env.py")

    # URL sources: --url and DATABASE_URL beat .env, which beats alembic.ini.
    other = os.path.join(work, "other.db")
    sqlite3.connect(other).close()
    with open(os.path.join(project, ".env"), "w") as f:
        f.write("# local settings\nexport DATABASE_URL='sqlite:///%s'\n" % other)
    args = ["current", "-v", "--version-table", "my_versions"]
    code, out, err = checker.retort(project, args)
    checker.expect(code == 0 and out == "Current revision(s) for sqlite:///%s:\n" % other, ".env source", out + err)
    code, out, err = checker.retort(project, args, clean_env({"DATABASE_URL": "sqlite:///custom.db"}))
    checker.expect(code == 0 and out.startswith("Current revision(s) for sqlite:///custom.db:\nRev: c2000004"),
                   "DATABASE_URL source", out + err)
    code, out, err = checker.retort(project, args + ["--url", "sqlite:///custom.db"])
    checker.expect(code == 0 and "Rev: c2000004" in out, "--url source", out + err)
    code, out, err = checker.retort(project, ["current", "--url", "mysql+pymysql://u:p@h/d"])
    checker.expect(code == 255 and out.startswith("FAILED: ") and "'mysql+pymysql'" in out, "unsupported dialect",
                   out + err)


def postgres(checker, work):
    import psycopg2  # Debian's, for /usr/bin/python3
    host, port, user = os.environ.get("PGHOST", "127.0.0.1"), os.environ.get("PGPORT", "5432"), \
        os.environ.get("PGUSER", "postgres")
    admin = psycopg2.connect(host=host, port=port, user=user, dbname=os.environ.get("PGDATABASE", "postgres"))
    admin.autocommit = True
    created = []
    try:
        for name in ("branches", "merge", "effective_head"):
            dbname = "retort_cli_current_%d_%s" % (os.getpid(), name)
            project = os.path.join(work, "pg_" + name)
            # trust authentication accepts any password: it is there to be masked.
            url = "postgresql+psycopg2://%s:s3cret@%s:%s/%s?application_name=retort_test" % (user, host, port, dbname)
            write_project(project, GRAPHS[name], url)
            for index, commands in enumerate(STATES[name]):
                admin.cursor().execute("DROP DATABASE IF EXISTS %s" % dbname)
                admin.cursor().execute("CREATE DATABASE %s" % dbname)
                created.append(dbname)
                apply_state(project, commands)
                checker.compare(project, "postgresql %s state %d %s" % (name, index, commands))
        dbname = "retort_cli_current_%d_schema" % os.getpid()
        admin.cursor().execute("CREATE DATABASE %s" % dbname)
        created.append(dbname)
        conn = psycopg2.connect(host=host, port=port, user=user, dbname=dbname)
        conn.cursor().execute("CREATE SCHEMA audit")
        conn.commit()
        conn.close()  # psycopg2's `with` would leave it open
        project = os.path.join(work, "pg_schema")
        write_project(project, GRAPHS["branches"], "postgresql://%s@%s:%s/%s" % (user, host, port, dbname),
                      ", version_table='rev_table', version_table_schema='audit'")
        apply_state(project, [["upgrade", "c2branch@head"]])
        checker.compare(project, "postgresql audit.rev_table",
                        ["--version-table", "rev_table", "--version-table-schema", "audit"])
    finally:
        for dbname in set(created):
            admin.cursor().execute("DROP DATABASE IF EXISTS %s" % dbname)
        admin.close()


def main():
    checker = Checker(os.path.abspath(sys.argv[1]))
    work = tempfile.mkdtemp(prefix="retort-cli-current-")
    try:
        sqlite_graphs(checker, work)
        sqlite_special(checker, work)
        if os.environ.get("RETORT_TEST_PG"):
            postgres(checker, work)
        else:
            print("PostgreSQL part skipped (RETORT_TEST_PG is not set)")
    finally:
        shutil.rmtree(work)
    for failure in checker.failures[:10]:
        print(failure)
    print("cli current: %d passed, %d failed" % (checker.checked - len(checker.failures), len(checker.failures)))
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())

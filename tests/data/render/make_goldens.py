#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Regenerates the golden files of tests/data/render/<case>/ with the real Alembic.

For each case folder holding an `upgrade.py` revision file, a throwaway Alembic project
with that one revision is built and `alembic upgrade head --sql` is run against sqlite://
and a postgresql:// URL (offline: no server). The migration's own statements are kept
(the alembic_version DDL/DML, BEGIN/COMMIT and `-- Running` comments are dropped) and
written to <dialect>.sql exactly as Alembic prints them: each statement followed by a
blank line. When Alembic fails for a dialect, <dialect>.error receives the exception
message (after "SomeError: ") instead, unless RETORT_ERRORS names the message Retort
must produce for that case.

SQLite batch "move and copy" cases: Retort renders upgrade.py from the tables the operations
before the batch create, but Alembic cannot do that offline. Such a case also has an
`alembic.py`, a scratch copy of upgrade.py that only this generator runs, whose batches pass
`copy_from=copy_of(...)`: the table as Retort's schema model holds it at that point.
copy_of() pins SQLAlchemy's constraint and index sets to declaration order, because Alembic
copies them in set order, which changes from run to run.

Run with the Debian interpreter that has Alembic 1.8.1: /usr/bin/python3 make_goldens.py [case...]
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
URLS = {
    "sqlite": "sqlite://",
    "postgresql": "postgresql://scott:tiger@localhost/test",
}
# Cases where Retort deliberately answers differently from Alembic's own failure.
UNKNOWN_T = ("batch recreate needs the table definition: table 't' is unknown (no earlier operation creates it; "
             "tables made or changed by op.execute() are not modelled)")
PG_RECREATE = "batch_alter_table('%s', recreate='always'): Retort renders the move and copy for SQLite only"
RETORT_ERRORS = {
    # Alembic cannot move and copy offline without copy_from; Retort names the unknown table.
    ("batch_recreate", "sqlite"): UNKNOWN_T,
    ("batch_recreate_default", "sqlite"): UNKNOWN_T,
    # recreate="always" moves and copies on PostgreSQL too; Retort renders that for SQLite only.
    ("batch_reorder", "postgresql"): PG_RECREATE % "ledger",
    # Alembic's texts here embed object addresses; Retort words them without.
    ("alter_column_comment", "sqlite"): "Column comments cannot be rendered for sqlite",
    ("types_pg", "sqlite"): "(in table 'pgtyped', column 'a'): type JSONB cannot be rendered for sqlite",
}

ENV_PY = '''
from alembic import context
config = context.config
context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True,
                  dialect_opts={"paramstyle": "named"})
with context.begin_transaction():
    context.run_migrations()
'''


def is_bookkeeping(block):
    b = block.strip()
    return (b in ("BEGIN;", "COMMIT;")
            or b.startswith("-- Running ")
            or b.startswith("CREATE TABLE alembic_version")
            or b.startswith("INSERT INTO alembic_version")
            or b.startswith("UPDATE alembic_version")
            or b.startswith("DELETE FROM alembic_version")
            or b == "DROP TABLE alembic_version;")


def run_case(case_dir, dialect):
    work = tempfile.mkdtemp(prefix="retort-golden-")
    try:
        os.makedirs(os.path.join(work, "mig", "versions"))
        with open(os.path.join(work, "mig", "env.py"), "w") as f:
            f.write(ENV_PY)
        scratch = os.path.join(case_dir, "alembic.py")
        source = scratch if os.path.exists(scratch) else os.path.join(case_dir, "upgrade.py")
        shutil.copy(source, os.path.join(work, "mig", "versions", "r1.py"))
        with open(os.path.join(work, "alembic.ini"), "w") as f:
            f.write("[alembic]\nscript_location = mig\nsqlalchemy.url = %s\n" % URLS[dialect])
        proc = subprocess.run(["alembic", "-c", "alembic.ini", "upgrade", "head", "--sql"], cwd=work,
                              capture_output=True, text=True)
        return proc.returncode, proc.stdout, proc.stderr
    finally:
        shutil.rmtree(work)


def error_message(stdout, stderr):
    failed = [l for l in stdout.splitlines() if l.startswith("FAILED: ")]
    if failed:
        return failed[-1][len("FAILED: "):]
    lines = [l for l in stderr.strip().splitlines() if l.strip()]
    last = lines[-1] if lines else "unknown failure"
    if last.startswith("FAILED: "):
        return last[len("FAILED: "):]
    head, sep, tail = last.partition(": ")
    return tail if sep and head.replace(".", "").isidentifier() else last


def main(argv):
    cases = argv or sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "upgrade.py")))
    for case in cases:
        case_dir = os.path.join(HERE, case)
        for dialect in URLS:
            for ext in (".sql", ".error"):
                path = os.path.join(case_dir, dialect + ext)
                if os.path.exists(path):
                    os.remove(path)
            rc, out, err = run_case(case_dir, dialect)
            if rc != 0 or (case, dialect) in RETORT_ERRORS:
                msg = RETORT_ERRORS.get((case, dialect), error_message(out, err))
                with open(os.path.join(case_dir, dialect + ".error"), "w") as f:
                    f.write(msg + "\n")
                print("%s/%s: error: %s" % (case, dialect, msg))
                continue
            blocks = [b for b in out.split("\n\n") if b.strip() and not is_bookkeeping(b)]
            with open(os.path.join(case_dir, dialect + ".sql"), "w") as f:
                f.write("".join(b.strip("\n") + "\n\n" for b in blocks))
            print("%s/%s: %d statements" % (case, dialect, len(blocks)))


if __name__ == "__main__":
    main(sys.argv[1:])

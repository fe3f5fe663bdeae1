#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""`retort-cli backups list/create/restore` and `retort-cli ledger` on real SQLite files.

The backup catalog lives under $XDG_DATA_HOME (a temporary directory here). Ledger rows are
written with Python's sqlite3 in the table layout Retort creates (core/db/ledger.cpp).
usage: test_backups_ledger.py RETORT_CLI
"""
import hashlib
import json
import os
import pty
import shutil
import sqlite3
import subprocess
import sys
import tempfile

CLI = None
WORK = None

LEDGER_DDL = """CREATE TABLE retort_ledger (
    id INTEGER NOT NULL PRIMARY KEY, run_id VARCHAR(64) NOT NULL, revision VARCHAR(255) NOT NULL,
    direction VARCHAR(16) NOT NULL, file_sha256 VARCHAR(64), started TEXT NOT NULL, finished TEXT,
    outcome VARCHAR(16) NOT NULL, error_text TEXT, os_user VARCHAR(255), host VARCHAR(255),
    retort_version VARCHAR(64), backup_id VARCHAR(64))"""

REVISION = '''"""rev {id}

Revision ID: {id}
Revises: {down}
"""
from alembic import op

revision = '{id}'
down_revision = {down_literal}
branch_labels = None
depends_on = None


def upgrade():
    {body}


def downgrade():
    pass
'''


def run(*args, stdin=subprocess.DEVNULL, env_extra=None):
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(WORK, "data"))
    env.pop("DATABASE_URL", None)
    if env_extra:
        env.update(env_extra)
    proc = subprocess.run([CLI] + list(args), cwd=os.path.join(WORK, "project"), stdin=stdin,
                          capture_output=True, text=True, env=env, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def run_on_terminal(answer, *args):
    """Runs with a pseudo-terminal as standard input that already holds \\a answer."""
    master, slave = pty.openpty()
    try:
        os.write(master, answer.encode())
        return run(*args, stdin=slave)
    finally:
        os.close(slave)
        os.close(master)


def db_path():
    return os.path.join(WORK, "project", "app.db")


def rows(path=None):
    con = sqlite3.connect(path or db_path())
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute("SELECT * FROM %s ORDER BY 1" % t).fetchall() for t in tables}
    finally:
        con.close()


def execute(*statements, path=None):
    con = sqlite3.connect(path or db_path())
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def write_revision(rev_id, down, body="pass"):
    path = os.path.join(WORK, "project", "migrations", "versions", rev_id + "_rev.py")
    with open(path, "w") as f:
        f.write(REVISION.format(id=rev_id, down=down or "", body=body,
                                down_literal=repr(down) if down else "None"))
    return path


def setup_project():
    project = os.path.join(WORK, "project")
    os.makedirs(os.path.join(project, "migrations", "versions"))
    with open(os.path.join(project, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = migrations\nsqlalchemy.url = sqlite:///app.db\n")
    write_revision("a1", None)
    write_revision("b2", "a1")
    execute("CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT)",
            "INSERT INTO author VALUES (1, 'Ursula'), (2, 'Terry')",
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
            "INSERT INTO alembic_version VALUES ('b2')")


def listed():
    code, out, err = run("--json", "backups", "list")
    assert code == 0, (code, out, err)
    return json.loads(out)["backups"]


# --- backups ---------------------------------------------------------------------------------

def test_list_empty():
    code, out, _ = run("backups", "list")
    assert code == 0 and out.startswith("No backups in " + os.path.join(WORK, "data", "Retort", "Retort", "backups")), out
    assert listed() == []


def test_create_and_list():
    code, out, err = run("backups", "create", "--note", "by hand")
    assert code == 0, (out, err)
    assert out.startswith("Backed up sqlite:///" + db_path() + " as "), out
    assert "PRAGMA integrity_check: ok; 2 tables" in out, out
    backups = listed()
    assert len(backups) == 1, backups
    b = backups[0]
    assert b["verified"] and b["file_exists"] and b["note"] == "by hand", b
    assert b["from_revisions"] == ["b2"], b
    assert b["sha256"] == sha256(b["file"]), b
    assert b["database"] == db_path(), b
    assert b["restore_command"] == "retort-cli backups restore " + b["id"], b
    assert b["raw_restore_command"] == "cp %s %s" % (b["file"], db_path()), b
    assert rows(b["file"]) == rows(), "the backup holds the database's rows"
    code, out, _ = run("backups", "list")
    assert code == 0 and out.startswith(b["id"] + "  ") and "at b2" in out and "verified  (by hand)" in out, out


def test_restore_needs_confirmation():
    backup = listed()[0]
    original = rows(backup["file"])
    execute("DELETE FROM author WHERE id = 2", "CREATE TABLE extra (x)")
    changed = rows()
    code, out, err = run("backups", "restore", backup["id"])
    assert code == 255 and out == "FAILED: Not restored: the restore was not confirmed\n", (code, out)
    assert "pass --yes" in err, err
    assert rows() == changed
    code, out, err = run_on_terminal("n\n", "backups", "restore", backup["id"])
    assert code == 255 and "Restore? [y/N]" in err, (code, out, err)
    assert rows() == changed
    code, out, err = run_on_terminal("y\n", "backups", "restore", backup["id"][:12])
    assert code == 0, (code, out, err)
    assert rows() == original
    kept = [line for line in out.splitlines() if line.startswith("The replaced database is kept as ")]
    assert len(kept) == 1, out
    assert rows(kept[0][len("The replaced database is kept as "):]) == changed


def test_restore_with_yes_and_json():
    backup = listed()[0]
    execute("UPDATE author SET name = 'X'")
    code, out, err = run("--json", "backups", "restore", backup["id"], "--yes")
    assert code == 0, (code, out, err)
    result = json.loads(out)
    assert result["restored"]["id"] == backup["id"]
    assert result["kept_file"].startswith(db_path() + ".before-restore-")
    assert rows() == rows(backup["file"])
    assert rows(result["kept_file"])["author"] == [(1, "X"), (2, "X")]


def test_restore_refuses_changed_backup():
    backup = listed()[0]
    before = sha256(db_path())
    with open(backup["file"], "ab") as f:
        f.write(b"tampered")
    code, out, _ = run("backups", "restore", backup["id"], "--yes")
    assert code == 255 and "has changed since it was made" in out, (code, out)
    assert sha256(db_path()) == before
    code, out, _ = run("backups", "restore", "19990101", "--yes")
    assert code == 255 and out.startswith("FAILED: No backup '19990101'"), out


def test_backups_without_project():
    # list and restore do not need an alembic.ini; create does.
    env = {"ALEMBIC_CONFIG": os.path.join(WORK, "nowhere.ini")}
    code, out, _ = run("backups", "list", env_extra=env)
    assert code == 0 and listed(), out
    code, out, _ = run("backups", "create", env_extra=env)
    assert code == 255 and out.startswith("FAILED: "), out
    code, out, _ = run("backups", "frobnicate")
    assert code == 255 and "unknown action 'frobnicate'" in out, out


# --- ledger ----------------------------------------------------------------------------------

def test_ledger_absent():
    code, out, _ = run("ledger")
    assert code == 0 and out == "No ledger in sqlite:///app.db (Retort has not run a migration on it)\n", out
    code, out, _ = run("--json", "ledger")
    assert code == 0 and json.loads(out)["has_ledger"] is False, out
    missing = os.path.join(WORK, "missing.db")
    code, out, _ = run("ledger", "--url", "sqlite:///" + missing)
    assert code == 0 and out.startswith("No ledger in"), out
    assert not os.path.exists(missing), "reading the ledger created the database"


def test_ledger_rows_and_edited_revision():
    versions = os.path.join(WORK, "project", "migrations", "versions")
    sha_a1 = sha256(os.path.join(versions, "a1_rev.py"))
    sha_b2 = sha256(os.path.join(versions, "b2_rev.py"))
    row = "INSERT INTO retort_ledger (run_id, revision, direction, file_sha256, started, finished, outcome, " \
          "error_text, os_user, host, retort_version, backup_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ann', 'box', '0.1.0', ?)"
    con = sqlite3.connect(db_path())
    con.execute(LEDGER_DDL)
    con.execute(row, ("run-1", "a1", "upgrade", sha_a1, "2026-11-21T10:00:00.000Z", "2026-11-21T10:00:00.250Z",
                      "succeeded", None, "20261121-095959-000"))
    con.execute(row, ("run-1", "b2", "upgrade", sha_b2, "2026-11-21T10:00:00.250Z", "2026-11-21T10:00:01.000Z",
                      "succeeded", None, "20261121-095959-000"))
    con.execute(row, ("run-2", "c3", "upgrade", None, "2026-11-21T11:00:00.000Z", "2026-11-21T11:00:00.500Z",
                      "failed", "no such table: t", None))
    con.commit()
    con.close()
    code, out, err = run("ledger")
    assert code == 0, (out, err)
    lines = out.splitlines()
    assert lines[0] == "Ledger of sqlite:///app.db, newest first:", lines
    assert lines[1].startswith("#3  2026-11-21T11:00:00.000Z  upgrade   c3  failed  0.500 s  run-2"), lines
    assert lines[2] == "    error: no such table: t", lines
    assert lines[3].startswith("#2  ") and "b2  succeeded" in lines[3] and "backup 20261121-095959-000" in lines[3], lines
    assert lines[3].endswith("ann@box  retort 0.1.0"), lines
    assert lines[4].startswith("#1  "), lines
    assert "edited after" not in out
    code, out, _ = run("--json", "ledger", "--limit", "1")
    data = json.loads(out)
    assert code == 0 and [e["revision"] for e in data["entries"]] == ["c3"], data
    assert data["entries"][0]["outcome"] == "failed" and data["checksum_mismatches"] == [], data
    # Edit an applied revision file: the ledger notices.
    path = write_revision("b2", "a1", body="op.drop_table('author')")
    code, out, _ = run("ledger")
    assert code == 0 and "Revision files edited after they were applied:" in out, out
    assert "revision b2 (%s) was edited after it was applied" % path in out, out
    code, out, _ = run("--json", "ledger")
    mismatch = json.loads(out)["checksum_mismatches"]
    assert len(mismatch) == 1 and mismatch[0]["revision"] == "b2", mismatch
    assert mismatch[0]["recorded_sha256"] == sha_b2 and mismatch[0]["current_sha256"] == sha256(path), mismatch
    code, out, _ = run("ledger", "--limit", "many")
    assert code == 255 and "--limit must be a number" in out, out


TESTS = [test_list_empty, test_create_and_list, test_restore_needs_confirmation, test_restore_with_yes_and_json,
         test_restore_refuses_changed_backup, test_backups_without_project, test_ledger_absent,
         test_ledger_rows_and_edited_revision]


def main():
    global CLI, WORK
    CLI = os.path.abspath(sys.argv[1])
    WORK = tempfile.mkdtemp(prefix="retort-backups-")
    failed = 0
    try:
        setup_project()
        for test in TESTS:
            try:
                test()
                print("PASS " + test.__name__)
            except Exception as e:  # noqa: BLE001 - report every failure and go on
                failed += 1
                print("FAIL %s: %r" % (test.__name__, e))
    finally:
        shutil.rmtree(WORK)
    print("backups and ledger: %d passed, %d failed" % (len(TESTS) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""retort-cli's text output against the real alembic 1.8.1, byte for byte.

Projects: the bundled bookshop example, projects made by bench/gen_project.py, and small
hand-written graphs (branches, merges, labels, depends_on, several bases). For each, the same
verbs run through both tools and stdout and the exit status must match.

Alembic 1.8.1 loads revision files in os.listdir() order; upstream (>= 1.10), and Retort, load
them sorted. The oracle therefore runs with os.listdir patched to return sorted names, which
is exactly the upstream rule. Output that Alembic builds from Python sets (the children listed
by `branches`, several labels in one pair of parentheses) is compared with its items sorted.
usage: test_cli_output.py RETORT_CLI
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ORACLE = ("import os, sys\n"
          "_listdir = os.listdir\n"
          "os.listdir = lambda p='.': sorted(_listdir(p))\n"
          "from alembic.config import main\n"
          "main(prog='alembic')\n")

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

# Small graphs: (id, down_revision, branch_labels, depends_on)
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

QUERIES = [
    ["heads"], ["heads", "-v"], ["heads", "--resolve-dependencies"],
    ["history"], ["history", "-v"], ["branches"], ["branches", "-v"],
    ["show", "heads"], ["show", "base"], ["show", "zzzz"], ["show", "head"],
]


def write_graph(root, revisions):
    versions = os.path.join(root, "migrations", "versions")
    os.makedirs(versions)
    with open(os.path.join(root, "alembic.ini"), "w") as f:
        f.write("[alembic]\nscript_location = %(here)s/migrations\n")
    for rev, down, labels, deps in revisions:
        down_text = ", ".join(down) if isinstance(down, tuple) else (down or "")
        with open(os.path.join(versions, "%s_step.py" % rev), "w") as f:
            f.write(REVISION.format(doc="step " + rev, rev=rev, down=down, down_text=down_text,
                                    labels=labels, deps=deps))


def normalise(text):
    """Sort the items of set-ordered output so both tools compare equal."""
    text = re.sub(r"\(([^()]*, [^()]*)\)", lambda m: "(" + ", ".join(sorted(m.group(1).split(", "))) + ")", text)
    text = re.sub(r"^(Branch names|Branches into): (.*)$",
                  lambda m: m.group(1) + ": " + ", ".join(sorted(m.group(2).split(", "))), text, flags=re.M)
    blocks = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        arrows = [l for l in lines if l.lstrip().startswith("-> ")]
        rest = [l for l in lines if not l.lstrip().startswith("-> ")]
        blocks.append("\n".join(rest + sorted(arrows)))
    return "\n\n".join(blocks)


def run(argv, cwd):
    proc = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8", "replace")


def extra_queries(project):
    """Queries that name real revisions of this project: show, ranges, partial ids."""
    code, out = run(["alembic", "-c", "alembic.ini", "heads"], project)
    heads = [line.split()[0] for line in out.splitlines() if line]
    code, out = run(["/usr/bin/python3", "-c", ORACLE, "-c", "alembic.ini", "history"], project)
    ids = [m.group(1) for m in re.finditer(r"-> (\w+)", out)]
    queries = []
    if ids:
        middle = ids[len(ids) // 2]
        queries += [["show", middle], ["show", middle[:6]], ["history", "-r", "%s:" % middle],
                    ["history", "-r", ":%s" % middle], ["history", "-r", "base:%s" % middle]]
    if heads:
        queries += [["show", heads[0]], ["history", "-r", "%s:heads" % ids[-1]]]
    return queries


def compare(project, cli):
    failures = []
    checked = 0
    for query in QUERIES + extra_queries(project):
        expected = run(["/usr/bin/python3", "-c", ORACLE, "-c", "alembic.ini"] + query, project)
        actual = run([cli, "-c", "alembic.ini"] + query, project)
        checked += 1
        if expected[0] == 1 and not expected[1]:
            # Alembic died with a Python traceback (e.g. an AssertionError inside its
            # topological sort); Retort must fail cleanly instead.
            if actual[0] != 255 or not actual[1].startswith("FAILED: "):
                failures.append((project, query, expected, actual))
            continue
        if expected[0] != actual[0] or normalise(expected[1]) != normalise(without_operations(query, actual[1])):
            failures.append((project, query, expected, actual))
    return checked, failures


def without_operations(query, output):
    """`retort-cli show` prints Alembic's text, then its own "Operations (dialect):" sections
    after each revision; those sections are Retort's and are left out of the comparison (the
    remaining text must still be Alembic's, byte for byte)."""
    if query[0] != "show":
        return output
    kept, skipping = [], False
    for line in output.splitlines(keepends=True):
        if line.startswith("Operations ("):
            if not skipping and kept and kept[-1] == "\n":
                kept.pop()  # the blank line that introduces the first section
            skipping = True
            continue
        if skipping and (line.startswith("  ") or line == "\n"):
            continue
        skipping = False
        kept.append(line)
    return "".join(kept)


def main():
    cli = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="retort-cli-output-")
    try:
        projects = []
        bookshop = os.path.join(work, "bookshop")
        shutil.copytree(os.path.join(ROOT, "resources", "examples", "bookshop"), bookshop)
        projects.append(bookshop)
        for name, revisions in GRAPHS.items():
            write_graph(os.path.join(work, name), revisions)
            projects.append(os.path.join(work, name))
        for size in (30, 130):
            path = os.path.join(work, "generated_%d" % size)
            subprocess.check_call(["/usr/bin/python3", os.path.join(ROOT, "bench", "gen_project.py"), str(size), path])
            projects.append(path)
        total, failures = 0, []
        for project in projects:
            checked, failed = compare(project, cli)
            total += checked
            failures += failed
        for project, query, expected, actual in failures[:10]:
            print("MISMATCH %s: %s\n--- alembic (exit %d)\n%s--- retort-cli (exit %d)\n%s"
                  % (os.path.basename(project), " ".join(query), expected[0], expected[1], actual[0], actual[1]))
        print("cli output: %d passed, %d failed" % (total - len(failures), len(failures)))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())

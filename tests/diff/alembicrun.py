# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Running the real alembic (the oracle) and retort-cli side by side on one project.

Shared by the differential tests in tests/diff/ (and usable from tests/cli/). The oracle is
Debian's Alembic 1.8.1, run as `<python> -m alembic` with the interpreter running this module
(the CMake files pass /usr/bin/python3; a pyenv/venv python3 cannot import it). Bytecode is
never written, so projects in the source tree stay clean.
"""
import difflib
import os
import re
import subprocess
import sys

ORACLE = [sys.executable, "-m", "alembic"]

# URLs for offline runs: only the dialect matters, nothing connects.
OFFLINE_URLS = {"sqlite": "sqlite:///offline.db", "postgresql": "postgresql://scott:tiger@localhost/test"}


class Result:
    """Exit code and outputs of one command."""

    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err

    @property
    def ok(self):
        return self.code == 0

    def failed_line(self):
        """The `FAILED: ...` line of alembic/retort-cli output, or the last line of stderr."""
        for line in (self.out + "\n" + self.err).splitlines():
            if line.startswith("FAILED: "):
                return line
        lines = [l for l in self.err.splitlines() if l.strip()]
        return lines[-1] if lines else "exit %d" % self.code


def run(argv, cwd=None, env=None, timeout=300):
    full_env = dict(os.environ)
    full_env["PYTHONDONTWRITEBYTECODE"] = "1"
    full_env.update(env or {})
    proc = subprocess.run(argv, cwd=cwd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout)
    return Result(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def write_ini(project, path, url):
    """Writes a copy of PROJECT/alembic.ini to PATH with %(here)s resolved to the project
    directory and sqlalchemy.url set to URL; returns PATH."""
    with open(os.path.join(project, "alembic.ini")) as f:
        text = f.read()
    here = os.path.abspath(project)
    lines = []
    for line in text.replace("%(here)s", here).splitlines():
        if re.match(r"sqlalchemy\.url\s*=", line):
            line = "sqlalchemy.url = " + url
        lines.append(line)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    return path


def alembic(ini, args, env=None, cwd=None):
    return run(ORACLE + ["-c", ini] + list(args), cwd=cwd, env=env)


def retort(cli, ini, args, env=None, cwd=None):
    return run([cli, "-c", ini] + list(args), cwd=cwd, env=env)


def text_diff(expected, actual, name_a="alembic", name_b="retort-cli", limit=60):
    """A unified diff of two texts, at most LIMIT lines; empty when equal."""
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), name_a, name_b, lineterm="", n=2))
    if len(lines) > limit:
        lines = lines[:limit] + ["... (%d more diff lines)" % (len(lines) - limit)]
    return "\n".join(lines)


def compare_offline(cli, ini, args):
    """Runs ARGS (an offline command) with alembic and retort-cli on INI. Returns
    (alembic_result, retort_result, difference) where difference is None when both printed
    the same script (or both failed with the same FAILED line)."""
    expected = alembic(ini, args)
    actual = retort(cli, ini, args)
    if expected.code == actual.code and expected.out == actual.out:
        return expected, actual, None
    if not expected.ok and not actual.ok and expected.failed_line() == actual.failed_line():
        # alembic may have printed part of the script before failing; Retort prints nothing partial.
        return expected, actual, None
    if not expected.ok or not actual.ok:
        return expected, actual, "alembic exit %d: %s\nretort-cli exit %d: %s" % (
            expected.code, "(ok)" if expected.ok else expected.failed_line(),
            actual.code, "(ok)" if actual.ok else actual.failed_line())
    return expected, actual, text_diff(expected.out, actual.out)

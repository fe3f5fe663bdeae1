#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Files Retort writes, checked with the real Alembic 1.8.1 and Mako.

1. Rendering: Retort's MakoTemplate (through retort-makorender) against Mako itself, byte
   for byte, on Alembic's generic/async/multidb templates, the bookshop's, the template of
   Retort's new projects, the templates in tests/data/mako and a list of lexer-rule snippets,
   each with several variable sets (base, merge, labels, depends_on list, aware date, bodies).
   Where Mako fails, Retort must fail too.
2. Revisions: the same `revision`/`merge` commands run by `alembic` in one copy of a project
   and by `retort-cli` in another must write the same file name and the same bytes apart from
   the Create Date line (merges: the same parents as a set). Projects: the bookshop, and
   `alembic init -t generic|async|multidb` environments. Afterwards `alembic heads`,
   `alembic history` and `alembic upgrade heads --sql` must succeed on Retort's copy and print
   what they print on Alembic's. Version locations: --version-path and "the parent's
   directory" as Alembic picks them.
3. New projects: `retort-cli init` (ProjectInitializer) passes `alembic heads`,
   `alembic revision -m x`, `alembic upgrade head` on SQLite (online and --sql) and
   `alembic downgrade base`, from another working directory too.

Usage: test_written_files.py --cli retort-cli --render retort-makorender
           --source-dir REPO [--work-dir DIR] [--alembic PATH]
Exit 0 on success, 1 with "FAIL: ..." lines, 77 when alembic or mako is missing.
"""
import argparse
import ast
import datetime
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ALEMBIC_TEMPLATES = "/usr/lib/python3/dist-packages/alembic/templates"
CREATE_DATE = re.compile(r"^Create Date: .*$", re.M)
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message)


class Runner:
    def __init__(self, alembic, cli):
        self.alembic = alembic
        self.cli = cli
        self.env = dict(os.environ)
        for key in ("ALEMBIC_CONFIG", "PYTHONPATH", "DATABASE_URL"):
            self.env.pop(key, None)

    def run(self, argv, cwd, ok=True, env=None):
        proc = subprocess.run(argv, cwd=cwd, env=env or self.env, capture_output=True, text=True)
        if ok and proc.returncode != 0:
            raise RuntimeError("`%s` in %s exited %d\nstdout:\n%s\nstderr:\n%s"
                               % (" ".join(argv), cwd, proc.returncode, proc.stdout, proc.stderr))
        return proc

    def alembic_cmd(self, cwd, *args, **kw):
        return self.run([self.alembic, *args], cwd, **kw)

    def retort(self, cwd, *args, **kw):
        return self.run([self.cli, *args], cwd, **kw)


# ---------------------------------------------------------------------------------------------
# 1. Rendering against Mako

def python_value(value, options):
    from alembic.util import format_as_comma

    if isinstance(value, list):
        return tuple(python_value(v, options) for v in value)
    if isinstance(value, dict):
        if "list" in value:
            return [python_value(v, options) for v in value["list"]]
        if "callable" in value:
            return {"comma": format_as_comma}[value["callable"]]
        if "object" in value:
            class Config:
                def get_main_option(self, key, default=None):
                    return options.get(key, default)
            return Config()
        when = datetime.datetime.fromisoformat(value["datetime"]).replace(microsecond=value.get("microsecond", 0))
        if value.get("offset") is not None:
            when = when.replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=value["offset"])))
        return when
    return value


def mako_render(case):
    from mako.template import Template

    options = case.get("options", {})
    try:
        template = Template(filename=case["template"]) if "template" in case else Template(case["source"])
        variables = {k: python_value(v, options) for k, v in case["variables"].items()}
        return {"ok": True, "text": template.render_unicode(**variables)}
    except Exception as exc:  # Mako's and the template's own errors alike
        return {"ok": False, "error": "%s: %s" % (type(exc).__name__, exc)}


def variable_sets():
    def make(down, labels, deps, message, offset=None, bodies=False):
        v = {"up_revision": "1975ea83b712", "down_revision": down, "branch_labels": labels,
             "depends_on": deps, "message": message, "comma": {"callable": "comma"},
             "config": {"object": "config"},
             "create_date": {"datetime": "2026-11-21T09:30:01", "microsecond": 794456, "offset": offset}}
        if bodies:
            v["upgrades"] = "op.create_table(\n        'account',\n        sa.Column('id', sa.Integer()),\n    )"
            v["downgrades"] = "op.drop_table('account')"
            v["imports"] = "import json"
        return v
    return [
        make(None, None, None, "create account table"),
        make("a1", ["media"], "a2", "add a column"),
        make(["a1", "b2"], None, {"list": ["x", "y"]}, "merge heads", offset=0),
        make("a1", ["a", "b"], None, "\u00fcn\u00efcode 'quoted' \"too\"", offset=-19800, bodies=True),
        make("a1", None, None, "empty message", bodies=True),
    ]


SNIPPETS = [
    "a <& b", "x\n%% foo\n  %% bar\n", "a\\\nb", "q\n  ## c\nz", "<%text>${x} % if\n</%text>\nend",
    "${'a<b' | h}", "${None}", "${('a','b')}", "${1 if 0 else 'pass'}", "<%\n  y = 3\n%>\n${y}",
    "% for a in [1,2]:\n${a}\n% endfor\n", "<%doc>hi</%doc>\nX", "a \\\n% if True:\nb\n% endif\n",
    "%% at start\n", "${branch_labels | repr}", "${down_revision | repr}", "${message | trim,h}",
    "${message | u}", "${None | n}", "${1 | n}", "line\r\nwin\r\n% if True:\r\nx\r\n% endif\r\n",
    "${message.title()} ${message.capitalize()} ${message.split()}", "<%! import re %>${re.split(r',\\s*', 'a, b,c')}",
    "${'a' * 3}${[1,2] + [3]}", "${not message} ${1 < 2 < 3}", "${str(None)} ${repr(\"it's\")} ${repr('a\\nb\\x01\\u2028')}",
    "${ord('a')} ${chr(233)} ${int('12') + 1} ${bool(0)} ${tuple('ab')} ${sorted(['b','a'])}",
    "trailing \\", "x\\\r\ny", "${'a' if\n True else 'b'}", "% for a, b in [('x', 1), ('y', 2)]:\n${a}=${b}\n% endfor",
    "<%text/>after", "${message.replace('e', 'E', 1)} ${message.startswith(('cr', 'x'))}",
    "% if True:\n% x = 5\n% endif\n", "${'{} and {}'.format('a', 1)}", "${'a%%b' % ()}", "${'%s %s' % ('a',)}",
    "${'%s' % ('a', 'b')}", "${create_date.isoformat()} ${create_date.strftime('%Y%m%d %H%M%S.%f %z')}",
    "${x}", "${upgrades}", "% endif\n", "% if True:\nno end\n", "${ 'a' # comment\n}", "<% x = '%>' %>${x}",
    "${message[0:6]} ${message[-5:]} ${message[::-1]} ${message[3]}", "${f'{up_revision!r}-{message}'}",
    "${context.get('message', '?')} ${context.get('nope', 'pass')}", "${config.get_main_option('databases')}",
    "${len(message)} ${message.upper()}", "${isinstance(down_revision, tuple)} ${isinstance(message, str)}",
    "${'%05d|%-4s|%x|%c' % (42, 'ab', 255, 65)}", "${down_revision or None} ${message and 'yes'}",
]


def rendering_cases(source_dir, init_template):
    cases = []
    templates = [os.path.join(ALEMBIC_TEMPLATES, t, "script.py.mako") for t in ("generic", "async", "multidb")]
    templates.append(os.path.join(source_dir, "resources/examples/bookshop/migrations/script.py.mako"))
    templates.append(init_template)
    data = os.path.join(source_dir, "tests/data/mako")
    templates += [os.path.join(data, name) for name in sorted(os.listdir(data))]
    options = [{}, {"databases": "engine1, engine2"}]
    for template in templates:
        for variables in variable_sets():
            for option in options:
                cases.append({"template": template, "variables": variables, "options": option})
    for snippet in SNIPPETS:
        cases.append({"source": snippet, "variables": variable_sets()[2], "options": options[1]})
    return cases


def check_rendering(render, source_dir, init_template, work):
    cases = rendering_cases(source_dir, init_template)
    path = os.path.join(work, "render_cases.json")
    with open(path, "w") as f:
        json.dump(cases, f)
    out = subprocess.run([render, path], capture_output=True, check=True)
    results = json.loads(out.stdout)
    if len(results) != len(cases):
        fail("retort-makorender answered %d of %d cases" % (len(results), len(cases)))
        return
    compared = 0
    for case, mine in zip(cases, results):
        ref = mako_render(case)
        what = case.get("template", repr(case.get("source")))
        if ref["ok"] != mine["ok"]:
            fail("rendering %s: Mako %s, Retort %s" % (what, ref.get("error", "renders"), mine.get("error", "renders")))
        elif ref["ok"] and ref["text"].encode("utf-8") != mine["text"].encode("utf-8"):
            fail("rendering %s differs:\n--- mako\n%s\n--- retort\n%s" % (what, ref["text"], mine["text"]))
        else:
            compared += 1
    print("rendering: %d of %d cases identical to Mako" % (compared, len(cases)))


# ---------------------------------------------------------------------------------------------
# 2. Revision files against `alembic revision` / `alembic merge`

def normalized(text):
    return CREATE_DATE.sub("Create Date: <date>", text)


def header(path):
    """revision, down_revision, branch_labels, depends_on of a written file (literals)."""
    values = {}
    for node in ast.parse(open(path, encoding="utf-8").read()).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        if isinstance(target, ast.Name) and node.value is not None:
            try:
                values[target.id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return values


def new_files(directory, before):
    found = set()
    for root, _dirs, files in os.walk(directory):
        found |= {os.path.join(root, f) for f in files if f.endswith(".py")}
    return sorted(found - before)


def all_py(directory):
    return set(new_files(directory, set()))


class Pair:
    """Two copies of one project: `a` driven by alembic, `b` by retort-cli."""

    def __init__(self, runner, work, name, make):
        self.runner = runner
        self.name = name
        self.a = os.path.join(work, name + "-alembic")
        self.b = os.path.join(work, name + "-retort")
        for path in (self.a, self.b):
            shutil.rmtree(path, ignore_errors=True)
            make(path)

    def both(self, what, alembic_args, retort_args, merge=False):
        before_a, before_b = all_py(self.a), all_py(self.b)
        self.runner.alembic_cmd(self.a, *alembic_args)
        self.runner.retort(self.b, *retort_args)
        made_a, made_b = new_files(self.a, before_a), new_files(self.b, before_b)
        if len(made_a) != 1 or len(made_b) != 1:
            fail("%s/%s: alembic wrote %s, retort wrote %s" % (self.name, what, made_a, made_b))
            return None
        rel_a, rel_b = os.path.relpath(made_a[0], self.a), os.path.relpath(made_b[0], self.b)
        if rel_a != rel_b:
            fail("%s/%s: file %s (alembic) vs %s (retort)" % (self.name, what, rel_a, rel_b))
        text_a = normalized(open(made_a[0], encoding="utf-8").read())
        text_b = normalized(open(made_b[0], encoding="utf-8").read())
        head_a, head_b = header(made_a[0]), header(made_b[0])
        if merge:
            # Alembic 1.8.1 orders the parents by directory listing order; compare them as sets.
            for head in (head_a, head_b):
                head["down_revision"] = sorted(head.get("down_revision") or ())
            strip = re.compile(r"^(Revises: |down_revision).*$", re.M)
            text_a, text_b = strip.sub("", text_a), strip.sub("", text_b)
        if head_a != head_b:
            fail("%s/%s: headers differ: alembic %s, retort %s" % (self.name, what, head_a, head_b))
        elif text_a != text_b:
            fail("%s/%s: contents differ:\n--- alembic\n%s\n--- retort\n%s" % (self.name, what, text_a, text_b))
        return head_b

    def same_output(self, *args):
        """`alembic ARGS` on both copies prints the same lines, up to line order (1.8.1 loads files
        in directory order) and the order inside "(a, b)" groups (Python sets)."""
        out_a = self.runner.alembic_cmd(self.a, *args).stdout
        out_b = self.runner.alembic_cmd(self.b, *args).stdout
        if normalized_lines(out_a) != normalized_lines(out_b):
            fail("%s: `alembic %s` differs:\n--- on alembic's files\n%s\n--- on retort's files\n%s"
                 % (self.name, " ".join(args), out_a, out_b))
        return out_b


def normalized_lines(output):
    def sort_group(match):
        return "(" + ", ".join(sorted(match.group(1).split(", "))) + ")"
    return sorted(re.sub(r"\(([^()]*)\)", sort_group, line) for line in output.splitlines())


def check_bookshop(runner, source_dir, work):
    pair = Pair(runner, work, "bookshop",
                lambda path: shutil.copytree(os.path.join(source_dir, "resources/examples/bookshop"), path))
    long_message = "Add a very long message with punctuation!! and \u00dcNICODE chars, exceeding forty characters limit"
    pair.both("revision", ["revision", "-m", long_message, "--rev-id", "aaaa00000001"],
              ["revision", "-m", long_message, "--rev-id", "aaaa00000001"])
    pair.both("no message", ["revision", "--rev-id", "aaaa00000002"], ["revision", "--rev-id", "aaaa00000002"])
    pair.both("new base", ["revision", "-m", "second root", "--head", "base", "--rev-id", "bbbb00000001"],
              ["revision", "-m", "second root", "--head", "base", "--rev-id", "bbbb00000001"])
    pair.both("splice", ["revision", "-m", "hotfix", "--head", "e5a8b3", "--splice", "--rev-id", "cccc00000001"],
              ["revision", "-m", "hotfix", "--head", "e5a8b3", "--splice", "--rev-id", "cccc00000001"])
    pair.both("depends_on and label",
              ["revision", "-m", "reports", "--head", "bbbb00000001", "--depends-on", "1d9f", "--depends-on", "media",
               "--branch-label", "reports", "--rev-id", "dddd00000001"],
              ["revision", "-m", "reports", "--head", "bbbb00000001", "--depends-on", "1d9f,media",
               "--branch-label", "reports", "--rev-id", "dddd00000001"])
    pair.both("one dependency", ["revision", "-m", "one dep", "--head", "reports@head", "--depends-on", "8b7e",
                                 "--rev-id", "dddd00000002"],
              ["revision", "-m", "one dep", "--head", "reports@head", "--depends-on", "8b7e", "--rev-id", "dddd00000002"])
    merged = pair.both("merge heads", ["merge", "heads", "-m", "merge all heads", "--rev-id", "eeee00000001"],
                       ["merge", "heads", "-m", "merge all heads", "--rev-id", "eeee00000001"], merge=True)
    if merged and sorted(merged["down_revision"]) != sorted(["aaaa00000002", "cccc00000001", "dddd00000002"]):
        fail("bookshop: the merge's parents are %s" % (merged["down_revision"],))
    pair.both("merge by ids", ["revision", "-m", "after", "--rev-id", "ffff00000001"],
              ["revision", "-m", "after", "--rev-id", "ffff00000001"])
    heads = normalized_lines(pair.same_output("heads"))
    if heads != ["ffff00000001 (media, reports) (head)"]:
        fail("bookshop: alembic heads on Retort's files: %r" % heads)
    history = normalized_lines(pair.same_output("history"))
    for line in ("aaaa00000002, cccc00000001, dddd00000002 -> eeee00000001 (media, reports) (mergepoint), merge all heads",
                 "bbbb00000001 (1d9f4e2b7c35, media) -> dddd00000001 (reports), reports",
                 "dddd00000001 (8b7e4d2c1a90) -> dddd00000002 (reports), one dep",
                 "<base> -> bbbb00000001, second root", "e5a8b3c6d701 -> cccc00000001, hotfix"):
        if line not in history:
            fail("bookshop: `alembic history` lacks %r:\n%s" % (line, "\n".join(history)))
    # Offline on PostgreSQL: the bookshop's SQLite batch steps need a live connection.
    env = dict(runner.env, DATABASE_URL="postgresql://localhost/bookshop")
    sql = runner.run([runner.alembic, "upgrade", "heads", "--sql"], pair.b, env=env).stdout
    if "UPDATE alembic_version SET version_num='ffff00000001'" not in sql:
        fail("bookshop: upgrade heads --sql does not reach ffff00000001:\n" + sql[-2000:])
    # Alembic refuses what Retort refuses.
    for args in (["revision", "-m", "x", "--head", "e5a8b3"], ["revision", "-m", "x", "--rev-id", "a-b"]):
        a = runner.alembic_cmd(pair.a, *args, ok=False)
        b = runner.retort(pair.b, *args, ok=False)
        if b.returncode == 0 or a.returncode == 0:
            fail("bookshop: %s accepted (alembic %d, retort %d)" % (args, a.returncode, b.returncode))
        elif a.stdout.strip().splitlines()[-1] != b.stdout.strip().splitlines()[-1]:
            fail("bookshop: %s: alembic says %r, retort %r" % (args, a.stdout.strip(), b.stdout.strip()))


def check_init_templates(runner, work):
    for template in ("generic", "async", "multidb"):
        def make(path, template=template):
            os.makedirs(path)
            runner.alembic_cmd(path, "init", "-t", template, "env")
        pair = Pair(runner, work, "init-" + template, make)
        pair.both("base", ["revision", "-m", "first", "--rev-id", "000000000001"],
                  ["revision", "-m", "first", "--rev-id", "000000000001"])
        pair.both("child", ["revision", "-m", "second step", "--rev-id", "000000000002", "--branch-label", "main"],
                  ["revision", "-m", "second step", "--rev-id", "000000000002", "--branch-label", "main"])
        pair.same_output("history")


def check_version_locations(runner, work):
    def make(path):
        os.makedirs(path)
        runner.alembic_cmd(path, "init", "env")
        ini = os.path.join(path, "alembic.ini")
        text = open(ini).read().replace("version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.",
                                        "version_path_separator = os")
        text = text.replace("[alembic]\n", "[alembic]\nversion_locations = %(here)s/env/versions:%(here)s/more\n")
        open(ini, "w").write(text)
        os.makedirs(os.path.join(path, "more"))
    pair = Pair(runner, work, "locations", make)
    a = runner.alembic_cmd(pair.a, "revision", "-m", "x", ok=False)
    b = runner.retort(pair.b, "revision", "-m", "x", ok=False)
    if a.stdout.strip() != b.stdout.strip():
        fail("locations: alembic %r, retort %r" % (a.stdout.strip(), b.stdout.strip()))
    pair.both("version path", ["revision", "-m", "in more", "--rev-id", "000000000001", "--version-path", "more"],
              ["revision", "-m", "in more", "--rev-id", "000000000001", "--version-path", "more"])
    pair.both("child follows parent", ["revision", "-m", "child", "--rev-id", "000000000002"],
              ["revision", "-m", "child", "--rev-id", "000000000002"])
    if not os.path.exists(os.path.join(pair.b, "more", "000000000002_child.py")):
        fail("locations: the child is not in its parent's directory")


# ---------------------------------------------------------------------------------------------
# 3. New projects

def check_new_project(runner, work):
    root = os.path.join(work, "newproject")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    ini = os.path.join(root, "alembic.ini")
    runner.retort(root, "-c", ini, "init", os.path.join(root, "migrations"), "--url", "sqlite:///%(here)s/app.db")
    elsewhere = tempfile.mkdtemp(dir=work)
    if runner.alembic_cmd(elsewhere, "-c", ini, "heads").stdout.strip() != "":
        fail("new project: heads of an empty project is not empty")
    runner.alembic_cmd(elsewhere, "-c", ini, "revision", "-m", "create account table", "--rev-id", "100000000001")
    runner.retort(elsewhere, "-c", ini, "revision", "-m", "add ops skeleton", "--rev-id", "100000000002",
                  "--template", "ops")
    runner.retort(elsewhere, "-c", ini, "revision", "-m", "raw sql", "--rev-id", "100000000003", "--template", "sql",
                  "--branch-label", "main")
    heads = runner.alembic_cmd(elsewhere, "-c", ini, "heads").stdout.strip()
    if heads != "100000000003 (main) (head)":
        fail("new project: alembic heads says %r" % heads)
    offline = runner.alembic_cmd(elsewhere, "-c", ini, "upgrade", "head", "--sql").stdout
    if "-- SQL that applies this revision" not in offline or "INSERT INTO alembic_version" not in offline:
        fail("new project: upgrade head --sql:\n" + offline)
    runner.alembic_cmd(elsewhere, "-c", ini, "upgrade", "head")
    rows = sqlite3.connect(os.path.join(root, "app.db")).execute("SELECT version_num FROM alembic_version").fetchall()
    if rows != [("100000000003",)]:
        fail("new project: version table after upgrade head: %r" % rows)
    runner.alembic_cmd(elsewhere, "-c", ini, "downgrade", "base")
    # DATABASE_URL wins over the ini, as env.py promises.
    env = dict(runner.env, DATABASE_URL="sqlite:///" + os.path.join(work, "other.db"))
    runner.run([runner.alembic, "-c", ini, "upgrade", "head"], elsewhere, env=env)
    if not os.path.exists(os.path.join(work, "other.db")):
        fail("new project: DATABASE_URL was not used")
    again = runner.retort(root, "-c", ini, "init", os.path.join(root, "migrations"), ok=False)
    if again.returncode != 255 or "already exists" not in again.stdout:
        fail("new project: a second init was not refused: %r" % again.stdout)
    return os.path.join(root, "migrations", "script.py.mako")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--render", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--work-dir")
    ap.add_argument("--alembic", default=shutil.which("alembic") or "/usr/bin/alembic")
    args = ap.parse_args()
    try:
        import mako  # noqa: F401
        import alembic  # noqa: F401
    except ImportError:
        print("SKIP: alembic/mako cannot be imported by %s" % sys.executable)
        return 77
    if not os.path.exists(args.alembic):
        print("SKIP: no alembic executable")
        return 77
    work = args.work_dir or tempfile.mkdtemp(prefix="retort-written-")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    runner = Runner(args.alembic, os.path.abspath(args.cli))
    try:
        init_template = check_new_project(runner, work)
        check_rendering(os.path.abspath(args.render), args.source_dir, init_template, work)
        check_bookshop(runner, args.source_dir, work)
        check_init_templates(runner, work)
        check_version_locations(runner, work)
    except RuntimeError as exc:
        fail(str(exc))
    if FAILURES:
        print("written files: %d failure(s)" % len(FAILURES))
        return 1
    print("written files: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

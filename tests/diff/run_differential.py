#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Differential test: retort-cli against real Alembic on generated projects.

Usage:
  run_differential.py --cli PATH/retort-cli [--count 200] [--seed N] [--work-dir DIR]
  run_differential.py --cli PATH/retort-cli --projects DIR   # reuse gen_projects.py output

Generates the projects (gen_projects.py) unless --projects is given, runs
oracle.py once (one /usr/bin/python3 process driving Alembic's API), then asks
retort-cli the same questions with --json:

  heads [--resolve-dependencies]      heads as sets, effective_head flags, labels
  show IDENT                          resolved revisions as sets (plus parents,
                                      labels, dependencies, doc of each), or the
                                      exact error text
  plan VERB TARGET... [--from ROWS]   the step list exactly (revision, direction,
                                      from/to sets, same order), the rows after
                                      every step, the final rows; each single-
                                      statement step's version SQL exactly
                                      (that is every step of a linear project);
                                      or the exact error text

Merge and unmerge steps emit several statements whose INSERT/UPDATE/DELETE
choice Alembic takes from a Python set, so there only their effect (rows
after the step) and the kinds of statement are compared. Where Alembic
itself dies with a traceback (e.g. "rev+2" walking off a head), retort-cli
only has to answer cleanly (exit 0 or 255 with JSON): a robustness check.

Prints "differential: N passed, M failed" and the first mismatches; exits 1
on any mismatch, 2 on a harness error, 77 (skip) when Alembic is missing.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE_PYTHON = "/usr/bin/python3"
_RETURNING = re.compile(r"\s+(RETURNING|OUTPUT)\s.*$", re.S)


class Mismatch(Exception):
    def __init__(self, what, expected, actual):
        super().__init__(what)
        self.what, self.expected, self.actual = what, expected, actual


def expect(cond, what, expected, actual):
    if not cond:
        raise Mismatch(what, expected, actual)


# --- running retort-cli -------------------------------------------------------

def cli_command(cli, ini, words, positionals):
    """retort-cli -c INI WORDS... --json POSITIONALS.

    Like Alembic's argparse command line, retort-cli takes "-1" as a positional
    value (a relative revision), so no "--" is needed before it.
    """
    return [cli, "-c", ini] + words + ["--json"] + positionals


def run_cli(cmd, timeout):
    """{'exit': code, 'json': obj or None, 'stdout':..., 'stderr':...}."""
    env = dict(os.environ)
    env.pop("ALEMBIC_CONFIG", None)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"exit": None, "json": None, "stdout": "", "stderr": "timed out after %ss" % timeout}
    try:
        data = json.loads(proc.stdout) if proc.stdout.strip() else None
    except ValueError:
        data = None
    return {"exit": proc.returncode, "json": data, "stdout": proc.stdout, "stderr": proc.stderr}


def success_json(res):
    expect(res["exit"] == 0 and isinstance(res["json"], dict), "exit 0 with a JSON object",
           "success", {"exit": res["exit"], "stdout": res["stdout"][:400], "stderr": res["stderr"][-400:]})
    return res["json"]


def check_error(res, text):
    actual = res["json"].get("error") if isinstance(res["json"], dict) else None
    expect(res["exit"] == 255 and actual == text, "error text (exit 255)",
           {"exit": 255, "error": text},
           {"exit": res["exit"], "error": actual, "stdout": res["stdout"][:300], "stderr": res["stderr"][-300:]})


# --- comparisons --------------------------------------------------------------

def compare_heads(oracle, res, resolve):
    data = success_json(res)
    heads = data.get("heads")
    expect(isinstance(heads, list), "'heads' list", "list", data)
    got = {h.get("revision") for h in heads}
    if resolve:
        expect(got == set(oracle["real_heads"]), "heads --resolve-dependencies (set)",
               sorted(oracle["real_heads"]), sorted(got))
        return
    expect(got == set(oracle["heads"]), "heads (set)", sorted(oracle["heads"]), sorted(got))
    for h in heads:
        rid = h["revision"]
        effective = rid not in oracle["real_heads"]
        expect(bool(h.get("effective_head")) == effective, "effective_head of %s" % rid, effective,
               h.get("effective_head"))
        labels = sorted(oracle["revisions"][rid]["branch_labels"])
        expect(sorted(h.get("branch_labels") or []) == labels, "branch_labels of head %s" % rid, labels,
               h.get("branch_labels"))


def compare_show(oracle, query, res):
    if "error" in query:
        check_error(res, query["error"])
        return
    data = success_json(res)
    revs = data.get("revisions")
    expect(isinstance(revs, list), "'revisions' list", "list", data)
    got = {r.get("revision") for r in revs}
    expect(got == set(query["result"]), "resolved revisions (set)", sorted(set(query["result"])), sorted(got))
    for r in revs:
        want = oracle["revisions"][r["revision"]]
        expect(list(r.get("down_revision") or []) == want["down_revision"],
               "down_revision of %s" % r["revision"], want["down_revision"], r.get("down_revision"))
        expect(sorted(r.get("branch_labels") or []) == want["branch_labels"],
               "branch_labels of %s" % r["revision"], want["branch_labels"], r.get("branch_labels"))
        deps = sorted(r.get("depends_on") or [])
        expect(deps in (sorted(want["depends_on"]), sorted(want["resolved_depends_on"])),
               "depends_on of %s (declared or resolved)" % r["revision"], want["depends_on"], deps)
        if "doc" in r:
            expect(r["doc"] == want["doc"], "doc of %s" % r["revision"], want["doc"], r["doc"])
        if r.get("path"):
            expect(os.path.basename(r["path"]) == want["path"], "path of %s" % r["revision"], want["path"],
                   r["path"])


def normalize_sql(sql):
    sql = (sql or "").strip()
    if sql.endswith(";"):
        sql = sql[:-1].rstrip()
    return _RETURNING.sub("", sql)


def apply_statement(rows, st, where):
    kind, frm, to = st.get("kind"), st.get("from") or "", st.get("to") or ""
    if kind == "insert":
        expect(to and to not in rows, "%s: INSERT of a new row" % where, "row not present", [st, rows])
        rows.append(to)
    elif kind == "update":
        expect(frm in rows and to not in rows, "%s: UPDATE of a present row" % where, "from present, to absent",
               [st, rows])
        rows[rows.index(frm)] = to
    elif kind == "delete":
        expect(frm in rows, "%s: DELETE of a present row" % where, "row present", [st, rows])
        rows.remove(frm)
    else:
        raise Mismatch("%s: statement kind" % where, "insert|update|delete", st)


def compare_step(i, want, got, rows, exact_sql):
    where = "step %d" % i
    expect(got.get("direction") == want["direction"], where + " direction", want["direction"], got.get("direction"))
    expect((got.get("revision") or "") == want["revision"], where + " revision", want["revision"],
           got.get("revision"))
    pair = (sorted(got.get("from") or []), sorted(got.get("to") or []))
    allowed = [(sorted(want["from"]), sorted(want["to"])),
               (sorted(want["from_with_deps"]), sorted(want["to_with_deps"]))]
    expect(pair in allowed, where + " from/to sets", allowed[0], pair)
    if "log" in got:
        expect(got["log"] == want["log"], where + " log line", want["log"], got["log"])
    statements = got.get("version_statements") or []
    for st in statements:
        apply_statement(rows, st, where)
    expect(sorted(rows) == sorted(want["rows_after"]), where + " rows after the step", sorted(want["rows_after"]),
           sorted(rows))
    want_st = want["statements"]
    if exact_sql or len(want_st) == 1:
        exp = [(s["kind"], s["from"], s["to"], normalize_sql(s["sql"])) for s in want_st]
        act = [(s.get("kind"), s.get("from") or "", s.get("to") or "", normalize_sql(s.get("sql"))) for s in statements]
        expect(act == exp, where + " version statements", exp, act)
    else:
        exp = sorted(s["kind"] for s in want_st)
        act = sorted(s.get("kind") for s in statements)
        expect(act == exp, where + " kinds of version statements", exp, act)


def compare_plan(oracle, query, res):
    if "error" in query:
        check_error(res, query["error"])
        return
    data = success_json(res)
    steps = data.get("steps")
    expect(isinstance(steps, list), "'steps' list", "list", data)
    brief = lambda ss: [(s.get("direction"), s.get("revision")) for s in ss]  # noqa: E731
    expect(len(steps) == len(query["steps"]), "number of steps", brief(query["steps"]), brief(steps))
    rows = list(query["from"])
    for i, (want, got) in enumerate(zip(query["steps"], steps)):
        compare_step(i, want, got, rows, oracle["linear"])
    expect(sorted(data.get("final_heads") or []) == sorted(query["final_rows"]), "final_heads",
           sorted(query["final_rows"]), sorted(data.get("final_heads") or []))


# --- driver -------------------------------------------------------------------

def compare_robust(res):
    """Where Alembic dies with a traceback, retort-cli must still answer: a plan or an error."""
    expect(res["exit"] in (0, 255) and isinstance(res["json"], dict), "a clean answer (exit 0 or 255 with JSON)",
           "exit 0/255 + JSON", {"exit": res["exit"], "stdout": res["stdout"][:300], "stderr": res["stderr"][-300:]})


def build_checks(projects_dir, oracle_data, cli):
    """[(project, label, command, compare(res))] plus the skipped ones."""
    checks, skipped = [], []
    for proj in oracle_data["projects"]:
        name = proj["name"]
        if "load_error" in proj:
            skipped.append((name, "load", proj["load_error"]))
            continue
        ini = os.path.join(projects_dir, name, "alembic.ini")
        checks.append((name, "heads", cli_command(cli, ini, ["heads"], []),
                       lambda res, p=proj: compare_heads(p, res, False)))
        checks.append((name, "heads --resolve-dependencies",
                       cli_command(cli, ini, ["heads", "--resolve-dependencies"], []),
                       lambda res, p=proj: compare_heads(p, res, True)))
        for q in proj["identifiers"]:
            label = "show %s" % q["query"]
            compare = compare_robust if "crash" in q else (lambda res, p=proj, q=q: compare_show(p, q, res))
            checks.append((name, label + (" [robustness]" if "crash" in q else ""),
                           cli_command(cli, ini, ["show"], [q["query"]]), compare))
        for q in proj["plans"]:
            label = "plan %s %s from %s" % (q["verb"], " ".join(q["targets"]), q.get("from"))
            if "skipped" in q:
                skipped.append((name, label, q["skipped"]))
                continue
            words = ["plan", q["verb"]]
            if q["from"]:
                words += ["--from", ",".join(q["from"])]
            compare = compare_robust if "crash" in q else (lambda res, p=proj, q=q: compare_plan(p, q, res))
            checks.append((name, label + (" [robustness]" if "crash" in q else ""),
                           cli_command(cli, ini, words, q["targets"]), compare))
    return checks, skipped


def run_checks(checks, jobs, timeout):
    def one(check):
        name, label, cmd, compare = check
        res = run_cli(cmd, timeout)
        try:
            compare(res)
            return None
        except Mismatch as mm:
            return {"project": name, "query": label, "what": mm.what, "expected": mm.expected,
                    "actual": mm.actual, "command": cmd}
        except Exception as exc:  # a malformed answer the comparison did not foresee
            return {"project": name, "query": label, "what": "unreadable answer (%s: %s)"
                    % (type(exc).__name__, exc), "expected": "-", "actual": res["stdout"][:400], "command": cmd}
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(one, checks))


def shorten(value, limit=600):
    text = json.dumps(value, sort_keys=True) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[:limit] + "..."


def print_report(checks, results, skipped, max_report):
    failures = [r for r in results if r]
    passed = len(results) - len(failures)
    robust = sum(1 for c in checks if c[1].endswith("[robustness]"))
    print("differential: %d passed, %d failed (%d of the checks are robustness checks where Alembic itself "
          "dies with a traceback; %d queries skipped)" % (passed, len(failures), robust, len(skipped)))
    if failures:
        by_what = collections.Counter(re.sub(r"[0-9a-f]{12}|\d+", "#", f["what"]) for f in failures)
        print("mismatch kinds: " + "; ".join("%s x%d" % kv for kv in by_what.most_common(8)))
    for f in failures[:max_report]:
        print("--- %s: %s\n    check:    %s\n    expected: %s\n    actual:   %s\n    command:  %s"
              % (f["project"], f["query"], f["what"], shorten(f["expected"]), shorten(f["actual"]),
                 " ".join(f["command"])))
    return failures


def main(argv):
    ap = argparse.ArgumentParser(description="retort-cli versus Alembic 1.8.1 on generated projects")
    ap.add_argument("--cli", required=True, help="path of retort-cli")
    ap.add_argument("--projects", help="existing gen_projects.py output (skips generation)")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=20260301)
    ap.add_argument("--work-dir", help="where projects and oracle.json go (default: a fresh temp dir)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per retort-cli call")
    ap.add_argument("--limit", type=int, default=0, help="only the first N projects (debugging)")
    ap.add_argument("--max-report", type=int, default=20)
    ap.add_argument("--report-json", help="write every mismatch here")
    args = ap.parse_args(argv[1:])

    if not os.access(args.cli, os.X_OK):
        print("run_differential: retort-cli not executable: %s" % args.cli, file=sys.stderr)
        return 2
    probe = subprocess.run([ORACLE_PYTHON, "-c", "import alembic, sqlalchemy"], capture_output=True)
    if probe.returncode != 0:
        print("SKIP: alembic_differential: %s cannot import alembic (apt-get install python3-alembic)"
              % ORACLE_PYTHON)
        return 77
    work = args.work_dir or __import__("tempfile").mkdtemp(prefix="retort-diff-")
    os.makedirs(work, exist_ok=True)
    projects = args.projects
    started = time.monotonic()
    if not projects:
        projects = os.path.join(work, "projects")
        shutil.rmtree(projects, ignore_errors=True)
        subprocess.run([ORACLE_PYTHON, os.path.join(HERE, "gen_projects.py"), str(args.count), str(args.seed),
                        projects], check=True)
    oracle_json = os.path.join(work, "oracle.json")
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.run([ORACLE_PYTHON, os.path.join(HERE, "oracle.py"), projects, oracle_json], env=env)
    if proc.returncode != 0:
        print("run_differential: oracle.py failed (exit %d)" % proc.returncode, file=sys.stderr)
        return 2
    with open(oracle_json) as fh:
        oracle_data = json.load(fh)
    if args.limit:
        oracle_data["projects"] = oracle_data["projects"][:args.limit]
    checks, skipped = build_checks(projects, oracle_data, os.path.abspath(args.cli))
    results = run_checks(checks, max(1, args.jobs), args.timeout)
    failures = print_report(checks, results, skipped, args.max_report)
    if args.report_json:
        with open(args.report_json, "w") as fh:
            json.dump({"failures": failures, "skipped": skipped}, fh, indent=1)
    print("differential: %d retort-cli calls over %d projects in %.1fs (work dir %s)"
          % (len(checks), len(oracle_data["projects"]), time.monotonic() - started, work))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

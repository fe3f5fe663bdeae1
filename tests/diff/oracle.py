#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""The Alembic side of the differential test: one process, Alembic's own API.

Usage: oracle.py PROJECTS_DIR OUT_JSON

Reads PROJECTS_DIR/manifest.json (written by gen_projects.py) and, for every
project, builds Alembic's ScriptDirectory from the project's alembic.ini with
revision files loaded in sorted file-name order (what upstream Alembic >= 1.10
does; 1.8.1 itself uses os.listdir order). It then records:

* heads (versioned), real heads, bases, and per revision its parents,
  declared/resolved dependencies, propagated branch labels and doc;
* for every identifier in the manifest: the revisions get_revisions() yields,
  or the text the CLI prints after "FAILED: ";
* for every plan query: the steps of _upgrade_revs / _downgrade_revs /
  _stamp_revs from the given rows, the version-table SQL that HeadMaintainer
  emits for each step (offline, SQLite dialect), the rows after each step, or
  the error text.

A "from" state may be a list of rows or {"after": [verb, target]}: the rows
left by that plan from an empty table. Must run with Debian's /usr/bin/python3
(Alembic 1.8.1, SQLAlchemy 1.4).
"""
import io
import json
import os
import re
import sys
import time
import traceback
import warnings

sys.dont_write_bytecode = True

from alembic import util  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.runtime.migration import HeadMaintainer, MigrationContext, StampStep  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402
from alembic.script.base import Script  # noqa: E402

_listdir_order = Script._list_py_dir.__func__


def _sorted_py_dir(cls, scriptdir, path):
    """Upstream >= 1.10 behaviour: revision files are loaded sorted per directory."""
    return sorted(_listdir_order(cls, scriptdir, path))


Script._list_py_dir = classmethod(_sorted_py_dir)

_INSERT = re.compile(r"^INSERT INTO alembic_version \(version_num\) VALUES \('([^']*)'\)")
_UPDATE = re.compile(r"^UPDATE alembic_version SET version_num='([^']*)' "
                     r"WHERE alembic_version\.version_num = '([^']*)'")
_DELETE = re.compile(r"^DELETE FROM alembic_version WHERE alembic_version\.version_num = '([^']*)'")


class OracleCrash(Exception):
    """Alembic raised something other than a CommandError (a raw traceback in the CLI)."""


def parse_statement(sql):
    """(kind, from, to) of one version-table statement."""
    m = _INSERT.match(sql)
    if m:
        return "insert", "", m.group(1)
    m = _UPDATE.match(sql)
    if m:
        return "update", m.group(2), m.group(1)
    m = _DELETE.match(sql)
    if m:
        return "delete", m.group(1), ""
    raise OracleCrash("unrecognised version statement %r" % sql)


def apply_statement(rows, kind, frm, to):
    """Applies one statement to rows (a list in table order), as a database would."""
    if kind == "insert":
        rows.append(to)
    elif kind == "update":
        rows[rows.index(frm)] = to
    else:
        rows.remove(frm)


def call_alembic(fn, *args):
    """Runs fn; returns (value, None) or (None, CLI error text). Other exceptions -> OracleCrash."""
    try:
        return fn(*args), None
    except util.CommandError as exc:
        return None, str(exc)
    except Exception as exc:  # the CLI would print a traceback
        raise OracleCrash("%s: %s" % (type(exc).__name__, exc)) from exc


def step_record(step):
    is_stamp = isinstance(step, StampStep)
    return {
        "direction": "stamp" if is_stamp else ("upgrade" if step.is_upgrade else "downgrade"),
        "revision": "" if is_stamp else step.revision.revision,
        "from": list(step.from_revisions_no_deps),
        "to": list(step.to_revisions_no_deps),
        "from_with_deps": list(step.from_revisions),
        "to_with_deps": list(step.to_revisions),
        "log": step.short_log,
    }


def compute_steps(script, verb, targets, rows):
    current = tuple(rows)
    if verb == "upgrade":
        return call_alembic(script._upgrade_revs, targets[0], current)
    if verb == "downgrade":
        return call_alembic(script._downgrade_revs, targets[0], current)
    return call_alembic(script._stamp_revs, tuple(targets), current)


def run_plan(script, verb, targets, rows):
    """The plan record for one query from concrete rows."""
    steps, error = compute_steps(script, verb, targets, rows)
    if error is not None:
        return {"error": error}
    buf = io.StringIO()
    context = MigrationContext.configure(dialect_name="sqlite",
                                         opts={"as_sql": True, "output_buffer": buf})
    maintainer = HeadMaintainer(context, rows)
    table = list(rows)
    records = []
    for step in steps:
        start = buf.tell()
        try:
            maintainer.update_to_step(step)
        except Exception as exc:
            raise OracleCrash("HeadMaintainer: %s: %s" % (type(exc).__name__, exc)) from exc
        record = step_record(step)
        record["statements"] = []
        for chunk in buf.getvalue()[start:].split("\n\n"):
            sql = chunk.strip()
            if not sql:
                continue
            kind, frm, to = parse_statement(sql)
            apply_statement(table, kind, frm, to)
            record["statements"].append({"kind": kind, "from": frm, "to": to, "sql": sql})
        if sorted(table) != sorted(maintainer.heads):
            raise OracleCrash("simulated rows %r differ from HeadMaintainer %r" % (table, maintainer.heads))
        record["rows_after"] = list(table)
        records.append(record)
    return {"steps": records, "final_rows": table}


def resolve_from(script, spec, cache):
    """Concrete rows for a manifest "from" spec, or raises ValueError when it cannot be built."""
    if isinstance(spec, list):
        return list(spec)
    key = tuple(spec["after"])
    if key not in cache:
        verb, target = key
        result = run_plan(script, verb, [target], [])
        cache[key] = result.get("final_rows")
    if cache[key] is None:
        raise ValueError("state after %s %s is an error" % key)
    return list(cache[key])


def describe_map(script):
    rmap = script.revision_map
    revisions = {}
    for rev in rmap._revision_map.values():
        if rev is None or rev.revision in revisions:
            continue
        revisions[rev.revision] = {
            "down_revision": list(rev._versioned_down_revisions),
            "depends_on": list(util.to_tuple(rev.dependencies, default=())),
            "resolved_depends_on": list(rev._resolved_dependencies),
            "branch_labels": sorted(rev.branch_labels),
            "doc": rev.doc,
            "path": os.path.basename(rev.path),
        }
    all_revs = [r for r in rmap._revision_map.values() if r is not None]
    linear = (len(rmap.bases) == 1 and len(rmap.heads) == 1
              and all(len(r._all_down_revisions) <= 1 and len(r._all_nextrev) <= 1 for r in all_revs))
    return {
        "heads": list(rmap.heads),
        "real_heads": list(rmap._real_heads),
        "bases": list(rmap.bases),
        "linear": linear,
        "revisions": revisions,
    }


def identifier_record(script, ident):
    revs, error = call_alembic(script.get_revisions, ident)
    if error is not None:
        return {"query": ident, "error": error}
    if any(isinstance(r, str) for r in revs):
        # e.g. "-1" walking off a base yields the string "base"; `alembic show` then dies.
        raise OracleCrash("get_revisions(%r) yields the string 'base' among its revisions" % ident)
    return {"query": ident, "result": [r.revision for r in revs if r is not None]}


def oracle_project(base_dir, project):
    ini = os.path.join(base_dir, project["ini"])
    saved_path = list(sys.path)
    out = {"name": project["name"], "shape": project["shape"]}
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            script = ScriptDirectory.from_config(Config(ini))
            out.update(describe_map(script))
        out["warnings"] = [str(w.message) for w in caught]
        out["identifiers"] = []
        for ident in project["identifiers"]:
            try:
                out["identifiers"].append(identifier_record(script, ident))
            except OracleCrash as exc:
                out["identifiers"].append({"query": ident, "crash": str(exc)})
        cache = {}
        out["plans"] = []
        for query in project["plans"]:
            rec = {"id": query["id"], "verb": query["verb"], "targets": query["targets"]}
            try:
                rec["from"] = resolve_from(script, query["from"], cache)
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    rec.update(run_plan(script, query["verb"], query["targets"], rec["from"]))
            except ValueError as exc:
                rec["skipped"] = str(exc)
            except OracleCrash as exc:
                rec["crash"] = str(exc)
            out["plans"].append(rec)
    except Exception as exc:
        out["load_error"] = "%s: %s" % (type(exc).__name__, exc)
        out["traceback"] = traceback.format_exc()
    finally:
        sys.path[:] = saved_path
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    base_dir, out_path = argv[1], argv[2]
    with open(os.path.join(base_dir, "manifest.json")) as fh:
        manifest = json.load(fh)
    started = time.monotonic()
    results = [oracle_project(base_dir, p) for p in manifest["projects"]]
    with open(out_path, "w") as fh:
        json.dump({"alembic_version": __import__("alembic").__version__, "projects": results}, fh,
                  indent=1, sort_keys=True)
    n_plans = sum(len(p.get("plans", [])) for p in results)
    n_idents = sum(len(p.get("identifiers", [])) for p in results)
    broken = [p["name"] for p in results if "load_error" in p]
    print("oracle: %d projects, %d identifiers, %d plans in %.1fs%s"
          % (len(results), n_idents, n_plans, time.monotonic() - started,
             ("; load errors in " + ", ".join(broken)) if broken else ""))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

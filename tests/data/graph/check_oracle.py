#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Checks conformance.json against the installed Alembic (Debian's 1.8.1).

Run with the system interpreter and a fixed hash seed (Alembic registers branch labels
from a Python set, so the order of the two names in a label collision varies):
    PYTHONHASHSEED=0 /usr/bin/python3 tests/data/graph/check_oracle.py
Builds each graph as an in-memory RevisionMap (files loaded in the listed order) and
runs the scenario through ScriptDirectory._upgrade_revs/_downgrade_revs/_stamp_revs and
HeadMaintainer, as research note section 6.4 describes. Prints one line per mismatch;
exit status 1 when any. Scenarios with an "oracle181" block are compared against it
(we follow upstream HEAD there). Not part of the C++ test suite.
"""
import io
import json
import os
import re
import sys
import types
import warnings

from alembic import util
from alembic.runtime.migration import HeadMaintainer, MigrationContext
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision, RevisionError, RevisionMap


def _up():
    pass


def _down():
    pass


_up.__name__, _down.__name__ = "upgrade", "downgrade"


class Rev(Revision):
    module = types.SimpleNamespace(upgrade=_up, downgrade=_down)

    def __init__(self, rid, down, deps, labels, doc):
        super().__init__(rid, down, dependencies=deps, branch_labels=labels)
        self.doc = doc

    def __str__(self):  # Script.__str__
        down = ", ".join(self._versioned_down_revisions) if self.down_revision else "<base>"
        return "%s -> %s%s%s%s, %s" % (down, self.revision, " (head)" if self.is_head else "",
                                       " (branchpoint)" if self.is_branch_point else "",
                                       " (mergepoint)" if self.is_merge_point else "", self.doc)


LINE = re.compile(r"^(\S+)(?:\s*<-\s*([^\[{#]+?))?\s*(?:\[([^\]]*)\])?\s*(?:\{([^}]*)\})?\s*(?:#\s*(.*))?$")


def tup(text):
    items = tuple((text or "").split())
    return None if not items else items if len(items) > 1 else items[0]


def make(lines):
    out = []
    for line in lines:
        m = LINE.match(line)
        out.append(Rev(m.group(1), tup(m.group(2)), tup(m.group(4)), tup(m.group(3)), m.group(5) or ""))
    return out


def rows_sql(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if m := re.match(r"INSERT INTO alembic_version \(version_num\) VALUES \('(.*)'\);", line):
            out.append("INS(%s)" % m.group(1))
        elif m := re.match(r"UPDATE alembic_version SET version_num='(.*)' WHERE alembic_version.version_num = '(.*)';", line):
            out.append("UPD(%s->%s)" % (m.group(2), m.group(1)))
        elif m := re.match(r"DELETE FROM alembic_version WHERE alembic_version.version_num = '(.*)';", line):
            out.append("DEL(%s)" % m.group(1))
    return out


def run(graph, sc):
    problems = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            revs = make(graph)
        except RevisionError as e:
            return {"problems": [str(e)], "usable": False}
        sd = ScriptDirectory.__new__(ScriptDirectory)
        sd.revision_map = RevisionMap(lambda: revs)
        m = sd.revision_map
        try:
            m._revision_map
        except RevisionError as e:
            problems.append(str(e))
        except KeyError:
            problems.append("<KeyError>")
        problems = [str(w.message) for w in caught] + problems
    op = sc["op"]
    if op == "build":
        return {"problems": [p for p in problems if p != "<KeyError>"],
                "usable": not any(not p.startswith("Revision a is present") for p in problems)}
    if op in ("heads", "bases", "realHeads"):
        return {"expect": list({"heads": m.heads, "bases": m.bases, "realHeads": m._real_heads}[op])}
    if op == "labels":
        return {"expect": {r.revision: sorted(r.branch_labels) for r in revs}}
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if op == "resolve":
                try:
                    got = m.get_revisions(sc["target"])
                    return {"expect": [r.revision for r in got]}
                except RevisionError as e:
                    detail = str(e)
                    try:
                        sd.get_revisions(sc["target"])
                    except util.CommandError as ce:
                        return {"error": str(ce), "detail": detail}
            if op == "walk":
                base, head = sc["target"].split(":")
                return {"expect": [r.revision for r in sd.walk_revisions(base, head)]}
            cur = tuple(sc.get("current", []))
            target = tuple(sc["target"].split(",")) if sc.get("targetIsList") else sc["target"]
            if op == "upgrade":
                steps = sd._upgrade_revs(target, cur)
            elif op == "downgrade":
                steps = sd._downgrade_revs(target, cur)
            else:
                steps = sd._stamp_revs(tuple(sc["target"].split(",")), cur)
            buf = io.StringIO()
            ctx = MigrationContext.configure(dialect_name="sqlite", opts={"as_sql": True, "output_buffer": buf})
            hm = HeadMaintainer(ctx, cur)
            for st in steps:
                hm.update_to_step(st)
            return {"steps": [s.short_log for s in steps], "sql": rows_sql(buf.getvalue()), "final": sorted(hm.heads),
                    "warnings": [str(w.message) for w in caught]}
    except util.CommandError as e:
        return {"error": str(e)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "conformance.json")) as f:
        data = json.load(f)
    bad = 0
    for sc in data["scenarios"]:
        got = run(data["graphs"][sc["graph"]], sc)
        want = dict(sc)
        want.update(sc.get("oracle181", {}))
        if sc["op"] == "labels":
            want["expect"] = {k: sorted(v) for k, v in want["expect"].items()}
        for key, value in got.items():
            if key not in want:
                continue
            expected = want[key]
            if key == "final":
                expected = sorted(expected)
            if key == "sql" and want.get("sqlExact", True) is False:
                continue
            if key == "problems" and sc["graph"] == "MISSING":
                value = value[:1]
            if value != expected:
                bad += 1
                print("%s %s: %s expected %r, oracle %r" % (sc["no"], sc["graph"], key, expected, value))
        for key in ("error", "steps"):
            if key in want and key not in got:
                bad += 1
                print("%s %s: expected %s, oracle gave %r" % (sc["no"], sc["graph"], key, got))
    print("%d scenarios, %d mismatches" % (len(data["scenarios"]), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Time retort-cli against alembic on generated projects, in one run, side by side.

For each size (default 1000 and 10000 revisions) it generates a project (bench/gen_project.py),
then runs each pair of commands REPEAT times and reports the best wall time and the peak resident
memory of each, and the ratio alembic/retort. Prints a Markdown table (paste it into the README).
usage: run_bench.py --build BUILD_DIR [--sizes 1000,10000] [--repeat 3] [--keep DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# (label, retort-cli arguments, alembic arguments)
PAIRS = [
    ("heads", ["heads"], ["heads"]),
    ("history", ["history"], ["history"]),
    ("plan upgrade heads (alembic: upgrade heads --sql)", ["plan", "upgrade", "heads"],
     ["upgrade", "heads", "--sql"]),
    ("upgrade base:heads --sql (one run)", ["upgrade", "base:heads", "--sql"],
     ["upgrade", "base:heads", "--sql"]),
]
# Pairs timed once whatever --repeat says (alembic needs minutes for them at 10,000).
SINGLE_RUN = {"upgrade base:heads --sql (one run)"}


def measure(argv, cwd, stdin=os.devnull):
    """Best-effort single run: (seconds, peak RSS in MiB). Standard input comes from the file
    STDIN; standard error goes to a temporary file (a pipe read only after the exit would block a
    command that logs more than 64 KiB). Fails loudly on a non-zero exit."""
    with tempfile.TemporaryFile() as err, open(stdin, "rb") as source:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdin=source, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            text = err.read().decode(errors="replace")
            sys.exit("command failed (%d): %s\n%s" % (proc.returncode, " ".join(argv), text[-4000:]))
    return elapsed, usage.ru_maxrss / 1024.0


def best_of(argv, cwd, repeat):
    runs = [measure(argv, cwd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def bench_size(size, cli, repeat, keep):
    root = os.path.join(keep, "bench_%d" % size) if keep else tempfile.mkdtemp(prefix="retort-bench-")
    if not os.path.exists(os.path.join(root, "alembic.ini")):
        if os.path.exists(root):
            shutil.rmtree(root)
        subprocess.check_call(["/usr/bin/python3", os.path.join(HERE, "gen_project.py"), str(size), root])
    rows = []
    for label, retort_args, alembic_args in PAIRS:
        times = 1 if label in SINGLE_RUN else repeat
        r_time, r_mem = best_of([cli, "-c", "alembic.ini"] + retort_args, root, times)
        a_time, a_mem = best_of(["alembic", "-c", "alembic.ini"] + alembic_args, root, times)
        rows.append((size, label, r_time, r_mem, a_time, a_mem))
        print("  %6d %-50s retort %7.3f s %6.1f MiB | alembic %7.3f s %6.1f MiB | %5.1fx"
              % (size, label, r_time, r_mem, a_time, a_mem, a_time / r_time), file=sys.stderr)
    if not keep:
        shutil.rmtree(root)
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", help="reuse/keep generated projects in this directory")
    args = parser.parse_args()
    cli = os.path.join(os.path.abspath(args.build), "app", "retort-cli")
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        rows += bench_size(size, cli, args.repeat, args.keep)
    print("| revisions | command | retort-cli | peak RSS | alembic 1.8.1 | peak RSS | speed-up |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for size, label, r_time, r_mem, a_time, a_mem in rows:
        print("| %d | %s | %.3f s | %.0f MiB | %.2f s | %.0f MiB | %.0f× |"
              % (size, label, r_time, r_mem, a_time, a_mem, a_time / r_time))


if __name__ == "__main__":
    main()

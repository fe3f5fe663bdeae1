#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots: runs the real retort window under Xvfb and grabs the screen.
# usage: scripts/screenshots.sh [BUILD_DIR]   (default build/; writes docs/*.png)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build}
mkdir -p "$ROOT/docs"

# shoot NAME ARGS...: start retort with ARGS in a fresh settings home, wait for its window,
# let it paint, and save the whole screen as docs/NAME.png.
shoot() {
    local name=$1; shift
    local home; home=$(mktemp -d)
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        out=$1; shift
        "$@" &
        app=$!
        for _ in $(seq 1 100); do
            xwininfo -root -tree 2>/dev/null | grep -q "Retort" && break
            sleep 0.1
        done
        sleep 1.5
        import -window root "$out"
        kill $app; wait $app 2>/dev/null || true
    ' shoot "$ROOT/docs/$name.png" env HOME="$home" XDG_CONFIG_HOME="$home/config" \
        XDG_RUNTIME_DIR="$home" "$BUILD/app/retort" "$@"
    rm -rf "$home"
    echo "docs/$name.png"
}

db_dir=$(mktemp -d)
DATABASE_URL="sqlite:///$db_dir/bookshop.db" alembic -c "$ROOT/resources/examples/bookshop/alembic.ini" \
    upgrade e5a8b3c6d701 >/dev/null 2>&1
shoot main-window --database "sqlite:///$db_dir/bookshop.db" "$ROOT/resources/examples/bookshop/alembic.ini"
rm -rf "$db_dir"
shoot problems "$ROOT/tests/data/malformed/dangling_parent/alembic.ini"
db_dir=$(mktemp -d)
DATABASE_URL="sqlite:///$db_dir/bookshop.db" alembic -c "$ROOT/resources/examples/bookshop/alembic.ini" \
    upgrade e5a8b3c6d701 >/dev/null 2>&1
shoot main-window-dark --theme dark --database "sqlite:///$db_dir/bookshop.db" \
    "$ROOT/resources/examples/bookshop/alembic.ini"
rm -rf "$db_dir"

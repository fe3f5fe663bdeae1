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

# The editor, the SQL preview, the dialogs and the run flow, as the GUI tests leave them: each
# test saves named widgets when RETORT_SCREENSHOT_DIR is set (tests/support/screenshot.h).
shots=$(mktemp -d)
for test in tst_workbench tst_preferences tst_runflow tst_windowrun; do
    HOME="$shots/home" xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
        RETORT_SCREENSHOT_DIR="$shots" "$BUILD/tests/gui/$test" >/dev/null 2>&1 \
        || echo "warning: $test failed under Xvfb"
done
for name in editor-syntax-error new-revision-dialog sql-preview preferences main-window-german \
    window-connection-manager plan-review-sqlite backup-prompt progress failure-sqlite \
    run-history-sqlite window-production; do
    if [ -f "$shots/$name.png" ]; then
        cp "$shots/$name.png" "$ROOT/docs/$name.png"
        echo "docs/$name.png"
    else
        echo "warning: no $name.png"
    fi
done
rm -rf "$shots"

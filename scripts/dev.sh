#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one entry point for developers and CI.
#   scripts/dev.sh run        install what is missing, build, open Retort on the example project
#   scripts/dev.sh test       install what is missing, build, run every test (Qt 6 build)
#   scripts/dev.sh test-qt5   the same against Qt 5.15 (+ KF5 SyntaxHighlighting) in build-qt5/
#   scripts/dev.sh test-sanitize  clang ASan+UBSan build of the core tests + 60 s per fuzz target
#   scripts/dev.sh bench      build and run the benchmarks in bench/
#   scripts/dev.sh deps       only install the Debian packages
# Environment: RETORT_WERROR=1 turns warnings into errors (CI sets it),
#              RETORT_FUZZ_SECONDS (default 60) bounds each fuzz run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JOBS=$(nproc 2>/dev/null || echo 2)

PACKAGES_QT6=(cmake ninja-build g++ qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev qtkeychain-qt6-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqscintilla2-qt6-dev
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  alembic python3-sqlalchemy python3-psycopg2 postgresql-15 postgresql-client-15)
PACKAGES_QT5=(qtbase5-dev libqt5sql5-sqlite libqt5sql5-psql qt5keychain-dev libqt5svg5-dev qttools5-dev
  qttools5-dev-tools qttranslations5-l10n libqscintilla2-qt5-dev libkf5syntaxhighlighting-dev)
PACKAGES_CLANG=(clang libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure_and_build BUILD_DIR [extra cmake args...]
configure_and_build() {
    local dir=$1; shift
    local args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@")
    [ "${RETORT_WERROR:-0}" = 1 ] && args+=(-DRETORT_WERROR=ON)
    if [ ! -f "$dir/build.ninja" ]; then
        log "Configuring $dir"
        cmake -S "$ROOT" -B "$dir" "${args[@]}"
    else
        cmake -S "$ROOT" -B "$dir" "${args[@]}" >/dev/null
    fi
    log "Building $dir"
    cmake --build "$dir" -j "$JOBS"
}

run_ctest() {
    local dir=$1; shift
    log "Testing $dir"
    (cd "$dir" && ctest --output-on-failure -j "$JOBS" "$@")
}

# Starts a throw-away PostgreSQL on 127.0.0.1 for the tests (scripts/pg-throwaway.sh) and stops
# it when dev.sh exits. Tests that need it read PGHOST/PGPORT/PGUSER and RETORT_TEST_PG.
start_test_postgres() {
    export RETORT_PG_DIR="/tmp/retort-pg-$(id -u)-$$"
    local pg_env
    if pg_env=$("$ROOT/scripts/pg-throwaway.sh" start); then
        eval "$pg_env"
        trap '"$ROOT/scripts/pg-throwaway.sh" stop' EXIT
    else
        log "PostgreSQL did not start; PostgreSQL tests will be skipped"
    fi
}

data_dir() { echo "${XDG_DATA_HOME:-$HOME/.local/share}/Retort"; }

cmd_run() {
    ensure_packages "${PACKAGES_QT6[@]}"
    configure_and_build build
    local data; data=$(data_dir)
    mkdir -p "$data"
    local db="$data/bookshop.db"
    if [ ! -f "$db" ]; then
        # A local database half-way through the example's history, so the window has applied
        # and pending revisions to show. Made once with the real alembic; yours afterwards.
        log "Creating $db at the example's branch point (alembic upgrade e5a8b3c6d701)"
        DATABASE_URL="sqlite:///$db" alembic -c "$ROOT/resources/examples/bookshop/alembic.ini" \
            upgrade e5a8b3c6d701 >/dev/null 2>&1 || { rm -f "$db"; log "could not create $db"; }
    fi
    log "Opening the example project (database: $db)"
    exec build/app/retort --database "sqlite:///$db" "$ROOT/resources/examples/bookshop/alembic.ini" "$@"
}

cmd_test() {
    ensure_packages "${PACKAGES_QT6[@]}"
    configure_and_build build
    start_test_postgres
    run_ctest build "$@"
}

cmd_test_qt5() {
    ensure_packages "${PACKAGES_QT6[@]}" "${PACKAGES_QT5[@]}"
    configure_and_build build-qt5 -DRETORT_QT_MAJOR=5
    start_test_postgres
    run_ctest build-qt5 "$@"
}

cmd_test_sanitize() {
    ensure_packages "${PACKAGES_QT6[@]}" "${PACKAGES_CLANG[@]}"
    CC=clang CXX=clang++ configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug \
        -DRETORT_BUILD_GUI=OFF -DRETORT_SANITIZE=ON -DRETORT_FUZZ=ON \
        -DRETORT_FUZZ_SECONDS="${RETORT_FUZZ_SECONDS:-60}"
    start_test_postgres
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 run_ctest build-asan -L 'unit|fuzz' "$@"
}

cmd_bench() {
    ensure_packages "${PACKAGES_QT6[@]}" sqlite3 # the apply benchmark times the sqlite3 client
    configure_and_build build
    python3_bin=/usr/bin/python3
    "$python3_bin" "$ROOT/bench/run_bench.py" --build "$ROOT/build" "$@"
    start_test_postgres
    "$python3_bin" "$ROOT/bench/run_apply_bench.py" --build "$ROOT/build"
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    test-qt5) shift; cmd_test_qt5 "$@" ;;
    test-sanitize) shift; cmd_test_sanitize "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    deps) ensure_packages "${PACKAGES_QT6[@]}" "${PACKAGES_QT5[@]}" "${PACKAGES_CLANG[@]}" ;;
    *) sed -n '3,12p' "$0" >&2; exit 2 ;;
esac

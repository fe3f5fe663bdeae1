#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL server for tests: trust auth, 127.0.0.1 only, fsync off. One role,
# retort_pw (password "right-password"), must log in with its password: for wrong-password tests.
#   scripts/pg-throwaway.sh start   initdb + start (if not running) and print the
#                                   `export PGHOST=... RETORT_TEST_PG=1` line: eval "$(... start)"
#   scripts/pg-throwaway.sh env     print that line for the running server (exit 1 if none)
#   scripts/pg-throwaway.sh stop    stop the server and delete its directory
# start and stop are idempotent. State lives in $RETORT_PG_DIR (default: one directory per
# user and checkout under /tmp); use different RETORT_PG_DIRs for concurrent servers.
# The newest /usr/lib/postgresql/*/bin is used; as root the server runs as user postgres.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${RETORT_PG_DIR:-/tmp/retort-pg-$(id -u)-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)}
DATA=$DIR/data

die() { echo "pg-throwaway: $*" >&2; exit 1; }

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$bin" ] && [ -x "$bin/initdb" ] || die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    echo "$bin"
}

as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() { [ -f "$DATA/PG_VERSION" ] && as_owner "$(pg_bin)/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

print_env() {
    echo "export PGHOST=127.0.0.1 PGPORT=$(cat "$DIR/port") PGUSER=postgres PGDATABASE=postgres RETORT_TEST_PG=1"
}

cmd_stop() {
    if [ -f "$DATA/PG_VERSION" ]; then
        as_owner "$(pg_bin)/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}

init_cluster() {
    local bin=$1
    mkdir -p "$DIR"
    chmod 755 "$DIR"
    mkdir -p "$DATA"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DATA"; fi
    as_owner "$bin/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 -N >"$DIR/initdb.log" 2>&1 \
        || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    # Rules are matched top down: this line must come before initdb's trust lines.
    as_owner sed -i '1i host all retort_pw 127.0.0.1/32 scram-sha-256' "$DATA/pg_hba.conf"
}

create_password_role() {
    local bin=$1 port=$2
    as_owner "$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c "CREATE ROLE retort_pw LOGIN PASSWORD 'right-password'" >/dev/null
}

cmd_start() {
    if running; then print_env; return; fi
    cmd_stop # a stale directory from a crashed run
    local bin port
    bin=$(pg_bin)
    init_cluster "$bin"
    for port in $(seq 54329 54429); do
        port_free "$port" || continue
        # The log must be writable by the server user: keep it inside the data directory.
        if as_owner "$bin/pg_ctl" -D "$DATA" -w -t 30 -l "$DATA/server.log" -o \
            "-h 127.0.0.1 -p $port -k $DATA -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
            start >/dev/null 2>&1; then
            echo "$port" >"$DIR/port"
            create_password_role "$bin" "$port"
            print_env
            return
        fi
    done
    cat "$DATA/server.log" >&2 2>/dev/null || true
    cmd_stop
    die "could not start a server on any port 54329-54429"
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    env) running || die "no server running in $DIR"; print_env ;;
    *) sed -n '3,10p' "$0" >&2; exit 2 ;;
esac

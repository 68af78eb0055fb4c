#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for tests and CI.
#
#   DSN=$(scripts/postgres.sh)          # installs (Debian packages) and starts it
#   export DYAD_TEST_PG="$DSN"          # the store tests then run against it
#   scripts/postgres.sh stop            # stops it (the data directory stays)
#
# Idempotent: when the server already answers, it only prints the DSN.
# Everything but the DSN goes to standard error. Settings (environment):
#   DYAD_PG_PORT  port on 127.0.0.1            (default 54329)
#   DYAD_PG_DIR   data directory               (default /tmp/dyad-pg)
#   DYAD_PG_DB    database to create           (default dyad)
# The server trusts every local connection: never point it at real data.
set -euo pipefail

PORT="${DYAD_PG_PORT:-54329}"
DATA="${DYAD_PG_DIR:-/tmp/dyad-pg}"
DB="${DYAD_PG_DB:-dyad}"
USER_NAME=dyad
DSN="postgresql://${USER_NAME}@127.0.0.1:${PORT}/${DB}"

say() { echo "postgres.sh: $*" >&2; }

# Root may not run the server; the Debian package's "postgres" user does.
as_server_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then
        echo "$found"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

install_server() {
    say "installing PostgreSQL (Debian packages)"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo -n"  # never wait for a password
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

BIN=$(find_bin)
if [ -z "$BIN" ]; then
    install_server
    BIN=$(find_bin)
fi
[ -n "$BIN" ] || { say "no initdb after installing postgresql"; exit 1; }

if [ "${1:-}" = stop ]; then
    as_server_user "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2 || true
    exit 0
fi

if ! ready; then
    if [ ! -f "$DATA/PG_VERSION" ]; then
        say "creating a cluster in $DATA"
        mkdir -p "$DATA"
        [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
        as_server_user "$BIN/initdb" -D "$DATA" -U "$USER_NAME" -A trust -E UTF8 \
            --no-locale >&2
    fi
    say "starting the server on 127.0.0.1:$PORT"
    # fsync off: a throwaway test server trades durability for speed.
    as_server_user "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w start \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=200" >&2
fi

for _ in $(seq 1 30); do ready && break; sleep 1; done
ready || { say "the server did not come up; see $DATA/server.log"; exit 1; }

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" "$DB" >&2
fi
echo "$DSN"

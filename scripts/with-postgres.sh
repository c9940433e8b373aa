#!/usr/bin/env bash
# with-postgres.sh CMD [ARG...]
# Run CMD with a throw-away PostgreSQL cluster: initdb in a fresh directory, listen on 127.0.0.1 on a
# free port, trust authentication, superuser role `baartal` and database `baartal`. CMD sees
#   BAARTAL_TEST_POSTGRES_URL=postgresql://baartal@127.0.0.1:PORT/baartal
# The cluster is stopped and its directory removed on exit, whatever happens; the exit code is CMD's.
#
# Environment:
#   BAARTAL_PG_BASE_DIR  where the cluster directory is made (default: <repo>/build/dev)
#   BAARTAL_PG_BINDIR    PostgreSQL server binaries (default: /usr/lib/postgresql/15/bin, else newest)
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${BAARTAL_PG_BASE_DIR:-$root/build/dev}"

log() { echo "with-postgres: $*" >&2; }

pick_bindir() {
    if [[ -n "${BAARTAL_PG_BINDIR:-}" ]]; then
        echo "$BAARTAL_PG_BINDIR"
        return
    fi
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
        echo /usr/lib/postgresql/15/bin
        return
    fi
    local newest
    newest="$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1)"
    if [[ -z "$newest" ]]; then
        log "no PostgreSQL server found (run scripts/install-deps.sh)"
        exit 1
    fi
    dirname "$newest"
}
bindir="$(pick_bindir)"

free_port() {
    python3 - <<'PY'
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

# PostgreSQL refuses to run as root: as root, run its programs as the `postgres` user, from `/` so
# that an unreadable working directory does not matter.
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        log "running as root but there is no 'postgres' user (install the postgresql package)"
        exit 1
    fi
    as_pg=(runuser -u postgres --)
fi
pg() { (cd / && "${as_pg[@]}" "$@"); }

# The cluster directory: under the build folder when the postgres user can reach it, else a private
# directory under /tmp.
mkdir -p "$base"

# Leftovers of a run that was killed (SIGKILL leaves no chance to clean up): a cluster directory
# older than a few minutes whose server is not running. Live clusters of concurrent runs are kept.
while IFS= read -r -d '' stale; do
    if ! pg "$bindir/pg_ctl" status -D "$stale/data" >/dev/null 2>&1; then
        log "removing stale $stale"
        rm -rf "$stale"
    fi
done < <(find "$base" "${TMPDIR:-/tmp}" -maxdepth 1 -type d \( -name 'pg-test.*' -o -name 'baartal-pg.*' \) \
    -mmin +5 -print0 2>/dev/null)
if [[ ${#as_pg[@]} -eq 0 ]] || pg test -x "$base"; then
    cluster="$(mktemp -d "$base/pg-test.XXXXXX")"
else
    cluster="$(mktemp -d "${TMPDIR:-/tmp}/baartal-pg.XXXXXX")"
fi
data="$cluster/data"
sockdir="$cluster/sock"
# A Unix socket path is limited to 107 bytes; fall back to a short directory when needed.
if (( ${#sockdir} > 80 )); then
    sockdir="$(mktemp -d /tmp/baartal-pgsock.XXXXXX)"
fi
mkdir -p "$sockdir"
if [[ ${#as_pg[@]} -gt 0 ]]; then
    chown postgres: "$cluster" "$sockdir"
fi
chmod 700 "$cluster"
pg_log="$cluster/server.log"
started=0
port=""

# shellcheck disable=SC2317  # invoked from traps
cleanup() {
    local rc=$?
    trap - EXIT INT TERM HUP
    if [[ $started -eq 1 ]]; then
        if ! pg "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 30 >/dev/null 2>&1; then
            log "fast shutdown failed, trying immediate"
            if ! pg "$bindir/pg_ctl" stop -D "$data" -m immediate -w -t 15 >/dev/null 2>&1; then
                local pid
                pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
                if [[ "$pid" =~ ^[0-9]+$ ]]; then
                    log "killing postmaster $pid"
                    kill -KILL "$pid" 2>/dev/null || true
                fi
            fi
        fi
    fi
    if [[ $rc -ne 0 && -f "$pg_log" ]]; then
        cp "$pg_log" "$base/pg-test.log" 2>/dev/null && log "server log kept in $base/pg-test.log"
    fi
    rm -rf "$cluster"
    [[ "$sockdir" == "$cluster/sock" ]] || rm -rf "$sockdir"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

pg "$bindir/initdb" -D "$data" --username=postgres --auth=trust --encoding=UTF8 --no-locale \
    --no-instructions >"$cluster/initdb.log" 2>&1 || {
    cat "$cluster/initdb.log" >&2
    log "initdb failed"
    exit 1
}
cat >>"$data/postgresql.conf" <<EOF

# with-postgres.sh: a throw-away test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sockdir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
log_min_messages = warning
EOF

# A free port can be taken between picking and binding: retry a few times.
for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    if pg "$bindir/pg_ctl" start -D "$data" -l "$pg_log" -o "-p $port" -w -t 60 >/dev/null; then
        started=1
        break
    fi
    # pg_ctl may have left a half-started postmaster behind.
    pg "$bindir/pg_ctl" stop -D "$data" -m immediate -w -t 10 >/dev/null 2>&1 || true
    log "start on port $port failed (attempt $attempt)"
done
if [[ $started -ne 1 ]]; then
    cat "$pg_log" >&2 || true
    log "could not start PostgreSQL"
    exit 1
fi

pg "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$sockdir" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE baartal LOGIN SUPERUSER" \
    -c "CREATE DATABASE baartal OWNER baartal" >/dev/null

export BAARTAL_TEST_POSTGRES_URL="postgresql://baartal@127.0.0.1:$port/baartal"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $BAARTAL_TEST_POSTGRES_URL"

# Run CMD as a child we can signal: a TERM/INT/HUP to this script is passed on as TERM, and the
# cluster is still cleaned up after CMD has gone. (`<&0` keeps CMD's standard input.)
child=""
# shellcheck disable=SC2317  # invoked from traps
forward() {
    trap - INT TERM HUP
    if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
        kill -TERM "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    exit "$1"
}
trap 'forward 130' INT
trap 'forward 143' TERM
trap 'forward 129' HUP
"$@" <&0 &
child=$!
set +e
wait "$child"
rc=$?
set -e
exit "$rc"

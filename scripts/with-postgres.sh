#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL server on a local port and DATABASE_URL set to it.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "Không tìm thấy PostgreSQL (/usr/lib/postgresql/*/bin)." >&2; exit 1; }
port=${CCHC_PG_PORT:-54329}
datadir=$(mktemp -d /tmp/cchc-pg.XXXXXX)
run_as=()
if [ "$(id -u)" -eq 0 ]; then  # PostgreSQL refuses to run as root
  chown postgres "$datadir"
  run_as=(runuser -u postgres --)
fi
stop() { "${run_as[@]}" "$bindir/pg_ctl" -D "$datadir" -m fast stop >/dev/null 2>&1 || true; rm -rf "$datadir"; }
trap stop EXIT
"${run_as[@]}" "$bindir/initdb" -D "$datadir" -U cchc --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$datadir" -o "-p $port -k $datadir -c listen_addresses=127.0.0.1" \
  -l "$datadir/server.log" -w start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U cchc cchc
export DATABASE_URL="postgres://cchc@127.0.0.1:$port/cchc"
"$@"

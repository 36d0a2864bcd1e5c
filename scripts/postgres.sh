#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, for tests and trials.
#   bash scripts/postgres.sh start [PORT]   installs Debian's postgresql if missing (root only), initdb's a
#                                           temporary folder, starts the server and prints two lines:
#                                           DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres
#                                           PGDATA=<the folder>
#   bash scripts/postgres.sh stop PGDATA     stops that server and removes its folder.
# Or `source` it and call postgres_start / postgres_stop. As root the server runs as the `postgres` user.
set -euo pipefail

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  local port=${1:-4319} bin data
  bin=$(postgres_bin)
  if [ -z "$bin" ]; then
    [ "$(id -u)" = 0 ] || { echo "PostgreSQL chưa được cài và không chạy với quyền root." >&2; return 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 ||
      { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
    bin=$(postgres_bin)
  fi
  data=$(mktemp -d)
  [ "$(id -u)" = 0 ] && chown postgres "$data"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" start >/dev/null
  echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
  echo "PGDATA=$data"
}

postgres_stop() {
  local data=$1
  as_owner "$(postgres_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  rm -rf "$data"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start) postgres_start "${2:-4319}" ;;
    stop) postgres_stop "$2" ;;
    *) echo "Cách dùng: bash scripts/postgres.sh start [PORT] | stop PGDATA" >&2; exit 2 ;;
  esac
fi

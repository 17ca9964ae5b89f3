#!/usr/bin/env bash
# Start, stop or query a throwaway PostgreSQL server for development and tests.
#
#   scripts/postgres.sh start|stop|status
#
# Runs Debian's PostgreSQL (installed with apt-get when missing and we are root) as the
# non-root user "postgres" (PostgreSQL refuses to run as root), on 127.0.0.1:$POSTGRES_PORT
# (default 5433, so it never collides with a system server on 5432), with its data under
# $OCOP_SERVICE_DIR (default /var/tmp/ocop). Authentication is "trust" on loopback only:
# this server is for tests, never for production. Prints the DATABASE_URL to use.
set -euo pipefail

PORT="${POSTGRES_PORT:-5433}"
SERVICE_DIR="${OCOP_SERVICE_DIR:-/var/tmp/ocop}"
DATA_DIR="$SERVICE_DIR/postgres-$PORT"
LOG_FILE="$DATA_DIR.log"
DB_NAME="${POSTGRES_DB:-ocop}"
DB_USER="${POSTGRES_USER:-ocop}"
URL="postgres://$DB_USER@127.0.0.1:$PORT/$DB_NAME"

pg_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] && [ "$(id -u)" = 0 ]; then
    echo "Installing PostgreSQL with apt-get…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
    # The package starts a cluster of its own on 5432; we do not need it.
    command -v pg_ctlcluster >/dev/null && pg_ctlcluster --force "$(ls /etc/postgresql | sort -V | tail -n1)" main stop 2>/dev/null || true
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  [ -n "$dir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)." >&2; exit 1; }
  echo "$dir"
}

as_service_user() {
  if [ "$(id -u)" = 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

is_ready() {
  local bindir=$1
  "$bindir/pg_isready" -q -h 127.0.0.1 -p "$PORT"
}

start() {
  local bindir
  bindir=$(pg_bindir)
  if is_ready "$bindir"; then
    echo "PostgreSQL already answers on 127.0.0.1:$PORT"
  else
    mkdir -p "$SERVICE_DIR"
    chmod 1777 "$SERVICE_DIR"
    if [ ! -s "$DATA_DIR/PG_VERSION" ]; then
      as_service_user mkdir -p "$DATA_DIR"
      as_service_user "$bindir/initdb" -D "$DATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_service_user "$bindir/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start \
      -o "-h 127.0.0.1 -p $PORT -k $DATA_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null \
      || { tail -n 30 "$LOG_FILE" >&2; exit 1; }
  fi
  # Role and database, created once (the role may create test databases).
  local psql=("$bindir/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAq -v ON_ERROR_STOP=1)
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'")" != 1 ]; then
    "${psql[@]}" -c "CREATE ROLE \"$DB_USER\" LOGIN CREATEDB SUPERUSER"
  fi
  if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'")" != 1 ]; then
    "${psql[@]}" -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\""
  fi
  echo "DATABASE_URL=$URL"
}

stop() {
  local bindir
  bindir=$(pg_bindir)
  if [ -s "$DATA_DIR/postmaster.pid" ]; then
    as_service_user "$bindir/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null
  fi
  echo "PostgreSQL on port $PORT stopped"
}

status() {
  local bindir
  bindir=$(pg_bindir)
  if is_ready "$bindir"; then echo "running: DATABASE_URL=$URL"; else echo "stopped"; return 1; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac

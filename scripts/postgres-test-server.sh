#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: a fresh cluster in a temporary folder, loopback only, on a free port, with a
# plain role (no superuser, no extensions) owning database "prodevbot", as the issue's production setup has.
#
#   eval "$(scripts/postgres-test-server.sh start)"      # exports PRODEVBOT_TEST_POSTGRES (+ _DIR)
#   dotnet test ProDevBot.sln
#   scripts/postgres-test-server.sh stop "$PRODEVBOT_TEST_POSTGRES_DIR"
#
# Uses initdb/pg_ctl from PATH or /usr/lib/postgresql/*/bin; installs Debian's postgresql package when neither has
# them (root only). initdb refuses to run as root, so as root the cluster belongs to a system user "prodevbot-pg".
set -euo pipefail

find_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  done
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u prodevbot-pg -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin="$(find_bin)"
  if [ -z "$bin" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "PostgreSQL's initdb/pg_ctl not found: install your distribution's postgresql package (Debian: apt-get install postgresql)." >&2
      exit 1
    fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    bin="$(find_bin)"
    [ -n "$bin" ] || { echo "installed postgresql but found no initdb" >&2; exit 1; }
  fi
  if [ "$(id -u)" -eq 0 ] && ! id prodevbot-pg >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin prodevbot-pg
  fi

  local dir port password
  dir="$(mktemp -d "${TMPDIR:-/tmp}/prodevbot-pg.XXXXXX")"
  chmod 700 "$dir"
  [ "$(id -u)" -ne 0 ] || chown prodevbot-pg "$dir"
  port="$(free_port)"
  password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Loopback only; the socket lives in the temporary folder, not /var/run. Enough connections for parallel test hosts.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=300 -c fsync=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  local psql="$bin/psql"
  [ -x "$psql" ] || psql="$(command -v psql)"
  as_owner "$psql" -q -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 >&2 <<SQL
CREATE ROLE prodevbot LOGIN PASSWORD '$password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE prodevbot OWNER prodevbot;
SQL
  echo "$bin" >"$dir/bin"
  echo "export PRODEVBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Database=prodevbot;Username=prodevbot;Password=$password'"
  echo "export PRODEVBOT_TEST_POSTGRES_DIR='$dir'"
}

free_port() {
  local port
  for port in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2
  exit 1
}

stop() {
  local dir="${1:-}"
  [ -n "$dir" ] && [ -f "$dir/bin" ] || { echo "usage: $0 stop <folder printed by start>" >&2; exit 2; }
  as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop <folder>" >&2; exit 2 ;;
esac

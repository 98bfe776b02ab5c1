#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the store's tests (issue 18).
#
#   bash scripts/postgres-test-server.sh start      # prints `export …` lines for eval, or exits 3 with the reason
#   bash scripts/postgres-test-server.sh stop DIR   # stops the server started in DIR and removes DIR
#
# start installs Debian's server when it is missing (`apt-get install -y postgresql` as root;
# otherwise it prints that command and exits 3), makes a cluster with initdb in a new temporary
# folder as a user that is not root (`postgres` when run as root), on a free port of 127.0.0.1
# only, with a random password (SCRAM) and TLS offered through a one-day self-signed
# certificate, then waits for it to accept connections. It prints:
#   SETUP_GUIDE_TEST_POSTGRES  the URL the tests use (the password is the throw-away one)
#   SETUP_GUIDE_TEST_POSTGRES_DIR  the folder to give to stop
set -euo pipefail

say() { echo "postgres-test-server: $*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  if command -v pg_ctl > /dev/null 2>&1 && command -v initdb > /dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return; fi
  return 1
}

as_owner() {  # runs "$@" as the cluster's owner
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  if ! bin=$(find_bin); then
    if [ "$(id -u)" = 0 ]; then
      say "installing Debian's PostgreSQL server (apt-get install -y postgresql)"
      export DEBIAN_FRONTEND=noninteractive
      apt-get install -y postgresql > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y postgresql > /dev/null; }
      bin=$(find_bin) || { say "postgresql was installed but no pg_ctl was found"; exit 3; }
    else
      say "no PostgreSQL server on this machine; install it with: sudo apt-get install -y postgresql"
      exit 3
    fi
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres > /dev/null 2>&1; then
    say "running as root, but there is no 'postgres' user to own the cluster (initdb refuses root); reinstall postgresql"
    exit 3
  fi
  local dir port password
  dir=$(mktemp -d "${TMPDIR:-/tmp}/setup-guide-pg.XXXXXX")
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
  chmod 600 "$dir/pwfile"
  if ! as_owner "$bin/initdb" -D "$dir/data" -U setupguide --pwfile="$dir/pwfile" --auth=scram-sha-256 -E UTF8 --locale=C > "$dir/initdb.log" 2>&1; then
    say "initdb failed:"; cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 3
  fi
  rm -f "$dir/pwfile"
  local ssl=off
  if command -v openssl > /dev/null 2>&1 &&
     openssl req -new -x509 -days 1 -nodes -subj "/CN=localhost" -keyout "$dir/data/server.key" -out "$dir/data/server.crt" > /dev/null 2>&1; then
    chmod 600 "$dir/data/server.key"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
    ssl=on
  fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c ssl=$ssl -c fsync=off -c max_connections=50" \
       start > /dev/null 2>&1; then
    say "the server did not start:"; cat "$dir/server.log" >&2 || true; rm -rf "$dir"; exit 3
  fi
  say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (TLS $ssl), in $dir"
  echo "export SETUP_GUIDE_TEST_POSTGRES='postgres://setupguide:$password@127.0.0.1:$port/postgres'"
  echo "export SETUP_GUIDE_TEST_POSTGRES_DIR='$dir'"
  echo "export SETUP_GUIDE_TEST_POSTGRES_TLS='$ssl'"
}

stop() {
  local dir=${1:?give the folder start printed}
  case "$dir" in */setup-guide-pg.*) ;; *) say "refusing to remove '$dir': not a folder this script made"; exit 64 ;; esac
  local bin
  if [ -d "$dir/data" ] && bin=$(find_bin); then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 64 ;;
esac

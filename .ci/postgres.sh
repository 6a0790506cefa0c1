# A throw-away PostgreSQL cluster for the tests: its own folder, a free port, password logins over
# TCP (so wrong-password tests mean something), stopped and removed when the script exits.
# Sets PG_TEST_URL to a role that may create databases and roles.

start_postgres() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    return 1
  fi
  PG_BIN="$bin"
  PG_DIR="$(mktemp -d /tmp/mentor-desk-pg.XXXXXX)"
  local port
  port="$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  local as=()
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
  trap 'stop_postgres' EXIT
  "${as[@]}" "$bin/psql" -q -h "$PG_DIR" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE md_ci LOGIN SUPERUSER PASSWORD 'md_ci'"
  PG_TEST_URL="postgresql+psycopg://md_ci:md_ci@127.0.0.1:$port/postgres"
  export PG_TEST_URL
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    local as=()
    [ "$(id -u)" = "0" ] && as=(runuser -u postgres --)
    "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

# Sourced by .ci/run: a throwaway PostgreSQL server for the tests marked `postgres`.
# Installs PostgreSQL from the Debian packages when it is missing, creates a cluster in a
# temporary directory owned by the unprivileged `postgres` user (CI runs as root), starts
# it on a free local port, exports EVENTWIRE_TEST_PG and stops and removes it on exit.

pg_start() {
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/eventwire-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  else
    PG_AS=()
  fi
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U eventwire -E UTF8 --locale=C >/dev/null
  trap pg_stop EXIT
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  export EVENTWIRE_TEST_PG="postgresql://eventwire@127.0.0.1:$PG_PORT/postgres"
  echo "CI: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT for the postgres tests"
}

pg_stop() {
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}

#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server on a free loopback port, in a temporary folder,
# and stops that server (and only that one) afterwards, whatever the command's outcome.
# The command finds the server in ConnectionStrings__Postgres, the key the app and compose/ use too.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: PostgreSQL server binaries not found; install them with: apt-get install -y postgresql" >&2
  exit 2
fi

dir=$(mktemp -d /tmp/heres-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_owner=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: the cluster belongs to the postgres system user.
  # It runs in $dir, since the caller's working directory may be closed to it (as mktemp -d folders are).
  chown postgres "$dir"
  as_owner=(runuser -u postgres -- env -C "$dir")
fi

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 2; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=1000 -c fsync=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 2; }

export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=40"
set +e
"$@"
status=$?
set -e
exit $status

#!/usr/bin/env bash
# The compose topology (compose/compose.yaml) without containers: PostgreSQL, N app nodes and nginx on loopback.
#
#   scripts/cluster.sh up [N]   starts PostgreSQL (a throwaway server, unless ConnectionStrings__Postgres is set),
#                               N app nodes (default 2; ports 5101.., silo ports 11111..) and nginx on port 8080
#   scripts/cluster.sh status   says what runs and whether each node is healthy
#   scripts/cluster.sh down     stops what `up` started, and only that
#
# Configuration keys are the app's and compose's (Storage__Provider, ConnectionStrings__Postgres, Storage__Schema,
# Silo__ClusterId, Silo__ServiceId, Silo__SiloPort, Silo__Address, Silo__NodeId). State, logs and the nginx
# configuration live in $HERES_CLUSTER_DIR (default /tmp/heres-cluster); HERES_CLUSTER_PORT moves nginx from 8080.
#
# nginx: plain requests go to any node (every grain is active on one node of the cluster, any node answers for it);
# /hubs/ is sticky by the session cookie (hash of heres.session), since SignalR's negotiation and the WebSocket that
# follows must reach the same node; a browser whose node dies reconnects through nginx to another one.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
state=${HERES_CLUSTER_DIR:-/tmp/heres-cluster}
port=${HERES_CLUSTER_PORT:-8080}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
nginx=$(command -v nginx || echo /usr/sbin/nginx)

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- env -C "$state/pg" "$@"; else "$@"; fi; }

health() { curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$1/health"; }

up() {
  local nodes=${1:-2}
  [ -x "$nginx" ] || { echo "cluster.sh: nginx not found; install it with: apt-get install -y nginx" >&2; exit 2; }
  mkdir -p "$state"
  [ -e "$state/nodes" ] && { echo "cluster.sh: already up ($state); run: scripts/cluster.sh down" >&2; exit 1; }
  local connection=${ConnectionStrings__Postgres:-}
  if [ -z "$connection" ]; then
    [ -x "$bin/initdb" ] || { echo "cluster.sh: PostgreSQL not found; install it with: apt-get install -y postgresql" >&2; exit 2; }
    local pgport
    pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    mkdir -p "$state/pg" && [ "$(id -u)" = 0 ] && chown postgres "$state/pg"
    as_postgres "$bin/initdb" -D "$state/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$state/pg/initdb.log"
    as_postgres "$bin/pg_ctl" -D "$state/pg/data" -l "$state/pg/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $pgport -k $state/pg -c max_connections=300" start >/dev/null
    connection="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres"
    echo "cluster.sh: PostgreSQL on 127.0.0.1:$pgport ($state/pg)"
  fi
  echo "$connection" >"$state/connection"

  local dll="$root/web/bin/Release/net10.0/HeresHealthy.Web.dll"
  [ -f "$dll" ] || { echo "cluster.sh: building (Release)"; dotnet build "$root/web" -c Release -v q -nologo; }

  local servers=""
  for i in $(seq 1 "$nodes"); do
    local http=$((5100 + i)) silo=$((11110 + i))
    # exec: the recorded pid is the app's own, so `down` stops exactly it
    (cd "$root/web" && exec env Storage__Provider=Postgres ConnectionStrings__Postgres="$connection" \
      Storage__Schema="${Storage__Schema:-heres}" Silo__NodeId="node$i" Silo__SiloPort="$silo" Silo__Address=127.0.0.1 \
      ASPNETCORE_URLS="http://127.0.0.1:$http" nohup dotnet "$dll" </dev/null >"$state/node$i.log" 2>&1) &
    echo $! >"$state/node$i.pid"
    echo "$i $http" >>"$state/nodes"
    servers="$servers    server 127.0.0.1:$http max_fails=1 fail_timeout=2s;"$'\n'
  done
  for i in $(seq 1 "$nodes"); do
    local http=$((5100 + i)) tries=0
    until health "$http"; do
      tries=$((tries + 1)); [ $tries -lt 240 ] || { echo "cluster.sh: node$i did not become healthy; see $state/node$i.log" >&2; exit 1; }
      sleep 0.25
    done
    echo "cluster.sh: node$i healthy on http://127.0.0.1:$http"
  done

  cat >"$state/nginx.conf" <<CONF
pid $state/nginx.pid;
error_log $state/nginx-error.log;
events {}
http {
  access_log $state/nginx-access.log;
  client_body_temp_path $state/nginx-body;
  proxy_temp_path $state/nginx-proxy;
  upstream app {
$servers  }
  upstream hubs {
    hash \$heres_session consistent;
$servers  }
  include $root/compose/heres-maps.conf;
  server {
    listen 127.0.0.1:$port;
    include $root/compose/heres-proxy.conf;
  }
}
CONF
  "$nginx" -p "$state" -c "$state/nginx.conf" </dev/null >/dev/null 2>&1
  echo "cluster.sh: nginx on http://127.0.0.1:$port (configuration $state/nginx.conf)"
}

status() {
  [ -e "$state/nodes" ] || { echo "cluster.sh: not up"; return; }
  while read -r i http; do
    local pid; pid=$(cat "$state/node$i.pid")
    if kill -0 "$pid" 2>/dev/null; then
      if health "$http"; then echo "node$i (pid $pid, :$http): healthy"; else echo "node$i (pid $pid, :$http): unhealthy"; fi
    else echo "node$i: not running"; fi
  done <"$state/nodes"
  if [ -f "$state/nginx.pid" ] && kill -0 "$(cat "$state/nginx.pid")" 2>/dev/null; then echo "nginx: on :$port"; else echo "nginx: not running"; fi
}

down() {
  [ -f "$state/nginx.pid" ] && "$nginx" -p "$state" -c "$state/nginx.conf" -s quit 2>/dev/null || true
  if [ -e "$state/nodes" ]; then
    while read -r i _; do
      local pid; pid=$(cat "$state/node$i.pid" 2>/dev/null || true)
      [ -n "$pid" ] && kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    done <"$state/nodes"
  fi
  [ -d "$state/pg/data" ] && as_postgres "$bin/pg_ctl" -D "$state/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$state"
  echo "cluster.sh: down"
}

case "${1:-}" in
  up) up "${2:-2}" ;;
  status) status ;;
  down) down ;;
  *) echo "usage: scripts/cluster.sh up [N] | status | down" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Cluster loads on real app processes (`dotnet HeresHealthy.Web.dll`), a throwaway PostgreSQL (scripts/with-postgres.sh)
# and, for `rate`, Debian's nginx in front:
#   bench/cluster.sh rate              highest command rate with p99 < 100 ms: one node, two nodes, raw Npgsql
#   bench/cluster.sh connections [N]   N signed-in live connections on one node against a bare hub (default 10000)
#   bench/cluster.sh cases [N]         N open cases with deadlines: memory per case grain, reminder load, lateness
# The driver's lines without a log level are the results; docs/benchmarks.md records runs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# 10,000 connections are 10,000 sockets in the node and as many in the driver.
ulimit -n "$(ulimit -Hn)"
echo "cluster.sh: ulimit -n $(ulimit -n); uptime:$(uptime)"
dotnet build -c Release HeresHealthy.sln -v q -nologo
scripts/with-postgres.sh dotnet bench/HeresHealthy.Bench/bin/Release/net10.0/HeresHealthy.Bench.dll "$@" 2>&1 \
  | grep -vE '^(info|warn|dbug|trce): |^      '

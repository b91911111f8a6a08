#!/usr/bin/env bash
# Live push latency: commit to the browser's DOM (Debian Chromium, 1000 changes) and commit to the last of 2000
# .NET hub clients (100 changes), each against a bare SignalR hub in the same process and run. The real app runs on a
# throwaway PostgreSQL started by scripts/with-postgres.sh. Extra arguments go to the driver
# (--changes N, --clients N, --fanout-changes N, --out DIR). Reports go to LiveBench.Artifacts/.
# Usage: bench/live.sh [ARGS...]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# 2000 client sockets plus 2000 server sockets per side, both sides connected at once, plus Chromium's: ~8,500 in
# one process. Raise the soft limit of open files to 20000 (or the hard limit, if lower).
hard=$(ulimit -Hn)
want=20000
if [ "$hard" != unlimited ] && [ "$hard" -lt "$want" ]; then want=$hard; fi
ulimit -n "$want"
echo "live.sh: ulimit -n $(ulimit -n) (hard $(ulimit -Hn)); uptime:$(uptime)"

dotnet build -c Release bench/HeresHealthy.LiveBench -v q -nologo
set +e
scripts/with-postgres.sh dotnet bench/HeresHealthy.LiveBench/bin/Release/net10.0/HeresHealthy.LiveBench.dll \
  --out "$root/LiveBench.Artifacts" "$@"
status=$?
set -e
echo "live.sh: uptime after:$(uptime)"
exit $status

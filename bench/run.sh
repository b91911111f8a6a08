#!/usr/bin/env bash
# Runs every benchmark of bench/HeresHealthy.Bench in one BenchmarkDotNet invocation (one joined summary), against a
# throwaway PostgreSQL started by scripts/with-postgres.sh. Extra arguments go to BenchmarkDotNet.
# Usage: bench/run.sh [BENCHMARKDOTNET ARGS...]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
artifacts="$root/BenchmarkDotNet.Artifacts"

set +e
scripts/with-postgres.sh dotnet run -c Release --project bench/HeresHealthy.Bench -- \
  --filter '*' --join --artifacts "$artifacts" "$@"
status=$?
set -e

echo
echo "BenchmarkDotNet wrote its reports and logs to $artifacts:"
ls -1t "$artifacts"/results/*-report-github.md 2>/dev/null | head -n 1 | sed 's/^/  summary: /'
ls -1t "$artifacts"/*.log 2>/dev/null | head -n 1 | sed 's/^/  log:     /'
exit $status

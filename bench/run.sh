#!/usr/bin/env bash
# Runs every benchmark of bench/HeresHealthy.Bench in one BenchmarkDotNet invocation (one joined summary), against a
# throwaway PostgreSQL started by scripts/with-postgres.sh. Extra arguments go to BenchmarkDotNet; with a --filter of
# their own they replace the default filter '*' (BenchmarkDotNet takes one --filter option).
# Usage: bench/run.sh [BENCHMARKDOTNET ARGS...]   e.g. bench/run.sh --filter '*Audit*'
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
artifacts="$root/BenchmarkDotNet.Artifacts"

filter=(--filter '*')
for arg in "$@"; do
  if [ "$arg" = --filter ]; then
    filter=()
  fi
done

set +e
scripts/with-postgres.sh dotnet run -c Release --project bench/HeresHealthy.Bench -- \
  "${filter[@]}" --join --artifacts "$artifacts" "$@"
status=$?
set -e

echo
echo "BenchmarkDotNet wrote its reports and logs to $artifacts:"
ls -1t "$artifacts"/results/*-report-github.md 2>/dev/null | head -n 1 | sed 's/^/  summary: /'
ls -1t "$artifacts"/*.log 2>/dev/null | head -n 1 | sed 's/^/  log:     /'
exit $status

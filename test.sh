#!/usr/bin/env bash
# ./test.sh: builds HeresHealthy and runs every test project against a throwaway PostgreSQL server.
#
# 1. installs the Debian packages the tests need, Chromium for the browser tests among them (as root; otherwise
#    says which command to run),
# 2. builds the solution once (Release),
# 3. runs `dotnet test` for the whole solution, one test project after another, inside scripts/with-postgres.sh (one
#    server for the run, stopped afterwards whatever happens), writing TRX files to artifacts/test-results,
# 4. counts the results of all TRX files and says where the browser tests put their screenshots.
# The last line is always `tests: N passed, M failed`; the exit code is non-zero unless everything passed.
set -euo pipefail

cd "$(dirname "$0")"
root=$(pwd)
configuration=Release
results="$root/artifacts/test-results"
export DOTNET_NOLOGO=1

# Debian packages the tests need, as "package|shell test that succeeds when it is installed".
requirements=(
  "postgresql|compgen -G '/usr/lib/postgresql/*/bin/initdb'"
  "python3|command -v python3"
  # Browser tests (tests/HeresHealthy.Browser.Tests) drive Debian's Chromium through Playwright.
  "chromium|test -x /usr/bin/chromium"
  # Cluster fault tests (tests/HeresHealthy.Browser.Tests/Cluster) put Debian's nginx in front of two app nodes.
  "nginx|test -x /usr/sbin/nginx"
)

# Ends the run: the final line, and nothing after it.
finish() { # passed failed
  echo "tests: $1 passed, $2 failed"
  if [ "$2" -eq 0 ]; then exit 0; else exit 1; fi
}

# Ends the run before any test ran: says why, and counts that as one failure.
abort() { # message...
  echo "test.sh: $*" >&2
  finish 0 1
}

# apt-get install, without starting the services the packages bring (Debian's postgresql would start
# a cluster of its own on port 5432): a policy-rc.d that forbids every action, only for the install.
apt_install() { # packages...
  local policy=/usr/sbin/policy-rc.d added=""
  if [ ! -e "$policy" ]; then
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT # also if the install is interrupted
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && added=yes
  fi
  local install=(env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@")
  local status=0
  # `apt-get update` only when the install fails without it (a fresh machine has no package lists).
  "${install[@]}" || { apt-get update && "${install[@]}"; } || status=$?
  if [ -n "$added" ]; then rm -f "$policy" && trap - EXIT; fi
  return $status
}

# --- 1. prerequisites --------------------------------------------------------------------------------
missing=()
for requirement in "${requirements[@]}"; do
  package=${requirement%%|*}
  check=${requirement#*|}
  eval "$check" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: missing Debian packages: ${missing[*]}. Install them as root with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    finish 0 1
  fi
  echo "test.sh: installing ${missing[*]} from Debian"
  apt_install "${missing[@]}" || abort "apt-get install ${missing[*]} failed (see above)"
fi

command -v dotnet >/dev/null 2>&1 \
  || abort "dotnet is not on PATH: install the .NET 10 SDK (https://dot.net) and make sure 'dotnet' is found"

# --- 2. build once -----------------------------------------------------------------------------------
echo "test.sh: dotnet build HeresHealthy.sln -c $configuration"
dotnet build HeresHealthy.sln -c "$configuration" || abort "the build failed (see above)"

# --- 3. test against one throwaway PostgreSQL server -------------------------------------------------
rm -rf "$results"
mkdir -p "$results"
echo "test.sh: dotnet test HeresHealthy.sln (PostgreSQL from scripts/with-postgres.sh)"
test_status=0
# --blame-hang-timeout: a test that hangs is stopped, and named, instead of holding up the run.
# -m:1: one test project at a time. Side by side on two cores, the browser tests' 30 s waits ran out while the other
# projects' PostgreSQL cluster and password-guessing tests took the machine (4 of the last 6 flaky failures).
scripts/with-postgres.sh dotnet test HeresHealthy.sln -c "$configuration" --no-build -m:1 \
  --results-directory "$results" \
  --logger trx \
  --logger "console;verbosity=normal" \
  --blame-hang-timeout 5m --blame-hang-dump-type none \
  || test_status=$?

# --- 4. count the results of all TRX files -----------------------------------------------------------
# "failed" counts every test that did not pass or skip: failed, error, timeout and aborted outcomes, plus
# one for a run that was aborted (a crashed or hung test host: the test it was running has no result).
read -r trx_files passed failed < <(python3 - "$results" <<'EOF'
import glob, sys, xml.etree.ElementTree as ET
files = passed = failed = 0
for path in sorted(glob.glob(sys.argv[1] + "/**/*.trx", recursive=True)):
    try:
        root = ET.parse(path).getroot()
        counters = root.find(".//{*}Counters")
    except ET.ParseError as error:
        print(f"test.sh: unreadable TRX file {path}: {error}", file=sys.stderr)
        failed += 1
        continue
    files += 1
    if counters is None:
        print(f"test.sh: no <Counters> in {path}", file=sys.stderr)
        failed += 1
        continue
    count = lambda name: int(counters.get(name, "0"))
    passed += count("passed")
    failed += count("failed") + count("error") + count("timeout") + count("aborted")
    # Each failed test by name with the first lines of its message, so that the end of the log says what failed.
    for result in root.iterfind(".//{*}UnitTestResult"):
        if result.get("outcome") in ("Failed", "Error", "Timeout", "Aborted"):
            message = result.find(".//{*}Message")
            text = " ".join((message.text or "").split()) if message is not None else ""
            print(f"test.sh: FAILED {result.get('testName')}: {text[:600]}", file=sys.stderr)
    for info in root.iterfind(".//{*}RunInfo/{*}Text"):
        if "run was aborted" in (info.text or "").lower():
            print(f"test.sh: {info.text.strip()} ({path})", file=sys.stderr)
            failed += 1
print(files, passed, failed)
EOF
) || abort "could not read the TRX files in $results"

if [ "$trx_files" -eq 0 ]; then
  echo "test.sh: no TRX file in $results: the test run produced no results (exit status $test_status, see above)" >&2
  failed=$((failed + 1))
elif [ "$test_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "test.sh: dotnet test exited with status $test_status although no test failed (crash or abort? see above)" >&2
  failed=1
fi

echo "test.sh: results in $results"
echo "test.sh: screenshots of every page (phone and desktop width) in $root/artifacts/screenshots"
finish "$passed" "$failed"

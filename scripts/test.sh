#!/usr/bin/env bash
# Runs every test: installs what the system lacks, builds the binary the end-to-end tests run,
# lints the shipped content strictly, then runs the Swift Testing suites (the HTML ones drive
# headless Chromium, which setup.sh installs).
set -euo pipefail
cd "$(dirname "$0")/.."

# The seed corpus (real Microsoft articles, not ours to ship) lives outside the repository, so a
# clone alone runs on the fixture articles and skips the corpus suite. CI must have the corpus:
# say so before minutes of building rather than after.
seeds="${SETUP_GUIDE_SEEDS:-$(dirname "$PWD")/shared/seeds}"
if [ -d "$seeds" ]; then
  corpus_note="test: seed corpus suite run over $seeds"
elif [ "${CI:-}" = "true" ]; then
  echo "test: CI=true but there is no seed corpus at $seeds; set SETUP_GUIDE_SEEDS to the folder of seeds, or put shared/seeds beside the package" >&2
  exit 1
else
  corpus_note="test: seed corpus suite NOT run: no $seeds (set SETUP_GUIDE_SEEDS to run it)"
fi

bash scripts/setup.sh --with-browser --with-test-tools
swift build
bash scripts/check-boundaries.sh
bash scripts/check-scripts.sh
# the PowerShell checker's own tests: it must catch what it claims to catch
.build/pytools/bin/python -m pytest -q scripts/test_check_powershell.py
.build/debug/setup-guide lint --strict
# The store's PostgreSQL tests (issue 18) run against a throw-away server on loopback, removed on exit;
# never skipped in CI. SETUP_GUIDE_TEST_POSTGRES set beforehand names a server of your own instead.
if [ -n "${SETUP_GUIDE_TEST_POSTGRES:-}" ]; then
  pg_note="test: PostgreSQL store tests run against the server SETUP_GUIDE_TEST_POSTGRES names"
elif pg_env=$(bash scripts/postgres-test-server.sh start); then
  eval "$pg_env"
  trap 'bash scripts/postgres-test-server.sh stop "$SETUP_GUIDE_TEST_POSTGRES_DIR"' EXIT
  pg_note="test: PostgreSQL store tests run against a throw-away server in $SETUP_GUIDE_TEST_POSTGRES_DIR"
elif [ "${CI:-}" = "true" ]; then
  echo "test: CI=true but no PostgreSQL server could be started (reason above); the store tests must run in CI" >&2
  exit 1
else
  pg_note="test: PostgreSQL store tests NOT run: no server could be started (reason above)"
fi
echo "$pg_note"
echo "$corpus_note"
swift test "$@"

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
echo "$corpus_note"
swift test "$@"

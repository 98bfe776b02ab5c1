#!/usr/bin/env bash
# Runs every test: installs what the system lacks, builds the binary the end-to-end tests run,
# lints the shipped content strictly, then runs the Swift Testing suites (the HTML ones drive
# headless Chromium, which setup.sh installs).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --with-browser --with-test-tools
swift build
bash scripts/check-boundaries.sh
# the PowerShell checker's own tests: it must catch what it claims to catch
.build/pytools/bin/python -m pytest -q scripts/test_check_powershell.py
.build/debug/setup-guide lint --strict
swift test "$@"

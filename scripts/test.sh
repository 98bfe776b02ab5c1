#!/usr/bin/env bash
# Runs every test: installs what the system lacks, builds the binary the end-to-end tests run,
# lints the shipped content strictly, then runs the Swift Testing suites (the HTML ones drive
# headless Chromium, which setup.sh installs).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --with-browser
swift build
bash scripts/check-boundaries.sh
.build/debug/setup-guide lint --strict
swift test "$@"

#!/usr/bin/env bash
# Runs every test: installs what the system lacks, builds the binary the end-to-end tests run,
# lints the shipped content strictly, then runs the Swift Testing suites.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build
.build/debug/setup-guide lint --strict
swift test "$@"

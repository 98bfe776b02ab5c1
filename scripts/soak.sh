#!/usr/bin/env bash
# The kill -9 soak (issue 17): a wizard run of 1,500 users (`setup-guide run --answers … --yes`),
# in the French flow (request form) and the US flow (search, acquire), killed with SIGKILL 50
# times: at random times, at every step of the plan, and at chosen write points (strace's fault
# injection at the Nth pwrite64, write, rename or fdatasync). The run resumes after each kill.
# At the end SQLite's integrity check must be ok and every action done exactly once: licences,
# numbers, requests, reservations, addresses, assignments, mails (each mail written once, read
# back by Python's mail parser). It prints the figures and exits 1 on any lost, doubled or
# unusable result. The Swift tests run a short one (5 kills, SoakTests).
#
# Usage: scripts/soak.sh [--users N] [--kills K] [--flow fr|us|both] [--seed S] [--bin PATH]
#        (default: 1500 users, 50 kills, both flows, a release build; the work folder is
#        SOAK_DIR, else bench-data/soak)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ -z "$bin" ]; then
  swift build -c release >&2
  bin="$PWD/.build/release/setup-guide"
fi
command -v strace >/dev/null 2>&1 || echo "soak: no strace, so no kills at write points (bash scripts/setup.sh --with-test-tools installs it)" >&2
work="${SOAK_DIR:-bench-data/soak}"
rm -rf "$work"
mkdir -p "$work"
exec python3 scripts/soak.py --bin "$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")" --dir "$(cd "$work" && pwd)" \
  --check-mail "$PWD/scripts/mail/check-mail.py" ${args[@]+"${args[@]}"}

#!/usr/bin/env bash
# Runs one coverage-guided fuzz target (libFuzzer) for SECONDS, then prints its figures: inputs
# run, crashes, the slowest input and the peak memory. A benchmark-style tool, run by hand;
# `swift test` replays the committed corpus instead (Tests/FuzzCorpusTests).
#
# Usage: bash scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]
#   TARGET: guide, answers, export-json, export-csv, export-utf16, docfx, users-csv
#
# It builds `setup-guide-fuzz` in release with -sanitize=fuzzer into .build/fuzz (beside, never
# over, the normal build), seeds it from Tests/FuzzCorpus/TARGET, and grows its working corpus in
# .build/fuzz-corpus/TARGET (not committed). Limits, as issue 17 sets them: 10 s and 500 MB per
# input. Anything libFuzzer finds (crash-*, timeout-*, oom-*, slow-unit-*) is written straight
# into Tests/FuzzCorpus/TARGET/, so that it is committed and replayed by the tests once fixed.
# One process (no -jobs/-workers): the machine's cores are shared. SETUP_GUIDE_FUZZ_NO_BUILD=1
# uses the binary already built (to run targets in a row while another build uses the tree).
set -euo pipefail
cd "$(dirname "$0")/.."

targets="guide answers export-json export-csv export-utf16 docfx users-csv"
if [ $# -lt 2 ] || ! [[ " $targets " == *" $1 "* ]] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: bash scripts/fuzz.sh TARGET SECONDS [libFuzzer flags…]" >&2
  echo "targets: $targets" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2

scratch=.build/fuzz
binary="$scratch/release/setup-guide-fuzz"
if [ "${SETUP_GUIDE_FUZZ_NO_BUILD:-}" != 1 ] || [ ! -x "$binary" ]; then
  echo "fuzz: building setup-guide-fuzz with -sanitize=fuzzer (release, $scratch)" >&2
  swift build -c release --product setup-guide-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DSETUP_GUIDE_LIBFUZZER >&2
fi

seeds="Tests/FuzzCorpus/$target"
work=".build/fuzz-corpus/$target"
mkdir -p "$work"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

status=0
SETUP_GUIDE_FUZZ_TARGET=$target /usr/bin/time -v "$binary" "$work" "$seeds" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=500 -max_len=16384 \
  -artifact_prefix="$seeds/" -print_final_stats=1 "$@" 2>"$log" || status=$?

runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
peak=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
found=$(grep -cE '^==[0-9]+== ERROR: libFuzzer|^SUMMARY: libFuzzer|Test unit written to' "$log" || true)
# the slowest input of the corpus it grew, each run once more
slowest=$(find "$work" "$seeds" -type f ! -name '*.py' -print0 | head -z -n 5000 |
  SETUP_GUIDE_FUZZ_TARGET=$target xargs -0 -n 200 "$binary" -timeout=10 -rss_limit_mb=500 2>&1 |
  grep -oE 'Executed .* in [0-9]+ ms' | awk '{ print $(NF-1), $2 }' | sort -n | tail -1 || true)
grep -E 'Test unit written to|ERROR: libFuzzer|SUMMARY' "$log" >&2 || true
echo "fuzz: $target: ${runs:-?} inputs in ${seconds} s, ${found} crash/timeout/oom reports, peak ${peak:-?} MB, slowest input ${slowest:-?} (ms, file)"
exit $status

#!/usr/bin/env bash
# Import benchmark: `setup-guide import` over thousands of generated DocFX articles, against
# `cmark` turning the same bytes into HTML. Goal: import ≤ 1.5 × cmark.
#
#   scripts/bench-import.sh [--count N] [--min-bytes B] [--runs R]
#
# Builds release (incrementally), generates bench-data/articles once (git-ignored), then runs
# each side R times and keeps the best time, since the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."

count=3000
min_bytes=20000000
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --min-bytes) min_bytes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "Unknown option '$1'" >&2; exit 64 ;;
  esac
done

command -v cmark >/dev/null || { echo "cmark is not installed (apt-get install cmark)" >&2; exit 2; }

echo "== building release" >&2
swift build -c release --product setup-guide >&2
binary=.build/release/setup-guide

data=bench-data/articles
stamp=bench-data/.generated-$count-$min_bytes
if [ ! -f "$stamp" ]; then
  echo "== generating $count articles (≥ $min_bytes bytes)" >&2
  rm -rf "$data" bench-data/.generated-*
  python3 scripts/gen-docfx.py "$data" --count "$count" --min-bytes "$min_bytes" >&2
  touch "$stamp"
fi

list=bench-data/files.txt
find "$data" -type f -name '*.md' | sort > "$list"
files=$(wc -l < "$list")
bytes=$(xargs -d '\n' cat < "$list" | wc -c)
# warm the page cache so both sides read from memory
xargs -d '\n' cat < "$list" > /dev/null

now() { date +%s.%N; }
best() { # best wall time of "$@" over $runs runs; exit codes 0 and 1 both mean "imported"
  local best_time=""
  for _ in $(seq "$runs"); do
    local start end status=0
    start=$(now)
    "$@" || status=$?
    end=$(now)
    if [ "$status" -gt 1 ]; then echo "command failed with exit $status: $*" >&2; exit "$status"; fi
    local t
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best_time" ] || [ "$(echo "$t < $best_time" | bc -l)" = 1 ]; then best_time=$t; fi
  done
  echo "$best_time"
}

run_import() { "$binary" import "$data" --format json --out /dev/null 2>/dev/null; }
run_cmark() { xargs -d '\n' cat < "$list" | cmark > /dev/null; }

echo "== import (best of $runs)" >&2
import_time=$(best run_import)
echo "== cmark (best of $runs)" >&2
cmark_time=$(best run_cmark)

# the import's own summary, for the record
summary=$("$binary" import "$data" --format json --out /dev/null 2>&1 >/dev/null | tail -1)

mb=$(echo "$bytes / 1000000" | bc -l)
printf 'files            %d\n' "$files"
printf 'bytes            %d (%.1f MB)\n' "$bytes" "$mb"
printf 'import summary   %s\n' "$summary"
printf 'import           %.3f s  %.0f files/s  %.1f MB/s\n' "$import_time" "$(echo "$files / $import_time" | bc -l)" "$(echo "$mb / $import_time" | bc -l)"
printf 'cmark            %.3f s  %.0f files/s  %.1f MB/s\n' "$cmark_time" "$(echo "$files / $cmark_time" | bc -l)" "$(echo "$mb / $cmark_time" | bc -l)"
printf 'ratio            %.2f × cmark (goal ≤ 1.5)\n' "$(echo "$import_time / $cmark_time" | bc -l)"

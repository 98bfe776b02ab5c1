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

# best wall time over $runs runs, with the CPU time (user + sys) of that run; exit codes 0 and 1
# both mean "imported". Prints "wall cpu".
best() {
  local best_wall="" best_cpu="" timing
  timing=$(mktemp)
  for _ in $(seq "$runs"); do
    local status=0
    /usr/bin/time -f '%e %U %S' -o "$timing" "$@" || status=$?
    if [ "$status" -gt 1 ]; then echo "command failed with exit $status: $*" >&2; exit "$status"; fi
    local wall cpu
    read -r wall user sys < <(tail -1 "$timing")
    cpu=$(echo "$user + $sys" | bc -l)
    if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then best_wall=$wall; best_cpu=$cpu; fi
  done
  rm -f "$timing"
  echo "$best_wall $best_cpu"
}

run_import=("$binary" import "$data" --format json --out /dev/null)
run_cmark=(sh -c "xargs -d '\\n' cat < '$list' | cmark > /dev/null")

echo "== import (best of $runs)" >&2
read -r import_time import_cpu < <(best "${run_import[@]}" 2>/dev/null)
echo "== cmark (best of $runs)" >&2
read -r cmark_time cmark_cpu < <(best "${run_cmark[@]}")

# the import's own summary, for the record
summary=$("$binary" import "$data" --format json --out /dev/null 2>&1 >/dev/null | tail -1)

mb=$(echo "$bytes / 1000000" | bc -l)
printf 'files            %d\n' "$files"
printf 'bytes            %d (%.1f MB)\n' "$bytes" "$mb"
printf 'import summary   %s\n' "$summary"
printf 'import           %.3f s  %.0f files/s  %.1f MB/s\n' "$import_time" "$(echo "$files / $import_time" | bc -l)" "$(echo "$mb / $import_time" | bc -l)"
printf 'cmark            %.3f s  %.0f files/s  %.1f MB/s\n' "$cmark_time" "$(echo "$files / $cmark_time" | bc -l)" "$(echo "$mb / $cmark_time" | bc -l)"
printf 'ratio            %.2f × cmark wall time (goal ≤ 1.5); %.2f × in CPU time (%.2f s vs %.2f s)\n' \
  "$(echo "$import_time / $cmark_time" | bc -l)" "$(echo "$import_cpu / $cmark_cpu" | bc -l)" "$import_cpu" "$cmark_cpu"
printf 'load average     %s (2 cores shared with other builds: wall times vary)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

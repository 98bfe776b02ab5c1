#!/usr/bin/env bash
# Parse benchmark (issue 2): load and plan the shipped content and >= 10 MB of generated
# guides in a release build, and time the cmark tool on the same bytes in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release >&2
bin=.build/release/setup-guide
data=bench-data/guides
[ -d "$data" ] || python3 scripts/gen-guides.py "$data" "${BENCH_MB:-10}"

echo "== shipped content"
$bin benchmark content

echo "== generated guides ($(du -sh "$data" | cut -f1))"
TIMEFORMAT=%R
for i in 1 2 3; do
  ours=$( { time $bin benchmark "$data" > /tmp/bench-parse.out; } 2>&1 )
  theirs=$( { time cat "$data"/*.md | cmark > /dev/null; } 2>&1 )
  echo "run $i: setup-guide benchmark (parse + load + plan for every country) ${ours} s; cmark to HTML ${theirs} s"
done
cat /tmp/bench-parse.out
echo "Compare 'markdown parse only' and 'load' with cmark's time above (goal: parse <= 1.5 x cmark)."

#!/usr/bin/env bash
# Render benchmark (issue 7): every country of the catalogue in both languages with every
# feature, in a release build. Goal: under 1 s for the whole site. Prints the time of each run
# (as the command measures it, and wall and CPU time as the shell sees them: on a machine shared
# with other builds, wall time waits for a core while CPU time does not) and the site's size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release >&2
bin=.build/release/setup-guide
out=$(mktemp -d)/site
features=(--feature audio-conferencing --feature call-queues --feature auto-attendants --feature toll-free --feature porting)

TIMEFORMAT="%R s wall, %U s user, %S s sys"
for i in 1 2 3; do
  wall=$( { time $bin render --out "$out" --lang fr --lang en "${features[@]}" > /tmp/bench-render.out; } 2>&1 )
  echo "run $i: $(cat /tmp/bench-render.out) | ${wall}"
done
pages=$(find "$out" -name '*.html' | wc -l)
echo "site: $pages HTML files, $(du -sh "$out" | cut -f1) on disk ($(du -sb "$out" | cut -f1) bytes), largest page $(ls -S "$out"/*.html | head -1 | xargs du -h | cut -f1)"
rm -rf "$(dirname "$out")"

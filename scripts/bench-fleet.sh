#!/usr/bin/env bash
# Fleet benchmark (issue 18): `setup-guide fleet verify` on generated fleets of 100, 1,000 and
# 5,000 clients of 50 users each, beside `verify` of one tenant of 50,000 users, in a release
# build and in the same run. Goals: the 1,000-client fleet within 2x the 50,000-user tenant,
# peak memory <= 500 MB (GNU time -v), time growing linearly with the number of clients.
# Data is generated once into bench-data/ (scripts/gen-fleet.py, scripts/gen-exports.py).
#
# Usage: bash scripts/bench-fleet.sh      (BENCH_FLEETS="100 1000" for fewer sizes)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || swift build -c release --product setup-guide >&2  # BENCH_SKIP_BUILD=1: the release binary as it is
bin=.build/release/setup-guide
fleets=${BENCH_FLEETS:-"100 1000 5000"}
users=50

measure() {  # prints "seconds peak-MB" of a command, from GNU time -v
  /usr/bin/time -v -o /tmp/bench-fleet.time "$@" > /dev/null 2> /tmp/bench-fleet.err || true
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
              /Maximum resident set size/ { kb = $2 }
              END { printf "%.2f %.0f\n", s, kb / 1024 }' /tmp/bench-fleet.time
}

single=bench-data/exports-50000
[ -f "$single/Get-CsPhoneNumberAssignment.json" ] || python3 scripts/gen-exports.py "$single" 50000 50000
for n in $fleets; do
  [ -f "bench-data/fleet-$n/.complete" ] || { rm -rf "bench-data/fleet-$n"; python3 scripts/gen-fleet.py "bench-data/fleet-$n" "$n" "$users"; touch "bench-data/fleet-$n/.complete"; }
done

echo "cores: $(nproc)"
cat "$single"/*.json > /dev/null
read -r base_s base_mb < <(measure "$bin" verify --country US --export "$single" --format json --out /tmp/bench-fleet-one.json)
printf "%-34s %8s s %6s MB\n" "verify, 1 tenant x 50,000 users" "$base_s" "$base_mb"
for n in $fleets; do
  find "bench-data/fleet-$n" -name "*.json" -exec cat {} + > /dev/null  # same page cache as the single tenant
  read -r s mb < <(measure "$bin" fleet verify "bench-data/fleet-$n" --format json --out /tmp/bench-fleet-$n.json)
  clients=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["clients"]))' /tmp/bench-fleet-$n.json)
  ratio=$(awk -v a="$s" -v b="$base_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  per=$(awk -v a="$s" -v n="$n" 'BEGIN { printf "%.2f", a * 1000 / n }')
  printf "%-34s %8s s %6s MB  %sx verify, %s ms per client, %s clients reported\n" \
    "fleet verify, $n clients x $users" "$s" "$mb" "$ratio" "$per" "$clients"
done
echo "the generated clients hold a few gaps each on purpose, so fleet verify exits 1."

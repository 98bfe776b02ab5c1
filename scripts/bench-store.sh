#!/usr/bin/env bash
# Store benchmark (issue 18): `record` of a fleet run of 1,000 clients x 50 users (3 findings
# each: 150,000 findings, ~60 MB of report JSON), a second run, and the drift between them, on
# SQLite and on a throw-away PostgreSQL server, in a release build, beside `verify` of one
# tenant of 50,000 users in the same run (fleet verify of 1,000 x 50 takes at least that long).
# Goal: storing a run adds at most 20 % to fleet verify.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product setup-guide >&2
bin=.build/release/setup-guide
clients=${BENCH_CLIENTS:-1000} users=${BENCH_USERS:-50}

pg_env=$(bash scripts/postgres-test-server.sh start)
eval "$pg_env"
trap 'bash scripts/postgres-test-server.sh stop "$SETUP_GUIDE_TEST_POSTGRES_DIR"; rm -rf "$work"' EXIT
work=$(mktemp -d)

total=$((clients * users))
data=bench-data/exports-$total
[ -f "$data/Get-CsPhoneNumberAssignment.json" ] || python3 scripts/gen-exports.py "$data" "$total" "$total"
start=$(date +%s.%N)
"$bin" verify --country US --export "$data" --format json --out "$work/verify.json" > /dev/null 2>&1 || true
verify=$(echo "$(date +%s.%N) - $start" | bc)
printf "verify of one tenant of %d users: %.3f s\n" "$total" "$verify"

for store in sqlite postgres; do
  if [ "$store" = sqlite ]; then url="$work/fleet.sqlite"; else url="$SETUP_GUIDE_TEST_POSTGRES?schema=bench"; fi
  out=$("$bin" fleet store-benchmark --clients "$clients" --users "$users" --store "$url")
  echo "$store: $out" | sed 's/^/  /'
  record=$(echo "$out" | sed -n 's/.*record run 2: \([0-9.]*\) s.*/\1/p')
  printf "  %s: storing a run adds %.0f %% to that verify time (goal <= 20 %%)\n" "$store" "$(echo "100 * $record / $verify" | bc -l)"
done

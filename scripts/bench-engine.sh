#!/usr/bin/env bash
# Provisioning benchmark (issue 4): provision N users end to end on the embedded tenant through the
# engine, in a release build: import, licences, emergency address, numbers, assignment, check.
# Each step is one `setup-guide tenant` process (one transaction); the figures are the whole run's
# wall time and the peak resident memory of the largest step. Goal at 10,000 users: <= 3 s, <= 200 MB.
# Then the same work through the wizard (`run --answers --yes`, one process), reported beside it.
# Usage: scripts/bench-engine.sh [N ...]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${BENCH_BIN:-}" ] || swift build -c release >&2
bin="${BENCH_BIN:-$PWD/.build/release/setup-guide}"
work="${BENCH_DIR:-bench-data/engine}"
mkdir -p "$work"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)

for n in "${sizes[@]}"; do
  csv="$work/users-$n.csv"
  if [ ! -f "$csv" ]; then
    awk -v n="$n" 'BEGIN {
      print "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage"
      for (i = 1; i <= n; i++) printf "user%06d@contoso.com,\"User %d, Sales\",US,Seattle,Dept %d,en-US\n", i, i, i % 20
    }' > "$csv"
  fi
  tenant="$work/tenant-$n.sqlite"
  rm -f "$tenant" "$tenant-wal" "$tenant-shm" "$tenant.lock"
  steps="$work/steps-$n.sh"
  cat > "$steps" <<STEPS
set -e
t="--tenant $tenant"
"$bin" tenant init \$t --country US
"$bin" tenant import-users \$t "$csv"
"$bin" tenant licences buy \$t --sku MCOEV --quantity $n
"$bin" tenant licences buy \$t --sku MCOPSTN1 --quantity $n
"$bin" tenant licences assign \$t --sku MCOEV --users voice
"$bin" tenant licences assign \$t --sku MCOPSTN1 --users voice
"$bin" tenant addresses create \$t --company Contoso --house-number 400 --street "Broad Street" --city Seattle --state WA --postal-code 98109 --country US --latitude 47.62 --longitude -122.35 --description HQ
"$bin" tenant addresses validate \$t
"$bin" tenant numbers search \$t --country US --city Seattle --quantity $n
"$bin" tenant numbers acquire \$t
"$bin" tenant numbers assign \$t --users voice --address HQ
"$bin" tenant check users.have-numbers \$t
STEPS
  echo "== $n users"
  log="$work/time-$n.txt"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v bash "$steps" > "$work/out-$n.txt" 2> "$log" || { cat "$log" >&2; exit 1; }
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$log")
  else
    # No GNU time: getrusage of the children, from a small Python wrapper.
    read -r seconds peak < <(python3 - "$steps" "$work/out-$n.txt" <<'PY'
import resource, subprocess, sys, time
start = time.time()
with open(sys.argv[2], "w") as out:
    subprocess.run(["bash", sys.argv[1]], check=True, stdout=out)
print("%.2f %.1f" % (time.time() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
)
  fi
  tail -1 "$work/out-$n.txt"
  echo "$n users: ${seconds} s, peak ${peak} MB (largest step), tenant $(du -h "$tenant" | cut -f1)"

  # The same work through the wizard's bulk path (issue 16): one `run --answers --yes` process,
  # French plan: import, licences, emergency address, request form, assignment, n mails.
  # Goal at 10,000 users: <= 5 s and <= 200 MB.
  engine_seconds=$seconds
  fr_csv="$work/users-fr-$n.csv"
  [ -f "$fr_csv" ] || awk -v n="$n" 'BEGIN {
    print "UserPrincipalName,DisplayName,UsageLocation,City,Department,PreferredLanguage"
    for (i = 1; i <= n; i++) printf "user%06d@contoso.com,\"Utilisateur %d, Ventes\",FR,Lyon,Service %d,fr-FR\n", i, i, i % 20
  }' > "$fr_csv"
  answers="$work/answers-$n.yaml"
  cat > "$answers" <<ANSWERS
country: FR
connectivity: calling-plan
lang: fr
steps:
  pstn-connectivity: { option: calling-plan }
  import-users: { file: $fr_csv }
  licences: { quantity: $n, callingPlan: MCOPSTN2, users: all }
  emergency-addresses: { description: Siège Lyon, company: Fabrikam, houseNumber: "12", street: Rue de la République, postalCode: "69002", city: Lyon, latitude: "45.7640", longitude: "4.8357", place: 3e étage }
  user-numbers-request: { city: Lyon, quantity: $n }
  assign-numbers: { users: voice, address: Siège Lyon, location: 3e étage }
  notify-users: { outbox: $work/outbox-$n }
manual:
  area-code-addresses: { who: Bench, when: 2026-11-20 }
  user-numbers-request: { who: Bench, when: 2026-11-20 }
ANSWERS
  wizard="$work/wizard-$n.sqlite"
  rm -rf "$wizard" "$wizard-wal" "$wizard-shm" "$wizard.lock"
  # The last run's mails are moved aside and deleted after the timing: ext4 makes new files slow
  # to create for a minute or so after as many were deleted (its allocator steps over recently
  # freed inodes), which would time this script's own cleanup rather than the wizard.
  trash="$work/trash"
  mkdir -p "$trash"
  [ ! -e "$work/outbox-$n" ] || mv "$work/outbox-$n" "$(mktemp -d "$trash/outbox-XXXXXX")/"
  wlog="$work/wizard-time-$n.txt"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$bin" run --answers "$answers" --yes --tenant "$wizard" > "$work/wizard-out-$n.txt" 2> "$wlog" \
      || { tail -n 20 "$work/wizard-out-$n.txt" "$wlog" >&2; exit 1; }
    wseconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$wlog")
    wpeak=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$wlog")
  else
    read -r wseconds wpeak < <(python3 - "$bin" "$answers" "$wizard" "$work/wizard-out-$n.txt" <<'PY'
import resource, subprocess, sys, time
start = time.time()
with open(sys.argv[4], "w") as out:
    subprocess.run([sys.argv[1], "run", "--answers", sys.argv[2], "--yes", "--tenant", sys.argv[3]], check=True, stdout=out)
print("%.2f %.1f" % (time.time() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
)
  fi
  mails=$(find "$work/outbox-$n" -name '*.eml' | wc -l)
  rm -rf "$trash"
  echo "$n users through the wizard (run --answers --yes): ${wseconds} s, peak ${wpeak} MB, $mails mails; engine alone ${engine_seconds} s"
done

#!/usr/bin/env bash
# Parses every PowerShell script the tool can write with a real PowerShell grammar
# (tree-sitter-powershell) and checks every cmdlet call against Microsoft's reference, as
# recorded in scripts/powershell/cmdlets.json: the collection script in both languages, and
# `export powershell` for every country of the catalogue × connectivity × no feature or all of
# them × French and English, plus the shipped answers files. scripts/test.sh runs it.
#
# Usage: bash scripts/check-scripts.sh [BINARY]   (default .build/debug/setup-guide)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/setup-guide}
python=${SETUP_GUIDE_PYTHON:-.build/pytools/bin/python}
[ -x "$python" ] || { echo "check-scripts: $python is missing; run: bash scripts/setup.sh --with-test-tools" >&2; exit 1; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$bin" export collect --lang fr --out "$out/collect-fr.ps1"
"$bin" export collect --lang en --out "$out/collect-en.ps1"

countries=$(sed -n 's/^\([A-Z][A-Z]\):.*/\1/p' content/countries.yaml)
features="--feature audio-conferencing --feature call-queues --feature auto-attendants --feature toll-free --feature porting"
# One line per plan: its file name, then its arguments. The binary is launched once per plan, so the
# launches run two at a time (xargs -P 2); a plan the catalogue refuses (Calling Plans not sold
# there) writes no file and is no script to check.
for cc in $countries; do
  for connectivity in calling-plan operator-connect direct-routing; do
    for lang in fr en; do
      echo "$cc-$connectivity-$lang-none --country $cc --connectivity $connectivity --lang $lang"
      echo "$cc-$connectivity-$lang-all --country $cc --connectivity $connectivity --lang $lang $features"
    done
  done
done | xargs -P 2 -L 1 sh -c 'name=$1; shift; "$0" export powershell "$@" --out "'"$out"'/$name.ps1" 2>/dev/null || true' "$bin"
planned=$(ls "$out" | grep -c -v '^collect-')
for answers in content/examples/*.yaml; do
  "$bin" export powershell --answers "$answers" --out "$out/answers-$(basename "$answers" .yaml).ps1"
done

count=$(ls "$out"/*.ps1 | wc -l)
echo "check-scripts: parsing $count scripts ($planned plans, 2 collection scripts, the answers files)"
"$python" scripts/check-powershell.py "$out"/*.ps1
echo "check-scripts: every script parses with no ERROR or missing node, and every cmdlet call fits Microsoft's reference"

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
features=(--feature audio-conferencing --feature call-queues --feature auto-attendants --feature toll-free --feature porting)
planned=0
for cc in $countries; do
  for connectivity in calling-plan operator-connect direct-routing; do
    for lang in fr en; do
      for set in none all; do
        args=(--country "$cc" --connectivity "$connectivity" --lang "$lang")
        [ "$set" = all ] && args+=("${features[@]}")
        # a plan the catalogue refuses (Calling Plans not sold there) is no script to check
        if "$bin" export powershell "${args[@]}" --out "$out/$cc-$connectivity-$lang-$set.ps1" 2>/dev/null; then
          planned=$((planned + 1))
        fi
      done
    done
  done
done
for answers in content/examples/*.yaml; do
  "$bin" export powershell --answers "$answers" --out "$out/answers-$(basename "$answers" .yaml).ps1"
done

count=$(ls "$out"/*.ps1 | wc -l)
echo "check-scripts: parsing $count scripts ($planned plans, 2 collection scripts, the answers files)"
"$python" scripts/check-powershell.py "$out"/*.ps1
echo "check-scripts: every script parses with no ERROR or missing node, and every cmdlet call fits Microsoft's reference"

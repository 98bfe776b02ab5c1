#!/usr/bin/env bash
# The main job: the wizard runs the French plan of the demo organisation (Fabrikam Conseil,
# content/examples/demo-fr.yaml) unattended against a fresh rehearsal tenant in demo/, then
# shows what the tenant holds and verifies that nothing is left to do. DEMO_ANSWERS picks another answers file (e.g. demo-us.yaml).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build -c release >&2
bin=.build/release/setup-guide
answers=${DEMO_ANSWERS:-content/examples/demo-fr.yaml}

# a rehearsal starts from an empty tenant each time; run without --yes to be asked at each step
rm -rf demo
$bin run --answers "$answers" --yes --tenant demo/tenant.sqlite
echo
# what the tenant holds, in the answers' language
lang=$(sed -n 's/^lang: *\([a-z][a-z]\).*/\1/p' "$answers" | head -1)
$bin tenant show --tenant demo/tenant.sqlite ${lang:+--lang "$lang"}
echo
# what is left to do, for whom and why: after a full run, nothing (exit 0, or the demo fails)
$bin verify --answers "$answers" --tenant demo/tenant.sqlite
echo
if [ "$lang" = fr ]; then echo "Courriels pour les utilisateurs : demo/tenant.outbox/"; else echo "Mails for the users: demo/tenant.outbox/"; fi

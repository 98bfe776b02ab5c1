#!/usr/bin/env bash
# The main job: the wizard runs the French plan of the demo organisation (Fabrikam Conseil,
# content/examples/demo-fr.yaml) unattended against a fresh rehearsal tenant in demo/, then
# shows what the tenant holds. DEMO_ANSWERS picks another answers file (e.g. demo-us.yaml).
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
$bin tenant show --tenant demo/tenant.sqlite
echo
echo "Mails for the users: demo/outbox/"

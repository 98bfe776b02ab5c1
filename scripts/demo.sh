#!/usr/bin/env bash
# The main job on the embedded default: check the shipped guides and print the French plan
# for the demo organisation (country FR, all optional features).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
swift build -c release >&2
bin=.build/release/setup-guide
$bin lint
$bin plan --country FR --lang "${DEMO_LANG:-fr}" \
  --feature audio-conferencing --feature call-queues --feature auto-attendants --feature toll-free

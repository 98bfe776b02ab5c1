#!/usr/bin/env bash
# Installs what the system lacks for building and testing SetupGuide, or prints the exact
# command when it cannot (not root). Safe to run again: it does nothing when all is there.
# --with-browser also installs Chromium, which the HTML tests drive headless (scripts/test.sh
# passes it; the demo does not need a browser).
set -euo pipefail

missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ "${1:-}" = "--with-browser" ] && [ -z "${CHROMIUM:-}" ]; then
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "setup: missing ${missing[*]}. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

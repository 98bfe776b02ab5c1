#!/usr/bin/env bash
# Installs what the system lacks for building and testing SetupGuide, or prints the exact
# command when it cannot (not root). Safe to run again: it does nothing when all is there.
# --with-browser also installs Chromium, which the HTML tests drive headless (scripts/test.sh
# passes it; the demo does not need a browser). --with-test-tools also makes a Python virtual
# environment in .build/pytools with tree-sitter and its PowerShell grammar, which the tests use
# to parse every script the tool writes, and installs the second mail parser (Perl's Email::MIME)
# and strace.
set -euo pipefail

missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev)
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
want_browser=0; want_tools=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) want_browser=1 ;;
    --with-test-tools) want_tools=1 ;;
  esac
done
if [ $want_tools -eq 1 ]; then
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
  # a second mail parser besides Python's: the notification tests read every .eml with Perl's Email::MIME
  perl -MEmail::MIME -MEmail::Address::XS -e 1 >/dev/null 2>&1 || missing+=(libemail-mime-perl libemail-address-xs-perl)
  # scripts/soak.sh kills at chosen write points with strace's fault injection
  command -v strace >/dev/null 2>&1 || missing+=(strace)
fi
if [ $want_browser -eq 1 ] && [ -z "${CHROMIUM:-}" ]; then
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
fi

python_tools() {
  # tree-sitter and the PowerShell grammar, from PyPI, in a venv of the build folder (never the system's Python)
  local venv=.build/pytools
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import tree_sitter, tree_sitter_powershell, pytest' >/dev/null 2>&1; then
    return 0
  fi
  echo "setup: installing tree-sitter, tree-sitter-powershell and pytest into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check tree-sitter tree-sitter-powershell pytest
}

if [ ${#missing[@]} -eq 0 ]; then
  [ $want_tools -eq 1 ] && python_tools
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
[ $want_tools -eq 1 ] && python_tools
exit 0

#!/usr/bin/env bash
# Shows that the library's boundaries are enforced by the compiler: for each forbidden arrow of
# docs/architecture.md it adds a one-line probe file that imports across the arrow, builds that
# target with SwiftPM's explicit dependency check, and expects the build to fail. A control
# probe, importing a dependency the target does declare, must build. The probe file is always
# removed, even on Ctrl-C.
#
# Usage: bash scripts/check-boundaries.sh        (after `swift build`; scripts/test.sh runs it)
set -euo pipefail
cd "$(dirname "$0")/.."

probe=""
log=$(mktemp)
cleanup() { if [ -n "$probe" ]; then rm -f "$probe"; fi; rm -f "$log"; }
trap cleanup EXIT INT TERM

build() {  # build TARGET: 0 when it compiles with the explicit import check
  swift build --target "$1" --explicit-target-dependency-import-check error >"$log" 2>&1
}

try_import() {  # try_import TARGET MODULE: writes the probe and builds
  probe="Sources/$1/BoundaryProbe.swift"
  printf 'internal import %s\n' "$2" >"$probe"
  local status=0
  build "$1" || status=$?
  rm -f "$probe"
  probe=""
  return $status
}

failures=0
forbid() {  # forbid TARGET MODULE WHY
  if try_import "$1" "$2"; then
    echo "boundary: FAIL $1 can import $2 ($3)" >&2
    failures=$((failures + 1))
  elif ! grep -qE "imports another target \\($2\\)|no such module '$2'|without declaring it a dependency|cycle" "$log"; then
    echo "boundary: FAIL $1 importing $2 failed for another reason; here is its output:" >&2; cat "$log" >&2
    failures=$((failures + 1))
  else
    echo "boundary: ok   $1 cannot import $2 ($3)"
  fi
}

# the control: an arrow that exists compiles, so a failure above is the boundary, not the probe
if try_import SetupGuidePlanning SetupGuideModel; then
  echo "boundary: ok   SetupGuidePlanning can import SetupGuideModel (control)"
else
  echo "boundary: the control probe did not build; here is its output:" >&2; cat "$log" >&2
  exit 1
fi

forbid SetupGuideModel    CCmark             "C stays in the parsing bridge"
forbid SetupGuideEngine   CCmark             "C stays in the parsing bridge"
forbid SetupGuideModel    SetupGuideParsing  "the model knows nothing else"
forbid SetupGuidePlanning SetupGuideEngine   "planning knows no tenant"
forbid SetupGuidePlanning SetupGuideParsing  "planning reads no files"
forbid SetupGuideEngine   Yams               "YAML stays in parsing"
forbid SetupGuideEngine   GuideRenderer      "the engine knows no output format"
forbid SetupGuideEngine   ArgumentParser     "the library knows no command line"
forbid SetupGuideStore    SetupGuideVerification "the store knows only the model: reports come in as JSON and findings"
forbid SetupGuideStore    ArgumentParser     "the library knows no command line"
forbid SetupGuideVerification ArgumentParser "the library knows no command line"
forbid GuideRenderer      ArgumentParser     "renderers know no command line"
forbid SetupGuideFleet    ArgumentParser     "the library knows no command line"
forbid SetupGuideFleet    GuideRenderer      "the fleet report knows no output format"
forbid SetupGuideFleet    Yams               "YAML stays in parsing"

# SwiftPM passes a C module map on to every target above the one that declares it, so the
# targets built on parsing could import CCmark without the compiler objecting; for them the
# rule is checked on the sources: one file, the bridge, imports it.
importers=$(grep -rlE '^\s*(@_exported |public |package |internal )?import CCmark' Sources --include='*.swift' || true)
if [ "$importers" != "Sources/SetupGuideParsing/Markdown/CommonMarkConverter.swift" ]; then
  echo "boundary: FAIL CCmark is imported outside the bridge: $importers" >&2
  failures=$((failures + 1))
else
  echo "boundary: ok   only the bridge imports CCmark"
fi

if [ "$failures" -gt 0 ]; then
  echo "boundary: $failures of the checks above failed" >&2
  exit 1
fi
echo "boundary: every forbidden arrow fails to compile"

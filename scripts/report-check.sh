#!/usr/bin/env bash
# Loads an HTML report in headless Chromium and fails unless the page loaded without any
# error and shows the drawing with one node per entity.
#
#   scripts/report-check.sh PAGE.html ENTITIES
#
# The report's first script records every script error, failed load and console.error in the
# page's data-report-errors attribute, and its last script sets data-report-status="ok" and
# data-report-nodes; Chromium's --dump-dom prints the DOM after the page has loaded, and
# --enable-logging=stderr prints every console message as a CONSOLE line, which the page
# never writes when all is well.
set -euo pipefail

if [ $# -ne 2 ]; then echo "usage: $0 PAGE.html ENTITIES" >&2; exit 2; fi
page=$1
expected=$2
[ -f "$page" ] || { echo "report-check: no such file: $page" >&2; exit 1; }
. "$(dirname "$0")/headless-chromium.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
headless_chromium report-check "$page" "$work" --enable-logging=stderr --v=0 --dump-dom \
  >"$work/dom.html" 2>"$work/log.txt" || {
  echo "report-check: chromium failed on $page:" >&2; tail -5 "$work/log.txt" >&2; exit 1; }

failed=0
fail() { echo "report-check: $*" >&2; failed=1; }

root=$(grep -o -m1 '<html[^>]*>' "$work/dom.html" || true)
[ -n "$root" ] || fail "Chromium returned no page"
if grep -q 'data-report-errors=' <<<"$root"; then
  fail "the page reported errors: $(sed -n 's/.*data-report-errors="\([^"]*\)".*/\1/p' <<<"$root")"
fi
grep -q 'data-report-status="ok"' <<<"$root" || fail "the page's script did not finish (no data-report-status=\"ok\")"
if grep -q ':CONSOLE' "$work/log.txt"; then
  fail "console messages:"; grep ':CONSOLE' "$work/log.txt" | sed 's/^/  /' >&2
fi
grep -q '<svg' "$work/dom.html" || fail "no SVG drawing in the page"
# Entity nodes: every <g class="node"> except the legend's (ids legend-kind-…).
drawn=$(grep -o '<g id="[^"]*" class="node"' "$work/dom.html" | grep -vc '<g id="legend-kind-' || true)
[ "$drawn" -eq "$expected" ] || fail "the drawing has $drawn entity nodes, expected $expected"
reported=$(sed -n 's/.*data-report-nodes="\([0-9]*\)".*/\1/p' <<<"$root")
[ "${reported:-}" = "$expected" ] || fail "the page's script found ${reported:-no} entity nodes, expected $expected"

[ $failed -eq 0 ] || exit 1
echo "report-check: $page loaded in $(chromium --version 2>/dev/null | head -1) without errors; $drawn entity nodes drawn"

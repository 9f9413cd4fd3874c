#!/usr/bin/env bash
# Takes a picture of an HTML report as headless Chromium shows it: the top of the page at
# 1280 × 2900 pixels (header, drawing, the chains and the top-actor tables), scrollbars hidden.
#
#   scripts/report-screenshot.sh PAGE.html PICTURE.png
set -euo pipefail

if [ $# -ne 2 ]; then echo "usage: $0 PAGE.html PICTURE.png" >&2; exit 2; fi
page=$1
picture=$2
. "$(dirname "$0")/headless-chromium.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
headless_chromium report-screenshot "$page" "$work" --hide-scrollbars --window-size=1280,2900 \
  --screenshot="$work/shot.png" >"$work/log.txt" 2>&1 || {
  echo "report-screenshot: chromium failed:" >&2; tail -5 "$work/log.txt" >&2; exit 1; }
[ -s "$work/shot.png" ] || { echo "report-screenshot: chromium wrote no picture" >&2; exit 1; }
mv "$work/shot.png" "$picture"
echo "wrote $picture"

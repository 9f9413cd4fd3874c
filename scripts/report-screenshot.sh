#!/usr/bin/env bash
# Takes a picture of an HTML report as headless Chromium shows it: the top of the page at
# 1280 × 2900 pixels (header, drawing, the chains and the top-actor tables), scrollbars hidden.
#
#   scripts/report-screenshot.sh PAGE.html PICTURE.png
set -euo pipefail

if [ $# -ne 2 ]; then echo "usage: $0 PAGE.html PICTURE.png" >&2; exit 2; fi
page=$1
picture=$2
command -v chromium >/dev/null 2>&1 || { echo "report-screenshot: chromium is not on PATH (scripts/install-deps.sh --with-chromium)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Chromium refuses to run as root inside its sandbox; the page shown is our own.
sandbox=()
[ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"

timeout 120 chromium --headless "${sandbox[@]}" --disable-gpu --no-first-run --user-data-dir="$work/profile" \
  --hide-scrollbars --window-size=1280,2900 --virtual-time-budget=5000 --screenshot="$work/shot.png" "$url" \
  >"$work/log.txt" 2>&1 || { echo "report-screenshot: chromium failed:" >&2; tail -5 "$work/log.txt" >&2; exit 1; }
[ -s "$work/shot.png" ] || { echo "report-screenshot: chromium wrote no picture" >&2; exit 1; }
mv "$work/shot.png" "$picture"
echo "wrote $picture"

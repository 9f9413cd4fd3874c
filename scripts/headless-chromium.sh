# Sourced by the report scripts: runs headless Chromium on a local HTML page.
#
#   headless_chromium NAME PAGE.html WORK_DIR [CHROMIUM FLAGS…]
#
# NAME prefixes messages; WORK_DIR holds Chromium's throw-away profile. Standard output and
# error are the caller's to redirect. Fails (exit 1) when chromium is not installed.
headless_chromium() {
  local name=$1 page=$2 work=$3
  shift 3
  command -v chromium >/dev/null 2>&1 || {
    echo "$name: chromium is not on PATH (scripts/install-deps.sh --with-chromium)" >&2; exit 1; }
  # Chromium refuses to run as root inside its sandbox; the pages shown are our own.
  local sandbox=()
  [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
  local url
  url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
  timeout 120 chromium --headless "${sandbox[@]}" --disable-gpu --no-first-run --user-data-dir="$work/profile" \
    --virtual-time-budget=5000 "$@" "$url"
}

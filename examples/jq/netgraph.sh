# Sourced by the example scripts: finds the netgraph binary ($NETGRAPH, else the release
# build, else the debug build of this checkout).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ -z "${NETGRAPH:-}" ]; then
  for candidate in "$root/.build/release/netgraph" "$root/.build/debug/netgraph"; do
    if [ -x "$candidate" ]; then NETGRAPH=$candidate; break; fi
  done
fi
[ -n "${NETGRAPH:-}" ] || { echo "build netgraph first (swift build)" >&2; exit 1; }
netgraph() { "$NETGRAPH" "$@"; }

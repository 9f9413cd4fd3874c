#!/usr/bin/env bash
# Installs what netgraph needs beyond Swift: Graphviz's C libraries (libgvc, libcgraph) with
# pkg-config, which SwiftPM uses to find them, jq, which the examples use, and NetworkX,
# python-igraph and Kùzu for python3, which the interoperability tests use. Does nothing when
# they are already there.
#
# --with-chromium also installs Chromium (Debian's `chromium` package), which only the
# browser check of the HTML report (`make report-check`, `make report-screenshot`) needs.
set -euo pipefail

with_chromium=false
for argument in "$@"; do
  case "$argument" in
    --with-chromium) with_chromium=true ;;
    *) echo "usage: $0 [--with-chromium]" >&2; exit 2 ;;
  esac
done

missing=()
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then
  missing+=(libgraphviz-dev pkg-config)
fi
command -v jq >/dev/null 2>&1 || missing+=(jq)
if $with_chromium && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
# The interoperability tests read netgraph's GEXF and GraphML with NetworkX 3.6.1 and
# python-igraph, the tools those files are for; they run where python3 imports both. Installed
# from PyPI when missing (a warning, not a failure, where pip cannot install them).
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import networkx, igraph" >/dev/null 2>&1; then
  echo "Installing networkx and igraph for python3 through pip…" >&2
  python3 -m pip install --quiet --disable-pip-version-check "networkx==3.6.1" "igraph==1.0.0" >&2 \
    || echo "warning: could not install networkx and igraph; the interoperability tests will be skipped" >&2
fi
# Kùzu, an embedded graph database (no server), loads the Neo4j CSV export in KuzuLoadTests.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import kuzu" >/dev/null 2>&1; then
  echo "Installing kuzu for python3 through pip…" >&2
  python3 -m pip install --quiet --disable-pip-version-check "kuzu==0.11.3" >&2 \
    || echo "warning: could not install kuzu; the Kùzu load test will be skipped" >&2
fi

[ ${#missing[@]} -eq 0 ] && exit 0

case "$(uname -s)" in
  Darwin)
    echo "netgraph needs Graphviz and jq: run 'brew install graphviz pkg-config jq' and try again." >&2
    $with_chromium && echo "The report check needs Chromium on PATH as 'chromium'." >&2
    exit 1 ;;
esac

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "Installing ${missing[*]} through apt…" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  pkg-config --exists libgvc || { echo "libgvc still not found by pkg-config" >&2; exit 1; }
  if $with_chromium; then
    command -v chromium >/dev/null 2>&1 || { echo "chromium still not on PATH" >&2; exit 1; }
  fi
else
  echo "netgraph needs ${missing[*]}; install them with your package manager." >&2
  exit 1
fi

#!/usr/bin/env bash
# Installs what netgraph needs beyond Swift: Graphviz's C libraries (libgvc, libcgraph) and
# pkg-config, which SwiftPM uses to find them. Does nothing when they are already there.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc; then
  exit 0
fi

case "$(uname -s)" in
  Darwin)
    echo "netgraph needs Graphviz: run 'brew install graphviz pkg-config' and try again." >&2
    exit 1 ;;
esac

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "Installing libgraphviz-dev and pkg-config through apt…" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends libgraphviz-dev pkg-config >/dev/null
  pkg-config --exists libgvc || { echo "libgvc still not found by pkg-config" >&2; exit 1; }
else
  echo "netgraph needs Graphviz's development files (libgvc via pkg-config); install them with your package manager." >&2
  exit 1
fi

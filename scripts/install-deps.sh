#!/usr/bin/env bash
# Installs what netgraph needs beyond Swift: Graphviz's C libraries (libgvc, libcgraph) with
# pkg-config, which SwiftPM uses to find them, and jq, which the examples use. Does nothing
# when they are already there.
set -euo pipefail

missing=()
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then
  missing+=(libgraphviz-dev pkg-config)
fi
command -v jq >/dev/null 2>&1 || missing+=(jq)
[ ${#missing[@]} -eq 0 ] && exit 0

case "$(uname -s)" in
  Darwin)
    echo "netgraph needs Graphviz and jq: run 'brew install graphviz pkg-config jq' and try again." >&2
    exit 1 ;;
esac

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  echo "Installing ${missing[*]} through apt…" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  pkg-config --exists libgvc || { echo "libgvc still not found by pkg-config" >&2; exit 1; }
else
  echo "netgraph needs Graphviz's development files (libgvc via pkg-config) and jq; install them with your package manager." >&2
  exit 1
fi

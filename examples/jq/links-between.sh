#!/usr/bin/env bash
# The shortest chain of links between two actors, one row per relation, with its evidence.
# Usage: links-between.sh "El Mencho" "Sheinbaum"
set -euo pipefail
source "$(dirname "$0")/netgraph.sh"
from=${1:-El Mencho}
to=${2:-Sheinbaum}
printf 'from\ttype\tto\tsource\tquote\n'
netgraph path "$from" "$to" --format json \
  | jq -r '.paths[0].edges[] | [.from, .type, .to, (.source // "-"), (.quote // "-")] | @tsv'

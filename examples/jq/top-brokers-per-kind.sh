#!/usr/bin/env bash
# The actor of each kind with the highest betweenness: who brokers most between the others.
set -euo pipefail
source "$(dirname "$0")/netgraph.sh"
netgraph centrality --measure betweenness --format json \
  | jq -r '.scores | group_by(.kind) | map(max_by(.score)) | sort_by(-.score)[]
           | [.kind, .label, (.score * 1000 | round / 1000 | tostring)] | @tsv'

#!/usr/bin/env bash
# The actors of the N-th largest Louvain community (seed 1), with their kinds.
# Usage: community-members.sh [N]
set -euo pipefail
source "$(dirname "$0")/netgraph.sh"
n=${1:-1}
ids=$(netgraph communities --seed 1 --format json | jq -c --argjson n "$n" '.communities[$n - 1]')
# Names and kinds from the degree listing, which covers every entity.
netgraph centrality --measure degree --format json \
  | jq -r --argjson ids "$ids" '.scores[] | select(.id as $id | $ids | index($id)) | [.kind, .label] | @tsv' \
  | sort

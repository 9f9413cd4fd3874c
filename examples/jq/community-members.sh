#!/usr/bin/env bash
# The actors of the N-th largest Louvain community (seed 1), with their kinds.
# Usage: community-members.sh [N]
set -euo pipefail
source "$(dirname "$0")/netgraph.sh"
n=${1:-1}
netgraph communities --seed 1 --format json \
  | jq -r --argjson n "$n" '.communities[$n - 1].members[] | [.kind, .name] | @tsv' \
  | sort

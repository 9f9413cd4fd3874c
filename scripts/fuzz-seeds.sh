#!/usr/bin/env bash
# Copies the test files that suit a fuzz target into its corpus folder (seeds only: the
# fuzzer adds what it finds).
set -euo pipefail
target=$1
corpus=$2
root=$(cd "$(dirname "$0")/.." && pwd)
hostile=$root/Tests/netgraphCLITests/Hostile
case "$target" in
  FuzzNative)
    cp "$hostile"/native/* "$root"/Tests/NetGraphTests/Fixtures/graphs/*.yaml "$corpus"/ ;;
  FuzzCSV)
    printf 'id,name,kind,aliases,description,since,until,attributes\na,"A, the ""first""",person,"[""x""]",,2020,,"{""k"":1}"\n' > "$corpus/seed-vertices.csv"
    printf 'b,a,leads,2.5,2020-06,,,alleged,s,"a ""quote""",\n' > "$corpus/seed-edges.csv"
    # Each file of each hostile CSV folder, as one seed.
    for file in "$hostile"/csv/*/*.csv; do
      [ -e "$file" ] || continue
      case=$(basename "$(dirname "$file")")
      cp "$file" "$corpus/$case-$(basename "$file")"
    done ;;
  FuzzEdgeList)
    cp "$hostile"/edgelist/* "$corpus"/ ;;
  FuzzGraphML)
    cp "$hostile"/graphml/* "$corpus"/ ;;
  FuzzDOT)
    cp "$hostile"/dot/* "$corpus"/ ;;
  *)
    echo "fuzz-seeds.sh: unknown target $target" >&2; exit 1 ;;
esac

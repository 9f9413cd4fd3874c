#!/usr/bin/env bash
# Copies the test files that suit a fuzz target into its corpus folder (seeds only: the
# fuzzer adds what it finds).
set -euo pipefail
target=$1
corpus=$2
root=$(cd "$(dirname "$0")/.." && pwd)
case "$target" in
  FuzzNative)
    cp "$root"/Tests/netgraphCLITests/Hostile/native/* "$root"/Tests/NetGraphTests/Fixtures/graphs/*.yaml "$corpus"/ ;;
  FuzzCSV)
    printf 'id,name,kind,aliases,description,since,until,attributes\na,"A, the ""first""",person,"[""x""]",,2020,,"{""k"":1}"\n' > "$corpus/seed-vertices.csv"
    printf 'b,a,leads,2.5,2020-06,,,alleged,s,"a ""quote""",\n' > "$corpus/seed-edges.csv" ;;
  *)
    if [ -d "$root/Tests/netgraphCLITests/Hostile/${target#Fuzz}" ]; then
      cp "$root"/Tests/netgraphCLITests/Hostile/"${target#Fuzz}"/* "$corpus"/
    fi ;;
esac

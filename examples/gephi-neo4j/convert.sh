#!/usr/bin/env bash
# Converts the bundled graph for Gephi (GEXF, GraphML) and Neo4j (CSV for neo4j-admin), then
# prints the import command to run where Neo4j is installed.
set -euo pipefail
source "$(dirname "$0")/../jq/netgraph.sh"
out=${1:-out/examples}
mkdir -p "$out"
netgraph convert "$root/graphs/mexico-security.yaml" "$out/mexico-security.gexf"
netgraph convert "$root/graphs/mexico-security.yaml" "$out/mexico-security.graphml"
netgraph convert "$root/graphs/mexico-security.yaml" "$out/neo4j" --to neo4j
echo
echo "Gephi: File > Open > $out/mexico-security.gexf (kinds, dates, sources and quotes are node and edge attributes)."
echo "Neo4j: stop the database, then"
echo "  neo4j-admin database import full --nodes=$out/neo4j/nodes.csv --nodes=$out/neo4j/sources.csv \\"
echo "    --relationships=$out/neo4j/relationships.csv --multiline-fields=true --array-delimiter=U+001F neo4j"

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
    cp "$hostile"/native/* "$root"/Tests/NetGraphTests/Fixtures/graphs/*.yaml "$corpus"/
    printf '{\n  "entities": [\n    {\n      "id": "a",\n      "kind": "person",\n      "attributes": {\n        "n": 1\n      }\n    }\n  ],\n  "relations": [\n    {\n      "from": "a",\n      "to": "a",\n      "type": "allied-with",\n      "weight": 2.5,\n      "quote": "\\u00e9"\n    }\n  ]\n}\n' > "$corpus/seed-writer.json" ;;
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
  FuzzGEXF)
    # The hostile GEXF files, NetworkX's, and netgraph's own (with its <?netgraph …?> header).
    cp "$hostile"/gexf/* "$root"/Tests/NetGraphTests/Fixtures/gexf/*.gexf "$corpus"/
    printf '<?xml version="1.0" encoding="UTF-8"?>
<?netgraph {"name": "g", "sources": [{"id": "s"}]}?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
<graph mode="dynamic" timeformat="date" defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="aliases" type="string"/></attributes>
<attributes class="edge"><attribute id="0" title="type" type="string"/><attribute id="1" title="source" type="string"/><attribute id="2" title="directed" type="boolean"/><attribute id="3" title="attr.credibility" type="double"/></attributes>
<nodes><node id="a" label="A" start="2019-03-01"><attvalues><attvalue for="0" value="person"/><attvalue for="1" value="[&quot;x&quot;]"/></attvalues></node><node id="b" label="B"><attvalues><attvalue for="0" value="cartel"/></attvalues></node></nodes>
<edges><edge id="e0" source="a" target="b" kind="family-of" weight="2.5" start="2020-01-01" end="2020-12-31"><attvalues><attvalue for="0" value="family-of"/><attvalue for="1" value="s"/><attvalue for="2" value="false"/><attvalue for="3" value="2"/></attvalues></edge></edges>
</graph>
</gexf>
' > "$corpus/seed-netgraph.gexf" ;;
  FuzzExchangeJSON)
    # A node-link and a Cytoscape.js document of netgraph's own, and foreign ones.
    printf '{"directed": true, "multigraph": true, "graph": {"name": "g", "netgraph": 1}, "nodes": [{"id": "a", "name": "A", "kind": "person"}, {"id": "b", "name": "B \\ud83c\\udf89", "kind": "cartel"}], "edges": [{"source": "a", "target": "b", "key": "e0", "type": "leads", "date": "2020-06", "status": "alleged", "attributes": {"k": 1}}]}\n' > "$corpus/seed-nodelink.json"
    printf '{"data": {"name": "g", "netgraph": 1}, "directed": false, "multigraph": true, "elements": {"nodes": [{"data": {"id": "a", "value": "a", "name": "A", "kind": "person"}}, {"data": {"id": "b", "value": "b", "name": "B", "kind": "person"}}], "edges": [{"data": {"id": "e0", "key": "e0", "source": "a", "target": "b", "type": "family-of", "directed": false}}]}}\n' > "$corpus/seed-cytoscape.cyjs"
    printf '{"directed": false, "graph": {}, "nodes": [{"id": 0, "club": "x"}, {"id": 1}], "links": [{"source": 0, "target": 1, "weight": 4}]}\n' > "$corpus/seed-foreign.json"
    cp "$hostile"/native/*.json "$corpus"/ 2>/dev/null || true ;;
  FuzzDOT)
    cp "$hostile"/dot/* "$corpus"/ ;;
  *)
    echo "fuzz-seeds.sh: unknown target $target" >&2; exit 1 ;;
esac

#!/usr/bin/env python3
"""Writes a typed graph in netgraph's native YAML for rendering benchmarks.

usage: generate-typed-graph.py NODES EDGES [SEED] > graph.yaml

Entities cycle through the actor kinds; relations join random distinct pairs with a type
every actor pair allows, so the file validates against the built-in schema. The same
arguments always give the same file.
"""
import random
import sys

nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 200
edges = int(sys.argv[2]) if len(sys.argv) > 2 else 350
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
kinds = ["cartel", "person", "official", "agency", "organization", "country"]
types = ["allied-with", "rival-of", "colluded-with", "affiliated-with", "cooperates-with",
         "attacked", "funds", "opposes", "supports", "supplies"]
out = [f"graph: {{name: generated-{nodes}-{edges}}}",
       "sources:", "  - {id: s, title: Generated}", "entities:"]
for i in range(nodes):
    out.append(f"  - {{id: n{i}, kind: {kinds[i % len(kinds)]}, name: Entity number {i}}}")
out.append("relations:")
for r in range(edges):
    a = rng.randrange(nodes)
    b = rng.randrange(nodes - 1)
    b = b + 1 if b >= a else b
    out.append(f"  - {{from: n{a}, to: n{b}, type: {rng.choice(types)}, source: s, quote: \"relation {r}\"}}")
print("\n".join(out))

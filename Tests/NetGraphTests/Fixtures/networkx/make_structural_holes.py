#!/usr/bin/env python3
"""Reference values of Burt's structural-hole measures, from NetworkX.

Reads the graphs of the committed fixtures (their `nodes` and `edges`, so the fixtures
themselves stay unchanged) and writes `structural_holes.json`: for every graph, NetworkX's
`constraint` and `effective_size`, unweighted and weighted, on the graph as it is
(directed or not) and, for the directed graphs, also read undirected and unweighted. Undefined
values (NaN) are written as null. Run from the repository root:

    python3 Tests/NetGraphTests/Fixtures/networkx/make_structural_holes.py
"""
import json
import math
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = ["karate", "florentine", "lesmis", "davis", "random_undirected", "random_directed",
          "multi_component", "directed_small"]


def load(name, weighted, directed):
    with open(os.path.join(HERE, name + ".json")) as fh:
        data = json.load(fh)
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(data["nodes"])
    for u, v, w in data["edges"]:
        if weighted:
            G.add_edge(u, v, weight=w)
        else:
            G.add_edge(u, v)
    return data, G


def clean(values, nodes):
    return {n: (None if math.isnan(values[n]) else values[n]) for n in nodes}


def main():
    out = {"networkx_version": nx.__version__, "graphs": {}}
    for name in GRAPHS:
        with open(os.path.join(HERE, name + ".json")) as fh:
            directed = json.load(fh)["directed"]
        readings = [directed] + ([False] if directed else [])
        entry = {}
        for as_directed in readings:
            # Reciprocal edges of different weights merge differently (netgraph keeps the
            # smaller, NetworkX the last added), so a directed graph is read undirected
            # without weights only.
            for weighted in ((False, True) if as_directed == directed else (False,)):
                data, G = load(name, weighted, as_directed)
                key = ("directed" if as_directed else "undirected") + ("_weighted" if weighted else "")
                w = "weight" if weighted else None
                entry[key] = {
                    "constraint": clean(nx.constraint(G, weight=w), data["nodes"]),
                    "effective_size": clean(nx.effective_size(G, weight=w), data["nodes"]),
                }
        out["graphs"][name] = entry
    with open(os.path.join(HERE, "structural_holes.json"), "w") as fh:
        fh.write(json.dumps(out, sort_keys=True, indent=1, allow_nan=False) + "\n")


if __name__ == "__main__":
    main()

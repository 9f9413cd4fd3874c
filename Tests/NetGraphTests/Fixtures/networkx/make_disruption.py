#!/usr/bin/env python3
"""Reference values of `netgraph disrupt`'s removal simulation, from NetworkX.

Reads the graphs of the committed fixtures (their `nodes` and `edges`), read undirected and
unweighted, and writes `disruption.json`: for every graph and strategy, the order of removal
and after each removal the largest component's share of the original node count, the number
of components, fragmentation, distance-weighted fragmentation (1 - global_efficiency), the
average shortest-path length over connected ordered pairs and nx.global_efficiency, plus the
robustness index (sum of the shares over the steps taken, divided by the original count).

Strategies: degree (ranked once), betweenness (ranked once) and betweenness_recomputed
(nx.betweenness_centrality, normalized=False, on the remaining graph before each removal);
equal scores (rounded to 9 decimals) go to the node listed first; list: the nodes listed at
positions 3, 0, 5, 1 in that order. The bundled graph (graphs/mexico-security.yaml) is read as
`netgraph disrupt` reads it: every relation joins its two ends, undirected; its nodes are
listed by entity id, so ties go to the smaller id as in the command. Self-loops are not counted in degree. Run from the
repository root with NetworkX installed (e.g. in a venv: pip install networkx):

    python3 Tests/NetGraphTests/Fixtures/networkx/make_disruption.py
"""
import json
import os
import re
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
GRAPHS = ["karate", "florentine", "davis", "multi_component", "random_undirected"]
LIST_POSITIONS = [3, 0, 5, 1]


def load(name):
    with open(os.path.join(HERE, name + ".json")) as fh:
        data = json.load(fh)
    G = nx.Graph()
    G.add_nodes_from(data["nodes"])
    for u, v, *_ in data["edges"]:
        G.add_edge(u, v)
    return data["nodes"], G


def load_bundled():
    """The bundled graph's entity ids (sorted) and relation ends, read from its YAML lines:
    entities are `- id: X` items, relations one-line `- {from: A, to: B, ...}` items."""
    path = os.path.join(HERE, "..", "..", "..", "..", "graphs", "mexico-security.yaml")
    with open(path) as fh:
        lines = fh.read().split("\n")
    start, end = lines.index("entities:"), lines.index("relations:")
    ids = [m.group(1) for line in lines[start:end] for m in [re.match(r"^  - \{?id: ([^,}\s]+)", line)] if m]
    G = nx.Graph()
    G.add_nodes_from(sorted(ids))
    for line in lines[end:]:
        if line.startswith("  - {from: "):
            u, v = re.match(r"^  - \{from: ([^,]+), to: ([^,]+),", line).groups()
            assert u in G and v in G, line
            G.add_edge(u, v)
    return sorted(ids), G


def measures(G, N):
    n = G.number_of_nodes()
    comps = list(nx.connected_components(G))
    largest = max((len(c) for c in comps), default=0)
    pairs = sum(len(c) * (len(c) - 1) for c in comps)
    total, count = 0, 0
    for _, lengths in nx.all_pairs_shortest_path_length(G):
        for d in lengths.values():
            if d > 0:
                total += d
                count += 1
    eff = nx.global_efficiency(G)
    return {
        "largest_component_share": largest / N,
        "components": len(comps),
        "fragmentation": 1.0 if n < 2 else 1 - pairs / (n * (n - 1)),
        "distance_fragmentation": 1.0 if n < 2 else 1 - eff,
        "average_path_length": 0.0 if count == 0 else total / count,
        "efficiency": eff,
    }


def ranked(scores, position):
    return sorted(scores, key=lambda v: (-round(scores[v], 9), position[v]))


def simulate(G, order):
    N = G.number_of_nodes()
    H = G.copy()
    steps = []
    for v in order:
        H.remove_node(v)
        steps.append(dict(removed=v, **measures(H, N)))
    return {"steps": steps, "robustness": sum(s["largest_component_share"] for s in steps) / N}


def main():
    out = {"networkx_version": nx.__version__, "graphs": {}}
    for name in GRAPHS + ["bundled"]:
        nodes, G = load_bundled() if name == "bundled" else load(name)
        position = {v: i for i, v in enumerate(nodes)}
        degree = {v: len(set(G[v]) - {v}) for v in G}
        between = nx.betweenness_centrality(G, normalized=False)
        recomputed, H = [], G.copy()
        while H.number_of_nodes() > 0:
            v = ranked(nx.betweenness_centrality(H, normalized=False), position)[0]
            recomputed.append(v)
            H.remove_node(v)
        orders = {
            "degree": ranked(degree, position),
            "betweenness": ranked(between, position),
            "betweenness_recomputed": recomputed,
            "list": [nodes[i] for i in LIST_POSITIONS if i < len(nodes)],
        }
        out["graphs"][name] = {k: simulate(G, order) for k, order in orders.items()}
    with open(os.path.join(HERE, "disruption.json"), "w") as fh:
        json.dump(out, fh, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()

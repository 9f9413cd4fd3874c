#!/usr/bin/env python3
"""Reference values for netgraph's Leiden: igraph's `community_leiden` and leidenalg's
`find_partition` on the NetworkX fixture graphs, written to leiden.json.

  python3 Tests/NetGraphTests/Fixtures/leiden/make_leiden.py

Installs python-igraph and leidenalg into a private virtual environment on first use (the
test suite itself needs neither). For each undirected fixture graph, unweighted and (where
the fixture has weights) weighted, and seeds 1-50:
  - igraph: community_leiden(objective_function="modularity", weights=..., n_iterations=2),
    seeded through Python's random module as python-igraph is;
  - leidenalg: find_partition(ModularityVertexPartition, weights=..., seed=s) (n_iterations=2);
  - leidenalg: find_partition(CPMVertexPartition, resolution_parameter=0.1, seed=s), its
    partition scored as sum_c [e_c - 0.1 * n_c (n_c - 1) / 2] (leidenalg's quality() counts
    each undirected pair twice; the partitions it finds are the same).
And on one sparse Erdos-Renyi graph, G(n=5000, m=25000) drawn by SplitMix64 (seed 5; each
edge two draws modulo n, self-loops and repeats skipped; LeidenTests.erdosRenyi draws the
same), where the refinement's choice shows (a greedy one leaves modularity 1% lower), seeds
1-20 of igraph's and leidenalg's modularity as above, under "erdos_renyi_5000".
Modularity is igraph's Graph.modularity (NetworkX's definition). Both tools run with their
defaults otherwise. The tests compare the median of netgraph's seeds 1-50 with theirs.
"""
import json
import os
import random
import subprocess
import sys
import venv

HERE = os.path.dirname(os.path.abspath(__file__))
NX = os.path.join(HERE, "..", "networkx")
ENV = os.path.join(HERE, ".venv")
GRAPHS = ["karate", "florentine", "lesmis", "davis", "random_undirected", "multi_component"]
SEEDS = range(1, 51)
CPM_RESOLUTION = 0.1
MASK = (1 << 64) - 1


def splitmix64(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def erdos_renyi(n, m, seed):
    draws = splitmix64(seed)
    seen, edges = set(), []
    while len(edges) < m:
        u, v = next(draws) % n, next(draws) % n
        key = (min(u, v), max(u, v))
        if u != v and key not in seen:
            seen.add(key)
            edges.append((u, v))
    return edges


def ensure_env():
    python = os.path.join(ENV, "bin", "python")
    if sys.executable != python:
        if not os.path.exists(python):
            venv.create(ENV, with_pip=True)
            subprocess.check_call([python, "-m", "pip", "install", "-q", "igraph==1.0.0", "leidenalg==0.12.0"])
        os.execv(python, [python] + sys.argv)


def load(name, weighted):
    import igraph as ig
    data = json.load(open(os.path.join(NX, name + ".json")))
    nodes = data["nodes"]
    index = {node: i for i, node in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[e[0]], index[e[1]]) for e in data["edges"]], directed=False)
    if weighted:
        g.es["weight"] = [float(e[2]) for e in data["edges"]]
    return g, data


def cpm_quality(g, membership, weights):
    inside = sum((e[weights] if weights else 1.0) for e in g.es
                 if membership[e.source] == membership[e.target])
    sizes = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    return inside - CPM_RESOLUTION * sum(n * (n - 1) / 2 for n in sizes.values())


def main():
    ensure_env()
    import leidenalg as la
    out = {"description": __doc__.strip().splitlines()[0], "cpm_resolution": CPM_RESOLUTION, "graphs": {}}
    for name in GRAPHS:
        for weighted in (False, True):
            g, data = load(name, weighted)
            if weighted and not data.get("weighted"):
                continue
            weights = "weight" if weighted else None
            rows = {"igraph_modularity": [], "leidenalg_modularity": [], "leidenalg_cpm": []}
            for seed in SEEDS:
                random.seed(seed)
                p = g.community_leiden(objective_function="modularity", weights=weights, n_iterations=2)
                rows["igraph_modularity"].append(g.modularity(p.membership, weights=weights))
                p = la.find_partition(g, la.ModularityVertexPartition, weights=weights, seed=seed)
                rows["leidenalg_modularity"].append(g.modularity(p.membership, weights=weights))
                p = la.find_partition(g, la.CPMVertexPartition, weights=weights, seed=seed,
                                      resolution_parameter=CPM_RESOLUTION)
                rows["leidenalg_cpm"].append(cpm_quality(g, p.membership, weights))
            out["graphs"][f"{name}{'_weighted' if weighted else ''}"] = rows
    import igraph as ig
    g = ig.Graph(n=5000, edges=erdos_renyi(5000, 25000, 5), directed=False)
    rows = {"igraph_modularity": [], "leidenalg_modularity": []}
    for seed in range(1, 21):
        random.seed(seed)
        p = g.community_leiden(objective_function="modularity", n_iterations=2)
        rows["igraph_modularity"].append(g.modularity(p.membership))
        p = la.find_partition(g, la.ModularityVertexPartition, seed=seed)
        rows["leidenalg_modularity"].append(g.modularity(p.membership))
    out["erdos_renyi_5000"] = rows
    with open(os.path.join(HERE, "leiden.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()

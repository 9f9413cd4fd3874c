#!/usr/bin/env python3
"""Generate the NetworkX reference fixtures for netgraph's Swift tests.

What it writes
--------------
One JSON file per graph, next to this script
(``Tests/NetGraphTests/Fixtures/networkx/``):

    karate.json, florentine.json, lesmis.json, davis.json,
    random_undirected.json, random_directed.json,
    multi_component.json, directed_small.json

Each file is::

    {"name": ..., "directed": bool, "weighted": bool,
     "networkx_version": "3.6.1", "description": "...",
     "nodes": [node ids as strings, in G.nodes order],
     "edges": [[u, v, weight], ...]   # G.edges order, weight 1.0 if unweighted
     "measures": {...}}

Every measure is the output of a real NetworkX call (documented next to it
below and in README.md), except the key-player brute force (``kpp_neg`` /
``kpp_pos``) which is written out plainly in this file.  If a NetworkX call
raises a NetworkX exception, the measure is stored as
``{"error": "<ExceptionName>"}``.

How to rerun
------------
From the repository root::

    python3 Tests/NetGraphTests/Fixtures/networkx/make_fixtures.py

Generated with networkx 3.6.1 (numpy 2.4.6, scipy 1.17.1, CPython 3).  The
script does not check the version; it records the networkx version actually
used in every file ("networkx_version").  Use 3.6.1 to reproduce exactly.

Determinism
-----------
* Python's string hashing is randomised per process, and several NetworkX
  routines iterate over sets of nodes (harmonic centrality's source set,
  Louvain's aggregation step, label propagation's colouring, ...), which
  changes float summation order and tie breaking.  The script therefore
  re-executes itself with ``PYTHONHASHSEED=0`` when that is not already set.
* All randomness uses fixed seeds (graph generators, edge weights, Louvain).
* JSON is written with ``sort_keys=True`` and floats at full ``repr``
  precision (no rounding), so two runs give byte-identical files.

Conventions used throughout
---------------------------
* "node order" = the order of ``G.nodes``; node-id lists (components,
  articulation points, communities, key-player sets) are sorted by node
  order, not lexicographically.  Lists of such lists are sorted by
  (size descending, then node-order index of the first member) for
  components/communities, and by the node-order index tuple for bridges
  and key-player sets.
* Unweighted measures are computed on a deep copy of the graph whose edge
  attribute dicts have been emptied (so e.g. karate's ``weight`` is gone);
  weighted measures use the original graph and ``weight="weight"``.
"""

import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    _env = dict(os.environ, PYTHONHASHSEED="0")
    _script = os.path.abspath(__file__)
    os.execve(sys.executable, [sys.executable, _script] + sys.argv[1:], _env)

import copy  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
from collections import deque  # noqa: E402
from fractions import Fraction  # noqa: E402

import networkx as nx  # noqa: E402

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NX_VERSION = nx.__version__

# Random-graph parameters (see README.md).  gnp_random_graph(40, 0.08, seed=7)
# is connected apart from one isolated node (2 components only), so the seed
# was changed to 2: components of sizes 36, 2, 1, 1.
RANDOM_UNDIRECTED = dict(n=40, p=0.08, seed=2, weight_seed=7)
RANDOM_DIRECTED = dict(n=30, p=0.1, seed=11, weight_seed=11)

# Which graphs get the brute-force key-player fixtures.
KEY_PLAYER_GRAPHS = {"florentine", "karate", "multi_component", "davis"}

ERRORS = []  # (graph, measure, exception name) for the summary printout


# --------------------------------------------------------------------------
# Graphs
# --------------------------------------------------------------------------

def assign_weights(G, seed):
    """Integer weights 1..9 from random.Random(seed), in sorted edge order."""
    rng = random.Random(seed)
    for u, v in sorted(G.edges()):
        G[u][v]["weight"] = rng.randint(1, 9)


def multi_component_graph():
    """15 nodes, 3 components.

    Component A (0-9): triangle 0-1-2, bridge chain 2-3-4-5, a 4-cycle
    5-6-7-8 with chord 5-7, and a pendant 9 hanging off 7.
    Component B (10-13): triangle 10-11-12 with pendant 13 on 12.
    Component C: isolated node 14.
    """
    G = nx.Graph()
    G.add_nodes_from(range(15))
    G.add_edges_from([
        (0, 1), (1, 2), (0, 2),          # triangle
        (2, 3), (3, 4), (4, 5),          # bridge chain
        (5, 6), (6, 7), (7, 8), (8, 5),  # 4-cycle
        (5, 7),                          # chord
        (7, 9),                          # pendant bridge
        (10, 11), (11, 12), (12, 10),    # second triangle
        (12, 13),                        # pendant bridge
    ])
    return G


def directed_small_graph():
    """10 nodes, no self-loops.

    SCC {0,1,2} (cycle 0->1->2->0) feeds SCC {3,4,5} (cycle 3->4->5->3,
    plus chord 4->3 making 3<->4 reciprocal) via 2->3; 1->6 and 5->6 lead
    into the chain 6->7->8->9; 4->9 and 7->9 also reach 9, which has no
    out-edges (dangling).  Node 6's in-edges come from both SCCs.
    """
    G = nx.DiGraph()
    G.add_nodes_from(range(10))
    G.add_edges_from([
        (0, 1), (1, 2), (2, 0),
        (2, 3),
        (3, 4), (4, 5), (5, 3), (4, 3),
        (1, 6), (5, 6),
        (6, 7), (7, 8), (8, 9),
        (4, 9), (7, 9),
    ])
    return G


def build_graphs():
    """Return a list of (name, graph, weighted, description)."""
    graphs = []

    G = nx.karate_club_graph()
    graphs.append(("karate", G, True,
                   "nx.karate_club_graph(); weight attribute kept for the "
                   "*_weighted measures, dropped for all others"))

    graphs.append(("florentine", nx.florentine_families_graph(), False,
                   "nx.florentine_families_graph()"))

    graphs.append(("lesmis", nx.les_miserables_graph(), True,
                   "nx.les_miserables_graph(), weight attribute 'weight'"))

    graphs.append(("davis", nx.davis_southern_women_graph(), False,
                   "nx.davis_southern_women_graph() treated as a plain "
                   "undirected unweighted graph"))

    p = RANDOM_UNDIRECTED
    G = nx.gnp_random_graph(p["n"], p["p"], seed=p["seed"])
    assign_weights(G, p["weight_seed"])
    graphs.append(("random_undirected", G, True,
                   "nx.gnp_random_graph(%d, %r, seed=%d); integer weights "
                   "1..9 via random.Random(%d).randint(1, 9) over "
                   "sorted(G.edges())" % (p["n"], p["p"], p["seed"],
                                          p["weight_seed"])))

    p = RANDOM_DIRECTED
    G = nx.gnp_random_graph(p["n"], p["p"], seed=p["seed"], directed=True)
    assign_weights(G, p["weight_seed"])
    graphs.append(("random_directed", G, True,
                   "nx.gnp_random_graph(%d, %r, seed=%d, directed=True); "
                   "integer weights 1..9 via random.Random(%d).randint(1, 9) "
                   "over sorted(G.edges())" % (p["n"], p["p"], p["seed"],
                                               p["weight_seed"])))

    graphs.append(("multi_component", multi_component_graph(), False,
                   multi_component_graph.__doc__.strip().replace("\n    ", " ")))
    graphs.append(("directed_small", directed_small_graph(), False,
                   directed_small_graph.__doc__.strip().replace("\n    ", " ")))
    return graphs


def strip_weights(G):
    """Deep copy of G (same node/adjacency order) with empty edge data."""
    U = copy.deepcopy(G)
    for _, _, d in U.edges(data=True):
        d.clear()
    return U


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def s(node):
    return str(node)


class Ctx:
    def __init__(self, name, G, weighted):
        self.name = name
        self.G = G                      # original (weights kept)
        self.U = strip_weights(G)       # unweighted copy
        self.weighted = weighted
        self.directed = G.is_directed()
        self.nodes = list(G.nodes)
        self.index = {n: i for i, n in enumerate(self.nodes)}
        # undirected simple view of the unweighted graph
        self.UU = self.U.to_undirected() if self.directed else self.U

    def node_sorted(self, nodes):
        return sorted(nodes, key=self.index.__getitem__)

    def sort_groups(self, groups):
        """Each group sorted by node order; groups by (-size, first index)."""
        gs = [self.node_sorted(g) for g in groups]
        gs.sort(key=lambda g: (-len(g), self.index[g[0]] if g else -1))
        return [[s(n) for n in g] for g in gs]

    def sort_sets(self, sets):
        """Sets sorted by node order; list sorted by index tuples."""
        ss = [tuple(self.node_sorted(x)) for x in sets]
        ss.sort(key=lambda t: [self.index[n] for n in t])
        return [[s(n) for n in t] for t in ss]


def guarded(ctx, key, fn):
    """Run fn(); on a NetworkX exception store {"error": ExceptionName}."""
    try:
        return fn()
    except nx.NetworkXException as exc:
        name = type(exc).__name__
        ERRORS.append((ctx.name, key, name))
        return {"error": name}


def fmap(d):
    """{node: float} -> {"node": float}."""
    return {s(k): float(v) for k, v in d.items()}


def imap(d):
    return {s(k): int(v) for k, v in d.items()}


def path_weight(G, path):
    return float(sum(G[u][v]["weight"] for u, v in zip(path, path[1:])))


# --------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------

def centralities(ctx, m):
    G, U, W = ctx.G, ctx.U, ctx.weighted

    m["degree"] = fmap(nx.degree_centrality(U))
    if ctx.directed:
        m["in_degree"] = fmap(nx.in_degree_centrality(U))
        m["out_degree"] = fmap(nx.out_degree_centrality(U))

    m["betweenness"] = fmap(nx.betweenness_centrality(U))
    m["betweenness_raw"] = fmap(nx.betweenness_centrality(U, normalized=False))
    m["betweenness_endpoints"] = fmap(nx.betweenness_centrality(U, endpoints=True))
    if W:
        m["betweenness_weighted"] = fmap(nx.betweenness_centrality(G, weight="weight"))

    def edge_list(graph, eb):
        out = []
        for u, v in graph.edges():
            val = eb[(u, v)] if (u, v) in eb else eb[(v, u)]
            out.append([s(u), s(v), float(val)])
        return out

    m["edge_betweenness"] = edge_list(U, nx.edge_betweenness_centrality(U))
    if W:
        m["edge_betweenness_weighted"] = edge_list(
            G, nx.edge_betweenness_centrality(G, weight="weight"))

    m["closeness"] = fmap(nx.closeness_centrality(U))
    if W:
        m["closeness_weighted"] = fmap(nx.closeness_centrality(G, distance="weight"))

    m["harmonic"] = fmap(nx.harmonic_centrality(U))
    if W:
        m["harmonic_weighted"] = fmap(nx.harmonic_centrality(G, distance="weight"))

    m["eigenvector"] = guarded(ctx, "eigenvector",
                               lambda: fmap(nx.eigenvector_centrality(U)))
    if W:
        m["eigenvector_weighted"] = guarded(
            ctx, "eigenvector_weighted",
            lambda: fmap(nx.eigenvector_centrality(G, weight="weight")))

    nodes = ctx.nodes
    m["pagerank"] = guarded(ctx, "pagerank",
                            lambda: fmap(nx.pagerank(U, weight=None)))
    if W:
        m["pagerank_weighted"] = guarded(
            ctx, "pagerank_weighted",
            lambda: fmap(nx.pagerank(G, weight="weight")))
    pers = {nodes[0]: 1.0, nodes[2]: 0.5}
    m["pagerank_personalized"] = guarded(
        ctx, "pagerank_personalized",
        lambda: fmap(nx.pagerank(U, weight=None, personalization=pers)))
    m["pagerank_personalization_vector"] = {s(k): v for k, v in pers.items()}
    m["pagerank_alpha_0_7"] = guarded(
        ctx, "pagerank_alpha_0_7",
        lambda: fmap(nx.pagerank(U, alpha=0.7, weight=None)))

    m["katz"] = guarded(ctx, "katz", lambda: fmap(nx.katz_centrality(
        U, alpha=0.1, beta=1.0, normalized=True, max_iter=1000, tol=1e-6,
        weight=None)))
    if W:
        m["katz_weighted"] = guarded(ctx, "katz_weighted", lambda: fmap(
            nx.katz_centrality(G, alpha=0.1, beta=1.0, normalized=True,
                               max_iter=1000, tol=1e-6, weight="weight")))


def structure(ctx, m):
    G, U, UU, W = ctx.G, ctx.U, ctx.UU, ctx.weighted

    if ctx.directed:
        comps = list(nx.weakly_connected_components(U))
        m["components"] = ctx.sort_groups(comps)
        m["strong_components"] = ctx.sort_groups(nx.strongly_connected_components(U))
    else:
        comps = list(nx.connected_components(U))
        m["components"] = ctx.sort_groups(comps)

    # bridges oriented as the edge first appears in G.edges order
    orient = {}
    for u, v in U.edges():
        orient.setdefault(frozenset((u, v)), (u, v))
    aps = ctx.node_sorted(nx.articulation_points(UU))
    brs = [orient[frozenset(e)] for e in nx.bridges(UU)]
    brs.sort(key=lambda e: (ctx.index[e[0]], ctx.index[e[1]]))
    suffix = "_undirected" if ctx.directed else ""
    m["articulation_points" + suffix] = [s(n) for n in aps]
    m["bridges" + suffix] = [[s(u), s(v)] for u, v in brs]

    m["core_number"] = imap(nx.core_number(UU))
    if ctx.directed:
        m["core_number_directed"] = imap(nx.core_number(U))

    m["clustering"] = guarded(ctx, "clustering", lambda: fmap(nx.clustering(U)))
    if W:
        m["clustering_weighted"] = guarded(
            ctx, "clustering_weighted",
            lambda: fmap(nx.clustering(G, weight="weight")))
    m["average_clustering"] = guarded(
        ctx, "average_clustering", lambda: float(nx.average_clustering(U)))
    if W:
        m["average_clustering_weighted"] = guarded(
            ctx, "average_clustering_weighted",
            lambda: float(nx.average_clustering(G, weight="weight")))
    m["transitivity"] = guarded(ctx, "transitivity",
                                lambda: float(nx.transitivity(U)))
    m["density"] = float(nx.density(U))

    # largest (weakly) connected component, viewed undirected
    largest = ctx.node_sorted(max(
        comps, key=lambda c: (len(c), -min(ctx.index[n] for n in c))))
    H = UU.subgraph(largest)
    m["largest_component_nodes"] = [s(n) for n in largest]
    m["eccentricity"] = imap(nx.eccentricity(H))
    m["diameter"] = int(nx.diameter(H))
    m["radius"] = int(nx.radius(H))


def distances(ctx, m):
    G, U, W = ctx.G, ctx.U, ctx.weighted
    sources = ctx.nodes[:3]
    m["bfs_distances"] = {
        s(src): imap(nx.single_source_shortest_path_length(U, src))
        for src in sources}
    if W:
        m["dijkstra_distances"] = {
            s(src): fmap(nx.single_source_dijkstra_path_length(G, src, weight="weight"))
            for src in sources}

    # shortest_path_counts: sources in node order; for each source the
    # reachable targets (t != s) from the highest node index downwards;
    # the first 5 such pairs.
    pairs = []
    for src in ctx.nodes:
        reach = nx.single_source_shortest_path_length(U, src)
        for t in sorted(reach, key=ctx.index.__getitem__, reverse=True):
            if t != src and len(pairs) < 5:
                pairs.append((src, t, reach[t]))
        if len(pairs) >= 5:
            break
    m["shortest_path_counts"] = [
        {"source": s(a), "target": s(b), "hops": int(h),
         "count": len(list(nx.all_shortest_paths(U, a, b)))}
        for a, b, h in pairs]

    # k_shortest pairs: the first 3 sources (node order) that reach some
    # other node; target = reachable node maximising (hops, node index).
    kpairs = []
    for src in ctx.nodes:
        reach = nx.single_source_shortest_path_length(U, src)
        cands = [t for t in reach if t != src]
        if cands:
            t = max(cands, key=lambda x: (reach[x], ctx.index[x]))
            kpairs.append((src, t))
        if len(kpairs) == 3:
            break

    m["k_shortest"] = [k_shortest_entry(ctx, U, a, b, None) for a, b in kpairs]
    if W:
        m["k_shortest_weighted"] = [
            k_shortest_entry(ctx, G, a, b, "weight") for a, b in kpairs]


K_PATHS = 5
TIE_LIST_CAP = 100   # list all cutoff-length paths only if there are <= this
TIE_SCAN_CAP = 2000  # stop scanning the generator after this many paths


def k_shortest_entry(ctx, graph, a, b, weight):
    """First K_PATHS paths of nx.shortest_simple_paths(graph, a, b, weight).

    Also the full picture at the cut-off length L (length of the last kept
    path): every simple path shorter than L is among the kept ones (the
    generator yields in non-decreasing length), and "paths_at_cutoff" lists
    every simple path whose length is exactly L (complete=True) so tests can
    accept any tie order.
    """
    def length(p):
        return path_weight(graph, p) if weight else float(len(p) - 1)

    gen = nx.shortest_simple_paths(graph, a, b, weight=weight)
    kept = list(itertools.islice(gen, K_PATHS))
    entry = {
        "source": s(a), "target": s(b),
        "paths": [{"path": [s(n) for n in p], "hops": len(p) - 1,
                   "length": length(p)} for p in kept],
    }
    if not kept:
        return entry
    cutoff = length(kept[-1])
    at_cut = [p for p in kept if length(p) == cutoff]
    complete = True
    scanned = len(kept)
    for p in gen:
        scanned += 1
        if length(p) > cutoff:
            break
        at_cut.append(p)
        if scanned >= TIE_SCAN_CAP:
            complete = False
            break
    entry["cutoff_length"] = cutoff
    entry["num_paths_at_cutoff"] = len(at_cut)
    entry["paths_at_cutoff_complete"] = complete
    if complete and len(at_cut) <= TIE_LIST_CAP:
        entry["paths_at_cutoff"] = sorted(
            ([s(n) for n in p] for p in at_cut),
            key=lambda q: [ctx.index[ctx_lookup(ctx, x)] for x in q])
    return entry


def ctx_lookup(ctx, sid):
    return ctx.str2node[sid]


def communities(ctx, m):
    G, U, W = ctx.G, ctx.U, ctx.weighted
    runs = []
    variants = [(G, "weight", True), (U, None, False)] if W else [(U, None, False)]
    for graph, weight, flag in variants:
        for seed in (1, 2, 3):
            comms = nx.community.louvain_communities(graph, weight=weight, seed=seed)
            q = nx.community.modularity(graph, comms, weight=weight)
            runs.append({"seed": seed, "weighted": flag, "modularity": float(q),
                         "communities": ctx.sort_groups(comms)})
    m["louvain"] = runs

    def lpa():
        comms = list(nx.community.label_propagation_communities(U))
        out = {"communities": ctx.sort_groups(comms),
               "modularity": float(nx.community.modularity(U, comms, weight=None))}
        if W:
            out["modularity_weighted"] = float(
                nx.community.modularity(G, comms, weight="weight"))
        return out
    m["label_propagation"] = guarded(ctx, "label_propagation", lpa)


# --------------------------------------------------------------------------
# Key players (brute force, undirected unweighted view)
# --------------------------------------------------------------------------

def _components_sizes(adj, removed):
    seen = set(removed)
    sizes = []
    for start in adj:
        if start in seen:
            continue
        seen.add(start)
        q = deque([start])
        size = 0
        while q:
            x = q.popleft()
            size += 1
            for y in adj[x]:
                if y not in seen:
                    seen.add(y)
                    q.append(y)
        sizes.append(size)
    return sizes


def fragmentation(adj, S):
    """Borgatti F = 1 - sum_c s_c(s_c-1) / (n(n-1)), n = |V| - |S|."""
    n = len(adj) - len(S)
    sizes = _components_sizes(adj, S)
    return 1 - Fraction(sum(c * (c - 1) for c in sizes), n * (n - 1))


def reach_fraction(adj, S, d):
    """|{v not in S : dist(v, S) <= d}| / (|V| - |S|), distances in G."""
    dist = {x: 0 for x in S}
    q = deque(S)
    while q:
        x = q.popleft()
        if dist[x] == d:
            continue
        for y in adj[x]:
            if y not in dist:
                dist[y] = dist[x] + 1
                q.append(y)
    reached = sum(1 for v in dist if v not in S)
    return Fraction(reached, len(adj) - len(S))


def best_sets(ctx, adj, k, score):
    best, sets = None, []
    for S in itertools.combinations(ctx.nodes, k):
        val = score(S)
        if best is None or val > best:
            best, sets = val, [S]
        elif val == best:
            sets.append(S)
    return {"value": float(best), "value_fraction": [best.numerator, best.denominator],
            "count": len(sets), "sets": ctx.sort_sets(sets)}


def key_players(ctx, m):
    adj = {n: list(ctx.UU[n]) for n in ctx.nodes}
    m["kpp_neg"] = {str(k): best_sets(ctx, adj, k, lambda S: fragmentation(adj, S))
                    for k in (1, 2, 3)}
    m["kpp_pos"] = {
        "d%d" % d: {str(k): best_sets(ctx, adj, k,
                                      lambda S, d=d: reach_fraction(adj, S, d))
                    for k in (1, 2, 3)}
        for d in (1, 2)}


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def make_fixture(name, G, weighted, description):
    ctx = Ctx(name, G, weighted)
    ctx.str2node = {s(n): n for n in ctx.nodes}
    assert len(ctx.str2node) == len(ctx.nodes), "node ids must stay unique as strings"
    assert nx.number_of_selfloops(G) == 0

    m = {}
    centralities(ctx, m)
    structure(ctx, m)
    distances(ctx, m)
    communities(ctx, m)
    if name in KEY_PLAYER_GRAPHS:
        key_players(ctx, m)

    if weighted:
        edges = [[s(u), s(v), float(w)] for u, v, w in G.edges(data="weight")]
    else:
        edges = [[s(u), s(v), 1.0] for u, v in G.edges()]
    return {
        "name": name,
        "description": description,
        "networkx_version": NX_VERSION,
        "directed": G.is_directed(),
        "weighted": weighted,
        "nodes": [s(n) for n in ctx.nodes],
        "edges": edges,
        "measures": m,
    }


# Self-loops and parallel edges: the input as written (an undirected multigraph with two
# loops and two doubled pairs); netgraph and NetworkX's Graph both keep one edge per pair
# with the smallest weight, and keep the loops.
SELF_LOOPS_PARALLEL_EDGES = [
    ("a", "b", 2), ("b", "a", 5), ("b", "c", 1), ("c", "a", 3), ("c", "d", 1),
    ("d", "d", 4), ("d", "e", 2), ("e", "d", 7), ("e", "f", 1), ("f", "f", 1),
]


def self_loops_parallel_fixture():
    """What every command computes on SELF_LOOPS_PARALLEL_EDGES (undirected)."""
    G = nx.Graph()
    for u, v, w in SELF_LOOPS_PARALLEL_EDGES:
        if G.has_edge(u, v):
            G[u][v]["weight"] = min(G[u][v]["weight"], w)
        else:
            G.add_edge(u, v, weight=w)
    U = strip_weights(G)
    ctx = Ctx("self_loops_parallel", G, True)
    m = {}
    m["degree"] = fmap(nx.degree_centrality(U))
    m["betweenness"] = fmap(nx.betweenness_centrality(U))
    m["betweenness_weighted"] = fmap(nx.betweenness_centrality(G, weight="weight"))
    m["closeness"] = fmap(nx.closeness_centrality(U))
    m["closeness_weighted"] = fmap(nx.closeness_centrality(G, distance="weight"))
    m["harmonic"] = fmap(nx.harmonic_centrality(U))
    m["eigenvector"] = fmap(nx.eigenvector_centrality(U))
    m["pagerank"] = fmap(nx.pagerank(U, weight=None))
    m["katz"] = fmap(nx.katz_centrality(U, alpha=0.1, beta=1.0, normalized=True,
                                        max_iter=1000, tol=1e-6, weight=None))
    m["path_a_f_hops"] = nx.shortest_path_length(U, "a", "f")
    m["path_a_f_cost"] = float(nx.dijkstra_path_length(G, "a", "f", weight="weight"))
    m["components"] = ctx.sort_groups(nx.connected_components(U))
    m["articulation_points"] = ctx.node_sorted(nx.articulation_points(U))
    m["bridges"] = sorted([sorted([u, v]) for u, v in nx.bridges(U)])
    m["core_number"] = guarded(ctx, "core_number", lambda: imap(nx.core_number(U)))
    # NetworkX refuses loops here; netgraph ignores them, which is core_number without them.
    loopless = U.copy()
    loopless.remove_edges_from(list(nx.selfloop_edges(loopless)))
    m["core_number_loops_removed"] = imap(nx.core_number(loopless))
    m["average_clustering"] = float(nx.average_clustering(U))
    m["transitivity"] = float(nx.transitivity(U))
    m["density"] = float(nx.density(U))
    m["diameter"] = int(nx.diameter(U))
    m["radius"] = int(nx.radius(U))
    comms = list(nx.community.label_propagation_communities(U))
    m["label_propagation"] = {"communities": ctx.sort_groups(comms),
                              "modularity": float(nx.community.modularity(U, comms, weight=None))}
    adj = {n: [x for x in U[n] if x != n] for n in ctx.nodes}
    m["kpp_neg_1"] = best_sets(ctx, adj, 1, lambda S: fragmentation(adj, S))
    return {
        "name": "self_loops_parallel",
        "description": "an undirected multigraph with self-loops and parallel edges; measures on "
                       "nx.Graph of it (one edge per pair, smallest weight, loops kept)",
        "networkx_version": NX_VERSION,
        "directed": False,
        "weighted": True,
        "nodes": [s(n) for n in ctx.nodes],
        "input_edges": [[u, v, float(w)] for u, v, w in SELF_LOOPS_PARALLEL_EDGES],
        "measures": m,
    }


def main():
    data = self_loops_parallel_fixture()
    with open(os.path.join(OUT_DIR, "self_loops_parallel.json"), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, sort_keys=True, indent=1, allow_nan=False, ensure_ascii=False) + "\n")
    for name, G, weighted, description in build_graphs():
        data = make_fixture(name, G, weighted, description)
        path = os.path.join(OUT_DIR, name + ".json")
        text = json.dumps(data, sort_keys=True, indent=1, allow_nan=False,
                          ensure_ascii=False)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        comps = data["measures"]["components"]
        extra = ""
        if G.is_directed():
            extra = ", %d SCCs" % len(data["measures"]["strong_components"])
        print("%-22s %3d nodes %4d edges, %d components (sizes %s)%s"
              % (name + ".json", len(G), G.number_of_edges(), len(comps),
                 [len(c) for c in comps], extra))
    for graph, key, exc in ERRORS:
        print("raised: %s / %s -> %s" % (graph, key, exc))


if __name__ == "__main__":
    main()

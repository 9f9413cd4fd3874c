#!/usr/bin/env python3
"""Run ONE (library, graph, task) measurement in this process and print one
JSON line on stdout.

    python peers.py --library igraph --graph data/ba-100k.edges --task bfs \
                    [--repeat 3] [--threads 1] [--weighted] [--name ba-100k]

Libraries: igraph (python-igraph), networkit, rustworkx, networkx.
Tasks:     load bfs dijkstra components pagerank betweenness
           betweenness-sampled closeness kcore louvain leiden

Output (one line):
  {"library", "version", "graph", "task", "threads", "nodes", "edges",
   "load_seconds", "compute_seconds": [r1, r2, ...],
   "rss_after_import_bytes", "peak_rss_after_load_bytes", "peak_rss_bytes",
   "result_check", "notes"}
or, when the library lacks the task or it is over the time budget:
  {"library", "graph", "task", "threads", "skipped": "reason"}

Timing: the graph is loaded once (load_seconds), then the task is run
--repeat times in this process; each run is timed with time.perf_counter()
around the library call(s) that compute the result and hand it back to
Python in the library's own form (list / dict / mapping / object).  Computing
result_check from that result is not timed.  For the task "load" the
compute_seconds are --repeat further fresh loads of the same file.

Memory: peak resident memory of the process (VmHWM in /proc/self/status),
read after the imports, after the first load and at the end.
"""
import argparse
import gc
import json
import math
import os
import random
import resource
import sys
import time

LIBRARIES = ("igraph", "networkit", "rustworkx", "networkx")
TASKS = ("load", "bfs", "dijkstra", "path", "components", "pagerank", "betweenness",
         "betweenness-sampled", "closeness", "kcore", "louvain", "leiden", "constraint")

SEED = 42
SAMPLES = 256          # sources for betweenness-sampled
PR_ALPHA, PR_TOL, PR_MAXITER = 0.85, 1e-6, 100

# ---------------------------------------------------------------------------
# Time budget for NetworkX (pure Python).  A (networkx, task) pair is skipped
# when the graph has more edges than the limit.  The per-unit costs were
# measured with networkx 3.6.1 on the development machine (2-core Xeon VM,
# single-threaded): exact betweenness on ba-2k 18.0 s, closeness on ba-2k
# 3.4 s, 256-source betweenness on ba-2k 3.2 s, Louvain on ba-100k 291 s,
# loading ba-100k 3.3 s; they only serve to print an estimate in the reason.
#   task: (max_edges, seconds per unit, units(n, m), unit name)
NX_BUDGET = {
    "betweenness": (20_000, 9.0e-7, lambda n, m: n * m, "source*edge"),
    "closeness": (20_000, 1.7e-7, lambda n, m: n * m, "source*edge"),
    "betweenness-sampled": (100_000, 1.24e-6, lambda n, m: SAMPLES * m,
                            "source*edge"),
    "louvain": (60_000, 5.8e-4, lambda n, m: m, "edge"),
    "constraint": (60_000, 2.0e-4, lambda n, m: m, "edge"),
    "*": (2_000_000, 6.7e-6, lambda n, m: m, "edge (load)"),
}
# Exact betweenness/closeness on the peers is O(n*m); nothing is skipped for
# the compiled libraries, run.py chooses the repetitions instead.


def rss_bytes():
    """Peak resident memory of this process's own address space: VmHWM.  Not
    ru_maxrss: Linux carries the parent's (run.py's) resident size into a child
    across fork and exec, so ru_maxrss is never below it."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def sig(x, digits=4):
    """Round to `digits` significant digits (for result_check)."""
    if x is None or x == 0 or not math.isfinite(x):
        return x
    return round(x, digits - 1 - int(math.floor(math.log10(abs(x)))))


def count_edges(path):
    n = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            n += block.count(b"\n")
    return n


def finite_sum(values):
    s = 0
    for d in values:
        if d is not None and d < 1e300 and d != math.inf:
            s += d
    return s


def intify(x):
    return int(round(x)) if x is not None and math.isfinite(x) else x


# ---------------------------------------------------------------------------
# adapters: each has load(path, weighted) -> graph, n(g), m(g) and one
# method per task returning the raw result; check_<task>(g, res) turns the
# raw result into result_check (not timed).
# ---------------------------------------------------------------------------

class IGraph:
    name = "igraph"
    notes = {
        "load": "Graph.Read_Edgelist(path, directed=False); weighted: "
                "Graph.Read_Ncol(path, names=True, weights=True, "
                "directed=False), node '0' looked up by name",
        "threads": "igraph is single-threaded",
        "pagerank": "Graph.pagerank(damping=0.85) uses PRPACK (direct "
                    "solve); tol/max_iter are not configurable",
        "louvain": "community_multilevel(); seeded through Python's "
                   "random module (random.seed(42)), which igraph uses as RNG",
        "leiden": "community_leiden(objective_function='modularity') "
                  "(n_iterations=2, beta=0.01, its defaults); random.seed(42)",
        "betweenness-sampled": "betweenness(sources=256 seeded random "
                               "nodes), scaled by n/256 and normalised",
    }

    def __init__(self, threads):
        import igraph as ig
        self.ig = ig
        self.version = ig.__version__
        self.threads = 1

    def load(self, path, weighted):
        ig = self.ig
        if path.endswith(".graphml"):
            return ig.Graph.Read_GraphML(path)
        if weighted:
            g = ig.Graph.Read_Ncol(path, names=True, weights=True,
                                   directed=False)
        else:
            g = ig.Graph.Read_Edgelist(path, directed=False)
        return g

    def source(self, g):
        if "name" in g.vertex_attributes():
            return g.vs.find(name="0").index
        return 0

    def n(self, g):
        return g.vcount()

    def m(self, g):
        return g.ecount()

    def bfs(self, g):
        return g.distances(source=self.source(g))[0]

    def dijkstra(self, g):
        return g.distances(source=self.source(g), weights="weight")[0]

    def target(self, g):
        last = str(g.vcount() - 1)
        if "name" in g.vertex_attributes():
            return g.vs.find(name=last).index
        return g.vcount() - 1

    def path(self, g):
        return g.get_shortest_path(self.source(g), to=self.target(g),
                                   weights="weight" if self.weighted else None)

    def check_path(self, g, r):
        if not self.weighted:
            return len(r) - 1
        return intify(sum(g.es[g.get_eid(a, b)]["weight"] for a, b in zip(r, r[1:])))

    def components(self, g):
        return g.connected_components()

    def check_components(self, g, r):
        return len(r)

    def pagerank(self, g):
        return g.pagerank(damping=PR_ALPHA)

    def check_pagerank(self, g, r):
        return sig(r[self.source(g)])

    def betweenness(self, g):
        return g.betweenness(directed=False)

    def check_betweenness(self, g, r):
        n = g.vcount()
        return sig(max(r) * 2.0 / ((n - 1) * (n - 2)))

    def betweenness_sampled(self, g):
        n = g.vcount()
        srcs = random.Random(SEED).sample(range(n), min(SAMPLES, n))
        return g.betweenness(directed=False, sources=srcs)

    def check_betweenness_sampled(self, g, r):
        # with sources=all vertices igraph returns exactly the unordered-pair
        # betweenness, so a k-source subset estimates it as r * n / k;
        # normalised like the exact value by (n-1)(n-2)/2.
        n = g.vcount()
        k = min(SAMPLES, n)
        return sig(max(r) * (n / k) * 2.0 / ((n - 1) * (n - 2)))

    def closeness(self, g):
        return g.closeness(normalized=True)

    def check_closeness(self, g, r):
        return sig(max(r))

    def kcore(self, g):
        return g.coreness()

    def constraint(self, g):
        return g.constraint()

    def check_constraint(self, g, r):
        return sig(finite_sum(r))

    def check_kcore(self, g, r):
        return max(r)

    def louvain(self, g):
        random.seed(SEED)
        return g.community_multilevel()

    def check_louvain(self, g, r):
        return round(r.modularity, 4)

    def leiden(self, g):
        random.seed(SEED)
        return g.community_leiden(objective_function="modularity")

    def check_leiden(self, g, r):
        return round(g.modularity(r.membership), 4)


class NetworKit:
    name = "networkit"
    notes = {
        "load": "graphio.EdgeListReader(' ', 0, continuous=True, "
                "directed=False).read(path) (3rd column -> weighted graph)",
        "threads": "networkit.setNumberOfThreads(T)",
        "pagerank": "centrality.PageRank(G, damp=0.85, tol=1e-6), "
                    "maxIterations=100, norm=L1_NORM",
        "louvain": "community.PLM(G, refine=False, gamma=1.0); "
                   "networkit.setSeed(42, False)",
        "leiden": "community.ParallelLeiden(G) (iterations=3, gamma=1, its "
                  "defaults); networkit.setSeed(42, False)",
        "betweenness-sampled": "centrality.EstimateBetweenness(G, 256, "
                               "normalized=True, parallel=T>1); "
                               "networkit.setSeed(42, False)",
    }

    def __init__(self, threads):
        import networkit as nk
        self.nk = nk
        self.version = nk.__version__
        nk.engineering.setNumberOfThreads(threads)
        self.threads = nk.engineering.getMaxNumberOfThreads()

    def load(self, path, weighted):
        nk = self.nk
        if path.endswith(".graphml"):
            return nk.graphio.GraphMLReader().read(path)
        if path.endswith(".gexf"):
            # GEXFReader returns the graph and its dynamic events.
            return nk.graphio.GEXFReader().read(path)[0]
        r = nk.graphio.EdgeListReader(" ", 0, commentPrefix="#",
                                      continuous=True, directed=False)
        return r.read(path)

    def n(self, g):
        return g.numberOfNodes()

    def m(self, g):
        return g.numberOfEdges()

    def bfs(self, g):
        a = self.nk.distance.BFS(g, 0, storePaths=False)
        a.run()
        return a.getDistances()

    def dijkstra(self, g):
        a = self.nk.distance.Dijkstra(g, 0, storePaths=False)
        a.run()
        return a.getDistances()

    def path(self, g):
        # NetworKit's single-pair searches, bidirectional, with the path kept.
        t = g.numberOfNodes() - 1
        if g.isWeighted():
            a = self.nk.distance.BidirectionalDijkstra(g, 0, t, storePred=True)
        else:
            a = self.nk.distance.BidirectionalBFS(g, 0, t, storePred=True)
        a.run()
        a.getPath()
        return a

    def check_path(self, g, r):
        return intify(r.getDistance())

    def components(self, g):
        a = self.nk.components.ConnectedComponents(g)
        a.run()
        return a.numberOfComponents()

    def check_components(self, g, r):
        return r

    def pagerank(self, g):
        nk = self.nk
        a = nk.centrality.PageRank(g, damp=PR_ALPHA, tol=PR_TOL)
        a.maxIterations = PR_MAXITER
        a.norm = nk.centrality.Norm.L1_NORM
        a.run()
        return a.scores()

    def check_pagerank(self, g, r):
        return sig(r[0])

    def betweenness(self, g):
        a = self.nk.centrality.Betweenness(g, normalized=True)
        a.run()
        return a.scores()

    def check_betweenness(self, g, r):
        return sig(max(r))

    def betweenness_sampled(self, g):
        nk = self.nk
        nk.engineering.setSeed(SEED, False)
        a = nk.centrality.EstimateBetweenness(g, SAMPLES, normalized=True,
                                              parallel=self.threads > 1)
        a.run()
        return a.scores()

    def check_betweenness_sampled(self, g, r):
        return sig(max(r))

    def closeness(self, g):
        nk = self.nk
        a = nk.centrality.Closeness(g, True,
                                    nk.centrality.ClosenessVariant.STANDARD)
        a.run()
        return a.scores()

    def check_closeness(self, g, r):
        return sig(max(r))

    def kcore(self, g):
        a = self.nk.centrality.CoreDecomposition(g)
        a.run()
        return a.scores()

    def check_kcore(self, g, r):
        return int(max(r))

    def louvain(self, g):
        nk = self.nk
        nk.engineering.setSeed(SEED, False)
        a = nk.community.PLM(g, refine=False, gamma=1.0)
        a.run()
        return a.getPartition()

    def check_louvain(self, g, r):
        return round(self.nk.community.Modularity().getQuality(r, g), 4)

    def leiden(self, g):
        nk = self.nk
        nk.engineering.setSeed(SEED, False)
        a = nk.community.ParallelLeiden(g)
        a.run()
        return a.getPartition()

    def check_leiden(self, g, r):
        return self.check_louvain(g, r)


class RustworkX:
    name = "rustworkx"
    notes = {
        "load": "PyGraph.read_edge_list(path, deliminator=' ') "
                "(3rd column kept as a string payload)",
        "threads": "betweenness/closeness run in parallel (rayon) above "
                   "parallel_threshold nodes: T=1 passes "
                   "parallel_threshold=2**31 (serial code path), T>1 keeps "
                   "the default 50 with RAYON_NUM_THREADS=T; all other "
                   "tasks are serial",
        "bfs": "bfs_layers(G, [0])",
        "dijkstra": "graph_dijkstra_shortest_path_lengths(G, 0, "
                    "edge_cost_fn=float) (Python callback per edge)",
        "pagerank": "pagerank() only accepts PyDiGraph: the timed call "
                    "includes G.to_directed(), then pagerank(alpha=0.85, "
                    "tol=1e-6, max_iter=100)",
    }

    def __init__(self, threads):
        import rustworkx as rx
        self.rx = rx
        self.version = rx.__version__
        self.threads = threads
        self.par = 50 if threads > 1 else 2 ** 31

    def load(self, path, weighted):
        if path.endswith(".graphml"):
            return self.rx.read_graphml(path)[0]
        return self.rx.PyGraph.read_edge_list(path, deliminator=" ")

    def n(self, g):
        return g.num_nodes()

    def m(self, g):
        return g.num_edges()

    def bfs(self, g):
        return self.rx.bfs_layers(g, [0])

    def check_bfs(self, g, r):
        return sum(i * len(layer) for i, layer in enumerate(r))

    def dijkstra(self, g):
        return self.rx.graph_dijkstra_shortest_path_lengths(
            g, 0, edge_cost_fn=float)

    def path(self, g):
        t = g.num_nodes() - 1
        if self.weighted:
            return self.rx.dijkstra_shortest_paths(g, 0, target=t, weight_fn=float)[t]
        return self.rx.dijkstra_shortest_paths(g, 0, target=t)[t]

    def check_path(self, g, r):
        if not self.weighted:
            return len(r) - 1
        return intify(sum(float(g.get_edge_data(a, b)) for a, b in zip(r, r[1:])))

    def check_dijkstra(self, g, r):
        return intify(finite_sum(r.values()))

    def components(self, g):
        return self.rx.number_connected_components(g)

    def check_components(self, g, r):
        return r

    def pagerank(self, g):
        return self.rx.pagerank(g.to_directed(), alpha=PR_ALPHA, tol=PR_TOL,
                                max_iter=PR_MAXITER)

    def check_pagerank(self, g, r):
        return sig(r[0])

    def betweenness(self, g):
        return self.rx.graph_betweenness_centrality(
            g, normalized=True, endpoints=False,
            parallel_threshold=self.par)

    def check_betweenness(self, g, r):
        return sig(max(r.values()))

    def closeness(self, g):
        return self.rx.graph_closeness_centrality(
            g, wf_improved=True, parallel_threshold=self.par)

    def check_closeness(self, g, r):
        return sig(max(r.values()))

    def kcore(self, g):
        return self.rx.core_number(g)

    def check_kcore(self, g, r):
        return max(r.values())


class NetworkX:
    name = "networkx"
    notes = {
        "load": "read_edgelist(path, nodetype=int, data=False) / "
                "read_weighted_edgelist(path, nodetype=int), then "
                "add_nodes_from(range(max id + 1)) so that the node set "
                "matches the other libraries",
        "threads": "networkx is single-threaded",
        "pagerank": "pagerank(G, alpha=0.85, tol=1e-6, max_iter=100) "
                    "(scipy backend)",
        "louvain": "community.louvain_communities(G, seed=42)",
        "betweenness-sampled": "betweenness_centrality(G, k=256, "
                               "normalized=True, seed=42)",
    }

    def __init__(self, threads):
        import networkx as nx
        self.nx = nx
        self.version = nx.__version__
        self.threads = 1

    def load(self, path, weighted):
        nx = self.nx
        if path.endswith(".graphml"):
            return nx.read_graphml(path)
        if path.endswith(".gexf"):
            return nx.read_gexf(path)
        if path.endswith(".nodelink.json") or path.endswith(".cyjs"):
            import json
            from networkx.readwrite import json_graph
            with open(path) as f:
                data = json.load(f)
            return json_graph.cytoscape_graph(data) if path.endswith(".cyjs") else json_graph.node_link_graph(data)
        if weighted:
            g = nx.read_weighted_edgelist(path, nodetype=int)
        else:
            g = nx.read_edgelist(path, nodetype=int, data=False)
        g.add_nodes_from(range(max(g) + 1))
        return g

    def n(self, g):
        return g.number_of_nodes()

    def m(self, g):
        return g.number_of_edges()

    def bfs(self, g):
        return self.nx.single_source_shortest_path_length(g, 0)

    def dijkstra(self, g):
        return self.nx.single_source_dijkstra_path_length(g, 0)

    def path(self, g):
        return self.nx.shortest_path(g, 0, g.number_of_nodes() - 1,
                                     weight="weight" if self.weighted else None)

    def check_path(self, g, r):
        if not self.weighted:
            return len(r) - 1
        return intify(sum(g[a][b]["weight"] for a, b in zip(r, r[1:])))

    def components(self, g):
        return self.nx.number_connected_components(g)

    def check_components(self, g, r):
        return r

    def pagerank(self, g):
        return self.nx.pagerank(g, alpha=PR_ALPHA, tol=PR_TOL,
                                max_iter=PR_MAXITER)

    def check_pagerank(self, g, r):
        return sig(r[0])

    def betweenness(self, g):
        return self.nx.betweenness_centrality(g, normalized=True)

    def check_betweenness(self, g, r):
        return sig(max(r.values()))

    def betweenness_sampled(self, g):
        return self.nx.betweenness_centrality(g, k=min(SAMPLES, len(g)),
                                              normalized=True, seed=SEED)

    def check_betweenness_sampled(self, g, r):
        return sig(max(r.values()))

    def closeness(self, g):
        return self.nx.closeness_centrality(g)

    def check_closeness(self, g, r):
        return sig(max(r.values()))

    def kcore(self, g):
        return self.nx.core_number(g)

    def constraint(self, g):
        return self.nx.constraint(g)

    def check_constraint(self, g, r):
        return sig(finite_sum(r.values()))

    def check_kcore(self, g, r):
        return max(r.values())

    def louvain(self, g):
        return self.nx.community.louvain_communities(g, seed=SEED)

    def check_louvain(self, g, r):
        return round(self.nx.community.modularity(g, r), 4)


ADAPTERS = {"igraph": IGraph, "networkit": NetworKit,
            "rustworkx": RustworkX, "networkx": NetworkX}

# what each adapter cannot do
LACKS = {
    ("rustworkx", "betweenness-sampled"):
        "rustworkx has no source-sampled betweenness "
        "(betweenness_centrality has no k/sources parameter)",
    ("rustworkx", "louvain"): "rustworkx has no Louvain / community detection",
    ("rustworkx", "leiden"): "rustworkx has no Leiden / community detection",
    ("networkx", "leiden"): "NetworkX 3.6 declares leiden_communities for backends only",
}


def default_check(g, r):
    """Sum of finite distances (bfs / dijkstra)."""
    if isinstance(r, dict):
        vals = r.values()
    else:
        vals = r
    return intify(finite_sum(vals))


def budget_skip(lib, task, path, weighted):
    if lib != "networkx":
        return None
    m = count_edges(path)
    n = None
    if task in NX_BUDGET and task != "*":
        limit, cost, units, uname = NX_BUDGET[task]
        if m > limit:
            n = _max_id(path) + 1
            est = cost * units(n, m)
            return ("networkx %s on %d edges (> %d): would take ~%.0f min "
                    "per repetition (~%.2g s per %s measured)"
                    % (task, m, limit, est / 60, cost, uname))
    limit, cost, units, uname = NX_BUDGET["*"]
    if m > limit:
        est = cost * m
        return ("networkx on %d edges (> %d): load alone ~%.0f s per process "
                "and several GB of RAM; over the run's time budget"
                % (m, limit, est))
    return None


def _max_id(path):
    mx = 0
    with open(path) as f:
        for line in f:
            p = line.split()
            if p:
                a, b = int(p[0]), int(p[1])
                if a > mx:
                    mx = a
                if b > mx:
                    mx = b
    return mx


def main(argv=None):
    ap = argparse.ArgumentParser(description="one peer measurement")
    ap.add_argument("--library", required=True, choices=LIBRARIES)
    ap.add_argument("--graph", required=True, help="edge list file, or a .graphml file (load only)")
    ap.add_argument("--task", required=True, choices=TASKS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--weighted", action="store_true",
                    help="read the third column as weights "
                         "(default: on if the file name contains 'weighted')")
    ap.add_argument("--name", default=None,
                    help="graph name in the output (default: file stem)")
    ap.add_argument("--max-seconds", type=float, default=0,
                    help="stop repeating once the summed compute time "
                         "reaches this (at least one run); 0 = no cap")
    ap.add_argument("--no-budget", action="store_true",
                    help="ignore the NetworkX time budget")
    a = ap.parse_args(argv)

    gname = a.name or os.path.basename(a.graph).rsplit(".", 1)[0]
    weighted = a.weighted or "weighted" in os.path.basename(a.graph)
    head = {"library": a.library, "graph": gname, "task": a.task,
            "threads": a.threads}

    def emit(d):
        sys.stdout.write(json.dumps(d) + "\n")
        sys.stdout.flush()

    if (a.library, a.task) in LACKS:
        emit(dict(head, skipped=LACKS[(a.library, a.task)]))
        return 0
    if a.graph.endswith(".gexf") and a.library in ("igraph", "rustworkx"):
        emit(dict(head, skipped="%s reads no GEXF" % a.library))
        return 0
    if (a.graph.endswith(".nodelink.json") or a.graph.endswith(".cyjs")) and a.library != "networkx":
        # rustworkx's node-link reader takes its own layout (`links`, `data`), not NetworkX's.
        emit(dict(head, skipped="%s reads no NetworkX node-link or Cytoscape.js JSON" % a.library))
        return 0
    if a.task == "dijkstra" and not weighted:
        emit(dict(head, skipped="dijkstra needs a weighted graph"))
        return 0
    if not a.no_budget:
        reason = budget_skip(a.library, a.task, a.graph, weighted)
        if reason:
            emit(dict(head, skipped=reason))
            return 0

    # thread environment must be set before the native libraries start
    t = str(max(1, a.threads))
    os.environ["RAYON_NUM_THREADS"] = t
    os.environ["OMP_NUM_THREADS"] = t
    os.environ["OPENBLAS_NUM_THREADS"] = t
    os.environ["MKL_NUM_THREADS"] = t

    ad = ADAPTERS[a.library](max(1, a.threads))
    ad.weighted = weighted
    rss_import = rss_bytes()

    t0 = time.perf_counter()
    g = ad.load(a.graph, weighted)
    load_s = time.perf_counter() - t0
    rss_load = rss_bytes()
    n, m = ad.n(g), ad.m(g)

    times = []
    check = None
    if a.task == "load":
        for _ in range(a.repeat):
            del g
            gc.collect()
            t0 = time.perf_counter()
            g = ad.load(a.graph, weighted)
            times.append(time.perf_counter() - t0)
            if a.max_seconds and sum(times) >= a.max_seconds:
                break
        check = "n=%d m=%d" % (ad.n(g), ad.m(g))
    else:
        fn = getattr(ad, a.task.replace("-", "_"), None)
        if fn is None:
            emit(dict(head, skipped="%s has no %s" % (a.library, a.task)))
            return 0
        checker = getattr(ad, "check_" + a.task.replace("-", "_"), None)
        for i in range(a.repeat):
            gc.collect()
            t0 = time.perf_counter()
            res = fn(g)
            times.append(time.perf_counter() - t0)
            if i == 0:
                check = (checker or default_check)(g, res)
            del res
            if a.max_seconds and sum(times) >= a.max_seconds:
                break

    notes = {k: v for k, v in ad.notes.items()
             if k in ("load", "threads", a.task)}
    out = dict(head)
    out.update({
        "threads": ad.threads,
        "version": ad.version,
        "nodes": n,
        "edges": m,
        "load_seconds": round(load_s, 6),
        "compute_seconds": [round(x, 6) for x in times],
        "repeat_requested": a.repeat,
        "rss_after_import_bytes": rss_import,
        "peak_rss_after_load_bytes": rss_load,
        "peak_rss_bytes": rss_bytes(),
        "result_check": check,
        "notes": notes,
    })
    emit(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

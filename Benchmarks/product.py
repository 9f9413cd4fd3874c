#!/usr/bin/env python3
"""The product benchmark: the `netgraph` command as users run it, against each peer's
load + run.

  python3 Benchmarks/product.py                       edge-list rows (ba-10k, ba-100k, er-100k, ba-1m)
  python3 Benchmarks/product.py --graphs ba-100k --tasks components,pagerank --rounds 5
  python3 Benchmarks/product.py --exe /path/to/netgraph   another build of the command

netgraph is timed as a whole process — exec to exit, the answer written to a file — by
this script's clock around the process. Each peer is timed by peers.py inside its own
process as load + run (the graph read from the same file, then the task), which leaves out
the Python interpreter's start-up and the imports: the comparison favours the peers.

Peak memory: netgraph's is the process's maximum resident set as GNU time reports it (its
parent here is time itself, a small C program, so no parent's size is carried over); the
peers' is the largest VmHWM peers.py reads in the process.

Rounds alternate netgraph and the peers; each cell is the median of the rounds. The
results go to standard output and to Benchmarks/PRODUCT.md.
"""
import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
import run  # noqa: E402

DEFAULT_EXE = os.path.join(HERE, "..", ".build", "release", "netgraph")
TIME = "/usr/bin/time"

# task -> the netgraph command line (the graph file is appended) and the peers.py task.
TASKS = {
    "load": (["stats", "--format", "json"], "load"),
    "bfs": (["neighbors", "0", "--depth", "1000000000", "--format", "json"], "bfs"),
    "components": (["components", "--format", "json"], "components"),
    # One shortest path from the first node to the last ({last}: the graph's node count - 1),
    # with fewest steps (path) or least total weight (dijkstra, on the weighted edge list); the
    # peers run their single-pair search (NetworKit's bidirectional BFS and Dijkstra).
    "path": (["path", "0", "{last}", "--format", "json"], "path"),
    "dijkstra": (["path", "0", "{last}", "--weight", "weight", "--format", "json"], "path"),
    "pagerank": (["centrality", "--measure", "pagerank", "--format", "json"], "pagerank"),
    "louvain": (["communities", "--format", "json"], "louvain"),
    # Leiden on one thread, as the peers run; and on two, against NetworKit's ParallelLeiden
    # on two (igraph's is single-threaded): netgraph refines and aggregates on several threads.
    "leiden": (["communities", "--method", "leiden", "--threads", "1", "--format", "json"], "leiden"),
    "leiden-2t": (["communities", "--method", "leiden", "--threads", "2", "--format", "json"], "leiden"),
    "betweenness": (["centrality", "--measure", "betweenness", "--threads", "1", "--format", "json"], "betweenness"),
    "betweenness-sampled": (["centrality", "--measure", "betweenness", "--samples", "256", "--threads", "1",
                             "--format", "json"], "betweenness-sampled"),
    "closeness": (["centrality", "--measure", "closeness", "--threads", "1", "--format", "json"], "closeness"),
    "constraint": (["centrality", "--measure", "constraint", "--format", "json"], "constraint"),
    "kcore": (["centrality", "--measure", "core-number", "--format", "json"], "kcore"),
    # Typed files of the same graph, written by the netgraph under test (`convert`): netgraph
    # reads each; the peers read the GraphML (none reads netgraph's YAML or JSON), so the
    # YAML and JSON rows compare netgraph's format with the exchange format the peers read.
    "load-graphml": (["stats", "--format", "json"], "load"),
    "load-yaml": (["stats", "--format", "json"], "load"),
    "load-json": (["stats", "--format", "json"], "load"),
    "load-gexf": (["stats", "--format", "json"], "load"),
    # GraphML of the same graph as igraph and NetworkX write it, and GEXF as NetworkX writes
    # it, read by netgraph and the peers.
    "load-graphml-igraph": (["stats", "--format", "json"], "load"),
    "load-graphml-networkx": (["stats", "--format", "json"], "load"),
    "load-gexf-networkx": (["stats", "--format", "json"], "load"),
    # Node-link and Cytoscape.js JSON as NetworkX writes them (`json.dump` of `node_link_data`
    # and `cytoscape_data`), which NetworkX alone of the peers reads.
    "load-nodelink-networkx": (["stats", "--format", "json"], "load"),
    "load-cyjs-networkx": (["stats", "--format", "json"], "load"),
}
# The threads each peer is given, by task (one unless named here).
PEER_THREADS = {"leiden-2t": 2}
TYPED = {"load-graphml": "graphml", "load-yaml": "yaml", "load-json": "json", "load-gexf": "gexf"}
# The tool that writes each foreign row's file from the edge list, and the file's format.
FOREIGN = {"load-graphml-igraph": ("igraph", "graphml"), "load-graphml-networkx": ("networkx", "graphml"),
           "load-gexf-networkx": ("networkx", "gexf"), "load-nodelink-networkx": ("networkx", "nodelink.json"),
           "load-cyjs-networkx": ("networkx", "cyjs")}
WRITE_FOREIGN = {
    ("igraph", "graphml"): "import igraph, sys; igraph.Graph.Read_Ncol(sys.argv[1], directed=False).write_graphml(sys.argv[2])",
    ("networkx", "graphml"): "import networkx, sys; networkx.write_graphml(networkx.read_edgelist(sys.argv[1]), sys.argv[2])",
    ("networkx", "gexf"): "import networkx, sys; networkx.write_gexf(networkx.read_edgelist(sys.argv[1]), sys.argv[2])",
    ("networkx", "nodelink.json"): "import json, networkx, sys; json.dump(networkx.node_link_data(networkx.read_edgelist(sys.argv[1])), open(sys.argv[2], 'w'))",
    ("networkx", "cyjs"): "import json, networkx, sys; json.dump(networkx.cytoscape_data(networkx.read_edgelist(sys.argv[1])), open(sys.argv[2], 'w'))",
}
DEFAULT_PLAN = ([(g, t) for g in ("ba-10k", "ba-100k", "er-100k", "grid-300")
                 for t in ("load", "bfs", "components", "pagerank", "kcore", "louvain", "leiden")]
                + [(g, "leiden-2t") for g in ("ba-10k", "ba-100k", "er-100k")]
                + [("ba-10k", "betweenness"), ("ba-10k", "closeness"), ("ba-100k", "betweenness-sampled")]
                + [(g, "constraint") for g in ("ba-10k", "ba-100k")]
                + [(g, "path") for g in ("ba-10k", "ba-100k", "er-100k", "grid-300")]
                + [("ba-100k-weighted", "dijkstra")]
                + [("ba-1m", t) for t in ("load", "components", "pagerank")]
                + [(g, t) for g in ("ba-10k", "ba-100k") for t in ("load-graphml", "load-yaml", "load-json", "load-gexf")]
                + [(g, t) for g in ("ba-10k", "ba-100k") for t in FOREIGN])


PATH_TASKS = ("path", "dijkstra")


def node_count(graph):
    """The node count of a generated graph, from the data manifest."""
    with open(os.path.join(run.DATA, "MANIFEST.json")) as f:
        manifest = json.load(f)
    if graph + ".edges" not in manifest:
        raise SystemExit("%s is not a generated graph: the path tasks need its node count" % graph)
    return manifest[graph + ".edges"]["nodes"]


def run_netgraph(exe, args, path):
    """Wall seconds, peak RSS bytes and the answer's modularity (community tasks; else None)
    of one whole netgraph process."""
    with tempfile.NamedTemporaryFile(prefix="netgraph-out-", delete=True) as out, \
         tempfile.NamedTemporaryFile(prefix="netgraph-rss-", mode="r", delete=True) as rss:
        t0 = time.perf_counter()
        r = subprocess.run([TIME, "-f", "%M", "-o", rss.name, exe] + args + ["--graph", path],
                           stdout=out, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
        if r.returncode != 0:
            raise RuntimeError("netgraph %s failed: %s" % (" ".join(args), r.stderr.strip()[-300:]))
        kb = int(rss.read().strip().splitlines()[-1])
        quality = None
        if "communities" in args:
            with open(out.name) as answer:
                quality = round(json.load(answer)["modularity"], 4)
        if args[0] == "path":
            # The path's length in steps or total weight, which every peer's must equal.
            with open(out.name) as answer:
                quality = round(json.load(answer)["paths"][0]["cost"])
        return wall, kb * 1024, quality


def run_peer(lib, task, path, graph, threads=1):
    cmd = [run.VPY, os.path.join(HERE, "peers.py"), "--library", lib, "--graph", path,
           "--task", task, "--repeat", "1", "--threads", str(threads), "--name", graph]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=run.TIMEOUT)
    for line in reversed(r.stdout.strip().splitlines()):
        if line.startswith("{"):
            rec = json.loads(line)
            if "error" in rec or "skipped" in rec or not rec.get("compute_seconds"):
                return None
            if task == "load":
                # The "load" task's compute times are further loads: one load is the answer.
                return min(rec["load_seconds"], rec["compute_seconds"][0]), rec.get("peak_rss_bytes"), rec.get("result_check")
            return rec["load_seconds"] + rec["compute_seconds"][0], rec.get("peak_rss_bytes"), rec.get("result_check")
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exe", default=DEFAULT_EXE)
    ap.add_argument("--before", default="",
                    help="another netgraph binary timed in the same rounds (e.g. the previous release)")
    ap.add_argument("--graphs", default="")
    ap.add_argument("--tasks", default="")
    ap.add_argument("--libraries", default=",".join(run.PEERS[:3]),
                    help="peers, comma-separated (default: igraph, networkit, rustworkx)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--results", default=os.path.join(HERE, "PRODUCT.md"))
    ap.add_argument("--no-install", action="store_true")
    ap.add_argument("--edge-list", action="append", default=[], metavar="NAME=PATH",
                    help="also run --tasks (edge-list tasks only) on this edge list, e.g. a graph too "
                         "large to generate here: ba-10m=/data/ba-10m.edges (repeatable)")
    a = ap.parse_args(argv)
    plan = [(g, t) for g, t in DEFAULT_PLAN
            if (not a.graphs or g in a.graphs.split(",")) and (not a.tasks or t in a.tasks.split(","))]
    extra = dict(item.split("=", 1) for item in a.edge_list)
    if extra:
        if not a.tasks:
            ap.error("--edge-list needs --tasks")
        if not a.graphs:
            plan = []
        plan += [(g, t) for g in extra for t in a.tasks.split(",") if t not in TYPED and t not in FOREIGN]
    peers = [p for p in a.libraries.split(",") if p]
    versions, problems = run.ensure_venv(a.no_install)
    peers = [p for p in peers if p not in problems]
    paths = dict(extra)
    for g in sorted({g for g, _ in plan} - set(extra)):
        generate.main(["--only", g])
        paths[g] = os.path.join(run.DATA, g + ".edges")
    def foreign_file(graph, task):
        return os.path.join(run.DATA, "%s.%s.%s" % (graph, *FOREIGN[task]))
    for g, t in plan:
        if t in FOREIGN:
            written = foreign_file(g, t)
            if not os.path.exists(written) or os.path.getmtime(written) < os.path.getmtime(paths[g]):
                subprocess.run([run.VPY, "-c", WRITE_FOREIGN[FOREIGN[t]], paths[g], written], check=True)
        if t in TYPED:
            typed = os.path.join(run.DATA, "%s.%s" % (g, TYPED[t]))
            if not os.path.exists(typed) or os.path.getmtime(typed) < os.path.getmtime(paths[g]):
                subprocess.run([a.exe, "convert", paths[g], typed, "--quiet"], check=True, stdout=subprocess.DEVNULL)
    started = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
    rows = []
    for graph, task in plan:
        args, peer_task = TASKS[task]
        if "{last}" in args:
            args = [str(node_count(graph) - 1) if arg == "{last}" else arg for arg in args]
        times = {"netgraph": [], **{p: [] for p in peers}}
        memory = {"netgraph": [], **{p: [] for p in peers}}
        quality = {}
        if a.before:
            times["before"], memory["before"] = [], []
        netgraph_file = os.path.join(run.DATA, "%s.%s" % (graph, TYPED[task])) if task in TYPED else paths[graph]
        # The peers read the GraphML of a typed row, or the GEXF itself (NetworKit alone reads it).
        peer_file = (netgraph_file if task == "load-gexf" else os.path.join(run.DATA, graph + ".graphml")) if task in TYPED else paths[graph]
        if task in TYPED and not os.path.exists(peer_file):
            subprocess.run([a.exe, "convert", paths[graph], peer_file, "--quiet"], check=True, stdout=subprocess.DEVNULL)
        if task in FOREIGN:
            netgraph_file = peer_file = foreign_file(graph, task)
        for _ in range(a.rounds):
            wall, rss, quality["netgraph"] = run_netgraph(a.exe, args, netgraph_file)
            times["netgraph"].append(wall)
            memory["netgraph"].append(rss)
            if a.before:
                wall, rss, _ = run_netgraph(a.before, args, netgraph_file)
                times["before"].append(wall)
                memory["before"].append(rss)
            for p in peers:
                got = run_peer(p, peer_task, peer_file, graph, PEER_THREADS.get(task, 1))
                if got:
                    times[p].append(got[0])
                    if got[1]:
                        memory[p].append(got[1])
                    quality[p] = got[2]
        med = {k: statistics.median(v) for k, v in times.items() if v}
        mem = {k: max(v) for k, v in memory.items() if v}
        best = min((p for p in peers if p in med), key=lambda p: med[p], default=None)
        row = {"graph": graph, "task": task, "netgraph_seconds": med["netgraph"],
               "netgraph_peak_bytes": mem["netgraph"], "peers": {p: med[p] for p in peers if p in med},
               "peer_peak_bytes": {p: mem.get(p) for p in peers if p in med}, "fastest_peer": best,
               "ratio": med["netgraph"] / med[best] if best else None,
               "before_seconds": med.get("before"), "before_peak_bytes": mem.get("before"),
               "before_ratio": med["before"] / med[best] if best and "before" in med else None,
               "modularity": quality if quality.get("netgraph") is not None and task not in PATH_TASKS else None,
               "path_length": quality if task in PATH_TASKS else None}
        rows.append(row)
        print("%-8s %-20s netgraph %.3f s %4.0f MB%s | %s" % (
            graph, task, row["netgraph_seconds"], row["netgraph_peak_bytes"] / 1e6,
            " (before %.3f s %4.0f MB)" % (med["before"], mem["before"] / 1e6) if a.before else "",
            "  ".join("%s %.3f s" % (p, med[p]) for p in peers if p in med)
            + ("  -> %.2fx %s" % (row["ratio"], best) if best else "")
            + ("  modularity " + " ".join("%s %s" % kv for kv in row["modularity"].items())
               if row["modularity"] else "")
            + ("  path length " + " ".join("%s %s" % kv for kv in row["path_length"].items())
               if row["path_length"] else "")), flush=True)
    lines = ["# netgraph as users run it, against each peer's load + run", "",
             "Started %s; %d rounds, medians; netgraph %s timed exec to exit with its output written "
             "to a file; peers timed in-process as load + run (interpreter start-up and imports "
             "excluded). Peak memory: netgraph's maximum RSS (GNU time), the peers' largest VmHWM."
             % (started, a.rounds, os.path.relpath(a.exe, os.path.join(HERE, ".."))), "",
             "Before: %s, timed in the same rounds." % a.before if a.before else "", "",
             "Threads: one for every tool and row, but the leiden-2t rows, where netgraph runs "
             "`--threads 2` and each peer is given two (igraph's Leiden is single-threaded)."
             if any(t in PEER_THREADS for _, t in plan) else "", "",
             "The load-graphml, load-yaml, load-json and load-gexf rows read typed files of the same "
             "graph that netgraph's convert wrote; the peers read the GraphML in the first three (none "
             "reads netgraph's YAML or JSON), and NetworKit, the one peer with a GEXF reader, reads the "
             "GEXF. A peer's load row is one load of the file." if any(t in TYPED for _, t in plan) else "", "",
             "The load-graphml-igraph and load-graphml-networkx rows read the same graph as GraphML written "
             "by igraph (`write_graphml`, nodes renumbered with their ids as `name` data) and by NetworkX, "
             "the load-gexf-networkx rows as GEXF written by NetworkX (`write_gexf`), and the "
             "load-nodelink-networkx and load-cyjs-networkx rows as node-link and Cytoscape.js JSON written "
             "by NetworkX (`json.dump` of `node_link_data` and `cytoscape_data`); netgraph and every "
             "peer that reads the format read that same file." if any(t in FOREIGN for _, t in plan) else "", "",
             "Peers: " + ", ".join("%s %s" % (p, versions.get(p)) for p in peers), "",
             "| graph | task | netgraph | peak | " + " | ".join(peers) + " | netgraph / fastest |"
             + (" before | before peak | before / fastest |" if a.before else ""),
             "|---|---|---|---|" + "---|" * len(peers) + "---|" + ("---|---|---|" if a.before else "")]
    for r in rows:
        cells = ["%.3f s (%.0f MB)" % (r["peers"][p], (r["peer_peak_bytes"].get(p) or 0) / 1e6)
                 if p in r["peers"] else "—" for p in peers]
        lines.append("| %s | %s | %.3f s | %.0f MB | %s | %s |" % (
            r["graph"], r["task"], r["netgraph_seconds"], r["netgraph_peak_bytes"] / 1e6, " | ".join(cells),
            "%.2f× (%s)" % (r["ratio"], r["fastest_peer"]) if r["ratio"] else "—")
            + (" %.3f s | %.0f MB | %.2f× |" % (r["before_seconds"], r["before_peak_bytes"] / 1e6, r["before_ratio"] or 0)
               if a.before else ""))
    def answers(key, title):
        """A table of each tool's answer (`key` of the rows that have one)."""
        answered = [r for r in rows if r[key]]
        if not answered:
            return []
        table = ["", title, "", "| graph | task | netgraph | " + " | ".join(peers) + " |",
                 "|---|---|---|" + "---|" * len(peers)]
        for r in answered:
            table.append("| %s | %s | %s | %s |" % (r["graph"], r["task"], r[key].get("netgraph"), " | ".join(
                str(r[key].get(p, "—")) for p in peers)))
        return table
    lines += answers("modularity", "Modularity of each answer (NetworkX's definition, rounded to 4 places; "
                     "peers seeded 42, netgraph seed 1):")
    lines += answers("path_length", "Length of each shortest path found (steps, or total weight for dijkstra); "
                     "every tool must find the same:")
    with open(a.results, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.splitext(a.results)[0] + ".jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Time-respecting reachability: `netgraph reach` against raphtory, as users run them.

Generates a random temporal graph (default 100,000 entities, 1,000,000 dated contacts on
days of 2000-2019) as a GraphFrames folder, then times, alternating, in rounds:

- `netgraph reach FOLDER n0 --start 2000-01-01 --directed --format json`, the whole process
  (exec to exit, the answer written to a file);
- a Python process that loads the same edges.csv with pandas into raphtory 0.17.0
  (`Graph.load_edges`) and runs `algorithms.temporally_reachable_nodes` from n0, timed
  inside the process: load + run, without the interpreter's start-up and imports (which
  favours the peer). The ratio is netgraph's whole process over that load + run.

tglib (PyPI `tglib-python` 1.0.2) installs without its compiled module and cannot be
imported, so it is not timed. raphtory is installed into Benchmarks/.venv-temporal and
used for nothing else.

The two answers are not identical by construction: raphtory takes contacts at strictly
increasing times, netgraph at non-decreasing days (several contacts on one day can be
chained), so netgraph can reach more. Both counts are printed.

Usage: python3 Benchmarks/temporal.py [--nodes N] [--contacts M] [--rounds R] [--netgraph EXE]
Writes Benchmarks/TEMPORAL.md.
"""
import argparse
import datetime
import json
import os
import random
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv-temporal")
DATA = os.path.join(HERE, "data")

PEER_SCRIPT = r"""
import json, sys, time
import pandas as pd
from raphtory import Graph, algorithms
begin = time.perf_counter()
edges = pd.read_csv(sys.argv[1], usecols=["src", "dst", "date"])
edges["t"] = (pd.to_datetime(edges["date"]) - pd.Timestamp("1970-01-01")).dt.days
graph = Graph()
graph.load_edges(edges[["src", "dst", "t"]], time="t", src="src", dst="dst")
loaded = time.perf_counter()
start = (pd.Timestamp(sys.argv[3]) - pd.Timestamp("1970-01-01")).days
# A time-respecting path has at most n - 1 steps.
state = algorithms.temporally_reachable_nodes(graph, max_hops=graph.count_nodes(), start_time=start, seed_nodes=[sys.argv[2]])
reached = sum(1 for node, hits in state.items() if hits["reachable_nodes"] and str(node.name) != sys.argv[2])
done = time.perf_counter()
with open(sys.argv[4], "w") as out:
    json.dump({"reached": reached, "load": loaded - begin, "run": done - loaded}, out)
"""


def ensure_venv():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
    probe = subprocess.run([python, "-c", "import raphtory, pandas"], capture_output=True)
    if probe.returncode != 0:
        subprocess.check_call([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "raphtory==0.17.0", "pandas"])
    return python


def generate(folder, nodes, contacts, seed=1):
    marker = os.path.join(folder, "generated.json")
    spec = {"nodes": nodes, "contacts": contacts, "seed": seed}
    if os.path.exists(marker) and json.load(open(marker)) == spec:
        return
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(seed)
    base = datetime.date(2000, 1, 1)
    days = [(base + datetime.timedelta(days=d)).isoformat() for d in range(7305)]
    with open(os.path.join(folder, "vertices.csv"), "w") as out:
        out.write("id,kind\n")
        out.writelines(f"n{v},person\n" for v in range(nodes))
    with open(os.path.join(folder, "edges.csv"), "w") as out:
        out.write("src,dst,relationship,date\n")
        written = 0
        while written < contacts:
            u, v = rng.randrange(nodes), rng.randrange(nodes)
            if u == v:
                continue
            out.write(f"n{u},n{v},supports,{days[rng.randrange(len(days))]}\n")
            written += 1
    json.dump(spec, open(marker, "w"))


def peak_kb(usage):
    return usage.ru_maxrss


def timed(command):
    begin = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = process.communicate()
    elapsed = time.perf_counter() - begin
    if process.returncode != 0:
        sys.exit(f"{command[0]} failed: {err.decode()[:400]}")
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--netgraph", default=os.path.join(HERE, "..", ".build", "release", "netgraph"))
    args = parser.parse_args()
    python = ensure_venv()
    folder = os.path.join(DATA, f"temporal-{args.nodes}-{args.contacts}")
    generate(folder, args.nodes, args.contacts)
    answer = os.path.join(DATA, "temporal-netgraph.json")
    peer_answer = os.path.join(DATA, "temporal-raphtory.json")
    script = os.path.join(DATA, "temporal_peer.py")
    with open(script, "w") as out:
        out.write(PEER_SCRIPT)
    ours, theirs, inside = [], [], []
    for _ in range(args.rounds):
        with open(answer, "w") as out:
            begin = time.perf_counter()
            subprocess.run([args.netgraph, "reach", folder, "n0", "--start", "2000-01-01", "--directed", "--format", "json",
                            "--quiet"], stdout=out, check=True)
            ours.append(time.perf_counter() - begin)
        theirs.append(timed([python, script, os.path.join(folder, "edges.csv"), "n0", "2000-01-01", peer_answer]))
        inside.append(json.load(open(peer_answer)))
    reached = len(json.load(open(answer))["reached"])
    peer_reached = inside[-1]["reached"]
    median = statistics.median
    lines = [
        "# Time-respecting reachability: netgraph against raphtory",
        "",
        f"Generated by `python3 Benchmarks/temporal.py` on {datetime.date.today().isoformat()}: {args.nodes:,} entities, "
        f"{args.contacts:,} dated contacts (days of 2000–2019, seed 1), a GraphFrames folder; medians of {args.rounds} "
        "alternating rounds on this machine.",
        "",
        "| | netgraph `reach` (whole process, exec to exit) | raphtory 0.17.0 load + run | raphtory load | raphtory run | raphtory whole process |",
        "|---|---|---|---|---|---|",
        f"| seconds | {median(ours):.2f} | {median(r['load'] + r['run'] for r in inside):.2f} | {median(r['load'] for r in inside):.2f} | "
        f"{median(r['run'] for r in inside):.2f} | {median(theirs):.2f} |",
        f"| entities reached from n0 | {reached:,} | {peer_reached:,} | | | |",
        "",
        f"netgraph's whole process / raphtory's load + run: {median(ours) / median(r['load'] + r['run'] for r in inside):.2f}× "
        f"(against raphtory's whole process, interpreter start-up included: {median(ours) / median(theirs):.2f}×). raphtory takes contacts at strictly "
        "increasing times, netgraph at non-decreasing days, so netgraph may reach more entities (contacts on the same day "
        "chain). tglib is not timed: its PyPI package cannot be imported here.",
        "",
    ]
    with open(os.path.join(HERE, "TEMPORAL.md"), "w") as out:
        out.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()

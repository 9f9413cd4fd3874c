#!/usr/bin/env python3
"""Earliest arrivals computed by raphtory, for EarliestArrivalFixtureTests.

Run from this directory:  python3 make_fixtures.py   (writes raphtory.json)

raphtory is installed into a private virtual environment here and used for nothing else.
tglib (PyPI tglib-python 1.0.2) installs but its wheel lacks the compiled module
(`import tglib` fails with "No module named 'tglib.pytglib'"), so it is not used.

Each case is a random directed graph whose relations happen on distinct days of 2019, so
raphtory's strictly increasing times and netgraph's non-decreasing days agree. raphtory's
documentation calls its start exclusive (t > start_time), but it takes a relation on the
start day itself, as netgraph does, so start_time = start.
"""
import datetime
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")

if os.environ.get("NETGRAPH_FIXTURE_VENV") != "1":
    if not os.path.isdir(VENV):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "raphtory==0.17.0"])
    os.environ["NETGRAPH_FIXTURE_VENV"] = "1"
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python"), __file__])

import raphtory
from raphtory import Graph, algorithms

EPOCH = datetime.date(2019, 1, 1)


def day(t):
    return (EPOCH + datetime.timedelta(days=t - 1)).isoformat()


rng = random.Random(16)
cases = []
for number in range(40):
    n = rng.randint(4, 12)
    m = rng.randint(n, 4 * n)
    times = rng.sample(range(1, 366), m)
    edges = [(rng.randrange(n), rng.randrange(n), t) for t in times]
    edges = [(u, v, t) for u, v, t in edges if u != v]
    graph = Graph()
    for v in range(n):
        graph.add_node(0, f"n{v}")
    for u, v, t in edges:
        graph.add_edge(t, f"n{u}", f"n{v}")
    source = rng.randrange(n)
    start = rng.randint(1, 200)
    state = algorithms.temporally_reachable_nodes(graph, max_hops=n + 1, start_time=start, seed_nodes=[f"n{source}"])
    arrivals = {}
    for node, value in state.items():
        if node.name == f"n{source}":
            continue
        times_seen = [entry["0"] if isinstance(entry, dict) else entry[0] for entry in value["reachable_nodes"]]
        if times_seen:
            arrivals[node.name] = day(min(times_seen))
    text = "entities:\n" + "".join(f"  - {{id: n{v}, kind: person}}\n" for v in range(n)) + "relations:\n"
    text += "".join(f"  - {{from: n{u}, to: n{v}, type: supports, date: {day(t)}}}\n" for u, v, t in edges)
    cases.append({"graph": text, "source": f"n{source}", "start": day(start),
                  "arrivals": dict(sorted(arrivals.items()))})

with open(os.path.join(HERE, "raphtory.json"), "w") as out:
    json.dump({"tool": f"raphtory {raphtory.__version__}", "cases": cases}, out, indent=1, sort_keys=True)
    out.write("\n")

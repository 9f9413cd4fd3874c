#!/usr/bin/env python3
"""GEXF files written by NetworkX's own `write_gexf`, and what NetworkX reads back from each,
for GEXFReaderTests: netgraph must read the same nodes, edges, directions, weights,
attributes and times from the file NetworkX wrote.

Run from anywhere:  python3 Tests/NetGraphTests/Fixtures/gexf/make_gexf.py

networkx 3.6.1 is installed into a private virtual environment beside this script (.venv,
not committed) and used for nothing else. Writes, next to this script:

    networkx-dynamic.gexf   a MultiDiGraph: ids that are names and numbers, typed node
                            attributes, parallel weighted edges, dates (mode="dynamic")
    networkx-karate.gexf    nx.karate_club_graph(): undirected, static, integer ids, weights
    networkx-expected.json  {"networkx_version", "files": {file: what nx.read_gexf sees:
                            directed, nodes (id, label, attributes, start, end), edges
                            (id, source, target, weight, attributes, start, end)}}

The files carry the date NetworkX writes into <meta lastmodifieddate>; it is fixed here so
that reruns are byte-identical.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VENV = os.path.join(HERE, ".venv")

if os.environ.get("NETGRAPH_FIXTURE_VENV") != "1":
    if not os.path.isdir(VENV):
        subprocess.check_call([sys.executable, "-m", "venv", VENV])
        subprocess.check_call([os.path.join(VENV, "bin", "pip"), "install", "--quiet", "networkx==3.6.1"])
    os.environ["NETGRAPH_FIXTURE_VENV"] = "1"
    os.execv(os.path.join(VENV, "bin", "python"), [os.path.join(VENV, "bin", "python"), __file__])

import io
import time

import networkx as nx


def dynamic_graph():
    G = nx.MultiDiGraph()
    G.add_node("Jean Valjean", label="Jean Valjean", kind="person", age=52, ratio=0.5, alive=True, start="1815-10-01")
    G.add_node("Javert", kind="official", age=48, ratio=1.25, alive=False, start="1815-10-01", end="1832-06-07")
    G.add_node(7, label="Seven")
    G.add_edge("Javert", "Jean Valjean", weight=2.5, relation="pursues", start="1823-01-01", end="1832-06-07")
    G.add_edge("Javert", "Jean Valjean", weight=1, relation="arrests", start="1823-06-01", end="1823-06-01")
    G.add_edge("Jean Valjean", 7, weight=0.125)
    return G


def seen(path):
    """What NetworkX reads back from `path`."""
    G = nx.read_gexf(path)

    def plain(data):
        return {key: value for key, value in sorted(data.items())}

    return {
        "directed": G.is_directed(),
        "nodes": [{"id": node, **plain(data)} for node, data in G.nodes(data=True)],
        "edges": [{"source": u, "target": v, **plain(data)} for u, v, data in G.edges(data=True)],
    }


def write(graph, name):
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer)
    text = buffer.getvalue().decode("utf-8")
    # NetworkX dates the file with today's date; a fixed date keeps reruns identical.
    text = text.replace(f'lastmodifieddate="{time.strftime("%Y-%m-%d")}"', 'lastmodifieddate="2026-12-05"')
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    return path


expected = {
    "networkx_version": nx.__version__,
    "files": {
        "networkx-dynamic.gexf": seen(write(dynamic_graph(), "networkx-dynamic.gexf")),
        "networkx-karate.gexf": seen(write(nx.karate_club_graph(), "networkx-karate.gexf")),
    },
}
with open(os.path.join(HERE, "networkx-expected.json"), "w", encoding="utf-8") as file:
    json.dump(expected, file, indent=1, sort_keys=True)
    file.write("\n")

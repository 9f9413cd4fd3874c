#!/usr/bin/env python3
"""Measures every reader's peak memory against the size of the file it reads.

One typed graph (by default 100,000 entities and 500,000 relations, from
generate-typed-graph.py) is written by `netgraph convert` in every format netgraph reads:
native YAML and JSON, edge list, GraphML, GEXF, node-link JSON, Cytoscape.js JSON, DOT, and
the Neo4j and GraphFrames CSV folders. `netgraph stats` then reads each one under
`/usr/bin/time -v`, and the script prints a Markdown table: the file's size (a folder: the
sum of its files), the peak resident set size (the kernel's high-water mark for the whole
process, baseline included), and their ratio, the reader's memory multiple. The first row
is the baseline: `stats` on a graph of a few entities.

Usage: reader-memory.py NETGRAPH [--entities N] [--relations M] [--keep DIR]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

FORMATS = [
    # (name in the table, --to value, output name)
    ("native YAML", "yaml", "graph.yaml"),
    ("native JSON", "json", "graph.json"),
    ("edge list", "edgelist", "graph.txt"),
    ("GraphML", "graphml", "graph.graphml"),
    ("GEXF", "gexf", "graph.gexf"),
    ("node-link JSON", "node-link", "graph.nodelink.json"),
    ("Cytoscape.js JSON", "cytoscape", "graph.cyjs"),
    ("DOT", "dot", "graph.dot"),
    ("Neo4j CSV folder", "neo4j", "neo4j"),
    ("GraphFrames folder", "graphframes", "graphframes"),
]


def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(root, name))
                   for root, _, names in os.walk(path) for name in names)
    return os.path.getsize(path)


def peak_rss_bytes(command):
    """Runs `command` under /usr/bin/time -v; returns its peak RSS in bytes."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", result.stderr)
    return int(match.group(1)) * 1024, wall.group(1) if wall else "?"


def mib(n):
    return f"{n / 1048576:,.1f} MiB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("netgraph", help="path of the netgraph executable (a release build)")
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=500_000)
    parser.add_argument("--keep", help="write the files here and keep them")
    args = parser.parse_args()
    netgraph = os.path.abspath(args.netgraph)
    here = os.path.dirname(os.path.abspath(__file__))
    work = args.keep or tempfile.mkdtemp(prefix="reader-memory-")
    os.makedirs(work, exist_ok=True)
    try:
        generated = os.path.join(work, "generated.yaml")
        with open(generated, "w") as out:
            subprocess.run([sys.executable, os.path.join(here, "generate-typed-graph.py"),
                            str(args.entities), str(args.relations)], stdout=out, check=True)
        tiny = os.path.join(work, "tiny.yaml")
        with open(tiny, "w") as out:
            subprocess.run([sys.executable, os.path.join(here, "generate-typed-graph.py"), "5", "5"],
                           stdout=out, check=True)
        baseline, _ = peak_rss_bytes([netgraph, "stats", tiny])
        print(f"{args.entities:,} entities, {args.relations:,} relations; "
              f"`netgraph stats FILE` under `/usr/bin/time -v`\n")
        print("| reader | file size | peak RSS | multiple | above baseline ÷ size | wall |")
        print("|---|---:|---:|---:|---:|---:|")
        print(f"| baseline (5 entities) | {size_of(tiny):,} B | {mib(baseline)} | | | |")
        for label, to, name in FORMATS:
            path = os.path.join(work, name)
            if os.path.exists(path):
                shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
            subprocess.run([netgraph, "convert", generated, path, "--to", to], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            extra = ["--input-format", to] if to in ("node-link", "cytoscape") else []
            size = size_of(path)
            peak, wall = peak_rss_bytes([netgraph, "stats", path] + extra)
            print(f"| {label} | {mib(size)} | {mib(peak)} | {peak / size:.1f}× | "
                  f"{(peak - baseline) / size:.1f}× | {wall} |")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

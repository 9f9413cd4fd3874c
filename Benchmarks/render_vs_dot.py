#!/usr/bin/env python3
"""Times `netgraph render` against Graphviz's own `dot -Tsvg` on the equivalent DOT file.

The equivalent DOT file is the graph exactly as netgraph hands it to Graphviz: netgraph's
`canon` format (`render -o FILE.canon`) writes every object, in the order netgraph creates
it, with every attribute netgraph sets, and no layout. The script checks that it is
equivalent: `dot -Tsvg` of it must give netgraph's SVG byte for byte. The two commands then
alternate, one run each per round, and the script reports the median wall and CPU (user +
system) time of each and their ratio. What netgraph does beyond Graphviz's work — starting
up, reading and checking the YAML, planning the drawing, writing the file atomically — is
what the ratio measures.

Usage: render_vs_dot.py NETGRAPH [GRAPH] [--rounds N]
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def timed(command):
    """Runs `command`; returns (wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("netgraph", help="path of the netgraph executable")
    parser.add_argument("graph", nargs="?", help="graph file (default: the bundled graph)")
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    if shutil.which("dot") is None:
        sys.exit("render_vs_dot.py: 'dot' is not installed (Debian: apt-get install graphviz)")

    graph = [args.graph] if args.graph else []
    with tempfile.TemporaryDirectory() as work:
        equivalent = os.path.join(work, "equivalent.canon")
        subprocess.run([args.netgraph, "render", *graph, "-o", equivalent], check=True, stdout=subprocess.DEVNULL)
        drawn = subprocess.run([args.netgraph, "render", *graph, "-o", "-"], check=True, capture_output=True).stdout
        redrawn = subprocess.run(["dot", "-Tsvg", equivalent], check=True, capture_output=True).stdout
        if drawn != redrawn:
            sys.exit("render_vs_dot.py: dot does not draw the equivalent DOT file as netgraph draws the graph")
        print(f"equivalent DOT: dot draws from it netgraph's SVG, byte for byte ({len(drawn)} bytes)")
        commands = {
            "netgraph render": [args.netgraph, "render", *graph, "-o", os.path.join(work, "netgraph.svg")],
            "dot -Tsvg": ["dot", "-Tsvg", equivalent, "-o", os.path.join(work, "dot.svg")],
        }
        for command in commands.values():  # warm the page cache and Graphviz's plugin config
            timed(command)
        walls = {name: [] for name in commands}
        cpus = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, command in commands.items():
                wall, cpu = timed(command)
                walls[name].append(wall)
                cpus[name].append(cpu)

    print(f"{args.rounds} alternating rounds; medians")
    print(f"{'command':<18}{'wall ms':>10}{'cpu ms':>10}")
    for name in commands:
        print(f"{name:<18}{statistics.median(walls[name]) * 1000:>10.1f}{statistics.median(cpus[name]) * 1000:>10.1f}")
    wall_ratio = statistics.median(walls["netgraph render"]) / statistics.median(walls["dot -Tsvg"])
    cpu_ratio = statistics.median(cpus["netgraph render"]) / statistics.median(cpus["dot -Tsvg"])
    print(f"netgraph / dot: wall {wall_ratio:.3f}x, cpu {cpu_ratio:.3f}x")


if __name__ == "__main__":
    main()

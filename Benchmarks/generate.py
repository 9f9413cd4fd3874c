#!/usr/bin/env python3
"""Deterministic benchmark graph generators (pure Python, no graph library).

Writes plain undirected edge lists into Benchmarks/data/:

    u v        (unweighted)      or      u v w      (weighted, integer w)

one edge per line, 0-based integer node ids, no duplicate edges, no
self-loops.  The node count of every graph is max id + 1.

The generators use only ``random.Random(seed).random()``, whose output for a
given integer seed is documented to be reproducible across Python versions,
so the files do not change with any library version.

On first generation the sha256 of every file is stored in
``data/MANIFEST.json``; on later calls a file whose checksum matches the
manifest is skipped, a file that is missing or differs is regenerated.
``REFERENCE_SHA256`` below holds the checksums these generators produced when
they were written; a mismatch is reported as a warning (generator drift).

Usage:  python3 generate.py [--data DIR] [--only NAME,...] [--force]
"""
import argparse
import hashlib
import json
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "data")
MANIFEST = "MANIFEST.json"


# --------------------------------------------------------------------------
# generators: each returns a list of (u, v) or (u, v, w) tuples
# --------------------------------------------------------------------------

def barabasi_albert(n, m, seed):
    """Barabási–Albert preferential attachment (the classic 'repeated nodes'
    formulation): nodes 0..m-1 start without edges; node m links to all of
    them; every later node t links to m *distinct* existing nodes chosen with
    probability proportional to their degree (uniform picks from the list of
    edge endpoints so far).  Produces (n - m) * m edges, connected."""
    rnd = random.Random(seed).random
    edges = []
    append = edges.append
    repeated = []              # every edge endpoint, once per incidence
    targets = list(range(m))
    for t in range(m, n):
        for x in targets:
            append((t, x))
        repeated.extend(targets)
        repeated.extend([t] * m)
        # choose m distinct targets for node t + 1
        L = len(repeated)
        chosen = set()
        while len(chosen) < m:
            chosen.add(repeated[int(rnd() * L)])
        targets = sorted(chosen)
    return edges


def erdos_renyi_gnm(n, m, seed):
    """G(n, m): m distinct unordered pairs {u, v}, u != v, uniform."""
    rnd = random.Random(seed).random
    seen = set()
    edges = []
    while len(edges) < m:
        u = int(rnd() * n)
        v = int(rnd() * n)
        if u == v:
            continue
        if u > v:
            u, v = v, u
        key = u * n + v
        if key in seen:
            continue
        seen.add(key)
        edges.append((u, v))
    return edges


def grid(rows, cols):
    """rows x cols 4-neighbour lattice; node id = r * cols + c."""
    edges = []
    for r in range(rows):
        base = r * cols
        for c in range(cols):
            u = base + c
            if c + 1 < cols:
                edges.append((u, u + 1))
            if r + 1 < rows:
                edges.append((u, u + cols))
    return edges


def add_weights(edges, seed, lo=1, hi=100):
    rnd = random.Random(seed).random
    span = hi - lo + 1
    return [(u, v, lo + int(rnd() * span)) for (u, v) in edges]


# --------------------------------------------------------------------------
# the benchmark graphs
# --------------------------------------------------------------------------

def _ba100k():
    return barabasi_albert(100_000, 5, seed=100_005)


GRAPHS = {
    # name: (builder, description)
    "ba-2k.edges": (lambda: barabasi_albert(2_000, 5, seed=2_005),
                    "Barabási–Albert n=2,000 m=5, seed 2005 (smoke tests)"),
    "ba-10k.edges": (lambda: barabasi_albert(10_000, 5, seed=10_005),
                     "Barabási–Albert n=10,000 m=5, seed 10005"),
    "ba-100k.edges": (_ba100k,
                      "Barabási–Albert n=100,000 m=5, seed 100005"),
    "ba-100k-weighted.edges": (lambda: add_weights(_ba100k(), seed=7),
                               "ba-100k edges, integer weights 1..100, seed 7"),
    "er-100k.edges": (lambda: erdos_renyi_gnm(100_000, 500_000, seed=500_000),
                      "Erdős–Rényi G(n,m) n=100,000 m=500,000, seed 500000"),
    "grid-300.edges": (lambda: grid(300, 300),
                       "300x300 4-neighbour grid, id = row*300 + col"),
    "ba-1m.edges": (lambda: barabasi_albert(1_000_000, 5, seed=1_000_005),
                    "Barabási–Albert n=1,000,000 m=5, seed 1000005"),
}

# sha256 of the files as produced by this script (filled in from a run).
REFERENCE_SHA256 = {
    "ba-10k.edges":
        "df24461eafdd6579494be45ba3eaa2e30c15f9c672428fe339cef261f17fce68",
    "ba-100k.edges":
        "005daae94711f8533d19159baaccbe6ab5fb1c9d305a075bad520fdce7106f09",
    "ba-100k-weighted.edges":
        "4bc2b22116d683f34ed01320d006a5d510dc82fcc12ef4ef2932525d44d2f9ca",
    "er-100k.edges":
        "968b3fab56d76d79d46ed197abce50500ca9430cd16dea1e6864c0690f57a180",
    "grid-300.edges":
        "9455e8e221155d3bede9049cdc755f09ba42ac176774af6c14b9e486f560c47a",
    "ba-1m.edges":
        "48bc738e89b1009549a33f63ca2fdce289e7ad1ab7945fea7996edfe79a37e0a",
}


# --------------------------------------------------------------------------

def write_edges(path, edges):
    tmp = path + ".tmp"
    with open(tmp, "w", newline="\n") as f:
        if edges and len(edges[0]) == 3:
            f.write("".join("%d %d %d\n" % e for e in edges))
        else:
            f.write("".join("%d %d\n" % e for e in edges))
    os.replace(tmp, path)


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_manifest(data_dir):
    p = os.path.join(data_dir, MANIFEST)
    if os.path.exists(p):
        with open(p) as f:
            return json.load(f)
    return {}


def save_manifest(data_dir, manifest):
    p = os.path.join(data_dir, MANIFEST)
    with open(p + ".tmp", "w") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")
    os.replace(p + ".tmp", p)


def ensure(names=None, data_dir=DEFAULT_DATA, force=False, log=print):
    """Generate missing/changed graphs. Returns {name: path}."""
    os.makedirs(data_dir, exist_ok=True)
    manifest = load_manifest(data_dir)
    out = {}
    for name, (builder, desc) in GRAPHS.items():
        if names and name not in names and name.rsplit(".", 1)[0] not in names:
            continue
        path = os.path.join(data_dir, name)
        out[name] = path
        entry = manifest.get(name)
        if (not force and entry and os.path.exists(path)
                and sha256_file(path) == entry["sha256"]):
            log("  %-24s ok (checksum matches manifest)" % name)
            continue
        t0 = time.time()
        edges = builder()
        write_edges(path, edges)
        digest = sha256_file(path)
        n = 1 + max(max(e[0], e[1]) for e in edges)
        if entry and entry.get("sha256") != digest:
            log("  WARNING: %s differs from the manifest checksum" % name)
        ref = REFERENCE_SHA256.get(name)
        if ref and ref != digest:
            log("  WARNING: %s differs from the reference checksum in "
                "generate.py (generator drift?)" % name)
        manifest[name] = {"sha256": digest, "nodes": n, "edges": len(edges),
                          "description": desc}
        save_manifest(data_dir, manifest)
        log("  %-24s generated: %d nodes, %d edges in %.1f s"
            % (name, n, len(edges), time.time() - t0))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--only", default="",
                    help="comma-separated graph names (with or without .edges)")
    ap.add_argument("--force", action="store_true", help="regenerate all")
    a = ap.parse_args(argv)
    names = set(x.strip() for x in a.only.split(",") if x.strip()) or None
    ensure(names, a.data, a.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())

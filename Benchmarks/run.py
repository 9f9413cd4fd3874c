#!/usr/bin/env python3
"""Peer-comparison benchmark orchestrator (what `make bench` calls).

  python3 Benchmarks/run.py                 full run (about 25 min on 2 cores)
  python3 Benchmarks/run.py --quick         smoke test: small graphs, 1 round
  python3 Benchmarks/run.py --only bfs,pagerank --graphs ba-100k,er-100k
  python3 Benchmarks/run.py --no-heavy      without exact betweenness on grid-300

Steps: creates Benchmarks/.venv and pip-installs the peer libraries if they
are missing, generates the graphs (generate.py), runs every measurement in
its own process (peers.py for the peers, the netgraph-bench executable for
netgraph), round-robin over the libraries within each repetition round,
prints one table per task and writes Benchmarks/RESULTS.md (+ the raw JSON
lines in Benchmarks/RESULTS.jsonl).

Only the standard library is needed to run this script itself.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

VENV = os.path.join(HERE, ".venv")
VPY = os.path.join(VENV, "bin", "python")
DATA = os.path.join(HERE, "data")
DEFAULT_EXE = os.path.join(HERE, ".build", "release", "netgraph-bench")
CORES = os.cpu_count() or 1

PEERS = ["igraph", "networkit", "rustworkx", "networkx"]
LIBS = ["netgraph"] + PEERS
# pip package -> import name
PIP = {"igraph": "igraph", "networkit": "networkit",
       "rustworkx": "rustworkx", "networkx": "networkx"}
SUPPORT_PIP = ["numpy", "scipy"]     # networkx.pagerank needs scipy

STANDARD = ["load", "bfs", "components", "pagerank", "kcore", "louvain"]
PARALLEL_TASKS = {"betweenness", "betweenness-sampled", "closeness"}
TASK_ORDER = ["load", "bfs", "dijkstra", "components", "pagerank", "kcore",
              "louvain", "betweenness", "betweenness-sampled", "closeness"]

# (graph, task, rounds, repeat).  Every pair asks for 3 rounds of 3
# in-process runs; two time caps keep a full run near 25 minutes on 2 cores
# (see --cap / --round-cap): a peer process stops repeating once its summed
# compute time reaches --cap seconds, and a (library, threads) variant whose
# first-round process took longer than --round-cap seconds of wall time is not
# run again in later rounds.
FULL = ([(g, t, 3, 3) for g in ("ba-100k", "er-100k", "grid-300")
         for t in STANDARD]
        + [("ba-100k-weighted", "dijkstra", 3, 3),
           ("ba-10k", "betweenness", 3, 3),
           ("ba-100k", "betweenness-sampled", 3, 3),
           ("er-100k", "betweenness-sampled", 3, 3),
           ("ba-10k", "closeness", 3, 3)]
        + [("ba-1m", t, 3, 3) for t in ("load", "bfs", "components",
                                        "pagerank")])
# Exact betweenness on grid-300 (90,000 sources): about 7 minutes for netgraph
# with one thread and, measured with 256 sources, 3.9x (igraph) and 11.5x
# (NetworKit) that for the peers (rustworkx: 2.4x on ba-10k's exact run).  One run each, and a peer is stopped once it has run
# RELATIVE_STOP times netgraph's time at the same thread count (plus SLACK
# seconds for start-up and loading): its time is then only known to exceed that
# bound, which the table shows as "> x s (stopped)" and the ratio as "< r×".
# --no-heavy leaves the row out (a full run is then about 25 minutes).
HEAVY = [("grid-300", "betweenness", 1, 1)]
RELATIVE_STOP = {("grid-300", "betweenness"): 1.25}
SLACK = 30
QUICK = ([("ba-2k", t, 1, 3) for t in STANDARD
          + ["betweenness", "betweenness-sampled", "closeness"]]
         + [("ba-100k-weighted", "dijkstra", 1, 3)])

TIMEOUT = 1800   # seconds per measurement process


def log(*a):
    print(*a, flush=True)


# ---------------------------------------------------------------------------
# environment
# ---------------------------------------------------------------------------

def ensure_venv(no_install=False):
    """Returns {library: version or None}, {library: problem}."""
    problems = {}
    if not os.path.exists(VPY):
        if no_install:
            return {p: None for p in PEERS}, {p: "no .venv" for p in PEERS}
        log("creating %s" % VENV)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    versions = probe_versions()
    missing = [p for p in PEERS if versions.get(p) is None]
    if missing and not no_install:
        pip = [VPY, "-m", "pip", "install", "--disable-pip-version-check",
               "-q", "--only-binary=:all:"]
        subprocess.run(pip + SUPPORT_PIP)
        for p in missing:
            log("pip install %s ..." % p)
            r = subprocess.run(pip + [p], capture_output=True, text=True)
            if r.returncode != 0:
                tail = (r.stderr or r.stdout).strip().splitlines()[-1:]
                problems[p] = "pip install failed: %s" % " ".join(tail)
                log("  %s" % problems[p])
        versions = probe_versions()
    for p in PEERS:
        if versions.get(p) is None and p not in problems:
            problems[p] = "not installed"
    return versions, problems


def probe_versions():
    code = ("import json, importlib\n"
            "out = {}\n"
            "for lib, mod in %r.items():\n"
            "    try:\n"
            "        m = importlib.import_module(mod)\n"
            "        out[lib] = getattr(m, '__version__', '?')\n"
            "    except Exception:\n"
            "        out[lib] = None\n"
            "for mod in ('numpy', 'scipy'):\n"
            "    try:\n"
            "        out[mod] = importlib.import_module(mod).__version__\n"
            "    except Exception:\n"
            "        out[mod] = None\n"
            "import platform; out['python'] = platform.python_version()\n"
            "print(json.dumps(out))\n" % PIP)
    try:
        r = subprocess.run([VPY, "-c", code], capture_output=True, text=True,
                           timeout=120)
        return json.loads(r.stdout.strip().splitlines()[-1])
    except Exception:
        return {}


def machine_info():
    info = {}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        info["cpu"] = platform.processor() or "?"
    info["cores"] = CORES
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    kb = int(line.split()[1])
                    info["memory"] = "%.1f GiB" % (kb / 2 ** 20)
    except OSError:
        pass
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    info["os"] = "%s (kernel %s, %s)" % (osname, platform.release(),
                                         platform.machine())
    try:
        info["loadavg"] = open("/proc/loadavg").read().split()[:3]
    except OSError:
        pass
    return info


# ---------------------------------------------------------------------------
# measurements
# ---------------------------------------------------------------------------

def variants(task, libs):
    """(library, threads) pairs in round-robin order."""
    out = [(lib, 1) for lib in libs]
    if task in PARALLEL_TASKS and CORES > 1:
        for lib in ("netgraph", "networkit"):
            if lib in libs:
                out.append((lib, CORES))
    return out


def measure(lib, graph, task, path, repeat, threads, exe, cap=0,
            stop_after=None, bound=None):
    """One measurement process.  With stop_after (seconds of wall time) the
    process is stopped then, and the record says only that its compute time
    exceeded bound."""
    weighted = "weighted" in graph
    if lib == "netgraph":
        cmd = [exe, "--graph", path, "--task", task, "--repeat", str(repeat),
               "--threads", str(threads)]
        if weighted:
            cmd.append("--weighted")
    else:
        cmd = [VPY, os.path.join(HERE, "peers.py"), "--library", lib,
               "--graph", path, "--task", task, "--repeat", str(repeat),
               "--threads", str(threads), "--name", graph]
        if cap:
            cmd += ["--max-seconds", str(cap)]
        if weighted:
            cmd.append("--weighted")
    t0 = time.time()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True,
                           timeout=stop_after or TIMEOUT)
    except subprocess.TimeoutExpired:
        if stop_after:
            return {"library": lib, "graph": graph, "task": task,
                    "threads": threads, "requested_threads": threads,
                    "stopped_after_seconds": round(stop_after, 1),
                    "compute_exceeds_seconds": round(bound, 1)}
        return {"library": lib, "graph": graph, "task": task,
                "threads": threads,
                "error": "timeout after %d s" % TIMEOUT}
    wall = time.time() - t0
    rec = None
    for line in reversed(r.stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                rec = json.loads(line)
                break
            except ValueError:
                pass
    if rec is None:
        tail = (r.stderr or r.stdout or "").strip().splitlines()[-3:]
        rec = {"library": lib, "threads": threads,
               "error": "exit %d: %s" % (r.returncode, " | ".join(tail))}
    rec["graph"] = graph          # the orchestrator's name wins
    rec["task"] = task
    rec["library"] = lib
    rec["requested_threads"] = threads
    rec["wall_seconds"] = round(wall, 3)
    return rec


def fmt_s(x):
    if x is None:
        return "—"
    if x >= 100:
        return "%.0f s" % x
    if x >= 10:
        return "%.1f s" % x
    if x >= 1:
        return "%.2f s" % x
    if x >= 0.01:
        return "%.3f s" % x
    return "%.2f ms" % (x * 1000)


def fmt_mb(b):
    return "—" if b is None else "%.0f MB" % (b / 2 ** 20)


def aggregate(records):
    """{(graph, task, lib, threads): summary}"""
    groups = {}
    for r in records:
        key = (r["graph"], r["task"], r["library"],
               r.get("requested_threads", r.get("threads", 1)))
        groups.setdefault(key, []).append(r)
    out = {}
    for key, rs in groups.items():
        ok = [r for r in rs if "compute_seconds" in r and r["compute_seconds"]]
        s = {"n_rounds": len(ok), "records": rs}
        bounds = [r["compute_exceeds_seconds"] for r in rs
                  if "compute_exceeds_seconds" in r]
        if bounds and not ok:
            s["exceeds"] = min(bounds)
            out[key] = s
            continue
        if ok:
            per_round = [statistics.median(r["compute_seconds"]) for r in ok]
            s["median"] = statistics.median(per_round)
            s["per_round"] = per_round
            s["samples"] = sum(len(r["compute_seconds"]) for r in ok)
            s["peak"] = max(r.get("peak_rss_bytes") or 0 for r in ok) or None
            s["peak_load"] = max(r.get("peak_rss_after_load_bytes") or 0
                                 for r in ok) or None
            s["load"] = statistics.median(r["load_seconds"] for r in ok
                                          if r.get("load_seconds") is not None)
            s["check"] = ok[0].get("result_check")
            s["threads_used"] = ok[0].get("threads")
            for extra in ("bytes_per_edge", "bytes_per_node"):
                if extra in ok[0]:
                    s[extra] = ok[0][extra]
        else:
            r0 = rs[0]
            s["status"] = ("skipped: " + r0["skipped"] if "skipped" in r0
                           else "error: " + r0.get("error", "?"))
        out[key] = s
    return out


def build_tables(agg, plan, libs_shown, unavailable):
    """Returns (plain text, markdown) for all tasks."""
    text, md = [], []
    tasks = [t for t in TASK_ORDER if any(p[1] == t for p in plan)]
    planned = {(g, t): (r, k) for (g, t, r, k) in plan}
    for task in tasks:
        rows = []
        for (g, t, rounds, repeat) in plan:
            if t != task:
                continue
            for threads in sorted({k[3] for k in agg
                                   if k[0] == g and k[1] == t}):
                rows.append((g, threads))
        if not rows:
            continue
        header = ["graph", "T"] + libs_shown + ["netgraph / fastest peer"]
        trows, mrows, checks, notes = [], [], [], []
        for (g, threads) in rows:
            cells, mcells, ccells = [], [], []
            best = None
            bound = None     # the smallest lower bound of a stopped peer
            for lib in libs_shown:
                s = agg.get((g, task, lib, threads))
                if s is None:
                    why = unavailable.get(lib)
                    if threads > 1 and lib not in ("netgraph", "networkit"):
                        c = ""
                    elif why:
                        c = "n/a"
                    else:
                        c = "—"
                    cells.append(c)
                    mcells.append(c)
                    ccells.append("")
                    continue
                if "exceeds" in s:
                    c = "> %s (stopped)" % fmt_s(s["exceeds"])
                    cells.append(c)
                    mcells.append(c)
                    ccells.append("")
                    if lib != "netgraph" and (bound is None
                                              or s["exceeds"] < bound[1]):
                        bound = (lib, s["exceeds"])
                    continue
                if "median" in s:
                    extra = ""
                    want = planned[(g, task)]
                    if (s["n_rounds"], s["samples"]) != \
                            (want[0], want[0] * want[1]):
                        extra = " (%d×%d)" % (s["n_rounds"],
                                              s["samples"] // s["n_rounds"])
                    c = "%s, %s%s" % (fmt_s(s["median"]), fmt_mb(s["peak"]),
                                      extra)
                    cells.append(c)
                    mcells.append(c)
                    ccells.append(str(s["check"]))
                    if lib != "netgraph" and (best is None
                                              or s["median"] < best[1]):
                        best = (lib, s["median"])
                else:
                    st = s["status"]
                    cells.append("skipped" if st.startswith("skipped")
                                 else "error")
                    mcells.append(cells[-1])
                    ccells.append("")
                    notes.append("%s %s T=%d %s: %s" % (lib, g, threads,
                                                        task, st))
            ng = agg.get((g, task, "netgraph", threads))
            if (ng and "median" in ng and bound
                    and (best is None or bound[1] < best[1])):
                # The fastest peer was stopped: its time is only bounded.
                ratio = "< %.2f× (%s, stopped)" % (ng["median"] / bound[1],
                                                   bound[0])
            elif ng and "median" in ng and best:
                ratio = "%.2f× (%s)" % (ng["median"] / best[1], best[0])
            elif best:
                ratio = "n/a (fastest peer: %s)" % best[0]
            else:
                ratio = "n/a"
            trows.append([g, str(threads)] + cells + [ratio])
            mrows.append([g, str(threads)] + mcells + [ratio])
            checks.append([g, str(threads)] + ccells)
        # plain text
        text.append("")
        text.append("== %s ==  (median seconds, peak RSS)" % task)
        widths = [max(len(str(x)) for x in col)
                  for col in zip(header, *trows)]
        text.append("  ".join(h.ljust(w) for h, w in zip(header, widths)))
        for r in trows:
            text.append("  ".join(str(x).ljust(w) for x, w in zip(r, widths)))
        ch = ["graph", "T"] + libs_shown
        cw = [max(len(str(x)) for x in col) for col in zip(ch, *checks)]
        text.append("  result_check: " + "  ".join(
            h.ljust(w) for h, w in zip(ch, cw)))
        for r in checks:
            text.append("                " + "  ".join(
                str(x).ljust(w) for x, w in zip(r, cw)))
        for n in notes:
            text.append("  note: " + n)
        # markdown
        md.append("")
        md.append("### %s" % task)
        md.append("")
        md.append("| " + " | ".join(header) + " |")
        md.append("|" + "---|" * len(header))
        for r in mrows:
            md.append("| " + " | ".join(r) + " |")
        md.append("")
        md.append("result_check:")
        md.append("")
        md.append("| " + " | ".join(ch) + " |")
        md.append("|" + "---|" * len(ch))
        for r in checks:
            md.append("| " + " | ".join(x or " " for x in r) + " |")
        if notes:
            md.append("")
            for n in notes:
                md.append("- " + n)
    return "\n".join(text), "\n".join(md)


def build_memory(agg, plan, libs_shown):
    """Markdown lines: per graph, netgraph's core bytes per edge and per node,
    and each library's largest peak RSS right after loading it (over every
    process that loaded that graph), with netgraph / igraph."""
    graphs = []
    for (g, _, _, _) in plan:
        if g not in graphs:
            graphs.append(g)
    header = (["graph", "netgraph B/edge", "netgraph B/node"]
              + ["%s after load" % l for l in libs_shown]
              + ["netgraph / igraph"])
    rows = []
    for g in graphs:
        peaks, core = {}, None
        for (gg, _, lib, _), s in agg.items():
            if gg != g or not s.get("peak_load"):
                continue
            peaks[lib] = max(peaks.get(lib, 0), s["peak_load"])
            if lib == "netgraph" and "bytes_per_edge" in s:
                core = (s["bytes_per_edge"], s["bytes_per_node"])
        if "netgraph" not in peaks:
            continue
        ratio = ("%.2f×" % (peaks["netgraph"] / peaks["igraph"])
                 if "igraph" in peaks else "n/a")
        rows.append([g, "%.1f" % core[0] if core else "—",
                     "%.1f" % core[1] if core else "—"]
                    + [fmt_mb(peaks.get(l)) if l in peaks else "—"
                       for l in libs_shown] + [ratio])
    if not rows:
        return []
    md = ["", "### memory after load", "",
          "netgraph's analysis core by its arrays' lengths (B = bytes), and "
          "the largest peak RSS any process of the run had right after "
          "loading the graph (Python peers include the interpreter and the "
          "imported library).", "",
          "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    md += ["| " + " | ".join(r) + " |" for r in rows]
    return md


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="small graphs only, 1 round (smoke test)")
    ap.add_argument("--only", default="", help="tasks, comma-separated")
    ap.add_argument("--graphs", default="", help="graphs, comma-separated")
    ap.add_argument("--libraries", default="",
                    help="subset of netgraph,igraph,networkit,rustworkx,"
                         "networkx")
    ap.add_argument("--no-heavy", action="store_true",
                    help="leave out exact betweenness on grid-300 (about 45 "
                         "minutes of the run)")
    ap.add_argument("--rounds", type=int, default=None,
                    help="override the number of rounds for every pair")
    ap.add_argument("--repeat", type=int, default=None,
                    help="override in-process repetitions for every pair")
    ap.add_argument("--cap", type=float, default=30,
                    help="peers stop repeating in-process once the summed "
                         "compute time reaches this many seconds (0 = off)")
    ap.add_argument("--round-cap", type=float, default=8,
                    help="a variant whose round-1 process took longer than "
                         "this (wall seconds) is not repeated in later "
                         "rounds (0 = off)")
    ap.add_argument("--no-install", action="store_true",
                    help="do not create the venv / pip install")
    ap.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"),
                    help="Markdown output (default Benchmarks/RESULTS.md)")
    a = ap.parse_args(argv)
    t_start = time.time()
    started = datetime.datetime.now(datetime.timezone.utc)

    plan = QUICK if a.quick else FULL + ([] if a.no_heavy else HEAVY)
    if a.only:
        only = set(x.strip() for x in a.only.split(",") if x.strip())
        plan = [p for p in plan if p[1] in only]
    if a.graphs:
        gs = set(x.strip().replace(".edges", "")
                 for x in a.graphs.split(","))
        plan = [p for p in plan if p[0] in gs]
    plan = [(g, t, a.rounds or r, a.repeat or k) for (g, t, r, k) in plan]
    if not plan:
        log("nothing to run (check --only / --graphs)")
        return 2
    libs = LIBS
    if a.libraries:
        want = set(x.strip() for x in a.libraries.split(","))
        libs = [l for l in LIBS if l in want]

    # --- environment ------------------------------------------------------
    log("== environment")
    versions, problems = ensure_venv(a.no_install)
    unavailable = dict(problems)
    for p in PEERS:
        log("  %-10s %s" % (p, versions.get(p) or problems.get(p)))
    exe = os.environ.get("NETGRAPH_BENCH") or DEFAULT_EXE
    if "netgraph" in libs:
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
            shown = (os.path.relpath(exe, os.path.dirname(HERE))
                     if exe.startswith(HERE) else exe)
            unavailable["netgraph"] = "executable not found: %s" % shown
            log("  netgraph   executable not found at %s" % exe)
            log("             build it with: swift build -c release "
                "--package-path Benchmarks")
            log("             (or point NETGRAPH_BENCH at it); "
                "benchmarking the peers alone")
        else:
            log("  netgraph   %s" % exe)
    run_libs = [l for l in libs if l not in unavailable]

    # --- graphs -------------------------------------------------------------
    log("== graphs")
    needed = sorted({g + ".edges" for (g, _, _, _) in plan})
    paths = generate.ensure(set(needed), DATA, log=log)

    # --- matrix ------------------------------------------------------------
    n_proc = sum(r * len(variants(t, run_libs)) for (g, t, r, k) in plan)
    log("== running %d measurements (%d graph/task pairs, libraries: %s)"
        % (n_proc, len(plan), ", ".join(run_libs)))
    records = []
    raw_path = os.path.splitext(a.results)[0] + ".jsonl"
    done = 0
    for (g, task, rounds, repeat) in plan:
        path = paths[g + ".edges"]
        skipped = set()          # a skip does not change between rounds
        once = set()             # over --round-cap in round 1
        for rnd in range(rounds):
            for (lib, threads) in variants(task, run_libs):
                done += 1
                if (lib, threads) in skipped or (lib, threads) in once:
                    continue
                stop_after = bound = None
                factor = RELATIVE_STOP.get((g, task))
                if factor and lib != "netgraph":
                    mine = [r for r in records
                            if r["library"] == "netgraph" and r["graph"] == g
                            and r["task"] == task and r.get("round") == rnd + 1
                            and r.get("requested_threads") == threads
                            and r.get("compute_seconds")]
                    if mine:
                        bound = factor * statistics.median(
                            mine[0]["compute_seconds"])
                        stop_after = bound + SLACK
                rec = measure(lib, g, task, path, repeat, threads, exe,
                              a.cap, stop_after, bound)
                if (a.round_cap and rnd == 0
                        and rec.get("wall_seconds", 0) > a.round_cap):
                    once.add((lib, threads))
                rec["round"] = rnd + 1
                records.append(rec)
                if "compute_seconds" in rec:
                    st = "median %s  load %s  peak %s  check %s" % (
                        fmt_s(statistics.median(rec["compute_seconds"])),
                        fmt_s(rec.get("load_seconds")),
                        fmt_mb(rec.get("peak_rss_bytes")),
                        rec.get("result_check"))
                elif "compute_exceeds_seconds" in rec:
                    st = "stopped after %s: compute over %s" % (
                        fmt_s(rec["stopped_after_seconds"]),
                        fmt_s(rec["compute_exceeds_seconds"]))
                elif "skipped" in rec:
                    skipped.add((lib, threads))
                    st = "skipped: " + rec["skipped"]
                else:
                    st = "ERROR: " + rec.get("error", "?")
                log("[%3d/%d] %-16s %-19s round %d %-9s T=%d  %s"
                    % (done, n_proc, g, task, rnd + 1, lib, threads, st))

    wall = time.time() - t_start
    agg = aggregate(records)
    text, md = build_tables(agg, plan, libs, unavailable)
    log(text)
    log("")
    log("total wall time: %.0f s (%.1f min)" % (wall, wall / 60))

    # --- RESULTS.md ----------------------------------------------------------
    m = machine_info()
    lines = ["# netgraph peer benchmark results", ""]
    lines.append("Generated by `Benchmarks/run.py%s` on %s; total wall time "
                 "%.1f min." % (" --quick" if a.quick else "",
                               started.strftime("%Y-%m-%d %H:%M UTC"),
                               wall / 60))
    lines.append("")
    lines.append("## Machine")
    lines.append("")
    lines.append("- CPU: %s, %d cores" % (m.get("cpu", "?"), m["cores"]))
    lines.append("- Memory: %s" % m.get("memory", "?"))
    lines.append("- OS: %s" % m.get("os", "?"))
    lines.append("- Load average at the end of the run: %s"
                 % " ".join(m.get("loadavg", [])))
    lines.append("- Python %s (venv); numpy %s, scipy %s"
                 % (versions.get("python"), versions.get("numpy"),
                    versions.get("scipy")))
    lines.append("")
    lines.append("## Libraries")
    lines.append("")
    for p in PEERS:
        lines.append("- %s: %s" % (p, versions.get(p)
                                   or "NOT AVAILABLE (%s)" % problems.get(p)))
    if "netgraph" in unavailable:
        lines.append("- netgraph: NOT MEASURED (%s). Build it with "
                     "`swift build -c release --package-path Benchmarks` "
                     "and run again." % unavailable["netgraph"])
    else:
        lines.append("- netgraph: `%s`" % os.path.relpath(
                     exe, os.path.dirname(HERE))
                     if exe.startswith(HERE) else "- netgraph: external "
                     "executable (NETGRAPH_BENCH)")
    lines.append("")
    lines.append("## How to read")
    lines.append("")
    lines.append(
        "Each cell: median compute seconds, peak RSS of the measuring "
        "process. A measurement = one process that loads the graph once and "
        "runs the task R times; its value is the median of the R runs; the "
        "cell is the median over the rounds (libraries alternate "
        "round-robin inside each round). `(r×k)` marks cells with r rounds "
        "of k runs where that is less than planned: a peer process stops "
        "repeating after %.0f s of compute (--cap) and a variant whose first "
        "process took over %.0f s is not repeated in later rounds "
        "(--round-cap). `> x (stopped)` marks a peer stopped once it had "
        "run %.2f times netgraph's time for the same row and round (exact "
        "betweenness on the grid): its time is only known to exceed x, and "
        "the ratio is then an upper bound. T = threads. The ratio is "
        "netgraph's median / the fastest peer's median for the same graph, "
        "task and T in this run (< 1 means netgraph is faster). "
        "result_check is a summary of the result (see README.md) and must "
        "agree between libraries up to the noted numeric differences. "
        "Compare ratios within one run, not absolute seconds across runs: "
        "the machine has %d cores and is shared."
        % (a.cap, a.round_cap, max(RELATIVE_STOP.values()), m["cores"]))
    lines.append("")
    lines.append("## Results")
    lines.append(md)
    lines.extend(build_memory(agg, plan, libs))
    lines.append("")
    lines.append("Raw measurements (one JSON line each): `%s`."
                 % os.path.basename(raw_path))
    lines.append("")
    with open(a.results, "w") as f:
        f.write("\n".join(lines))
    with open(raw_path, "w") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    log("wrote %s and %s" % (a.results, raw_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())

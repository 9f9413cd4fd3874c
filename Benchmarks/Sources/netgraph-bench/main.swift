import Foundation
import NetGraph

/// netgraph-bench --graph FILE --task TASK --repeat R [--threads T] [--weighted]
///
/// Loads FILE (an edge list) into netgraph's analysis core, runs TASK R times and prints one
/// JSON line: library, graph, task, threads, load_seconds, compute_seconds, memory and a
/// result check (the protocol in Benchmarks/README.md). The load is timed apart from the task.

func argument(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Peak resident memory of this process's own address space (VmHWM). Not ru_maxrss: Linux
/// carries the parent's (run.py's) resident size into a child across fork and exec, so
/// ru_maxrss is never below it.
func peakRSS() -> Int {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
       let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
       let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
        return kilobytes * 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}

func emit(_ members: [(String, JSONValue)]) {
    print(JSONValue.object(members).serialized())
}

guard let path = argument("--graph"), let task = argument("--task") else {
    FileHandle.standardError.write(Data("usage: netgraph-bench --graph FILE --task TASK --repeat R [--threads T] [--weighted]\n".utf8))
    exit(2)
}
let repeats = Int(argument("--repeat") ?? "3") ?? 3
let threads = Int(argument("--threads") ?? "1") ?? 1
let weighted = CommandLine.arguments.contains("--weighted")
let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent

/// Reads the edge list into the analysis core; also returns the node the peers call 0.
/// The peers number nodes by id and count max id + 1 nodes (ids that never occur in an edge
/// are isolated nodes); the scanner's integer-id numbering does the same.
func load() -> (AnalysisGraph, Int) {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        let scan = try data.withUnsafeBytes { raw throws(GraphInputError) in
            try EdgeListScanner.scan(raw.bindMemory(to: UInt8.self), file: path, numbering: .integerIDs)
        }
        let graph = AnalysisGraph(nodeCount: scan.nodeCount, sources: scan.sources, targets: scan.targets,
                                  weights: weighted ? scan.weights : [], directed: false)
        return (graph, 0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

let loadStart = now()
var (graph, origin) = load()
let loadSeconds = now() - loadStart
let rssAfterLoad = peakRSS()

/// The bytes the analysis core holds, by its arrays' lengths: per node (row offsets, first
/// edge id of each row) and per edge (slot targets, slot edge ids, and the weights: one array
/// by edge id that the CSRs share with the graph, counted once; and the provenance: each
/// edge's range into the array of the input edges it stands for).
func coreBytes(_ graph: AnalysisGraph) -> (nodes: Int, edges: Int) {
    func slots(_ c: CSR) -> Int { c.targets.count * 4 + c.edges.count * 4 }
    let directed = graph.isDirected
    // A directed graph's first-edge table is its outgoing offsets (one shared array).
    let nodes = graph.outgoing.offsets.count * 4 * (directed ? 2 : 1) + (directed ? 0 : graph.firstEdgeOfNode.count * 4)
    let edges = slots(graph.outgoing) + (directed ? slots(graph.incoming) : 0) + graph.edgeWeights.count * 8
        + graph.edgeRelationStart.count * 4 + graph.edgeRelations.count * 4
    return (nodes, edges)
}

/// Runs the task once and returns how to summarise its result. The summary (the
/// result_check) is computed after the clock stops, as the peers' is.
@MainActor func runTask() throws -> () -> JSONValue {
    switch task {
    case "load":
        graph = load().0
        let edges = graph.edgeCount
        return { .int(edges) }
    case "bfs":
        let distances = BreadthFirst.distances(from: origin, in: graph)
        return { .int(distances.reduce(0) { $0 + max(0, Int($1)) }) }
    case "dijkstra":
        let distances = try Dijkstra.distances(from: origin, in: graph)
        return { .double(distances.reduce(0) { $1.isFinite ? $0 + $1 : $0 }) }
    case "components":
        let components = ConnectedComponents(graph)
        return { .int(components.count) }
    case "pagerank":
        // NetworKit, the fastest peer, stops once the L1 change is at most tol (1e-6) or
        // after 100 steps; the same rule here makes the row like-for-like.
        let scores = try PageRank.scores(graph, stoppingRule: .networKit)
        let source = origin
        return { .double(scores.values[source]) }
    case "betweenness":
        let scores = try Betweenness.scores(graph, options: .init(threads: threads))
        return { .double(scores.values.max() ?? 0) }
    case "betweenness-sampled":
        var rng = SplitMix64(seed: 42)
        let scores = try Betweenness.scores(graph, sampling: 256, options: .init(threads: threads), using: &rng)
        return { .double(scores.values.max() ?? 0) }
    case "closeness":
        let scores = try Closeness.scores(graph, threads: threads)
        return { .double(scores.values.max() ?? 0) }
    case "kcore":
        let cores = CoreNumber(graph)
        return { .int(cores.maxCore) }
    case "louvain":
        var rng = SplitMix64(seed: 42)
        let partition = Louvain.communities(graph, using: &rng)
        let analysed = graph
        return { .double(Modularity.of(partition, in: analysed)) }
    default:
        emit([("library", "netgraph"), ("graph", .string(name)), ("task", .string(task)), ("threads", .int(threads)),
              ("skipped", .string("unknown task"))])
        exit(0)
    }
}

var times: [Double] = []
var check: JSONValue = .null
do {
    for _ in 0..<max(1, repeats) {
        // The load task times loading itself, as the peers' does, and like them lets the
        // previous graph go first, so the peak memory is that of one graph.
        if task == "load" { graph = AnalysisGraph(nodeCount: 0, sources: [], targets: [], weights: [], directed: false) }
        let start = now()
        let summary = try runTask()
        times.append(now() - start)
        check = summary()
    }
} catch {
    emit([("library", "netgraph"), ("graph", .string(name)), ("task", .string(task)), ("threads", .int(threads)),
          ("skipped", .string("error: \(error)"))])
    exit(0)
}

let bytes = coreBytes(graph)
emit([
    ("library", "netgraph"), ("graph", .string(name)), ("task", .string(task)), ("threads", .int(threads)),
    ("load_seconds", .double(loadSeconds)), ("compute_seconds", .array(times.map { .double($0) })),
    ("peak_rss_after_load_bytes", .int(rssAfterLoad)), ("peak_rss_bytes", .int(peakRSS())),
    ("result_check", check), ("nodes", .int(graph.nodeCount)), ("edges", .int(graph.edgeCount)),
    ("bytes_per_edge", .double(Double(bytes.edges) / Double(max(1, graph.edgeCount)))),
    ("bytes_per_node", .double(Double(bytes.nodes) / Double(max(1, graph.nodeCount)))),
])

import Foundation

/// Shortest-path betweenness centrality of nodes and of edges, by Brandes' algorithm —
/// NetworkX's `betweenness_centrality` and `edge_betweenness_centrality`, value for value.
///
/// For a node v, `c_B(v) = Σ_{s≠v≠t} σ(s, t | v) / σ(s, t)`, summed over **ordered** pairs
/// (s, t), where σ(s, t) counts the shortest s–t paths and σ(s, t | v) those through v.
/// For an edge e, `c_B(e) = Σ_{s≠t} σ(s, t | e) / σ(s, t)`.
///
/// Rescaling, as NetworkX 3.6.1's `_rescale` (N = n − 1, or n with `endpoints`; no rescaling
/// when N < 2):
/// - `normalized` (default): divide by K·(N − 1), K = N sources for an exact run — that is
///   (n − 1)(n − 2), or n(n − 1) with `endpoints`, for directed and undirected graphs alike.
///   Edges: divide by K·(n − 1), K = n.
/// - raw (`normalized: false`): multiply by N / K, halved for undirected graphs (which turns
///   ordered-pair sums into unordered ones).
/// - sampled (`k` < n sources without endpoints): sampled sources are scaled with K − 1 in
///   place of K, as NetworkX does, because a source never counts towards itself.
///
/// `endpoints: true` (Brandes 2008) also counts s and t on each of their paths.
/// A weighted `AnalysisGraph` measures path length by its weights (Dijkstra, weights ≥ 0);
/// an unweighted one counts hops (breadth-first search).
///
/// Sources are split into contiguous chunks processed in parallel (`DispatchQueue
/// .concurrentPerform`), each with its own search buffers and accumulator; the chunks'
/// accumulators are then added in chunk order, so a given thread count always gives the same
/// bits, and any thread count agrees with the serial run up to floating-point rounding.
///
/// References: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2) (2001) 163–177, doi:10.1080/0022250X.2001.9990249;
/// U. Brandes, "On variants of shortest-path betweenness centrality and their generic
/// computation", Social Networks 30(2) (2008) 136–145, doi:10.1016/j.socnet.2007.11.001;
/// U. Brandes, C. Pich, "Centrality estimation in large networks", International Journal
/// of Bifurcation and Chaos 17(7) (2007) 2303–2318, doi:10.1142/S0218127407018403 (sampling).
public enum Betweenness {
    /// How the raw pair sums are turned into scores.
    public struct Options: Sendable {
        /// Divide by the number of pairs (see ``Betweenness``). Default true, as NetworkX.
        public var normalized: Bool
        /// Count the endpoints of each path (nodes only). Default false, as NetworkX.
        public var endpoints: Bool
        /// Worker threads; 1 runs serially. Default: the active processor count.
        public var threads: Int

        public init(normalized: Bool = true, endpoints: Bool = false,
                    threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
            self.normalized = normalized
            self.endpoints = endpoints
            self.threads = max(1, threads)
        }
    }

    /// Called from worker threads with the number of sources done so far and the total.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    /// Node betweenness of every node (exact: all n sources).
    ///
    /// - Throws: ``CentralityError/negativeWeight(source:target:weight:)`` for a negative weight.
    /// - Complexity: O(nm) time unweighted, O(nm + n² log n) weighted; O(t·n) space for t threads.
    public static func scores(_ graph: AnalysisGraph, options: Options = Options(),
                              progress: Progress? = nil) throws(CentralityError) -> Scores {
        try nodeScores(graph, sources: nil, options: options, progress: progress)
    }

    /// Node betweenness estimated from `k` sources drawn without replacement by `rng`
    /// (NetworkX's `k` argument; `k == n` is the exact computation).
    ///
    /// - Precondition: `0 < k <= n`.
    /// - Complexity: O(km) time unweighted, O(k(m + n log n)) weighted.
    public static func scores(_ graph: AnalysisGraph, sampling k: Int, options: Options = Options(),
                              using rng: inout some RandomNumberGenerator,
                              progress: Progress? = nil) throws(CentralityError) -> Scores {
        precondition(k > 0 && k <= graph.nodeCount, "sample size must be in 1...n")
        if k == graph.nodeCount { return try nodeScores(graph, sources: nil, options: options, progress: progress) }
        return try nodeScores(graph, sources: sampleSources(k, of: graph.nodeCount, using: &rng),
                              options: options, progress: progress)
    }

    /// Edge betweenness of every edge, indexed by edge id (`edgeSources[e]`, `edgeTargets[e]`).
    /// `options.endpoints` is ignored.
    ///
    /// - Throws: ``CentralityError/negativeWeight(source:target:weight:)`` for a negative weight.
    /// - Complexity: as ``scores(_:options:progress:)``, plus O(t·m) space.
    public static func edgeScores(_ graph: AnalysisGraph, options: Options = Options(),
                                  progress: Progress? = nil) throws(CentralityError) -> [Double] {
        try CentralityError.checkNonNegativeWeights(graph)
        let n = graph.nodeCount
        let sums = accumulate(graph, sources: nil, endpoints: false, wantNodes: false, wantEdges: true,
                              threads: options.threads, progress: progress).edges
        // NetworkX rescales edges with endpoints = true: N = n, K = n.
        guard n >= 2 else { return sums }
        let scale = options.normalized
            ? 1 / (Double(n) * Double(n - 1))
            : (graph.isDirected ? 1 : 0.5)
        return sums.map { $0 * scale }
    }

    /// `k` distinct node indices drawn uniformly (partial Fisher–Yates), in draw order.
    ///
    /// - Complexity: O(n) time and space.
    public static func sampleSources(_ k: Int, of n: Int, using rng: inout some RandomNumberGenerator) -> [Int] {
        var pool = Array(0..<n)
        for i in 0..<min(k, n) {
            let j = Int.random(in: i..<n, using: &rng)
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(k))
    }

    private static func nodeScores(_ graph: AnalysisGraph, sources: [Int]?, options: Options,
                                   progress: Progress?) throws(CentralityError) -> Scores {
        try CentralityError.checkNonNegativeWeights(graph)
        let n = graph.nodeCount
        var sums = accumulate(graph, sources: sources, endpoints: options.endpoints, wantNodes: true,
                              wantEdges: false, threads: options.threads, progress: progress).nodes
        let N = options.endpoints ? n : n - 1
        guard N >= 2 else { return Scores(sums) }
        let correction: Double = graph.isDirected ? 1 : 2
        let bigN = Double(N)
        if let sources, !options.endpoints {
            let k = Double(sources.count)
            let sourceScale = sources.count > 1
                ? (options.normalized ? 1 / ((k - 1) * (bigN - 1)) : bigN / ((k - 1) * correction))
                : Double.nan
            let otherScale = options.normalized ? 1 / (k * (bigN - 1)) : bigN / (k * correction)
            var isSource = [Bool](repeating: false, count: n)
            for s in sources { isSource[s] = true }
            for v in 0..<n { sums[v] *= isSource[v] ? sourceScale : otherScale }
        } else {
            let k = Double(sources?.count ?? N)
            let scale = options.normalized ? 1 / (k * (bigN - 1)) : bigN / (k * correction)
            if scale != 1 { for v in 0..<n { sums[v] *= scale } }
        }
        return Scores(sums)
    }

    /// The raw dependency sums over `sources` (all nodes when nil), split over `threads`.
    static func accumulate(_ graph: AnalysisGraph, sources: [Int]?, endpoints: Bool, wantNodes: Bool,
                           wantEdges: Bool, threads: Int, progress: Progress?) -> (nodes: [Double], edges: [Double]) {
        let n = graph.nodeCount
        let m = graph.edgeCount
        let total = sources?.count ?? n
        let nodeWidth = wantNodes ? n : 0
        let edgeWidth = wantEdges ? m : 0
        guard total > 0 else {
            return ([Double](repeating: 0, count: nodeWidth), [Double](repeating: 0, count: edgeWidth))
        }
        // The sums are taken over a fixed number of blocks of sources, whatever the thread
        // count, and the blocks' sums are added in block order: floating-point addition is
        // not associative, and this order makes every thread count give the same bits.
        // Blocks run `width` at a time, one accumulator row each, so memory stays
        // O(threads · n) however many blocks there are.
        let blocks = SourceChunks.blockCount(total: total)
        let width = max(1, min(threads, blocks))
        var nodeRows = [Double](repeating: 0, count: width * nodeWidth)
        var edgeRows = [Double](repeating: 0, count: width * edgeWidth)
        var nodes = [Double](repeating: 0, count: nodeWidth)
        var edges = [Double](repeating: 0, count: edgeWidth)
        let counter = progress.map { ProgressCounter(total: total, report: $0) }
        var first = 0
        while first < blocks {
            let wave = min(width, blocks - first)
            let firstBlock = first
            nodeRows.withUnsafeMutableBufferPointer { nodeBuffer in
            edgeRows.withUnsafeMutableBufferPointer { edgeBuffer in
                nonisolated(unsafe) let nodeBase = nodeBuffer.baseAddress
                nonisolated(unsafe) let edgeBase = edgeBuffer.baseAddress
                SourceChunks.run(chunks: wave) { slot in
                    let nodeRow = wantNodes ? UnsafeMutableBufferPointer(start: nodeBase! + slot * n, count: n) : nil
                    let edgeRow = wantEdges ? UnsafeMutableBufferPointer(start: edgeBase! + slot * m, count: m) : nil
                    nodeRow?.update(repeating: 0)
                    edgeRow?.update(repeating: 0)
                    var brandes = ShortestPathCounter(graph)
                    for i in SourceChunks.range(firstBlock + slot, of: blocks, total: total) {
                        let s = sources?[i] ?? i
                        brandes.search(from: s)
                        brandes.accumulate(source: s, endpoints: endpoints, nodes: nodeRow, edges: edgeRow)
                        counter?.advance()
                    }
                }
            }}
            for slot in 0..<wave {
                for v in 0..<nodeWidth { nodes[v] += nodeRows[slot * nodeWidth + v] }
                for e in 0..<edgeWidth { edges[e] += edgeRows[slot * edgeWidth + e] }
            }
            first += wave
        }
        return (nodes, edges)
    }
}

/// Counts finished sources across threads and reports each one.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: Betweenness.Progress

    init(total: Int, report: @escaping Betweenness.Progress) {
        self.total = total
        self.report = report
    }

    func advance() {
        lock.lock()
        done += 1
        let value = done
        lock.unlock()
        report(value, total)
    }
}

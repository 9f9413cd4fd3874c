/// Brandes' algorithm for one source: the forward phase (distances, settling order and
/// path counts σ(s, v), from ``ShortestPathSweep``) and the dependency accumulation back up
/// the shortest-path DAG.
///
/// Predecessors are not stored: in the accumulation the in-neighbours `v` of `w` with
/// `d(v) + w(v, w) == d(w)` are exactly the predecessors Brandes' lists would hold (the same
/// floating-point sums that decided them in the forward phase). Buffers are sized once and
/// reset only on the nodes a search reached, so one counter serves many sources.
///
/// - Complexity: per source O(n' + m') unweighted (breadth-first) and O((n' + m') log n')
///   weighted (Dijkstra with a binary heap), where n', m' are what the source reaches;
///   O(n) space.
struct ShortestPathCounter {
    private let graph: AnalysisGraph
    private var sweep: ShortestPathSweep
    private var delta: [Double]

    init(_ graph: AnalysisGraph) {
        self.graph = graph
        sweep = ShortestPathSweep(graph.outgoing, countingPaths: true)
        delta = [Double](repeating: 0, count: graph.nodeCount)
    }

    /// Runs the forward phase from `source`.
    mutating func search(from source: Int) {
        sweep.order.withUnsafeBufferPointer { order in
            delta.withUnsafeMutableBufferPointer { delta in
                for i in 0..<sweep.reached { delta[Int(order[i])] = 0 }
            }
        }
        sweep.run(from: source)
    }

    /// Adds the dependencies of the last search to `nodes` (per node) and, when `edges` is
    /// not nil, to `edges` (per edge id). With `endpoints`, the source gains one per node it
    /// reaches and every reached node one more, as NetworkX's `_accumulate_endpoints`.
    mutating func accumulate(source: Int, endpoints: Bool,
                             nodes: UnsafeMutableBufferPointer<Double>?,
                             edges: UnsafeMutableBufferPointer<Double>?) {
        let reached = sweep.reached
        if endpoints, let nodes { nodes[source] += Double(reached - 1) }
        let csr = graph.incoming
        let weighted = graph.isWeighted
        let count = reached
        // The hot loop reads flat buffers only: no bounds checks, no copies of the graph.
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        csr.edges.withUnsafeBufferPointer { edgeIDs in
        csr.weights.withUnsafeBufferPointer { weights in
        sweep.order.withUnsafeBufferPointer { order in
        sweep.hops.withUnsafeBufferPointer { hops in
        sweep.distance.withUnsafeBufferPointer { distance in
        sweep.sigma.withUnsafeBufferPointer { sigma in
        delta.withUnsafeMutableBufferPointer { delta in
            var index = count - 1
            while index >= 0 {
                let w = Int(order[index])
                index -= 1
                if w == source { continue }
                let coefficient = (1 + delta[w]) / sigma[w]
                let lower = Int(offsets[w])
                let upper = Int(offsets[w + 1])
                if weighted {
                    let dw = distance[w]
                    for slot in lower..<upper {
                        let v = Int(targets[slot])
                        // Exactly the sums that decided the predecessors in the forward phase.
                        guard v != w, distance[v] + weights[Int(edgeIDs[slot])] == dw else { continue }
                        let c = sigma[v] * coefficient
                        delta[v] += c
                        if let edges { edges[Int(edgeIDs[slot])] += c }
                    }
                } else {
                    let previous = hops[w] - 1
                    for slot in lower..<upper {
                        let v = Int(targets[slot])
                        guard hops[v] == previous else { continue }
                        let c = sigma[v] * coefficient
                        delta[v] += c
                        if let edges { edges[Int(edgeIDs[slot])] += c }
                    }
                }
                if let nodes { nodes[w] += endpoints ? delta[w] + 1 : delta[w] }
            }
        }}}}}}}}}
    }
}

import HeapModule

/// The reusable single-source phase of Brandes' algorithm: from a source `s`, the nodes in
/// non-decreasing distance order, their distances and their numbers of shortest paths
/// `σ(s, v)`, then the dependency accumulation back up the shortest-path DAG.
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
    /// Nodes in the order they were settled.
    private(set) var order: [Int32]
    private(set) var reached = 0
    /// Hop distance (−1 unreached) for unweighted graphs.
    private var hops: [Int32]
    /// Weighted distance (+∞ unreached) for weighted graphs.
    private var distance: [Double]
    private var settled: [Bool]
    private(set) var sigma: [Double]
    private var delta: [Double]
    private var heap = Heap<Entry>()

    private struct Entry: Comparable {
        var distance: Double
        var node: Int32
        static func < (a: Entry, b: Entry) -> Bool {
            a.distance < b.distance || (a.distance == b.distance && a.node < b.node)
        }
    }

    init(_ graph: AnalysisGraph) {
        self.graph = graph
        let n = graph.nodeCount
        order = [Int32](repeating: 0, count: n)
        hops = [Int32](repeating: -1, count: n)
        distance = [Double](repeating: .infinity, count: graph.isWeighted ? n : 0)
        settled = [Bool](repeating: false, count: graph.isWeighted ? n : 0)
        sigma = [Double](repeating: 0, count: n)
        delta = [Double](repeating: 0, count: n)
    }

    /// Clears what the previous search touched.
    private mutating func reset() {
        for i in 0..<reached {
            let v = Int(order[i])
            hops[v] = -1
            sigma[v] = 0
            delta[v] = 0
            if graph.isWeighted {
                distance[v] = .infinity
                settled[v] = false
            }
        }
        reached = 0
    }

    /// Runs the forward phase from `source`.
    mutating func search(from source: Int) {
        reset()
        if graph.isWeighted { dijkstra(from: source) } else { breadthFirst(from: source) }
    }

    private mutating func breadthFirst(from source: Int) {
        let csr = graph.outgoing
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        order.withUnsafeMutableBufferPointer { order in
        hops.withUnsafeMutableBufferPointer { hops in
        sigma.withUnsafeMutableBufferPointer { sigma in
            hops[source] = 0
            sigma[source] = 1
            order[0] = Int32(source)
            var head = 0
            var tail = 1
            while head < tail {
                let v = Int(order[head])
                head += 1
                let next = hops[v] + 1
                let sv = sigma[v]
                for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(targets[slot])
                    if hops[w] < 0 {
                        hops[w] = next
                        order[tail] = Int32(w)
                        tail += 1
                    }
                    if hops[w] == next { sigma[w] += sv }
                }
            }
            reached = tail
        }}}}}
    }

    private mutating func dijkstra(from source: Int) {
        let csr = graph.outgoing
        distance[source] = 0
        sigma[source] = 1
        heap.insert(Entry(distance: 0, node: Int32(source)))
        var count = 0
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if settled[v] || entry.distance > distance[v] { continue }
            settled[v] = true
            order[count] = Int32(v)
            count += 1
            let dv = distance[v]
            let sv = sigma[v]
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                let candidate = dv + csr.weights[slot]
                if !settled[w] && candidate < distance[w] {
                    distance[w] = candidate
                    sigma[w] = sv
                    heap.insert(Entry(distance: candidate, node: Int32(w)))
                } else if candidate == distance[w] && w != v {
                    sigma[w] += sv
                }
            }
        }
        // Unsettled entries cannot remain: every pushed node is eventually popped.
        reached = count
    }

    /// Adds the dependencies of the last search to `nodes` (per node) and, when `edges` is
    /// not nil, to `edges` (per edge id). With `endpoints`, the source gains one per node it
    /// reaches and every reached node one more, as NetworkX's `_accumulate_endpoints`.
    mutating func accumulate(source: Int, endpoints: Bool,
                             nodes: UnsafeMutableBufferPointer<Double>?,
                             edges: UnsafeMutableBufferPointer<Double>?) {
        if endpoints, let nodes { nodes[source] += Double(reached - 1) }
        let csr = graph.incoming
        let weighted = graph.isWeighted
        let count = reached
        // The hot loop reads flat buffers only: no bounds checks, no copies of the graph.
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        csr.edges.withUnsafeBufferPointer { edgeIDs in
        csr.weights.withUnsafeBufferPointer { weights in
        order.withUnsafeBufferPointer { order in
        hops.withUnsafeBufferPointer { hops in
        distance.withUnsafeBufferPointer { distance in
        sigma.withUnsafeBufferPointer { sigma in
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
                        guard v != w, distance[v] + weights[slot] == dw else { continue }
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

/// The single-source shortest-path engine of every all-sources measure (closeness, harmonic,
/// eccentricity, Brandes' betweenness) and of ``Dijkstra/distances(from:in:)``: breadth-first
/// hop counts over an unweighted CSR, Dijkstra distances over a weighted one, optionally
/// counting the shortest paths to each node (Brandes' σ).
///
/// Its buffers are sized once and, before each run, reset only on the nodes the previous
/// run reached, so one sweep serves n sources at the cost of the parts they reach. After
/// ``run(from:)``, `order[0..<reached]` lists the reached nodes as they were settled (the
/// source first, distances non-decreasing; equal distances by node index when weighted), and
/// ``hops`` (unweighted) or ``distance`` (weighted) hold their distances. With counting,
/// `sigma[v]` is the number of shortest paths from the source to `v`, counted as NetworkX's
/// `_single_source_shortest_path_basic` and `_single_source_dijkstra_path_basic` count them.
///
/// - Precondition: weights are ≥ 0 (callers check before sweeping).
/// - Complexity: per source O(n' + m') unweighted and O((n' + m') log n') weighted, for the
///   n' nodes and m' slots it reaches; O(n) space.
/// - Reference: E. F. Moore, "The shortest path through a maze" (1959); E. W. Dijkstra,
///   "A note on two problems in connexion with graphs", *Numerische Mathematik* 1 (1959)
///   269–271, doi:10.1007/BF01386390; U. Brandes, "A faster algorithm for betweenness
///   centrality", J. Math. Sociol. 25(2) (2001) 163–177, doi:10.1080/0022250X.2001.9990249.
struct ShortestPathSweep {
    /// The direction walked: `outgoing` gives distances from the source, `incoming` to it.
    let csr: CSR
    let isWeighted: Bool
    let countsPaths: Bool
    /// Reached nodes in the order they were settled.
    private(set) var order: [Int32]
    private(set) var reached = 0
    /// Hop distance from the source, −1 when unreached (unweighted sweeps only).
    private(set) var hops: [Int32]
    /// Weighted distance from the source, +∞ when unreached (weighted sweeps only).
    private(set) var distance: [Double]
    /// Number of shortest paths from the source (counting sweeps only).
    private(set) var sigma: [Double]
    private var heap: DistanceHeap

    /// - Parameters:
    ///   - csr: the direction to walk; its weights, when present, are the edge lengths.
    ///   - countingPaths: also count shortest paths into ``sigma``.
    init(_ csr: CSR, countingPaths: Bool = false) {
        self.csr = csr
        let n = csr.nodeCount
        isWeighted = !csr.weights.isEmpty
        countsPaths = countingPaths
        order = [Int32](repeating: 0, count: n)
        hops = [Int32](repeating: -1, count: isWeighted ? 0 : n)
        distance = [Double](repeating: .infinity, count: isWeighted ? n : 0)
        sigma = [Double](repeating: 0, count: countingPaths ? n : 0)
        heap = DistanceHeap(capacity: isWeighted ? n : 0)
    }

    /// The distance of a node from the last source (+∞ when unreached).
    @inline(__always) func length(to v: Int) -> Double {
        if isWeighted { return distance[v] }
        return hops[v] < 0 ? .infinity : Double(hops[v])
    }

    /// Settles everything `source` reaches.
    mutating func run(from source: Int) {
        reset()
        if isWeighted { dijkstra(from: source) } else { breadthFirst(from: source) }
    }

    private mutating func reset() {
        let count = reached
        reached = 0
        order.withUnsafeBufferPointer { order in
            if isWeighted {
                distance.withUnsafeMutableBufferPointer { distance in
                    for i in 0..<count { distance[Int(order[i])] = .infinity }
                }
            } else {
                hops.withUnsafeMutableBufferPointer { hops in
                    for i in 0..<count { hops[Int(order[i])] = -1 }
                }
            }
            if countsPaths {
                sigma.withUnsafeMutableBufferPointer { sigma in
                    for i in 0..<count { sigma[Int(order[i])] = 0 }
                }
            }
        }
    }

    private mutating func breadthFirst(from source: Int) {
        let csr = self.csr
        let counting = countsPaths
        var tail = 1
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        order.withUnsafeMutableBufferPointer { order in
        hops.withUnsafeMutableBufferPointer { hops in
        sigma.withUnsafeMutableBufferPointer { sigma in
            hops[source] = 0
            order[0] = Int32(truncatingIfNeeded: source)
            var head = 0
            // Two copies of the loop so the plain distance sweep carries no σ work.
            if counting {
                sigma[source] = 1
                while head < tail {
                    let v = Int(order[head])
                    head += 1
                    let next = hops[v] + 1
                    let paths = sigma[v]
                    for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = Int(targets[slot])
                        if hops[w] < 0 {
                            hops[w] = next
                            order[tail] = Int32(truncatingIfNeeded: w)
                            tail += 1
                        }
                        if hops[w] == next { sigma[w] += paths }
                    }
                }
            } else {
                while head < tail {
                    let v = Int(order[head])
                    head += 1
                    let next = hops[v] + 1
                    for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = Int(targets[slot])
                        if hops[w] < 0 {
                            hops[w] = next
                            order[tail] = Int32(truncatingIfNeeded: w)
                            tail += 1
                        }
                    }
                }
            }
        }}}}}
        reached = tail
    }

    private mutating func dijkstra(from source: Int) {
        let csr = self.csr
        let counting = countsPaths
        var count = 0
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        csr.weights.withUnsafeBufferPointer { weights in
        order.withUnsafeMutableBufferPointer { order in
        distance.withUnsafeMutableBufferPointer { distance in
        sigma.withUnsafeMutableBufferPointer { sigma in
        heap.withOperations { queue in
            distance[source] = 0
            if counting { sigma[source] = 1 }
            queue.insertOrDecrease(source, key: 0)
            while let (v, dv) = queue.popMin() {
                order[count] = Int32(truncatingIfNeeded: v)
                count += 1
                let paths = counting ? sigma[v] : 0
                for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(targets[slot])
                    let candidate = dv + weights[slot]
                    let known = distance[w]
                    // With weights ≥ 0 a settled node never improves, so a shorter candidate
                    // always names a node still open.
                    if candidate < known {
                        distance[w] = candidate
                        if counting { sigma[w] = paths }
                        queue.insertOrDecrease(w, key: candidate)
                    } else if counting && candidate == known && w != v {
                        sigma[w] += paths
                    }
                }
            }
        }}}}}}}
        reached = count
    }
}

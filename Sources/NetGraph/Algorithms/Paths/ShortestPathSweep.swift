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
    /// The opposite direction of ``csr``, for bottom-up levels; nil disables them.
    private let reverse: CSR?

    /// - Parameters:
    ///   - csr: the direction to walk; its weights, when present, are the edge lengths.
    ///   - reverse: the opposite direction (the same CSR when undirected). Given, a plain
    ///     breadth-first sweep may run a level bottom-up (see ``breadthFirst(from:)``).
    ///   - countingPaths: also count shortest paths into ``sigma``.
    init(_ csr: CSR, reverse: CSR? = nil, countingPaths: Bool = false) {
        self.csr = csr
        self.reverse = countingPaths || !csr.weights.isEmpty ? nil : reverse
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
        let reverse = self.reverse
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
            } else if let reverse {
                tail = Self.directionOptimizing(from: source, reverse: reverse, offsets: offsets, targets: targets,
                                           order: order, hops: hops)
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

    /// Level-synchronous breadth-first search that runs a level bottom-up — every unreached
    /// node looks through its in-neighbours for one in the frontier and stops at the first —
    /// when the frontier's slots outnumber 1/14 of the unexplored ones and the frontier holds
    /// over 1/24 of the nodes (Beamer's thresholds); otherwise top-down. On graphs of small
    /// diameter the big middle levels then cost a fraction of their edges. Hops are the same
    /// as a plain search's; within a level, nodes may be settled in another order.
    ///
    /// - Returns: the number of reached nodes.
    /// - Reference: S. Beamer, K. Asanović, D. Patterson, "Direction-optimizing breadth-first
    ///   search", *SC '12* (2012), doi:10.1109/SC.2012.50.
    private static func directionOptimizing(from source: Int, reverse: CSR, offsets: UnsafeBufferPointer<Int32>,
                                     targets: UnsafeBufferPointer<Int32>, order: UnsafeMutableBufferPointer<Int32>,
                                     hops: UnsafeMutableBufferPointer<Int32>) -> Int {
        let n = offsets.count - 1
        var tail = 1
        var levelStart = 0
        var level: Int32 = 0
        var unexploredSlots = Int(offsets[n]) - Int(offsets[source + 1] - offsets[source])
        reverse.offsets.withUnsafeBufferPointer { reverseOffsets in
        reverse.targets.withUnsafeBufferPointer { reverseTargets in
            while levelStart < tail {
                let levelEnd = tail
                let next = level + 1
                var frontierSlots = 0
                for i in levelStart..<levelEnd {
                    let v = Int(order[i])
                    frontierSlots += Int(offsets[v + 1] - offsets[v])
                }
                if frontierSlots * 14 > unexploredSlots && (levelEnd - levelStart) * 24 > n {
                    for v in 0..<n where hops[v] < 0 {
                        for slot in Int(reverseOffsets[v])..<Int(reverseOffsets[v + 1])
                        where hops[Int(reverseTargets[slot])] == level {
                            hops[v] = next
                            order[tail] = Int32(truncatingIfNeeded: v)
                            tail += 1
                            break
                        }
                    }
                } else {
                    for i in levelStart..<levelEnd {
                        let v = Int(order[i])
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
                for i in levelEnd..<tail {
                    let v = Int(order[i])
                    unexploredSlots -= Int(offsets[v + 1] - offsets[v])
                }
                levelStart = levelEnd
                level = next
            }
        }}
        return tail
    }

    private mutating func dijkstra(from source: Int) {
        let csr = self.csr
        let counting = countsPaths
        var count = 0
        csr.offsets.withUnsafeBufferPointer { offsets in
        csr.targets.withUnsafeBufferPointer { targets in
        csr.edges.withUnsafeBufferPointer { edgeIDs in
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
                    let candidate = dv + weights[Int(edgeIDs[slot])]
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
        }}}}}}}}
        reached = count
    }
}

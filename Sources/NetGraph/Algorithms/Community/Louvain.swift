/// Louvain community detection — the method of NetworkX's `louvain_communities`, with a
/// seeded generator of our own (so the same seed gives the same partition here, though not
/// the partition NetworkX's Python `random.Random` gives).
///
/// Each level visits the nodes in a random order (shuffled once per level) and moves each
/// to the neighbouring community with the largest strictly positive modularity gain
///
/// - undirected: `ΔQ = k_{u,C}/m − γ Σ_tot(C) k_u / (2m²)` (less the cost of leaving its own
///   community, computed the same way),
/// - directed: `ΔQ = k_{u,C}/m − γ (k_u^out Σ_in(C) + k_u^in Σ_out(C)) / m²`,
///
/// repeating passes until no node moves. The communities then become the nodes of the next
/// level (intra-community weight as self-loops). It stops when a level raises modularity by
/// no more than `threshold` (default 1e-7, as NetworkX) and returns the last level's
/// partition. A weighted graph uses its weights; `resolution` γ defaults to 1.
///
/// Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
/// communities in large networks", J. Stat. Mech. (2008) P10008,
/// doi:10.1088/1742-5468/2008/10/P10008; directed gains: N. Dugué, A. Perez, "Directed
/// Louvain", hal-01231784 (2015).
public enum Louvain {
    /// The communities Louvain finds.
    ///
    /// - Complexity: O(m) per pass over the nodes of a level, typically a few passes and
    ///   O(log n) levels; O(n + m) space.
    public static func communities(_ graph: AnalysisGraph, resolution: Double = 1, threshold: Double = 1e-7,
                                   using rng: inout some RandomNumberGenerator) -> Partition {
        let n = graph.nodeCount
        var membership = Array(0..<n)
        guard graph.edgeCount > 0 else { return Partition(labels: membership) }
        var level = LevelGraph(graph)
        let m = level.totalWeight
        var modularity = Modularity.of(Partition(labels: membership), in: graph, resolution: resolution)
        var first = true
        while true {
            let (assignment, improved) = level.oneLevel(m: m, resolution: resolution, using: &rng)
            if !improved && !first { break }
            first = false
            for v in 0..<n { membership[v] = assignment[membership[v]] }
            let newModularity = Modularity.of(Partition(labels: membership), in: graph, resolution: resolution)
            if newModularity - modularity <= threshold { break }
            modularity = newModularity
            level = level.aggregated(by: assignment)
        }
        return Partition(labels: membership)
    }
}

/// One level of Louvain: a weighted graph over the current communities.
struct LevelGraph {
    let nodeCount: Int
    let directed: Bool
    /// Edges with weights; undirected edges once (self-loops included).
    var sources: [Int32]
    var targets: [Int32]
    var weights: [Double]
    /// Neighbour weights without self-loops (in and out merged when directed), as CSR.
    var offsets: [Int32] = []
    var neighbors: [Int32] = []
    var neighborWeights: [Double] = []
    /// Weighted degree (undirected; self-loops twice) or in- and out-degree (directed).
    var degree: [Double] = []
    var inDegree: [Double] = []
    var outDegree: [Double] = []

    var totalWeight: Double { weights.reduce(0, +) }

    init(_ graph: AnalysisGraph) {
        self.init(nodeCount: graph.nodeCount, directed: graph.isDirected, sources: Array(graph.edgeSources),
                  targets: Array(graph.edgeTargets),
                  weights: graph.isWeighted ? graph.edgeWeights : [Double](repeating: 1, count: graph.edgeCount))
    }

    init(nodeCount: Int, directed: Bool, sources: [Int32], targets: [Int32], weights: [Double]) {
        self.nodeCount = nodeCount
        self.directed = directed
        self.sources = sources
        self.targets = targets
        self.weights = weights
        degree = [Double](repeating: 0, count: nodeCount)
        inDegree = degree
        outDegree = degree
        // Neighbour lists: each non-loop edge appears in both endpoints' rows; duplicates
        // (u→v and v→u in a directed graph) are merged by sorting.
        var keyed: [(row: Int32, column: Int32, weight: Double)] = []
        keyed.reserveCapacity(2 * sources.count)
        for e in 0..<sources.count {
            let u = sources[e], v = targets[e], w = weights[e]
            outDegree[Int(u)] += w
            inDegree[Int(v)] += w
            degree[Int(u)] += w
            degree[Int(v)] += w
            if u != v {
                keyed.append((u, v, w))
                keyed.append((v, u, w))
            }
        }
        keyed.sort { $0.row < $1.row || ($0.row == $1.row && $0.column < $1.column) }
        offsets = [Int32](repeating: 0, count: nodeCount + 1)
        var index = 0
        while index < keyed.count {
            var end = index
            var w = 0.0
            while end < keyed.count && keyed[end].row == keyed[index].row && keyed[end].column == keyed[index].column {
                w += keyed[end].weight
                end += 1
            }
            offsets[Int(keyed[index].row) + 1] += 1
            neighbors.append(keyed[index].column)
            neighborWeights.append(w)
            index = end
        }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
    }

    /// Moves nodes between communities until no move helps. Returns each node's community,
    /// renumbered `0..<c` in order of community index, and whether any node moved.
    func oneLevel(m: Double, resolution: Double, using rng: inout some RandomNumberGenerator) -> ([Int], Bool) {
        let n = nodeCount
        var community = Array(0..<n)
        var stot = directed ? [Double]() : degree
        var stotIn = directed ? inDegree : []
        var stotOut = directed ? outDegree : []
        var order = Array(0..<n)
        if n > 1 {
            for i in stride(from: n - 1, to: 0, by: -1) {
                order.swapAt(i, Int.random(in: 0...i, using: &rng))
            }
        }
        // Weight from the current node to each community, and the communities touched.
        var weightTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        touched.reserveCapacity(64)
        var improved = false
        var moves = 1
        let m2 = m * m
        while moves > 0 {
            moves = 0
            for u in order {
                let own = community[u]
                for slot in Int(offsets[u])..<Int(offsets[u + 1]) {
                    let c = community[Int(neighbors[slot])]
                    if weightTo[c] == 0 { touched.append(c) }
                    weightTo[c] += neighborWeights[slot]
                }
                var best = own
                var bestGain = 0.0
                if directed {
                    let kIn = inDegree[u], kOut = outDegree[u]
                    stotIn[own] -= kIn
                    stotOut[own] -= kOut
                    let removeCost = -weightTo[own] / m + resolution * (kOut * stotIn[own] + kIn * stotOut[own]) / m2
                    for c in touched {
                        let gain = removeCost + weightTo[c] / m - resolution * (kOut * stotIn[c] + kIn * stotOut[c]) / m2
                        if gain > bestGain { bestGain = gain; best = c }
                    }
                    stotIn[best] += kIn
                    stotOut[best] += kOut
                } else {
                    let k = degree[u]
                    stot[own] -= k
                    let removeCost = -weightTo[own] / m + resolution * (stot[own] * k) / (2 * m2)
                    for c in touched {
                        let gain = removeCost + weightTo[c] / m - resolution * (stot[c] * k) / (2 * m2)
                        if gain > bestGain { bestGain = gain; best = c }
                    }
                    stot[best] += k
                }
                for c in touched { weightTo[c] = 0 }
                touched.removeAll(keepingCapacity: true)
                if best != own {
                    community[u] = best
                    improved = true
                    moves += 1
                }
            }
        }
        var renumber = [Int](repeating: -1, count: n)
        var next = 0
        var used = [Bool](repeating: false, count: n)
        for u in 0..<n { used[community[u]] = true }
        for c in 0..<n where used[c] { renumber[c] = next; next += 1 }
        return (community.map { renumber[$0] }, improved)
    }

    /// The graph of communities: one node per community, edge weights summed, edges inside
    /// a community becoming its self-loop.
    func aggregated(by assignment: [Int]) -> LevelGraph {
        let count = (assignment.max() ?? -1) + 1
        var keyed: [(u: Int32, v: Int32, w: Double)] = []
        keyed.reserveCapacity(sources.count)
        for e in 0..<sources.count {
            var a = Int32(assignment[Int(sources[e])])
            var b = Int32(assignment[Int(targets[e])])
            if !directed && a > b { swap(&a, &b) }
            keyed.append((a, b, weights[e]))
        }
        keyed.sort { $0.u < $1.u || ($0.u == $1.u && $0.v < $1.v) }
        var newSources: [Int32] = [], newTargets: [Int32] = [], newWeights: [Double] = []
        var index = 0
        while index < keyed.count {
            var end = index
            var w = 0.0
            while end < keyed.count && keyed[end].u == keyed[index].u && keyed[end].v == keyed[index].v {
                w += keyed[end].w
                end += 1
            }
            newSources.append(keyed[index].u)
            newTargets.append(keyed[index].v)
            newWeights.append(w)
            index = end
        }
        return LevelGraph(nodeCount: count, directed: directed, sources: newSources, targets: newTargets,
                          weights: newWeights)
    }
}

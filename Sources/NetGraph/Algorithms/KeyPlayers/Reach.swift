/// Borgatti's KPP-Pos: the set of k nodes that reaches the most others within d steps.
///
/// Distance-weighted reach in its simplest (d-reach) form:
/// `R = |{v ∉ S : dist_G(v, S) ≤ d}| / (|V| − |S|)`, distances counted in hops in the full
/// graph G (the set's members relay for one another). Direction and weights are ignored
/// (the undirected view). R is 0 when no node is left outside S.
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12 (2006) 21–34,
/// doi:10.1007/s10588-006-7084-x.
public enum Reach {
    /// The share of non-members within `depth` steps of `members`.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    public static func score(of members: [Int], in graph: AnalysisGraph, depth: Int) -> Double {
        let view = graph.undirected()
        var sweep = ReachSweep(view)
        let outside = view.nodeCount - Set(members).count
        return outside == 0 ? 0 : Double(sweep.reached(from: members, depth: depth)) / Double(outside)
    }

    /// The k nodes that reach the largest share of the others within `depth` steps.
    ///
    /// - Parameters:
    ///   - graph: the simple graph; direction and weights are ignored.
    ///   - k: the size of the set.
    ///   - depth: the most steps from the set that count as reached (≥ 1).
    ///   - search: ``KeyPlayerSearch/automatic`` (default: exhaustive while C(n, k) ≤
    ///     100,000, else greedy with swaps), ``KeyPlayerSearch/greedySwap`` or
    ///     ``KeyPlayerSearch/exhaustive``. Greedy with swaps can miss the optimum: on the
    ///     NetworkX fixtures it does for fragmentation on karate (k = 3), multi_component (k = 2) and davis (k = 2, 3).
    ///   - candidates: the nodes that may be chosen (every node when nil); the others stay
    ///     in the graph and count as reached.
    /// - Precondition: `0 <= k <=` the number of candidates, `depth >= 1`.
    /// - Complexity: greedy-swap O((k + s)·k·n·(n + m)) for s improving swaps; exhaustive
    ///   O(C(n, k)·(n + m)). O(n + m) space.
    public static func keyPlayers(_ graph: AnalysisGraph, k: Int, depth: Int = 1,
                                  search: KeyPlayerSearch = .automatic, candidates: [Int]? = nil) -> KeyPlayerSet {
        precondition(depth >= 1, "depth must be at least 1")
        let view = graph.undirected()
        var sweep = ReachSweep(view)
        let members = KeyPlayerOptimizer.best(nodeCount: view.nodeCount, k: k, search: search,
                                              candidates: candidates.map { Array(Set($0)).sorted() }) { set in
            sweep.reached(from: set, depth: depth)
        }
        let outside = view.nodeCount - k
        let reached = sweep.reached(from: members, depth: depth)
        return KeyPlayerSet(members: members, score: outside == 0 ? 0 : Double(reached) / Double(outside))
    }
}

/// Multi-source breadth-first search limited in depth, reusing its buffers.
struct ReachSweep {
    private let csr: CSR
    private var level: [Int32]
    private var queue: [Int32]

    init(_ graph: AnalysisGraph) {
        csr = graph.outgoing
        level = [Int32](repeating: -1, count: graph.nodeCount)
        queue = [Int32](repeating: 0, count: graph.nodeCount)
    }

    /// How many non-members lie within `depth` steps of `members`.
    mutating func reached(from members: [Int], depth: Int) -> Int {
        var tail = 0
        for v in members where level[v] < 0 {
            level[v] = 0
            queue[tail] = Int32(v)
            tail += 1
        }
        let sources = tail
        var head = 0
        while head < tail {
            let v = Int(queue[head])
            head += 1
            let next = level[v] + 1
            if Int(next) > depth { continue }
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                if level[w] < 0 {
                    level[w] = next
                    queue[tail] = Int32(w)
                    tail += 1
                }
            }
        }
        for i in 0..<tail { level[Int(queue[i])] = -1 }
        return tail - sources
    }
}

/// Borgatti's distance-weighted fragmentation: the set of k nodes whose removal most
/// lengthens the distances between the others, not only cuts them apart.
///
/// Of G − S: `DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n − 1))` over ordered pairs of the n = |V| − |S|
/// nodes left, with 1/d = 0 for a pair no path joins (DF = 1 when fewer than two remain).
/// DF is 0 for a complete graph and 1 when every remaining node is isolated; the sum is
/// NetworkX's `global_efficiency` times n(n − 1), so DF = 1 − global_efficiency(G − S).
/// Direction and weights are ignored (the undirected view).
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12 (2006) 21–34, the distance-weighted
/// fragmentation measure (DF).
public enum DistanceFragmentation {
    /// The distance-weighted fragmentation left when `members` are removed.
    ///
    /// - Complexity: O(n·(n + m)) time (a breadth-first search from every node left), O(n).
    public static func score(removing members: [Int], in graph: AnalysisGraph) -> Double {
        var sweep = ReciprocalDistanceSweep(graph.undirected())
        return sweep.fragmentation(removing: members)
    }

    /// The k nodes whose removal leaves the highest distance-weighted fragmentation.
    ///
    /// Each evaluation is an all-pairs search, so ``KeyPlayerSearch/automatic`` tries every set
    /// only while C(n, k)·n ≤ 100,000 (n the candidates) and otherwise adds players greedily
    /// with swaps. Sums of reciprocals are compared as Doubles, added in node order: the same
    /// set always gives the same value, and equal sums go to the set met first.
    ///
    /// - Complexity: that of the search, times O(n·(n + m)) per set tried.
    public static func keyPlayers(_ graph: AnalysisGraph, k: Int, search: KeyPlayerSearch = .automatic,
                                  candidates: [Int]? = nil) -> KeyPlayerSet {
        let view = graph.undirected()
        var sweep = ReciprocalDistanceSweep(view)
        let pool = candidates.map { Array(Set($0)).sorted() }
        let members = KeyPlayerOptimizer.best(nodeCount: view.nodeCount, k: k, search: resolved(search, candidates: pool?.count ?? view.nodeCount),
                                              candidates: pool) { set in
            -sweep.reciprocalSum(removing: set)
        }
        return KeyPlayerSet(members: members, score: sweep.fragmentation(removing: members))
    }

    /// The search the automatic choice makes for an objective that costs n searches.
    public static func resolved(_ search: KeyPlayerSearch, candidates n: Int) -> KeyPlayerSearch {
        guard case .automatic(let limit) = search else { return search }
        return .automatic(exhaustiveLimit: max(1, limit / max(1, n)))
    }
}

/// Breadth-first searches from every node left, summing 1/d over the pairs reached.
struct ReciprocalDistanceSweep {
    private let csr: CSR
    private var removed: [Bool]
    private var level: [Int32]
    private var queue: [Int32]

    init(_ graph: AnalysisGraph) {
        csr = graph.outgoing
        removed = [Bool](repeating: false, count: graph.nodeCount)
        level = [Int32](repeating: -1, count: graph.nodeCount)
        queue = [Int32](repeating: 0, count: graph.nodeCount)
    }

    /// Σ over ordered pairs of distinct nodes left of 1/d (0 when unreachable).
    mutating func reciprocalSum(removing members: [Int]) -> Double { sums(removing: members).reciprocal }

    /// Over the ordered pairs of distinct nodes left that a path joins: Σ 1/d, Σ d, and their
    /// number.
    mutating func sums(removing members: [Int]) -> (reciprocal: Double, distance: Int, joinedPairs: Int) {
        let n = removed.count
        for v in members { removed[v] = true }
        defer { for v in members { removed[v] = false } }
        var reciprocal = 0.0
        var distance = 0
        var joined = 0
        for source in 0..<n where !removed[source] {
            var head = 0
            var tail = 1
            queue[0] = Int32(source)
            level[source] = 0
            while head < tail {
                let u = Int(queue[head])
                head += 1
                let next = level[u] + 1
                for slot in Int(csr.offsets[u])..<Int(csr.offsets[u + 1]) {
                    let w = Int(csr.targets[slot])
                    if removed[w] || level[w] >= 0 { continue }
                    level[w] = next
                    queue[tail] = Int32(w)
                    tail += 1
                    reciprocal += 1 / Double(next)
                    distance += Int(next)
                }
            }
            joined += tail - 1
            for position in 0..<tail { level[Int(queue[position])] = -1 }
        }
        return (reciprocal, distance, joined)
    }

    mutating func fragmentation(removing members: [Int]) -> Double {
        let left = removed.count - Set(members).count
        guard left >= 2 else { return 1 }
        return 1 - reciprocalSum(removing: members) / (Double(left) * Double(left - 1))
    }
}

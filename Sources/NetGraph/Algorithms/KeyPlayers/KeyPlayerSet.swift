/// A set of key players and the score it reaches.
public struct KeyPlayerSet: Hashable, Sendable {
    /// Node indices, ascending.
    public var members: [Int]
    /// The set's fragmentation or reach.
    public var score: Double

    public init(members: [Int], score: Double) {
        self.members = members.sorted()
        self.score = score
    }
}

/// How key players are searched for.
public enum KeyPlayerSearch: Sendable, Equatable {
    /// Borgatti's heuristic: greedy additions, then the best improving swap of a member for a
    /// non-member until no swap improves the score. Deterministic; fast; not guaranteed
    /// optimal.
    case greedySwap
    /// Every k-subset, in lexicographic order: optimal, C(n, k) evaluations.
    case exhaustive
    /// ``exhaustive`` when C(n, k) ≤ `exhaustiveLimit` (100,000 by default), otherwise
    /// ``greedySwap``.
    case automatic(exhaustiveLimit: Int = 100_000)

    /// The default: exact on small problems, heuristic on large ones.
    public static let automatic = KeyPlayerSearch.automatic()

    /// The most sets the command line lets an exhaustive search try (10,000,000): past it a
    /// search would run for hours on a graph of any size, so it is refused up front.
    public static let exhaustiveCap = 10_000_000

    /// The concrete strategy for `k` of `n` candidates: ``exhaustive`` or ``greedySwap``.
    public func resolved(nodeCount n: Int, k: Int) -> KeyPlayerSearch {
        guard case .automatic(let limit) = self else { return self }
        return Self.setCount(choosing: k, from: n) > Double(limit) ? .greedySwap : .exhaustive
    }

    /// C(n, k), the number of sets an exhaustive search tries, as a Double (it can exceed
    /// every integer type); exact while it is below 2^53.
    public static func setCount(choosing k: Int, from n: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        let k = min(k, n - k)
        var count = 1.0
        for i in 0..<k { count = (count * Double(n - i) / Double(i + 1)).rounded() }
        return count
    }

    /// The strategy's name in output: `exhaustive`, `greedy-swap` or `automatic`.
    public var name: String {
        switch self {
        case .exhaustive: return "exhaustive"
        case .greedySwap: return "greedy-swap"
        case .automatic: return "automatic"
        }
    }
}

/// The search shared by the key-player problems, over an objective to maximise (integer
/// counts where the problem allows, so ties compare exactly).
enum KeyPlayerOptimizer {
    /// The best set of `k` nodes for `objective` (larger is better), chosen among
    /// `candidates` (ascending node indices; every node when nil); ties go to the set met
    /// first (lexicographically smallest for the exhaustive search, lowest index for greedy
    /// steps and swaps).
    static func best<Value: Comparable>(nodeCount n: Int, k: Int, search: KeyPlayerSearch, candidates: [Int]? = nil,
                                        objective: (_ members: [Int]) -> Value) -> [Int] {
        let pool = candidates ?? Array(0..<n)
        precondition(k >= 0 && k <= pool.count, "k must be in 0...candidates")
        if k == 0 { return [] }
        switch search.resolved(nodeCount: pool.count, k: k) {
        case .exhaustive:
            // Positions in the pool; the pool is ascending, so sets come in lexicographic order.
            var combination = Array(0..<k)
            var best = combination.map { pool[$0] }
            var bestValue = objective(best)
            while advance(&combination, n: pool.count) {
                let members = combination.map { pool[$0] }
                let value = objective(members)
                if value > bestValue { bestValue = value; best = members }
            }
            return best
        case .greedySwap:
            var members: [Int] = []
            var isMember = [Bool](repeating: false, count: n)
            for _ in 0..<k {
                var bestNode = -1
                var bestValue: Value? = nil
                for v in pool where !isMember[v] {
                    let value = objective(members + [v])
                    if bestValue.map({ value > $0 }) ?? true { bestValue = value; bestNode = v }
                }
                members.append(bestNode)
                isMember[bestNode] = true
            }
            var current = objective(members)
            while true {
                var bestSwap: (position: Int, node: Int)? = nil
                var bestValue = current
                for position in 0..<k {
                    var trial = members
                    for v in pool where !isMember[v] {
                        trial[position] = v
                        let value = objective(trial)
                        if value > bestValue { bestValue = value; bestSwap = (position, v) }
                    }
                }
                guard let swap = bestSwap else { break }
                isMember[members[swap.position]] = false
                isMember[swap.node] = true
                members[swap.position] = swap.node
                current = bestValue
            }
            return members.sorted()
        case .automatic:
            preconditionFailure("resolved above")
        }
    }

    /// The next k-combination of `0..<n` in lexicographic order; false after the last.
    private static func advance(_ c: inout [Int], n: Int) -> Bool {
        let k = c.count
        var i = k - 1
        while i >= 0 && c[i] == n - k + i { i -= 1 }
        if i < 0 { return false }
        c[i] += 1
        for j in (i + 1)..<k { c[j] = c[j - 1] + 1 }
        return true
    }
}

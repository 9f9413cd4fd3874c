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

    /// The concrete strategy for `k` of `n` nodes.
    func resolved(nodeCount n: Int, k: Int) -> KeyPlayerSearch {
        guard case .automatic(let limit) = self else { return self }
        // C(n, k), stopping as soon as it passes the limit.
        var count = 1.0
        for i in 0..<k {
            count = count * Double(n - i) / Double(i + 1)
            if count > Double(limit) { return .greedySwap }
        }
        return .exhaustive
    }
}

/// The search shared by both key-player problems, over an integer objective to maximise
/// (so ties compare exactly).
enum KeyPlayerOptimizer {
    /// The best set of `k` nodes for `objective` (larger is better); ties go to the set met
    /// first (lexicographically smallest for the exhaustive search, lowest index for greedy
    /// steps and swaps).
    static func best(nodeCount n: Int, k: Int, search: KeyPlayerSearch,
                     objective: (_ members: [Int]) -> Int) -> [Int] {
        precondition(k >= 0 && k <= n, "k must be in 0...n")
        if k == 0 { return [] }
        switch search.resolved(nodeCount: n, k: k) {
        case .exhaustive:
            var combination = Array(0..<k)
            var best = combination
            var bestValue = objective(combination)
            while advance(&combination, n: n) {
                let value = objective(combination)
                if value > bestValue { bestValue = value; best = combination }
            }
            return best
        case .greedySwap:
            var members: [Int] = []
            var isMember = [Bool](repeating: false, count: n)
            for _ in 0..<k {
                var bestNode = -1
                var bestValue = Int.min
                for v in 0..<n where !isMember[v] {
                    let value = objective(members + [v])
                    if value > bestValue { bestValue = value; bestNode = v }
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
                    for v in 0..<n where !isMember[v] {
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

/// One score per node, in node-index order, as every centrality measure returns it.
public struct Scores: Hashable, Sendable {
    /// The score of node `i` at index `i`.
    public var values: [Double]

    public init(_ values: [Double]) { self.values = values }

    public var count: Int { values.count }

    public subscript(node: Int) -> Double { values[node] }

    /// Node indices ranked by score, highest first; equal scores keep index order.
    ///
    /// - Complexity: O(n log n).
    public func ranked() -> [Int] {
        values.indices.sorted { values[$0] > values[$1] || (values[$0] == values[$1] && $0 < $1) }
    }

    /// Node indices ranked by score, highest first; equal scores are ordered by `key`
    /// (for example the entity id), then by index.
    ///
    /// - Complexity: O(n log n) comparisons of scores; keys are made and compared only within
    ///   runs of equal scores.
    @inlinable
    public func ranked<Key: Comparable>(tieBreak key: (Int) -> Key) -> [Int] {
        var order = ranked()
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
            if end - start > 1 {
                // The keys are made once each, and node indices sorted by them. Inlinable, so
                // a caller in another module sorts with its own key type: unspecialized, this
                // sort copied every key it compared through the type's value witnesses, which
                // made long runs of ties (core numbers) most of a command's time.
                let keys = order[start..<end].map(key)
                var positions = Array(0..<(end - start))
                positions.sort { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
                let tied = Array(order[start..<end])
                for (offset, position) in positions.enumerated() { order[start + offset] = tied[position] }
            }
            start = end
        }
        return order
    }

    /// The `k` best nodes as `(node, score)`, ranked as ``ranked()``.
    public func top(_ k: Int) -> [(node: Int, score: Double)] {
        ranked().prefix(max(0, k)).map { ($0, values[$0]) }
    }

    /// The largest score, or nil when there are no nodes.
    public var maximum: Double? { values.max() }
}

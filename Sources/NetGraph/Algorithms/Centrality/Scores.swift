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
    /// - Complexity: O(n log n) comparisons of keys.
    public func ranked<Key: Comparable>(tieBreak key: (Int) -> Key) -> [Int] {
        let keys = values.indices.map(key)
        return values.indices.sorted {
            if values[$0] != values[$1] { return values[$0] > values[$1] }
            if keys[$0] != keys[$1] { return keys[$0] < keys[$1] }
            return $0 < $1
        }
    }

    /// The `k` best nodes as `(node, score)`, ranked as ``ranked()``.
    public func top(_ k: Int) -> [(node: Int, score: Double)] {
        ranked().prefix(max(0, k)).map { ($0, values[$0]) }
    }

    /// The largest score, or nil when there are no nodes.
    public var maximum: Double? { values.max() }
}

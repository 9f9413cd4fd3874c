/// A partition of a graph's nodes into disjoint, non-empty communities covering every node.
///
/// Communities are numbered largest first, ties broken by their smallest node index, and
/// list their nodes in index order — so equal partitions compare equal however they were
/// found.
public struct Partition: Hashable, Sendable {
    /// The community of every node.
    public let communityOfNode: [Int32]
    /// The nodes of every community, largest first, nodes in index order.
    public let communities: [[Int]]

    public var count: Int { communities.count }
    public var nodeCount: Int { communityOfNode.count }

    /// A partition from any labelling: nodes with equal labels share a community.
    ///
    /// - Complexity: O(n log n) time, O(n) space.
    public init(labels: [Int]) {
        let n = labels.count
        // Group by label, in order of each label's first (smallest) node.
        var firstIndexOfLabel: [Int: Int] = [:]
        var groups: [[Int]] = []
        for v in 0..<n {
            if let group = firstIndexOfLabel[labels[v]] {
                groups[group].append(v)
            } else {
                firstIndexOfLabel[labels[v]] = groups.count
                groups.append([v])
            }
        }
        self.init(groups: groups, nodeCount: n)
    }

    /// A partition from labels in `0..<labels.count` (not all need be used), grouped
    /// through an array instead of a dictionary.
    ///
    /// - Precondition: every label is in `0..<labels.count`.
    /// - Complexity: O(n log n) time, O(n) space.
    init(denseLabels labels: [Int32]) {
        let n = labels.count
        var groupOfLabel = [Int](repeating: -1, count: n)
        var groups: [[Int]] = []
        for v in 0..<n {
            let label = Int(labels[v])
            if groupOfLabel[label] < 0 {
                groupOfLabel[label] = groups.count
                groups.append([v])
            } else {
                groups[groupOfLabel[label]].append(v)
            }
        }
        self.init(groups: groups, nodeCount: n)
    }

    /// A partition from its communities.
    ///
    /// - Precondition: the groups are non-empty, disjoint and cover `0..<nodeCount`.
    public init(groups: [[Int]], nodeCount: Int) {
        var sorted = groups.map { $0.sorted() }
        precondition(sorted.allSatisfy { !$0.isEmpty }, "empty community")
        sorted.sort { $0.count > $1.count || ($0.count == $1.count && $0[0] < $1[0]) }
        var membership = [Int32](repeating: -1, count: nodeCount)
        for (c, group) in sorted.enumerated() {
            for v in group {
                precondition(membership[v] < 0, "node \(v) in two communities")
                membership[v] = Int32(c)
            }
        }
        precondition(!membership.contains(-1), "a node is in no community")
        communityOfNode = membership
        communities = sorted
    }
}

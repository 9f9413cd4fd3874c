/// Restrictions a path search honours, applied as a view of the graph: nodes to avoid, which
/// nodes may be passed through, and a limit on the number of steps.
///
/// The endpoints of a search are exempt from ``transit`` (a path from a person to a person
/// through cartels only is allowed); avoiding an endpoint is the caller's error to report.
public struct PathConstraints: Sendable, Hashable {
    /// Nodes no path may visit, by node index (empty: none).
    public var avoided: Set<Int>
    /// When set, `transit[v]` says whether `v` may be an intermediate node; indexed by node.
    public var transit: [Bool]?
    /// The largest number of steps a path may take.
    public var maxHops: Int?

    public init(avoided: Set<Int> = [], transit: [Bool]? = nil, maxHops: Int? = nil) {
        self.avoided = avoided
        self.transit = transit
        self.maxHops = maxHops
    }

    public static let none = PathConstraints()

    /// Whether there is anything to honour.
    public var isEmpty: Bool { avoided.isEmpty && transit == nil && maxHops == nil }

    /// Per-node flags for the search loops: `true` where a node may be an intermediate node.
    func passable(nodeCount: Int) -> [Bool] {
        var flags = transit ?? [Bool](repeating: true, count: nodeCount)
        for v in avoided where v < nodeCount { flags[v] = false }
        return flags
    }
}

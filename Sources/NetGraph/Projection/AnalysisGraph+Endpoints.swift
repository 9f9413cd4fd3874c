extension AnalysisGraph {
    /// The source of edge `e`: the node whose range of ``firstEdgeOfNode`` holds `e` (the
    /// smaller endpoint of an undirected edge).
    ///
    /// - Complexity: O(log n), a binary search over ``firstEdgeOfNode``.
    @inlinable
    public func source(of e: Int) -> Int {
        precondition(e >= 0 && e < edgeCount, "edge id out of range")
        // The last u with firstEdgeOfNode[u] <= e; rows without edges are skipped because
        // their range is empty.
        var low = 0
        var high = nodeCount
        let id = Int32(truncatingIfNeeded: e)
        while low < high {
            let mid = (low + high + 1) / 2
            if firstEdgeOfNode[mid] <= id { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The target of edge `e` (the larger endpoint of an undirected edge).
    ///
    /// The CSR row of the source lists the edges it is the source of last, in id order
    /// (an undirected row first holds the edges from smaller neighbours, whose ids are
    /// lower), so the slot is found from the row's end.
    ///
    /// - Complexity: O(log n) undirected (it needs the source's row), O(1) directed.
    @inlinable
    public func target(of e: Int) -> Int {
        if isDirected { return Int(outgoing.targets[e]) }
        let u = source(of: e)
        return Int(outgoing.targets[slot(of: e, source: u)])
    }

    /// Both endpoints of edge `e`, as `(source, target)`.
    ///
    /// - Complexity: O(log n).
    @inlinable
    public func endpoints(of e: Int) -> (source: Int, target: Int) {
        let u = source(of: e)
        return (u, Int(outgoing.targets[slot(of: e, source: u)]))
    }

    /// The outgoing slot through which edge `e` leaves its source `u`.
    @inlinable
    func slot(of e: Int, source u: Int) -> Int {
        Int(outgoing.offsets[u + 1]) - Int(firstEdgeOfNode[u + 1]) + e
    }

    /// Sources of every edge, by edge id (``source(of:)`` per element).
    public var edgeSources: EdgeEndpoints { EdgeEndpoints(graph: self, side: .source) }
    /// Targets of every edge, by edge id (``target(of:)`` per element).
    public var edgeTargets: EdgeEndpoints { EdgeEndpoints(graph: self, side: .target) }

    /// One endpoint of every edge, indexed by edge id, read off the CSR on demand.
    /// Iterating it (or `Array(graph.edgeSources)`) walks the rows in order: O(n + m) in all.
    public struct EdgeEndpoints: RandomAccessCollection, Sendable {
        public enum Side: Sendable { case source, target }
        public let graph: AnalysisGraph
        public let side: Side

        public var startIndex: Int { 0 }
        public var endIndex: Int { graph.edgeCount }

        /// - Complexity: O(log n) (O(1) for the targets of a directed graph).
        public subscript(e: Int) -> Int32 {
            Int32(truncatingIfNeeded: side == .source ? graph.source(of: e) : graph.target(of: e))
        }

        public func makeIterator() -> Iterator { Iterator(graph: graph, side: side) }

        /// Walks the edges in id order, row by row, in O(1) amortised per edge.
        public struct Iterator: IteratorProtocol {
            let graph: AnalysisGraph
            let side: Side
            var edge = 0
            var row = 0

            public mutating func next() -> Int32? {
                guard edge < graph.edgeCount else { return nil }
                while Int(graph.firstEdgeOfNode[row + 1]) <= edge { row += 1 }
                let value = side == .source ? row : Int(graph.outgoing.targets[graph.slot(of: edge, source: row)])
                edge += 1
                return Int32(truncatingIfNeeded: value)
            }
        }
    }
}

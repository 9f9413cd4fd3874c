/// The entities within some steps of one, following relations either way.
public enum NeighborhoodSearch {
    public struct Neighbor: Hashable, Sendable {
        /// Node index of the neighbour.
        public var node: Int
        /// Steps from the start.
        public var depth: Int
        /// Index of the relation through which the neighbour was first reached.
        public var relation: Int
        /// The node the neighbour was reached from (the start for the first step).
        public var from: Int
        /// Every relation joining ``from`` and the neighbour, in relation order; ``relation``
        /// is the first.
        public var relations: [Int]
    }

    /// Breadth-first search over the typed graph's undirected projection, up to `depth` steps.
    /// Neighbours come in the order they are reached: by depth, then in the order of the
    /// relations that reach them (each neighbour through the first relation, in relation
    /// order, that joins it to the node it was reached from), so the output is the same on
    /// every run.
    ///
    /// - Complexity: O(n + m log d) time, O(n + m) space (the projection).
    public static func neighbors(of start: Int, in graph: Graph, depth: Int) -> [Neighbor] {
        // An undirected projection without weights cannot fail.
        guard let projection = try? graph.analysisGraph() else { return [] }
        let adjacency = projection.outgoing
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        seen[start] = true
        var frontier = [start]
        var result: [Neighbor] = []
        var level = 0
        // One buffer for every row: most rows are short, and a fresh array each was most of
        // the search's time on large graphs.
        var reached: [(relation: Int32, node: Int, edge: Int)] = []
        while !frontier.isEmpty && level < depth {
            level += 1
            var next: [Int] = []
            for v in frontier {
                // Rows are sorted by neighbour; reach the new ones in relation order.
                reached.removeAll(keepingCapacity: true)
                for slot in adjacency.slots(of: v) {
                    let w = Int(adjacency.targets[slot])
                    if seen[w] { continue }
                    let edge = Int(adjacency.edges[slot])
                    reached.append((projection.edgeRelations[Int(projection.edgeRelationStart[edge])], w, edge))
                }
                if !zip(reached, reached.dropFirst()).allSatisfy({ $0.relation < $1.relation }) {
                    reached.sort { $0.relation < $1.relation }
                }
                for (relation, w, edge) in reached {
                    seen[w] = true
                    next.append(w)
                    result.append(Neighbor(node: w, depth: level, relation: Int(relation), from: v,
                                           relations: projection.relations(ofEdge: edge).map(Int.init)))
                }
            }
            frontier = next
        }
        return result
    }
}

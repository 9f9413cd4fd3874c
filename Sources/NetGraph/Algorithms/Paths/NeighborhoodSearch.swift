/// The entities within some steps of one, following relations either way.
public enum NeighborhoodSearch {
    public struct Neighbor: Hashable, Sendable {
        /// Node index of the neighbour.
        public var node: Int
        /// Steps from the start.
        public var depth: Int
        /// Index of the relation through which the neighbour was first reached.
        public var relation: Int
    }

    /// Breadth-first search over the typed graph's undirected view, up to `depth` steps.
    /// Neighbours come in the order they are reached: by depth, then in the order of the
    /// relations that reach them, so the output is the same on every run.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    public static func neighbors(of start: Int, in graph: Graph, depth: Int) -> [Neighbor] {
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        seen[start] = true
        var frontier = [start]
        var result: [Neighbor] = []
        var level = 0
        while !frontier.isEmpty && level < depth {
            level += 1
            var next: [Int] = []
            for v in frontier {
                for slot in graph.undirected.slots(of: v) {
                    let w = Int(graph.undirected.targets[slot])
                    if seen[w] { continue }
                    seen[w] = true
                    next.append(w)
                    result.append(Neighbor(node: w, depth: level, relation: Int(graph.undirected.edges[slot])))
                }
            }
            frontier = next
        }
        return result
    }
}

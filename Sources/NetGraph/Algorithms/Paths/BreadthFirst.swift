/// Breadth-first search: unweighted shortest paths (every edge counts one step).
public enum BreadthFirst {
    /// The number of steps from `source` to every node, following edge direction on a directed
    /// graph — NetworkX's `single_source_shortest_path_length(G, source)`.
    ///
    /// - Parameters:
    ///   - source: a node index of `graph`.
    ///   - graph: the simple graph; weights are ignored.
    /// - Returns: one entry per node, `-1` where `source` does not reach it.
    /// - Complexity: O(n + m) time, O(n) space.
    /// - Reference: E. F. Moore, "The shortest path through a maze", *Proc. Int. Symp. on the
    ///   Theory of Switching* (1959).
    public static func distances(from source: Int, in graph: AnalysisGraph) -> [Int32] {
        let csr = graph.outgoing
        var distance = [Int32](repeating: -1, count: graph.nodeCount)
        var queue = [Int32](repeating: 0, count: graph.nodeCount)
        distance[source] = 0
        queue[0] = Int32(source)
        var head = 0
        var tail = 1
        csr.targets.withUnsafeBufferPointer { targets in
            csr.offsets.withUnsafeBufferPointer { offsets in
                while head < tail {
                    let v = Int(queue[head])
                    head += 1
                    let next = distance[v] + 1
                    for slot in Int(offsets[v])..<Int(offsets[v + 1]) {
                        let w = Int(targets[slot])
                        if distance[w] < 0 {
                            distance[w] = next
                            queue[tail] = Int32(w)
                            tail += 1
                        }
                    }
                }
            }
        }
        return distance
    }

    /// A path with the fewest steps from `source` to `target` that honours `constraints`
    /// (NetworkX's `shortest_path(G, s, t)` without weight). Of several, the one whose nodes
    /// were reached first is returned: each node's predecessor is its lowest-index neighbour
    /// at the previous depth among those expanded first, so the answer is the same every run.
    ///
    /// - Parameters:
    ///   - source: the node index the path starts from.
    ///   - target: the node index it ends at.
    ///   - graph: the simple graph; weights are ignored.
    ///   - constraints: nodes to avoid, nodes allowed as intermediates, a step limit.
    /// - Returns: the path, with `cost` equal to its hops, or nil when there is none.
    /// - Complexity: O(n + m) time, O(n) space.
    public static func shortestPath(from source: Int, to target: Int, in graph: AnalysisGraph,
                                    constraints: PathConstraints = .none) -> Path? {
        if source == target { return Path(nodes: [source], edges: [], cost: 0) }
        var search = ShortestPathSearch(graph: graph, weighted: false, constraints: constraints)
        return search.run(from: source, to: target)
    }
}

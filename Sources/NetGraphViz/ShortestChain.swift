import NetGraph

/// The shortest chain of relations between two entities, for drawing a path over the graph.
public enum ShortestChain {
    /// The relations of a shortest path from `source` to `target`, ignoring direction (every
    /// relation links both ways), in order from `source`; empty when `source == target`,
    /// nil when no path exists.
    ///
    /// Breadth-first search over ``Graph/undirected``; each node keeps the first relation
    /// that reached it, so among equally short paths the one through lower-numbered slots
    /// (relation order) wins, on every run.
    ///
    /// - Complexity: O(n + m) time, O(n) space.
    public static func relations(from source: Int, to target: Int, in graph: Graph) -> [Int]? {
        if source == target { return [] }
        let csr = graph.undirected
        var via = [Int32](repeating: -1, count: graph.nodeCount)
        var parent = [Int32](repeating: -1, count: graph.nodeCount)
        var queue: [Int32] = [Int32(source)]
        parent[source] = Int32(source)
        var head = 0
        search: while head < queue.count {
            let v = Int(queue[head])
            head += 1
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                if parent[w] >= 0 { continue }
                parent[w] = Int32(v)
                via[w] = csr.edges[slot]
                if w == target { break search }
                queue.append(Int32(w))
            }
        }
        guard parent[target] >= 0 else { return nil }
        var chain: [Int] = []
        var v = target
        while v != source {
            chain.append(Int(via[v]))
            v = Int(parent[v])
        }
        return chain.reversed()
    }

    /// The nodes along `chain` (as returned by ``relations(from:to:in:)``), starting at `source`.
    public static func nodes(from source: Int, along chain: [Int], in graph: Graph) -> [Int] {
        var nodes = [source]
        var current = source
        for r in chain {
            let a = Int(graph.relationSources[r])
            current = a == current ? Int(graph.relationTargets[r]) : a
            nodes.append(current)
        }
        return nodes
    }
}

/// The k-core number of every node: the largest k such that the node belongs to a subgraph in
/// which every node has degree ≥ k — NetworkX's `core_number`.
public struct CoreNumber: Sendable {
    /// Core number by node index.
    public let values: [Int32]

    /// The largest core number (0 for a graph without edges).
    public var maxCore: Int { Int(values.max() ?? 0) }

    /// The nodes of the maximum core, in index order.
    public var maxCoreMembers: [Int] {
        let top = Int32(maxCore)
        return values.indices.filter { values[$0] == top }
    }

    /// Batagelj and Zaversnik's bucket algorithm: repeatedly remove a node of least remaining
    /// degree; its degree at removal is its core number. On a directed graph the degree is
    /// in-degree + out-degree and each node's neighbours are its predecessors and successors,
    /// as NetworkX does (a reciprocated pair counts twice). Self-loops are ignored (NetworkX
    /// refuses graphs with self-loops).
    ///
    /// - Complexity: O(n + m) time and O(n) space.
    /// - Reference: V. Batagelj, M. Zaversnik, "An O(m) algorithm for cores decomposition of
    ///   networks", arXiv:cs/0310049 (2003).
    public init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        let out = graph.outgoing
        let inc = graph.incoming
        var degree = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            var d: Int32 = 0
            for slot in out.slots(of: v) where Int(out.targets[slot]) != v { d += 1 }
            if graph.isDirected { for slot in inc.slots(of: v) where Int(inc.targets[slot]) != v { d += 1 } }
            degree[v] = d
        }
        let maxDegree = Int(degree.max() ?? 0)
        var bin = [Int32](repeating: 0, count: maxDegree + 2)
        for v in 0..<n { bin[Int(degree[v])] += 1 }
        var start: Int32 = 0
        for d in 0...maxDegree {
            let count = bin[d]
            bin[d] = start
            start += count
        }
        var position = [Int32](repeating: 0, count: n)
        var vertex = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = bin[Int(degree[v])]
            vertex[Int(position[v])] = Int32(v)
            bin[Int(degree[v])] += 1
        }
        for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
        if maxDegree >= 0 { bin[0] = 0 }
        func lower(_ u: Int, below v: Int) {
            guard degree[u] > degree[v] else { return }
            let du = Int(degree[u])
            let pu = Int(position[u])
            let pw = Int(bin[du])
            let w = Int(vertex[pw])
            if u != w {
                position[u] = Int32(pw); vertex[pu] = Int32(w)
                position[w] = Int32(pu); vertex[pw] = Int32(u)
            }
            bin[du] += 1
            degree[u] -= 1
        }
        for i in 0..<n {
            let v = Int(vertex[i])
            for slot in out.slots(of: v) where Int(out.targets[slot]) != v { lower(Int(out.targets[slot]), below: v) }
            if graph.isDirected {
                for slot in inc.slots(of: v) where Int(inc.targets[slot]) != v { lower(Int(inc.targets[slot]), below: v) }
            }
        }
        values = degree
    }
}

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
        values = CoreNumber.peel(nodeCount: graph.nodeCount, graph.outgoing, graph.isDirected ? graph.incoming : nil)
    }

    /// The bucket algorithm over the neighbours listed in `first` and, when given, `second`
    /// (the incoming CSR of a directed graph). The arrays are walked through unsafe buffers:
    /// the peeling loop does a handful of loads and stores per slot, and bounds checks were a
    /// large share of them.
    private static func peel(nodeCount n: Int, _ first: CSR, _ second: CSR?) -> [Int32] {
        var degree = [Int32](repeating: 0, count: n)
        var position = [Int32](repeating: 0, count: n)
        var vertex = [Int32](repeating: 0, count: n)
        let noRows = [Int32](repeating: 0, count: n + 1)
        first.offsets.withUnsafeBufferPointer { firstOffsets in
        first.targets.withUnsafeBufferPointer { firstTargets in
        (second?.offsets ?? noRows).withUnsafeBufferPointer { secondOffsets in
        (second?.targets ?? []).withUnsafeBufferPointer { secondTargets in
        degree.withUnsafeMutableBufferPointer { degree in
        position.withUnsafeMutableBufferPointer { position in
        vertex.withUnsafeMutableBufferPointer { vertex in
            for v in 0..<n {
                var d: Int32 = 0
                for slot in Int(firstOffsets[v])..<Int(firstOffsets[v + 1]) where Int(firstTargets[slot]) != v { d &+= 1 }
                for slot in Int(secondOffsets[v])..<Int(secondOffsets[v + 1]) where Int(secondTargets[slot]) != v { d &+= 1 }
                degree[v] = d
            }
            let maxDegree = Int(degree.max() ?? 0)
            // bin[d]: where the nodes of current degree d begin in `vertex` (sorted by degree).
            var bin = [Int32](repeating: 0, count: maxDegree + 2)
            bin.withUnsafeMutableBufferPointer { bin in
                for v in 0..<n { bin[Int(degree[v])] &+= 1 }
                var start: Int32 = 0
                for d in 0...maxDegree {
                    let count = bin[d]
                    bin[d] = start
                    start &+= count
                }
                for v in 0..<n {
                    let d = Int(degree[v])
                    position[v] = bin[d]
                    vertex[Int(bin[d])] = Int32(truncatingIfNeeded: v)
                    bin[d] &+= 1
                }
                for d in stride(from: maxDegree, to: 0, by: -1) { bin[d] = bin[d - 1] }
                bin[0] = 0
                // Removing v lowers each neighbour u of higher degree by one: u swaps places
                // with the first node of its degree bucket, and that bucket starts one later.
                @inline(__always) func lower(_ u: Int, below dv: Int32) {
                    let du = degree[u]
                    guard du > dv else { return }
                    let pu = Int(position[u])
                    let pw = Int(bin[Int(du)])
                    let w = Int(vertex[pw])
                    if u != w {
                        position[u] = Int32(truncatingIfNeeded: pw); vertex[pu] = Int32(truncatingIfNeeded: w)
                        position[w] = Int32(truncatingIfNeeded: pu); vertex[pw] = Int32(truncatingIfNeeded: u)
                    }
                    bin[Int(du)] &+= 1
                    degree[u] = du &- 1
                }
                for i in 0..<n {
                    let v = Int(vertex[i])
                    let dv = degree[v]
                    for slot in Int(firstOffsets[v])..<Int(firstOffsets[v + 1]) {
                        let u = Int(firstTargets[slot])
                        if u != v { lower(u, below: dv) }
                    }
                    for slot in Int(secondOffsets[v])..<Int(secondOffsets[v + 1]) {
                        let u = Int(secondTargets[slot])
                        if u != v { lower(u, below: dv) }
                    }
                }
            }
        }}}}}}}
        return degree
    }
}

import Foundation

/// Local clustering coefficients, their average and the graph's transitivity, as NetworkX
/// defines them (`clustering`, `average_clustering`, `transitivity`).
public struct Clustering: Sendable {
    /// The clustering coefficient of every node, by node index.
    public let values: [Double]

    /// The mean over all nodes, zeros included — NetworkX's `average_clustering` with
    /// `count_zeros=True`; 0 for an empty graph.
    public var average: Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Clustering coefficients.
    ///
    /// - Undirected, unweighted: `c(v) = 2T(v) / (d(v)(d(v) − 1))`, T the triangles through v,
    ///   d the degree without self-loops.
    /// - Undirected, weighted (Onnela et al.): `c(v) = 1/(d(d−1)) Σ_{u,w} (ŵ_vu ŵ_vw ŵ_uw)^{1/3}`
    ///   over ordered neighbour pairs, with `ŵ = w / max w` over all edges of the graph.
    /// - Directed (Fagiolo): `c(v) = T(v) / (2(d_tot(v)(d_tot(v) − 1) − 2 d_↔(v)))`, T counting
    ///   every directed triangle through v (each term the cube root of the product of the three
    ///   normalised weights when weighted, 1 otherwise), `d_tot` in + out degree and `d_↔` the
    ///   reciprocated neighbours.
    ///
    /// A node with fewer than two neighbours, or in no triangle, scores 0.
    ///
    /// - Parameters:
    ///   - graph: the simple graph.
    ///   - weighted: use the graph's edge weights (ignored when the graph has none).
    /// - Complexity: O(Σ_v d(v)²) time in the worst case (O(m·d_max)), O(n) space.
    /// - References: J.-P. Onnela, J. Saramäki, J. Kertész, K. Kaski, "Intensity and coherence of
    ///   motifs in weighted complex networks", *Phys. Rev. E* 71 (2005) 065103,
    ///   doi:10.1103/PhysRevE.71.065103; G. Fagiolo, "Clustering in complex directed networks",
    ///   *Phys. Rev. E* 76 (2007) 026107, doi:10.1103/PhysRevE.76.026107.
    public init(_ graph: AnalysisGraph, weighted: Bool = false) {
        let useWeights = weighted && graph.isWeighted
        let maxWeight = useWeights ? (graph.edgeWeights.max() ?? 1) : 1
        values = graph.isDirected
            ? Self.directed(graph, weighted: useWeights, maxWeight: maxWeight)
            : Self.undirected(graph, weighted: useWeights, maxWeight: maxWeight)
    }

    private static func undirected(_ graph: AnalysisGraph, weighted: Bool, maxWeight: Double) -> [Double] {
        let n = graph.nodeCount
        let csr = graph.outgoing
        var stamp = [Int32](repeating: -1, count: n)
        var markWeight = [Double](repeating: 0, count: weighted ? n : 0)
        var result = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var degree = 0
            for slot in csr.slots(of: i) where Int(csr.targets[slot]) != i {
                let k = Int(csr.targets[slot])
                stamp[k] = Int32(i)
                if weighted { markWeight[k] = csr.weight(at: slot) / maxWeight }
                degree += 1
            }
            guard degree > 1 else { continue }
            var total = 0.0
            for slot in csr.slots(of: i) {
                let j = Int(csr.targets[slot])
                if j == i { continue }
                let wij = weighted ? csr.weight(at: slot) / maxWeight : 1
                for inner in csr.slots(of: j) {
                    let k = Int(csr.targets[inner])
                    guard k != j, k != i, stamp[k] == Int32(i) else { continue }
                    total += weighted ? cbrt(wij * markWeight[k] * (csr.weight(at: inner) / maxWeight)) : 1
                }
            }
            if total != 0 { result[i] = total / Double(degree * (degree - 1)) }
        }
        return result
    }

    private static func directed(_ graph: AnalysisGraph, weighted: Bool, maxWeight: Double) -> [Double] {
        let n = graph.nodeCount
        let out = graph.outgoing
        let inc = graph.incoming
        // predStamp[k] == i: k → i exists (weight predWeight[k]); succStamp[k] == i: i → k.
        var predStamp = [Int32](repeating: -1, count: n)
        var succStamp = [Int32](repeating: -1, count: n)
        var predWeight = [Double](repeating: 1, count: n)
        var succWeight = [Double](repeating: 1, count: n)
        var result = [Double](repeating: 0, count: n)
        @inline(__always) func w(_ row: CSR, _ slot: Int) -> Double { weighted ? row.weight(at: slot) / maxWeight : 1 }
        for i in 0..<n {
            let me = Int32(i)
            var predecessors = 0
            var successors = 0
            var reciprocal = 0
            for slot in inc.slots(of: i) where Int(inc.targets[slot]) != i {
                let k = Int(inc.targets[slot])
                predStamp[k] = me
                predWeight[k] = w(inc, slot)
                predecessors += 1
            }
            for slot in out.slots(of: i) where Int(out.targets[slot]) != i {
                let k = Int(out.targets[slot])
                succStamp[k] = me
                succWeight[k] = w(out, slot)
                successors += 1
                if predStamp[k] == me { reciprocal += 1 }
            }
            var total = 0.0
            // Each neighbour j (by an in- or an out-edge of i), then each neighbour k of j that is
            // also a neighbour of i; every combination of edge directions is a triangle.
            for pass in 0..<2 {
                let row = pass == 0 ? inc : out
                for slot in row.slots(of: i) {
                    let j = Int(row.targets[slot])
                    if j == i { continue }
                    let wij = w(row, slot)
                    for innerPass in 0..<2 {
                        let jRow = innerPass == 0 ? inc : out
                        for inner in jRow.slots(of: j) {
                            let k = Int(jRow.targets[inner])
                            if k == j || k == i { continue }
                            let wjk = w(jRow, inner)
                            if predStamp[k] == me { total += weighted ? cbrt(wij * predWeight[k] * wjk) : 1 }
                            if succStamp[k] == me { total += weighted ? cbrt(wij * succWeight[k] * wjk) : 1 }
                        }
                    }
                }
            }
            let degree = predecessors + successors
            let denominator = Double(2 * (degree * (degree - 1) - 2 * reciprocal))
            if total != 0 && denominator > 0 { result[i] = total / denominator }
        }
        return result
    }

    /// The fraction of connected triples that close into triangles:
    /// `3 × triangles / triads = Σ_v T(v) / Σ_v d(v)(d(v) − 1)`, 0 when there is no triangle —
    /// NetworkX's `transitivity`. On a directed graph NetworkX counts on successor sets only
    /// (`T(v) = Σ_{w ∈ succ(v)} |succ(v) ∩ succ(w)|`, `d` the out-degree), and so does this.
    /// Self-loops are ignored.
    ///
    /// - Complexity: O(Σ_v d(v)²) time, O(n) space.
    public static func transitivity(_ graph: AnalysisGraph) -> Double {
        let n = graph.nodeCount
        let csr = graph.outgoing
        var stamp = [Int32](repeating: -1, count: n)
        var triangles = 0
        var triads = 0
        for v in 0..<n {
            var degree = 0
            for slot in csr.slots(of: v) where Int(csr.targets[slot]) != v {
                stamp[Int(csr.targets[slot])] = Int32(v)
                degree += 1
            }
            triads += degree * (degree - 1)
            for slot in csr.slots(of: v) {
                let w = Int(csr.targets[slot])
                if w == v { continue }
                for inner in csr.slots(of: w) {
                    let u = Int(csr.targets[inner])
                    if u != w && stamp[u] == Int32(v) { triangles += 1 }
                }
            }
        }
        return triangles == 0 ? 0 : Double(triangles) / Double(triads)
    }
}

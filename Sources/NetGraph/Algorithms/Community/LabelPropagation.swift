/// Semi-synchronous label propagation — NetworkX's `label_propagation_communities`, which
/// it reproduces exactly (the method is deterministic).
///
/// Nodes are first coloured greedily, largest degree first (NetworkX's `greedy_color` with
/// `largest_first`; equal degrees keep index order). Every node starts with its own label
/// (its index). Until every node with neighbours holds one of the labels most frequent
/// among its neighbours, the colour classes are swept in colour order and each node takes
/// its neighbours' most frequent label; on a tie it keeps its label if that is among the
/// most frequent, otherwise it takes the largest tied label. Nodes of one colour are not
/// adjacent, so within a class the order does not matter.
///
/// - Throws: ``CommunityError/requiresUndirected(_:)`` on a directed graph (NetworkX raises
///   `NetworkXNotImplemented`).
///
/// References: U. N. Raghavan, R. Albert, S. Kumara, "Near linear time algorithm to detect
/// community structures in large-scale networks", Phys. Rev. E 76 (2007) 036106,
/// doi:10.1103/PhysRevE.76.036106; G. Cordasco, L. Gargano, "Community detection via
/// semi-synchronous label propagation algorithms", IEEE BASNA 2010,
/// doi:10.1109/BASNA.2010.5730298.
public enum LabelPropagation {
    /// The communities label propagation settles on.
    ///
    /// - Complexity: O(m) per sweep plus O(n log n) for the colouring; the number of sweeps
    ///   is small in practice but not bounded by a known polynomial. O(n) space.
    public static func communities(_ graph: AnalysisGraph) throws(CommunityError) -> Partition {
        guard !graph.isDirected else { throw .requiresUndirected("label propagation") }
        let n = graph.nodeCount
        let csr = graph.outgoing
        // Greedy colouring, largest degree first (self-loops count twice).
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n { degree[v] = csr.degree(of: v) + (graph.edge(from: v, to: v) != nil ? 1 : 0) }
        let byDegree = (0..<n).sorted { degree[$0] > degree[$1] || (degree[$0] == degree[$1] && $0 < $1) }
        var color = [Int](repeating: -1, count: n)
        var mark = [Int](repeating: -1, count: n + 1)
        var colorCount = 0
        for u in byDegree {
            for slot in csr.slots(of: u) {
                let c = color[Int(csr.targets[slot])]
                if c >= 0 { mark[c] = u }
            }
            var c = 0
            while mark[c] == u { c += 1 }
            color[u] = c
            colorCount = max(colorCount, c + 1)
        }
        var classes = [[Int]](repeating: [], count: colorCount)
        for u in 0..<n { classes[color[u]].append(u) }

        var label = Array(0..<n)
        var frequency = [Int](repeating: 0, count: n)
        var touched: [Int] = []
        // The labels most frequent among u's neighbours (into `best`), and their count.
        func mostFrequent(_ u: Int, _ best: inout [Int]) {
            best.removeAll(keepingCapacity: true)
            var top = 0
            for slot in csr.slots(of: u) {
                let l = label[Int(csr.targets[slot])]
                if frequency[l] == 0 { touched.append(l) }
                frequency[l] += 1
                top = max(top, frequency[l])
            }
            for l in touched where frequency[l] == top { best.append(l) }
            for l in touched { frequency[l] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
        var best: [Int] = []
        func complete() -> Bool {
            for u in 0..<n where csr.degree(of: u) > 0 {
                mostFrequent(u, &best)
                if !best.contains(label[u]) { return false }
            }
            return true
        }
        while !complete() {
            for members in classes {
                for u in members where csr.degree(of: u) > 0 {
                    mostFrequent(u, &best)
                    if best.count == 1 {
                        label[u] = best[0]
                    } else if !best.contains(label[u]) {
                        label[u] = best.max()!
                    }
                }
            }
        }
        return Partition(labels: label)
    }
}

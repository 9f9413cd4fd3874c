/// The ego networks that Burt's structural-hole measures read: for every node `u`, its
/// contacts `N(u)` (successors and predecessors, NetworkX's `all_neighbors`, the node itself
/// when it has a self-loop) and the mutual weight `a_uv + a_vu` of each contact, where `a_uv`
/// is the weight of the edge `u → v` (1 when unweighted, 0 when absent). On an undirected
/// graph both terms are the edge's weight, so the mutual weight is twice it; the measures
/// only use ratios of mutual weights, so this matches NetworkX's `mutual_weight`.
///
/// Complexity: O(n + m) time and space to build; ``weight(from:to:)`` is O(log d(u)).
///
/// Reference: R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard
/// University Press, 1992.
struct MutualWeights {
    /// `contactStart[u] ..< contactStart[u + 1]` index the contacts of `u`.
    let contactStart: [Int]
    /// Contacts of every node, each row sorted by node index.
    let contacts: [Int32]
    /// Mutual weight of each contact slot.
    let weights: [Double]
    /// Sum of the mutual weights of each node's contacts.
    let sums: [Double]
    /// Largest mutual weight of each node's contacts (0 when it has none).
    let maxima: [Double]
    /// Whether each node has an outgoing edge: NetworkX leaves the measures undefined (NaN)
    /// for nodes with `len(G[v]) == 0`, which on a directed graph means no successor.
    let hasSuccessor: [Bool]

    init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        var start = [Int](repeating: 0, count: n + 1)
        var contacts: [Int32] = []
        var weights: [Double] = []
        var sums = [Double](repeating: 0, count: n)
        var maxima = [Double](repeating: 0, count: n)
        var hasSuccessor = [Bool](repeating: false, count: n)
        let out = graph.outgoing, inc = graph.incoming
        let weighted = graph.isWeighted
        for u in 0..<n {
            start[u] = contacts.count
            hasSuccessor[u] = out.degree(of: u) > 0
            var i = out.slots(of: u).lowerBound, iEnd = out.slots(of: u).upperBound
            var j = inc.slots(of: u).lowerBound, jEnd = inc.slots(of: u).upperBound
            // Merge the two sorted rows: every contact once, with a_uv + a_vu.
            while i < iEnd || j < jEnd {
                let a = i < iEnd ? out.targets[i] : Int32.max
                let b = j < jEnd ? inc.targets[j] : Int32.max
                var w = 0.0
                let v = min(a, b)
                if a == v { w += weighted ? out.weight(at: i) : 1; i += 1 }
                if b == v { w += weighted ? inc.weight(at: j) : 1; j += 1 }
                contacts.append(v)
                weights.append(w)
            }
            var total = 0.0, largest = 0.0
            for slot in start[u]..<contacts.count {
                total += weights[slot]
                largest = max(largest, weights[slot])
            }
            sums[u] = total
            maxima[u] = largest
        }
        start[n] = contacts.count
        self.contactStart = start
        self.contacts = contacts
        self.weights = weights
        self.sums = sums
        self.maxima = maxima
        self.hasSuccessor = hasSuccessor
    }

    func slots(of u: Int) -> Range<Int> { contactStart[u]..<contactStart[u + 1] }

    /// `a_uv + a_vu`, 0 when `v` is not a contact of `u`.
    func weight(from u: Int, to v: Int32) -> Double {
        var low = contactStart[u], high = contactStart[u + 1]
        while low < high {
            let mid = (low + high) / 2
            if contacts[mid] < v { low = mid + 1 } else { high = mid }
        }
        return low < contactStart[u + 1] && contacts[low] == v ? weights[low] : 0
    }

    /// NetworkX's `normalized_mutual_weight(G, u, v)`: the share of `u`'s ties that go to `v`.
    func proportion(from u: Int, to v: Int32) -> Double {
        sums[u] == 0 ? 0 : weight(from: u, to: v) / sums[u]
    }

    /// `normalized_mutual_weight(G, u, v, norm=max)`: `v`'s tie relative to `u`'s strongest.
    func relativeStrength(from u: Int, to v: Int32) -> Double {
        maxima[u] == 0 ? 0 : weight(from: u, to: v) / maxima[u]
    }

    /// Burt's local constraint `c_uv = (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²` (NetworkX's
    /// `local_constraint`) for every contact `v` of `u`, in slot order, in one pass: the same
    /// values, bit for bit, as the pairwise sum for each `v` (which `StructuralHoleTests`
    /// keeps as the reference). Instead of
    /// looking `v` up in every contact's row (a binary search per pair), each contact `w`
    /// spreads `p_uw p_wx` over its own contacts `x` into `scratch`, a zeroed array of one
    /// slot per node, which is zeroed again before returning. The terms reach each `v` in the
    /// same order of `w` as the pairwise sum adds them, and the pairwise sum's other terms are
    /// zeros, so the sums are identical.
    ///
    /// Complexity: O(Σ_{w ∈ N(u)} d(w)), O(n) scratch.
    func localConstraints(of u: Int, scratch: inout [Double]) -> [Double] {
        let mine = slots(of: u)
        guard sums[u] != 0 else { return mine.map { _ in 0 } }
        for slot in mine {
            let w = Int(contacts[slot])
            guard sums[w] != 0 else { continue }
            let shareToW = weights[slot] / sums[u]
            for next in slots(of: w) { scratch[Int(contacts[next])] += shareToW * (weights[next] / sums[w]) }
        }
        let result = mine.map { slot -> Double in
            let total = weights[slot] / sums[u] + scratch[Int(contacts[slot])]
            return total * total
        }
        for slot in mine {
            for next in slots(of: Int(contacts[slot])) { scratch[Int(contacts[next])] = 0 }
        }
        return result
    }
}

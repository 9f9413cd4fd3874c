/// Gould and Fernandez's brokerage roles, as R's `sna::brokerage(g, cl)` computes them.
///
/// Node `b` brokers the two-path `a → b → c` when `a`, `b` and `c` are distinct and there is
/// no edge `a → c`. Given a group for every node, the groups of the three name `b`'s role:
///
/// | role           | sna    | two-path  | groups                         |
/// |----------------|--------|-----------|--------------------------------|
/// | coordinator    | `w_I`  | A → A → A | all three in one group         |
/// | itinerant      | `w_O`  | A → B → A | `a`, `c` share a group, `b` not |
/// | representative | `b_IO` | A → A → B | `b` shares the source's group  |
/// | gatekeeper     | `b_OI` | A → B → B | `b` shares the target's group  |
/// | liaison        | `b_O`  | A → B → C | three different groups         |
///
/// The names follow sna 2.7-1 (its C code and its help page) and UCINET's help page, which
/// agree: a gatekeeper lets an outsider in to its own group, a representative carries its
/// own group's contact out. A role count is the number of ordered pairs `(a, c)` the node
/// brokers that way; self-loops never form a two-path.
///
/// An undirected graph is read as a symmetric digraph, each edge both ways, as sna reads a
/// symmetric adjacency matrix and as UCINET's definition (a → b → c in the matrix) gives:
/// the unordered path `a – b – c` (no `a – c`) is two two-paths, `a → b → c` and `c → b → a`. So coordinator, itinerant and liaison counts
/// are twice the number of unordered paths, and a path with one end outside `b`'s group
/// counts once as representative and once as gatekeeper (the two counts are equal).
///
/// Expected values and z-scores are sna's: under a random digraph of density
/// `d = arcs / (n (n − 1))` (arcs counted as sna counts the rows of its edge list: self-loops
/// included, an undirected edge twice, a self-loop once), a given two-path is a brokerage
/// with probability `p = d²(1 − d)`. With `nᵢ` nodes in `b`'s group, `N` in all and the sums
/// over the other groups `j`:
///
/// - coordinator: `E = p (nᵢ−1)(nᵢ−2)`, `V = E(1−p) + 2 (nᵢ−1)(nᵢ−2)(nᵢ−3) q`
/// - itinerant: `E = p Σ nⱼ(nⱼ−1)`, `V = E(1−p) + 2 Σ nⱼ(nⱼ−1)(nⱼ−2) q`
/// - representative and gatekeeper: `E = p (N−nᵢ)(nᵢ−1)`,
///   `V = E(1−p) + 2 ((nᵢ−1) C(N−nᵢ, 2) + (N−nᵢ) C(nᵢ−1, 2)) q`
/// - liaison: `E = p ((Σ nⱼ)² − Σ nⱼ²)`, `V = E(1−p) + 4 Σ nⱼ C(N−nⱼ−nᵢ, 2) q`
/// - total: `E = p (N−1)(N−2)`, `V = E(1−p) + 2 (N−1)(N−2)(N−3) q`
///
/// where `q = d³(1−d)³` and `C(x, 2) = x(x−1)/2`. The z-score is `(count − E) / √V`. It is
/// NaN where sna's is NaN (0/0: for example every role but coordinator when there is one
/// group, or every role when the density is 0 or 1) and ±infinity where sna's is (a count
/// with `V = 0`); fewer than two nodes make the density, and so every expected value and
/// z-score, NaN.
///
/// Complexity: O(Σ_b d⁻(b) d⁺(b)) time for the counts, O(n + g) for the expectations
/// (g groups), O(n) space.
///
/// Reference: R. V. Gould and R. M. Fernandez, "Structures of Mediation: A Formal Approach
/// to Brokerage in Transaction Networks", *Sociological Methodology* 19 (1989), 89–126;
/// C. T. Butts, `sna::brokerage` (R package sna 2.7-1).
public struct GouldFernandez: Sendable {
    /// The five roles, in sna's column order.
    public enum Role: Int, CaseIterable, Sendable {
        case coordinator, itinerant, representative, gatekeeper, liaison

        /// The name in output: `coordinator`, `itinerant`, …
        public var name: String {
            switch self {
            case .coordinator: "coordinator"
            case .itinerant: "itinerant"
            case .representative: "representative"
            case .gatekeeper: "gatekeeper"
            case .liaison: "liaison"
            }
        }

        /// sna's column name: `w_I`, `w_O`, `b_IO`, `b_OI`, `b_O`.
        public var snaName: String {
            switch self {
            case .coordinator: "w_I"
            case .itinerant: "w_O"
            case .representative: "b_IO"
            case .gatekeeper: "b_OI"
            case .liaison: "b_O"
            }
        }
    }

    /// One value per role, in ``Role`` order, and their total.
    public struct RoleValues<Value: Sendable>: Sendable {
        public var byRole: [Value]
        public var total: Value

        public subscript(role: Role) -> Value { byRole[role.rawValue] }
    }

    /// The number of nodes.
    public let nodeCount: Int
    /// The density of the digraph sna sees (see the type's documentation).
    public let density: Double
    /// Every node's counts: `counts[5 * v + role]`.
    let roleCounts: [Int]
    /// Expected values and standard deviations per group: `[6 * group + column]`, column 5
    /// the total.
    let groupExpected: [Double]
    let groupDeviation: [Double]
    /// Every node's group, renumbered `0..<groupCount` in order of first appearance.
    let groupOfNode: [Int32]
    /// The number of nodes in each group, groups in order of first appearance (sna's `n`).
    public let groupSizes: [Int]

    /// The roles of every node of `graph`, whose node `v` is in group `groups[v]` (any
    /// labels; equal labels are one group).
    ///
    /// - Precondition: `groups.count == graph.nodeCount`.
    public init(_ graph: AnalysisGraph, groups: [Int32]) {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let n = graph.nodeCount
        nodeCount = n

        var dense = [Int32](repeating: 0, count: n)
        var denseOfLabel: [Int32: Int32] = [:]
        var sizes: [Int] = []
        for v in 0..<n {
            if let group = denseOfLabel[groups[v]] {
                dense[v] = group
            } else {
                dense[v] = Int32(sizes.count)
                denseOfLabel[groups[v]] = dense[v]
                sizes.append(0)
            }
            sizes[Int(dense[v])] += 1
        }
        groupOfNode = dense
        groupSizes = sizes
        roleCounts = GouldFernandez.count(graph, groups: dense)

        var loops = 0
        for u in 0..<n where graph.edge(from: u, to: u) != nil { loops += 1 }
        let arcs = graph.isDirected ? graph.edgeCount : 2 * graph.edgeCount - loops
        density = Double(arcs) / (Double(n) * Double(n - 1))
        (groupExpected, groupDeviation) = GouldFernandez.nullModel(density: density, sizes: sizes)
    }

    /// Node `v`'s number of brokered two-paths in each role.
    public func counts(of v: Int) -> RoleValues<Int> {
        let row = Array(roleCounts[5 * v..<5 * v + 5])
        return RoleValues(byRole: row, total: row.reduce(0, +))
    }

    /// The expected counts of node `v` under sna's null model (they depend only on `v`'s group).
    public func expected(of v: Int) -> RoleValues<Double> {
        let base = 6 * Int(groupOfNode[v])
        return RoleValues(byRole: Array(groupExpected[base..<base + 5]), total: groupExpected[base + 5])
    }

    /// The standard deviations of node `v`'s counts under sna's null model.
    public func standardDeviation(of v: Int) -> RoleValues<Double> {
        let base = 6 * Int(groupOfNode[v])
        return RoleValues(byRole: Array(groupDeviation[base..<base + 5]), total: groupDeviation[base + 5])
    }

    /// Node `v`'s z-scores, `(count − expected) / deviation`; NaN or ±infinity where sna's are.
    public func zScores(of v: Int) -> RoleValues<Double> {
        let count = counts(of: v)
        let mean = expected(of: v)
        let deviation = standardDeviation(of: v)
        return RoleValues(byRole: (0..<5).map { (Double(count.byRole[$0]) - mean.byRole[$0]) / deviation.byRole[$0] },
                          total: (Double(count.total) - mean.total) / deviation.total)
    }

    /// The role counts, `5 * v + role`. For every `a`, its out-neighbours are stamped so
    /// that "no a → c" is one array read.
    private static func count(_ graph: AnalysisGraph, groups: [Int32]) -> [Int] {
        let n = graph.nodeCount
        var counts = [Int](repeating: 0, count: 5 * n)
        var stamp = [Int32](repeating: -1, count: n)
        let offsets = graph.outgoing.offsets
        let targets = graph.outgoing.targets
        for a in 0..<n {
            let a32 = Int32(a)
            for slot in Int(offsets[a])..<Int(offsets[a + 1]) { stamp[Int(targets[slot])] = a32 }
            let groupA = groups[a]
            for slot in Int(offsets[a])..<Int(offsets[a + 1]) {
                let b = Int(targets[slot])
                guard b != a else { continue }
                let groupB = groups[b]
                for next in Int(offsets[b])..<Int(offsets[b + 1]) {
                    let c = Int(targets[next])
                    guard c != a, c != b, stamp[c] != a32 else { continue }
                    counts[5 * b + role(groupA, groupB, groups[c]).rawValue] += 1
                }
            }
        }
        return counts
    }

    @inline(__always)
    private static func role(_ a: Int32, _ b: Int32, _ c: Int32) -> Role {
        if a == b { return b == c ? .coordinator : .representative }
        if b == c { return .gatekeeper }
        return a == c ? .itinerant : .liaison
    }

    /// sna's expected values and standard deviations, `[6 * group + column]`.
    private static func nullModel(density d: Double, sizes: [Int]) -> (expected: [Double], deviation: [Double]) {
        let p = d * d * (1 - d)
        let q = d * d * d * (1 - d) * (1 - d) * (1 - d)
        let size = sizes.map(Double.init)
        let total = size.reduce(0, +)
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        var expected: [Double] = []
        var deviation: [Double] = []
        expected.reserveCapacity(6 * sizes.count)
        deviation.reserveCapacity(6 * sizes.count)
        for (i, own) in size.enumerated() {
            var sameGroupPairs = 0.0, sameGroupTriples = 0.0, others = 0.0, othersSquared = 0.0, liaisonPairs = 0.0
            for (j, other) in size.enumerated() where j != i {
                sameGroupPairs += other * (other - 1)
                sameGroupTriples += other * (other - 1) * (other - 2)
                others += other
                othersSquared += other * other
                liaisonPairs += other * pairs(total - other - own)
            }
            let outside = total - own
            let means = [p * (own - 1) * (own - 2),
                         p * sameGroupPairs,
                         p * outside * (own - 1),
                         p * outside * (own - 1),
                         p * (others * others - othersSquared),
                         p * (total - 1) * (total - 2)]
            let extra = [2 * (own - 1) * (own - 2) * (own - 3) * q,
                         2 * sameGroupTriples * q,
                         2 * ((own - 1) * pairs(outside) + outside * pairs(own - 1)) * q,
                         2 * ((own - 1) * pairs(outside) + outside * pairs(own - 1)) * q,
                         4 * liaisonPairs * q,
                         2 * (total - 1) * (total - 2) * (total - 3) * q]
            for column in 0..<6 {
                // + 0 turns the −0 of (nᵢ−1)(nᵢ−2) at nᵢ = 1 into the 0 sna prints.
                expected.append(means[column] + 0)
                deviation.append((means[column] * (1 - p) + extra[column]).squareRoot())
            }
        }
        return (expected, deviation)
    }
}

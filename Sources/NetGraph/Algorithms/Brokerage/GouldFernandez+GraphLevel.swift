/// Gould and Fernandez's brokerage for the whole graph and per group, as `sna::brokerage`
/// returns it beside the per-node values: `raw.gli`, `exp.gli`, `sd.gli`, `z.gli` (the
/// graph's total count in each role, its expectation, deviation and z-score under the same
/// random-digraph null model), and `exp.grp`, `sd.grp` (the expectation and deviation of
/// one node's counts, per group).
///
/// With `p = d²(1−d)`, `q = d³(1−d)³`, `r = d⁴(1−d)²`, `s = d⁵(1−d)`, group sizes `nᵢ` and `N`
/// nodes, sna 2.7-1 gives (sums over groups; the liaison sum over distinct `i, j, k`):
///
/// - coordinator: `E = p Σ nᵢ(nᵢ−1)(nᵢ−2)`, `V = E(1−p) + Σ nᵢ(nᵢ−1)(nᵢ−2)((4nᵢ−10)q − 4(nᵢ−3)r + (nᵢ−3)s)`
/// - itinerant: `E = p Σ nᵢ(N−nᵢ)(nᵢ−1)`,
///   `V = E(1−p) + Σᵢⱼ nᵢnⱼ(nᵢ−1)((2nᵢ+2nⱼ−6)q + (N−nᵢ−1)s) − Σᵢ nᵢ²(nᵢ−1)((4nᵢ−6)q + (N−nᵢ−1)s)`
/// - representative, gatekeeper: `E = p Σ nᵢ(N−nᵢ)(nᵢ−1)`, `V = E(1−p) + Σ nᵢ(N−nᵢ)(nᵢ−1)((N−3)q + (nᵢ−2)s)`
/// - liaison: `E = p (Σᵢⱼ nᵢnⱼ(N−nᵢ−nⱼ) − Σ nᵢ²(N−2nᵢ))`,
///   `V = E(1−p) + Σ nᵢnⱼnₖ((4(N−nⱼ)−2(nᵢ+nₖ+1))q − (4(N−nₖ)−2(nᵢ+nⱼ+1))r + (N−nᵢ−nₖ−1)s)`
/// - total: `E = p N(N−1)(N−2)`, `V = E(1−p) + N(N−1)(N−2)((4N−10)q − 4(N−3)r + (N−3)s)`
///
/// These are sna's formulas as its code has them; the z-score is `(count − E) / √V`, NaN or
/// ±infinity where sna's is.
///
/// - Complexity: O(n) for the counts, O(g³) for the liaison variance (g groups).
///
/// Reference: C. T. Butts, `sna::brokerage` (R package sna 2.7-1); Gould & Fernandez 1989.
extension GouldFernandez {
    /// The graph's total two-paths brokered in each role (sna's `raw.gli`).
    public var graphCounts: RoleValues<Int> {
        var totals = [Int](repeating: 0, count: 5)
        for v in 0..<nodeCount { for role in 0..<5 { totals[role] += roleCounts[5 * v + role] } }
        return RoleValues(byRole: totals, total: totals.reduce(0, +))
    }

    /// The expected totals under sna's null model (`exp.gli`).
    public var graphExpected: RoleValues<Double> { graphNullModel.expected }

    /// The standard deviations of the totals (`sd.gli`).
    public var graphStandardDeviation: RoleValues<Double> { graphNullModel.deviation }

    /// The totals' z-scores (`z.gli`).
    public var graphZScores: RoleValues<Double> {
        let (count, model) = (graphCounts, graphNullModel)
        return RoleValues(byRole: (0..<5).map { (Double(count.byRole[$0]) - model.expected.byRole[$0]) / model.deviation.byRole[$0] },
                          total: (Double(count.total) - model.expected.total) / model.deviation.total)
    }

    /// The expected counts of a node in group `group` (0-based, in order of first
    /// appearance): sna's `exp.grp` row.
    public func groupExpectedCounts(_ group: Int) -> RoleValues<Double> {
        RoleValues(byRole: Array(groupExpected[6 * group..<6 * group + 5]), total: groupExpected[6 * group + 5])
    }

    /// The standard deviations of a node's counts in group `group`: sna's `sd.grp` row.
    public func groupStandardDeviation(_ group: Int) -> RoleValues<Double> {
        RoleValues(byRole: Array(groupDeviation[6 * group..<6 * group + 5]), total: groupDeviation[6 * group + 5])
    }

    private var graphNullModel: (expected: RoleValues<Double>, deviation: RoleValues<Double>) {
        let d = density
        let p = d * d * (1 - d)
        let q = d * d * d * (1 - d) * (1 - d) * (1 - d)
        let r = d * d * d * d * (1 - d) * (1 - d)
        let s = d * d * d * d * d * (1 - d)
        let n = groupSizes.map(Double.init)
        let total = Double(nodeCount)
        var mean = [Double](repeating: 0, count: 6)
        var variance = [Double](repeating: 0, count: 6)

        mean[0] = p * n.map { $0 * ($0 - 1) * ($0 - 2) }.reduce(0, +)
        variance[0] = mean[0] * (1 - p) + n.map { x in x * (x - 1) * (x - 2) * ((4 * x - 10) * q - 4 * (x - 3) * r + (x - 3) * s) }.reduce(0, +)

        mean[1] = p * n.map { $0 * (total - $0) * ($0 - 1) }.reduce(0, +)
        var itinerant = 0.0
        for x in n { for y in n { itinerant += x * y * (x - 1) * ((2 * x + 2 * y - 6) * q + (total - x - 1) * s) } }
        itinerant -= n.map { x in x * x * (x - 1) * ((4 * x - 6) * q + (total - x - 1) * s) }.reduce(0, +)
        variance[1] = mean[1] * (1 - p) + itinerant

        mean[2] = p * n.map { $0 * (total - $0) * ($0 - 1) }.reduce(0, +)
        variance[2] = mean[2] * (1 - p) + n.map { x in x * (total - x) * (x - 1) * ((total - 3) * q + (x - 2) * s) }.reduce(0, +)
        mean[3] = mean[2]
        variance[3] = variance[2]

        var liaisonMean = 0.0
        for x in n { for y in n { liaisonMean += x * y * (total - x - y) } }
        mean[4] = p * (liaisonMean - n.map { $0 * $0 * (total - 2 * $0) }.reduce(0, +))
        variance[4] = mean[4] * (1 - p)
        for i in n.indices { for j in n.indices { for k in n.indices where i != j && j != k && i != k {
            variance[4] += n[i] * n[j] * n[k] * ((4 * (total - n[j]) - 2 * (n[i] + n[k] + 1)) * q
                - (4 * (total - n[k]) - 2 * (n[i] + n[j] + 1)) * r + (total - (n[i] + n[k] + 1)) * s)
        } } }

        mean[5] = p * total * (total - 1) * (total - 2)
        variance[5] = mean[5] * (1 - p) + total * (total - 1) * (total - 2) * ((4 * total - 10) * q - 4 * (total - 3) * r + (total - 3) * s)

        // + 0 turns a −0 into the 0 sna prints.
        let expected = mean.map { $0 + 0 }
        let deviation = variance.map { $0.squareRoot() }
        return (RoleValues(byRole: Array(expected[0..<5]), total: expected[5]),
                RoleValues(byRole: Array(deviation[0..<5]), total: deviation[5]))
    }
}

import Foundation

extension CommunityLevel {
    /// Leiden's refinement (Traag, Waltman & van Eck 2019, "RefinePartition" and
    /// "MergeNodesSubset"): within each community S of `community`, every node starts alone;
    /// the nodes of S are visited in `order`, and a node still alone and well connected to
    /// S, `E(v, S − v) ≥ scale · (k_v^out (Σ^in_S − k_v^in) + k_v^in (Σ^out_S − k_v^out))`,
    /// may join a neighbouring refined cluster C inside S that is itself well connected to S
    /// (the same test on C's totals) and whose gain
    /// `ΔH = k_{v,C} − scale · (k_v^out Σ^in_C + k_v^in Σ^out_C)` is not negative. It picks
    /// one of these, or staying alone (ΔH = 0), at random with probability proportional to
    /// `exp(ΔH / randomness)` — the greedy choice when `randomness` is 0.
    ///
    /// A node joins only a cluster it has an edge to, so every refined cluster is connected;
    /// and only nodes still alone move, so clusters only grow.
    ///
    /// - Parameters:
    ///   - community: each node's community, numbered `0..<count`.
    ///   - order: every node once, in the order to visit them (grouped by community here).
    /// - Returns: each node's refined cluster, numbered `0..<clusterCount`.
    /// - Complexity: O(n + m) time, O(n) scratch space.
    func refined(community: [Int32], count: Int, order: [Int32], scale: Double, randomness: Double,
                 using rng: inout some RandomNumberGenerator) -> (cluster: [Int32], count: Int) {
        let n = nodeCount
        let (memberStart, members) = Self.members(of: community, count: count, in: order)

        var cluster = (0..<Int32(n)).map { $0 }
        // Per community its two totals; per cluster its totals and its weight to the rest of
        // its community E(C, S − C); per node its weight to the rest of its community.
        var communityOut = [Double](repeating: 0, count: count)
        var communityIn = [Double](repeating: 0, count: count)
        var clusterOut = [Double](repeating: 0, count: n)
        var clusterIn = [Double](repeating: 0, count: n)
        var external = [Double](repeating: 0, count: n)
        var nonSingleton = [Bool](repeating: false, count: n)
        for v in 0..<n {
            let c = Int(community[v])
            communityOut[c] += strengths[2 * v]
            communityIn[c] += strengths[2 * v + 1]
            clusterOut[v] = strengths[2 * v]
            clusterIn[v] = strengths[2 * v + 1]
            var inside = 0.0
            for slot in rowStart[v]..<rowStart[v + 1] where community[Int(neighbors[slot])] == community[v] {
                inside += weight(at: slot)
            }
            external[v] = inside
        }

        var weightTo = [Double](repeating: 0, count: n)
        var metClusters: [Int32] = []
        var candidates: [Int32] = []
        var gains: [Double] = []
        for s in 0..<count {
            let totalOut = communityOut[s], totalIn = communityIn[s]
            for member in memberStart[s]..<memberStart[s + 1] {
                let v = Int(members[member])
                guard !nonSingleton[v] && cluster[v] == Int32(v) else { continue }
                let kOut = strengths[2 * v], kIn = strengths[2 * v + 1]
                guard external[v] >= scale * (kOut * (totalIn - kIn) + kIn * (totalOut - kOut)) else { continue }

                // v alone: leaving its cluster empties it.
                clusterOut[v] = 0
                clusterIn[v] = 0
                metClusters.removeAll(keepingCapacity: true)
                for slot in rowStart[v]..<rowStart[v + 1] {
                    let u = Int(neighbors[slot])
                    guard community[u] == Int32(s) && u != v else { continue }
                    let c = Int(cluster[u])
                    if weightTo[c] == 0 { metClusters.append(Int32(truncatingIfNeeded: c)) }
                    weightTo[c] += weight(at: slot)
                }
                candidates.removeAll(keepingCapacity: true)
                gains.removeAll(keepingCapacity: true)
                candidates.append(Int32(truncatingIfNeeded: v))
                gains.append(0)
                var bestGain = 0.0
                var best = v
                for c32 in metClusters {
                    let c = Int(c32)
                    let cOut = clusterOut[c], cIn = clusterIn[c]
                    guard external[c] >= scale * (cOut * (totalIn - cIn) + cIn * (totalOut - cOut)) else { continue }
                    let gain = weightTo[c] - scale * (kOut * cIn + kIn * cOut)
                    guard gain >= 0 else { continue }
                    candidates.append(c32)
                    gains.append(gain)
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                var chosen = best
                if randomness > 0 && candidates.count > 1 {
                    chosen = Int(candidates[Self.draw(gains: &gains, best: bestGain, randomness: randomness, using: &rng)])
                }

                clusterOut[chosen] += kOut
                clusterIn[chosen] += kIn
                if chosen != v {
                    // The edges between v and its new cluster are inside it now.
                    external[chosen] += external[v] - 2 * weightTo[chosen]
                    cluster[v] = Int32(truncatingIfNeeded: chosen)
                    nonSingleton[chosen] = true
                }
                for c in metClusters { weightTo[Int(c)] = 0 }
            }
        }
        let clusterCount = Self.renumber(&cluster)
        return (cluster, clusterCount)
    }

    /// An index into `gains` drawn with probability proportional to
    /// `exp((gain − best) / randomness)` (shifted by the largest gain so no term overflows).
    /// The gains are turned into those weights in place: they are the caller's scratch, and
    /// this runs once per node moved, where a copy would allocate.
    ///
    /// - Complexity: O(gains.count).
    static func draw(gains: inout [Double], best: Double, randomness: Double,
                     using rng: inout some RandomNumberGenerator) -> Int {
        var total = 0.0
        for i in gains.indices {
            gains[i] = exp((gains[i] - best) / randomness)
            total += gains[i]
        }
        // 53 random bits as a number in [0, 1).
        let r = Double(rng.next() >> 11) * 0x1p-53 * total
        var cumulative = 0.0
        for i in gains.indices {
            cumulative += gains[i]
            if r < cumulative { return i }
        }
        return gains.count - 1
    }
}

extension CommunityLevel {
    /// What one local-moving phase leaves: each node's community, numbered `0..<count` in
    /// the order of the community's original index, and whether any node moved.
    struct LocalMoves {
        var community: [Int32]
        var count: Int
        var moved: Bool
    }

    /// The local-moving phase of NetworkX's `_one_level`, with pruned sweeps: every node
    /// starts alone; nodes are visited in `order`, each taken out of its community and put
    /// into the neighbouring community with the largest modularity gain, or back into its own
    /// when no gain is strictly positive.
    ///
    /// The gain of moving node u (taken out of its community) into community C is, times m,
    /// `term(C) − term(own)` with `term(C) = k_{u,C} − γ (k_u^out Σ^in_C + k_u^in Σ^out_C) / m`
    /// — NetworkX's `remove_cost + wt/m − …` (for undirected graphs the halved strengths turn
    /// it into `k_{u,C} − γ Σ_tot(C) k_u / 2m`). The best community is the first of the
    /// largest terms in order of first appearance among u's neighbours, and it must beat the
    /// own community's term strictly, as NetworkX's `gain > best_mod` from 0.
    ///
    /// Where NetworkX sweeps over every node until a sweep moves none, the first sweep here
    /// visits every node and later sweeps (still in `order`) only the nodes a neighbour of
    /// which moved since their last visit — the only nodes whose weights to the communities
    /// changed — and the phase ends when no node is left to visit ("Louvain Prune": N. Ozaki,
    /// H. Tezuka, M. Inaba, doi:10.17706/ijcee.2016.8.3.207-218). A node elsewhere can still
    /// gain a little from totals that moves shifted; such moves were most of NetworkX's long
    /// tail of sweeps (over 300 on a 100k-node Barabási–Albert graph, against 24 here), and
    /// the later levels take them up.
    ///
    /// - Complexity: O(n + m) for the first sweep, O(n + Σ degrees of the visited nodes) for
    ///   each later one; O(n) scratch space.
    func moveNodes(order: [Int32], totalWeight m: Double, resolution: Double) -> LocalMoves {
        hasBalancedStrengths
            ? moveNodes(order: order, totalWeight: m, resolution: resolution, tracking: BalancedCommunity.self)
            : moveNodes(order: order, totalWeight: m, resolution: resolution, tracking: DirectedCommunity.self)
    }

    /// Whether every node's out-strength equals its in-strength (always so when undirected).
    /// Then every community's two totals stay equal too, and local moving keeps one total
    /// per community (``BalancedCommunity``): the same sums, in less scratch.
    ///
    /// - Complexity: O(n).
    var hasBalancedStrengths: Bool {
        (0..<nodeCount).allSatisfy { strengths[2 * $0] == strengths[2 * $0 + 1] }
    }

    private func moveNodes<Community: LocalMovingCommunity>(
        order: [Int32], totalWeight m: Double, resolution: Double, tracking _: Community.Type
    ) -> LocalMoves {
        let n = nodeCount
        var community = (0..<Int32(n)).map { $0 }
        var moved = false
        let scale = resolution / m
        let largestDegree = largestDegree

        // Scratch: per community its totals and the weight from the node being visited to it
        // (one record, so a community met in a row costs one cache line; the weights are set
        // back to 0 after each visit, through the list of the communities met); the nodes
        // still to visit, by their position in `order`, so a sweep reads its flags in order.
        let state = UnsafeMutableBufferPointer<Community>.allocate(capacity: n)
        let met = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, largestDegree))
        let pending = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
        let position = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        defer {
            state.deallocate()
            met.deallocate()
            pending.deallocate()
            position.deallocate()
        }
        for c in 0..<n { state[c] = Community(strengthOut: strengths[2 * c], strengthIn: strengths[2 * c + 1]) }
        met.initialize(repeating: 0)
        pending.initialize(repeating: true)
        for index in 0..<n { position[Int(order[index])] = Int32(truncatingIfNeeded: index) }

        let prefetches = n >= Self.prefetchingNodeCount
        community.withUnsafeMutableBufferPointer { community in
            for _ in 0..<Self.maximumSweeps {
                var moves = 0
                for index in 0..<n where pending[index] {
                    pending[index] = false
                    if prefetches {
                        // The nodes this many places on in the order, if they are to be visited:
                        // every one in the first sweep, those a move left pending in later ones.
                        prefetchVisits(community: community, state: state) { ahead in
                            let next = index + ahead
                            return next < n && pending[next] ? Int(order[next]) : nil
                        }
                    }
                    let u = Int(order[index])
                    let own = Int(community[u])
                    let kOut = strengths[2 * u], kIn = strengths[2 * u + 1]
                    state[own].remove(strengthOut: kOut, strengthIn: kIn)

                    let row = rowStart[u]..<rowStart[u + 1]
                    let best = bestCommunity(of: u, leaving: own, community: community, state: state, met: met, scale: scale).community
                    state[best].add(strengthOut: kOut, strengthIn: kIn)
                    if best != own {
                        community[u] = Int32(truncatingIfNeeded: best)
                        moves += 1
                        for slot in row { pending[Int(position[Int(neighbors[slot])])] = true }
                    }
                }
                guard moves > 0 else { break }
                moved = true
            }
        }

        // Number the surviving communities in order of their index.
        var numberOf = [Int32](repeating: -1, count: n)
        for v in 0..<n { numberOf[Int(community[v])] = 0 }
        var count = 0
        for c in 0..<n where numberOf[c] == 0 {
            numberOf[c] = Int32(count)
            count += 1
        }
        for v in 0..<n { community[v] = numberOf[Int(community[v])] }
        return LocalMoves(community: community, count: count, moved: moved)
    }
}

extension CommunityLevel {
    /// The community node `u`, already taken out of `own` (its totals removed from `state`),
    /// gains most by joining: the first largest term `k_{u,C} − scale · expected(C)` among
    /// `own` and, in order of first appearance, the communities of u's neighbours; `own`
    /// unless another beats it strictly. Shared by Louvain's and Leiden's local moving.
    ///
    /// `state`'s weights are 0 on entry and left 0; `met` is scratch of at least u's degree.
    ///
    /// - Complexity: O(degree of u).
    @inline(__always)
    func bestCommunity<Community: LocalMovingCommunity>(
        of u: Int, leaving own: Int, community: UnsafeMutableBufferPointer<Int32>,
        state: UnsafeMutableBufferPointer<Community>, met: UnsafeMutableBufferPointer<Int32>, scale: Double
    ) -> (community: Int, term: Double) {
        let kOut = strengths[2 * u], kIn = strengths[2 * u + 1]
        var metCount = 0
        for slot in rowStart[u]..<rowStart[u + 1] {
            let c = Int(community[Int(neighbors[slot])])
            // A weight of 0 marks a community not yet met in this row (a zero-weight entry
            // may list one twice, which changes no choice). Every entry is written to `met`,
            // and counted only then, without a branch (see `BranchFree`): whether a
            // neighbour's community was met before is unpredictable. With this and the same
            // change in refinement, Leiden on BA 100k went 0.972 → 0.807 s, the whole process
            // (Benchmarks/PRODUCT-BRANCH-FREE.md).
            met[metCount] = Int32(truncatingIfNeeded: c)
            metCount &+= BranchFree.oneIfZero(state[c].weight.bitPattern)
            state[c].weight += weight(at: slot)
        }
        var best = own
        var bestTerm = state[own].weight - scale * state[own].expected(strengthOut: kOut, strengthIn: kIn)
        for i in 0..<metCount {
            let c = Int(met[i])
            let term = state[c].weight - scale * state[c].expected(strengthOut: kOut, strengthIn: kIn)
            if term > bestTerm {
                bestTerm = term
                best = c
            }
        }
        for i in 0..<metCount { state[Int(met[i])].weight = 0 }
        return (best, bestTerm)
    }
}

extension CommunityLevel {
    /// Sweeps one level may make. Every move raises modularity, so in exact arithmetic the
    /// sweeps end by themselves (24 on a 100,000-node Barabási–Albert graph); the bound only
    /// guarantees an end should rounding ever let a node cycle between two communities.
    static let maximumSweeps = 1_000
}

/// What the local-moving phase keeps per community: the weight from the node being visited
/// to it (0 between visits) and its strength totals Σ^out and Σ^in.
protocol LocalMovingCommunity {
    var weight: Double { get set }
    init(strengthOut: Double, strengthIn: Double)
    /// `k^out Σ^in + k^in Σ^out` for a node of strengths `k^out`, `k^in`.
    func expected(strengthOut: Double, strengthIn: Double) -> Double
    mutating func remove(strengthOut: Double, strengthIn: Double)
    mutating func add(strengthOut: Double, strengthIn: Double)
}

/// A community's record when its two totals are equal: 16 bytes, four to a cache line.
struct BalancedCommunity: LocalMovingCommunity {
    var weight = 0.0
    var total: Double

    init(strengthOut: Double, strengthIn _: Double) { total = strengthOut }

    // `k^out Σ + k^in Σ`, not `2 k Σ`: the same rounding as the directed record's sum.
    @inline(__always) func expected(strengthOut: Double, strengthIn: Double) -> Double {
        strengthOut * total + strengthIn * total
    }

    @inline(__always) mutating func remove(strengthOut: Double, strengthIn _: Double) { total -= strengthOut }
    @inline(__always) mutating func add(strengthOut: Double, strengthIn _: Double) { total += strengthOut }
}

/// A community's record with separate out- and in-strength totals: 24 bytes.
struct DirectedCommunity: LocalMovingCommunity {
    var weight = 0.0
    var totalOut: Double
    var totalIn: Double

    init(strengthOut: Double, strengthIn: Double) {
        totalOut = strengthOut
        totalIn = strengthIn
    }

    @inline(__always) func expected(strengthOut: Double, strengthIn: Double) -> Double {
        strengthOut * totalIn + strengthIn * totalOut
    }

    @inline(__always) mutating func remove(strengthOut: Double, strengthIn: Double) {
        totalOut -= strengthOut
        totalIn -= strengthIn
    }

    @inline(__always) mutating func add(strengthOut: Double, strengthIn: Double) {
        totalOut += strengthOut
        totalIn += strengthIn
    }
}

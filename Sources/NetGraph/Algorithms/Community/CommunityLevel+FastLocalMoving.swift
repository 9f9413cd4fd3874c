extension CommunityLevel {
    /// Leiden's fast local moving (Traag, Waltman & van Eck 2019, "MoveNodesFast"): starting
    /// from `community`, nodes wait in a queue, first all of them in `order`; each taken from
    /// the queue moves to the neighbouring community, or to an empty one, whose term
    /// `k_{u,C} − scale · (k_u^out Σ^in_C + k_u^in Σ^out_C)` is largest, if it beats its own
    /// community's term strictly; when it moves, its neighbours outside its new community
    /// that are not queued join the back of the queue. The phase ends when the queue is
    /// empty.
    ///
    /// With the level's strengths the node degrees (halved when undirected) and `scale = γ/m`
    /// the term is the modularity gain times m, as in ``moveNodes(order:totalWeight:resolution:)``;
    /// with unit strengths and `scale = γ` (`γ/2` undirected) it is the CPM gain.
    ///
    /// - Parameters:
    ///   - community: each node's community, labels in `0..<nodeCount`; on return the
    ///     communities after the moves, numbered `0..<count` in the order of their labels.
    /// - Returns: the number of communities.
    /// - Complexity: O(n + m) for the first pass over the queue, then O(degree) per node
    ///   queued again; O(n) scratch space.
    func moveNodesFast(community: inout [Int32], order: [Int32], scale: Double) -> Int {
        hasBalancedStrengths
            ? moveNodesFast(community: &community, order: order, scale: scale, tracking: BalancedCommunity.self)
            : moveNodesFast(community: &community, order: order, scale: scale, tracking: DirectedCommunity.self)
    }

    private func moveNodesFast<Community: LocalMovingCommunity>(
        community labels: inout [Int32], order: [Int32], scale: Double, tracking _: Community.Type
    ) -> Int {
        let n = nodeCount
        let largestDegree = largestDegree

        // Scratch as in local moving: per community its totals and the weight from the node
        // being visited; its member count, and a stack of the empty communities, so moving
        // to a new community costs O(1); the queue as a ring of n slots, each node queued at
        // most once at a time.
        let state = UnsafeMutableBufferPointer<Community>.allocate(capacity: n)
        let members = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let empty = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let met = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, largestDegree))
        let queue = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, n))
        let queued = UnsafeMutableBufferPointer<Bool>.allocate(capacity: n)
        defer {
            state.deallocate()
            members.deallocate()
            empty.deallocate()
            met.deallocate()
            queue.deallocate()
            queued.deallocate()
        }
        state.initialize(repeating: Community(strengthOut: 0, strengthIn: 0))
        members.initialize(repeating: 0)
        met.initialize(repeating: 0)
        queued.initialize(repeating: true)
        for v in 0..<n {
            let c = Int(labels[v])
            state[c].add(strengthOut: strengths[2 * v], strengthIn: strengths[2 * v + 1])
            members[c] += 1
        }
        var emptyCount = 0
        for c in stride(from: n - 1, through: 0, by: -1) where members[c] == 0 {
            empty[emptyCount] = Int32(truncatingIfNeeded: c)
            emptyCount += 1
        }
        for index in 0..<n { queue[index] = order[index] }
        var head = 0
        var queuedCount = n

        let prefetches = n >= Self.prefetchingNodeCount
        labels.withUnsafeMutableBufferPointer { community in
            while queuedCount > 0 {
                let u = Int(queue[head])
                head = head + 1 == n ? 0 : head + 1
                queuedCount -= 1
                queued[u] = false
                if prefetches {
                    let waiting = queuedCount
                    prefetchVisits(community: community, state: state) { ahead in
                        guard waiting > ahead else { return nil }
                        let position = head + ahead
                        return Int(queue[position >= n ? position - n : position])
                    }
                }

                let own = Int(community[u])
                let kOut = strengths[2 * u], kIn = strengths[2 * u + 1]
                state[own].remove(strengthOut: kOut, strengthIn: kIn)
                members[own] -= 1

                let row = rowStart[u]..<rowStart[u + 1]
                let found = bestCommunity(of: u, leaving: own, community: community, state: state, met: met, scale: scale)
                var best = found.community
                // An empty community's term is 0: alone, u gains nothing and pays nothing.
                // Its own community, if u was alone in it, is already such a community.
                if found.term < 0 && members[own] > 0 && emptyCount > 0 {
                    emptyCount -= 1
                    best = Int(empty[emptyCount])
                }

                if best != own {
                    if members[own] == 0 {
                        empty[emptyCount] = Int32(truncatingIfNeeded: own)
                        emptyCount += 1
                    }
                    community[u] = Int32(truncatingIfNeeded: best)
                    for slot in row {
                        let v = Int(neighbors[slot])
                        if !queued[v] && Int(community[v]) != best {
                            queued[v] = true
                            var tail = head + queuedCount
                            if tail >= n { tail -= n }
                            queue[tail] = Int32(truncatingIfNeeded: v)
                            queuedCount += 1
                        }
                    }
                }
                state[best].add(strengthOut: kOut, strengthIn: kIn)
                members[best] += 1
            }
        }
        return Self.renumber(&labels)
    }

    /// Renumbers `labels` (each in `0..<labels.count`) to `0..<count` in the order of the
    /// old labels, and returns `count`.
    ///
    /// - Complexity: O(n).
    static func renumber(_ labels: inout [Int32]) -> Int {
        let n = labels.count
        var numberOf = [Int32](repeating: -1, count: n)
        for v in 0..<n { numberOf[Int(labels[v])] = 0 }
        var count = 0
        for c in 0..<n where numberOf[c] == 0 {
            numberOf[c] = Int32(truncatingIfNeeded: count)
            count += 1
        }
        for v in 0..<n { labels[v] = numberOf[Int(labels[v])] }
        return count
    }
}

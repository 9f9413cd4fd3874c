extension CommunityLevel {
    /// The next level: one node per community, NetworkX's `_gen_graph`. Weights between two
    /// communities are summed into one neighbour entry; weights inside a community, and its
    /// members' self-loops, become the new node's self-loop; strengths are the members' sums.
    ///
    /// Communities are visited in index order and their members in node order (grouped by a
    /// counting sort), so the coarse rows, like everything else here, do not depend on
    /// hashing.
    ///
    /// - Parameters:
    ///   - community: each node's community, numbered `0..<communityCount`, none empty.
    /// - Complexity: O(n + m) time and space.
    func aggregated(by community: [Int32], communityCount count: Int) -> CommunityLevel {
        let n = nodeCount
        let (memberStart, members) = Self.members(of: community, count: count, in: 0..<Int32(n))

        // Every coarse entry comes from at least one fine entry, so the fine sizes bound them.
        var coarseRowStart = [Int](repeating: 0, count: count + 1)
        var coarseNeighbors = [Int32](repeating: 0, count: neighbors.count)
        var coarseWeights = [Double](repeating: 0, count: neighbors.count)
        var coarseSelfLoop = [Double](repeating: 0, count: count)
        var coarseStrengths = [Double](repeating: 0, count: 2 * count)
        var lastRowOf = [Int32](repeating: -1, count: count)
        var slotOf = [Int](repeating: 0, count: count)
        var write = 0
        // The hot loop works on raw buffers: no uniqueness or bounds checks per entry.
        coarseRowStart.withUnsafeMutableBufferPointer { coarseRowStart in
        coarseNeighbors.withUnsafeMutableBufferPointer { coarseNeighbors in
        coarseWeights.withUnsafeMutableBufferPointer { coarseWeights in
        coarseSelfLoop.withUnsafeMutableBufferPointer { coarseSelfLoop in
        coarseStrengths.withUnsafeMutableBufferPointer { coarseStrengths in
        lastRowOf.withUnsafeMutableBufferPointer { lastRowOf in
        slotOf.withUnsafeMutableBufferPointer { slotOf in
        members.withUnsafeBufferPointer { members in
        memberStart.withUnsafeBufferPointer { memberStart in
        community.withUnsafeBufferPointer { community in
            for c in 0..<count {
                coarseRowStart[c] = write
                var loops = 0.0
                // Each edge inside the community is met from both ends.
                var insideTwice = 0.0
                var strengthOut = 0.0
                var strengthIn = 0.0
                for member in memberStart[c]..<memberStart[c + 1] {
                    let u = Int(members[member])
                    loops += selfLoopWeight[u]
                    strengthOut += strengths[2 * u]
                    strengthIn += strengths[2 * u + 1]
                    for slot in rowStart[u]..<rowStart[u + 1] {
                        let d = Int(community[Int(neighbors[slot])])
                        let w = weight(at: slot)
                        if d == c {
                            insideTwice += w
                        } else if lastRowOf[d] == Int32(truncatingIfNeeded: c) {
                            coarseWeights[slotOf[d]] += w
                        } else {
                            lastRowOf[d] = Int32(truncatingIfNeeded: c)
                            slotOf[d] = write
                            coarseNeighbors[write] = Int32(truncatingIfNeeded: d)
                            coarseWeights[write] = w
                            write += 1
                        }
                    }
                }
                coarseSelfLoop[c] = loops + insideTwice / 2
                coarseStrengths[2 * c] = strengthOut
                coarseStrengths[2 * c + 1] = strengthIn
            }
        }}}}}}}}}}
        coarseRowStart[count] = write
        coarseNeighbors.removeLast(coarseNeighbors.count - write)
        coarseWeights.removeLast(coarseWeights.count - write)
        return CommunityLevel(nodeCount: count, rowStart: coarseRowStart, neighbors: coarseNeighbors,
                            neighborWeights: coarseWeights, selfLoopWeight: coarseSelfLoop,
                            strengths: coarseStrengths)
    }
}

extension CommunityLevel {
    /// The nodes of each community, grouped by a counting sort: community c's are
    /// `members[memberStart[c]..<memberStart[c + 1]]`, in the order `nodes` lists them.
    ///
    /// - Parameters:
    ///   - community: each node's community, numbered `0..<count`.
    ///   - nodes: every node once.
    /// - Complexity: O(n + count).
    static func members(of community: [Int32], count: Int, in nodes: some Sequence<Int32>)
        -> (memberStart: [Int], members: [Int32]) {
        var memberStart = [Int](repeating: 0, count: count + 1)
        for c in community { memberStart[Int(c) + 1] += 1 }
        for c in 0..<count { memberStart[c + 1] += memberStart[c] }
        var members = [Int32](repeating: 0, count: community.count)
        var next = memberStart
        for v in nodes {
            let c = Int(community[Int(v)])
            members[next[c]] = v
            next[c] += 1
        }
        return (memberStart, members)
    }
}

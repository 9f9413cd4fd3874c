extension CommunityLevel {
    /// The next level: one node per community, NetworkX's `_gen_graph`. Weights between two
    /// communities are summed into one neighbour entry; weights inside a community, and its
    /// members' self-loops, become the new node's self-loop; strengths are the members' sums.
    ///
    /// Communities are visited in index order and their members in node order (grouped by a
    /// counting sort), so the coarse rows, like everything else here, do not depend on
    /// hashing. Each coarse row is made from its community's members alone, so runs of
    /// communities are aggregated on `threads` threads at once, each into rows of its own,
    /// joined in order after: the level is the same bits on any number of threads.
    ///
    /// - Parameters:
    ///   - community: each node's community, numbered `0..<communityCount`, none empty.
    /// - Complexity: O(n + m) work, spread over the threads; O(n + m) space.
    func aggregated(by community: [Int32], communityCount count: Int, threads: Int = 1) -> CommunityLevel {
        let (memberStart, members) = Self.members(of: community, count: count, in: 0..<Int32(nodeCount))
        let runs = Self.balancedRuns(memberStart: memberStart, threads: worthThreads(threads))
        var coarseSelfLoop = [Double](repeating: 0, count: count)
        var coarseStrengths = [Double](repeating: 0, count: 2 * count)
        var pieces = [CoarseRows](repeating: CoarseRows(), count: runs.count - 1)
        coarseSelfLoop.withUnsafeMutableBufferPointer { coarseSelfLoop in
        coarseStrengths.withUnsafeMutableBufferPointer { coarseStrengths in
        pieces.withUnsafeMutableBufferPointer { pieces in
        members.withUnsafeBufferPointer { members in
        memberStart.withUnsafeBufferPointer { memberStart in
        community.withUnsafeBufferPointer { community in
            // Each run writes its own piece and its own communities' loops and strengths.
            let shared = AggregationBuffers(selfLoop: coarseSelfLoop, strengths: coarseStrengths, pieces: pieces,
                                            members: members, memberStart: memberStart, community: community)
            SourceChunks.run(chunks: runs.count - 1) { run in
                shared.pieces[run] = coarseRows(runs[run]..<runs[run + 1], communityCount: count, into: shared)
            }
        }}}}}}
        if pieces.count == 1 {
            let piece = pieces[0]
            return CommunityLevel(nodeCount: count, rowStart: piece.rowStart + [piece.neighbors.count],
                                  neighbors: piece.neighbors, neighborWeights: piece.weights,
                                  selfLoopWeight: coarseSelfLoop, strengths: coarseStrengths)
        }
        // The runs' rows, joined in order.
        var coarseRowStart = [Int](repeating: 0, count: count + 1)
        var coarseNeighbors: [Int32] = []
        var coarseWeights: [Double] = []
        let total = pieces.reduce(0) { $0 + $1.neighbors.count }
        coarseNeighbors.reserveCapacity(total)
        coarseWeights.reserveCapacity(total)
        for (run, piece) in pieces.enumerated() {
            let offset = coarseNeighbors.count
            for (index, c) in (runs[run]..<runs[run + 1]).enumerated() { coarseRowStart[c] = offset + piece.rowStart[index] }
            coarseNeighbors.append(contentsOf: piece.neighbors)
            coarseWeights.append(contentsOf: piece.weights)
        }
        coarseRowStart[count] = coarseNeighbors.count
        return CommunityLevel(nodeCount: count, rowStart: coarseRowStart, neighbors: coarseNeighbors,
                              neighborWeights: coarseWeights, selfLoopWeight: coarseSelfLoop,
                              strengths: coarseStrengths)
    }

    /// The rows of a run of coarse nodes: where each starts within the run's entries, and
    /// the entries.
    private struct CoarseRows {
        var rowStart: [Int] = []
        var neighbors: [Int32] = []
        var weights: [Double] = []
    }

    /// What ``aggregated(by:communityCount:threads:)``'s runs share: each writes only its
    /// own piece and its own communities' entries of the two coarse arrays.
    private struct AggregationBuffers: @unchecked Sendable {
        let selfLoop: UnsafeMutableBufferPointer<Double>
        let strengths: UnsafeMutableBufferPointer<Double>
        let pieces: UnsafeMutableBufferPointer<CoarseRows>
        let members: UnsafeBufferPointer<Int32>
        let memberStart: UnsafeBufferPointer<Int>
        let community: UnsafeBufferPointer<Int32>
    }

    /// Starts loading what the coarse rows will read for the members after `member` (up to
    /// `end`, across communities), as `prefetchVisits` does for local moving: twelve members
    /// on, the node's row bounds, strengths and self-loop; eight on, its row; four on, its
    /// neighbours' communities, up to 64 of them. The members lie at random in the level's
    /// arrays. A hint only: the result does not depend on it.
    @inline(__always)
    private func prefetchRows(after member: Int, before end: Int, members: UnsafeBufferPointer<Int32>,
                              community: UnsafeBufferPointer<Int32>) {
        func node(_ ahead: Int) -> Int? { member + ahead < end ? Int(members[member + ahead]) : nil }
        if let v = node(12) {
            prefetchEntries(of: v)
            selfLoopWeight.withUnsafeBufferPointer { prefetch($0.baseAddress! + v) }
        }
        if let v = node(8) { prefetchRow(of: v) }
        if let v = node(4), let communities = community.baseAddress {
            prefetchNeighbors(of: v) { prefetch(communities + $0) }
        }
    }

    /// The coarse rows of communities `run` (see ``aggregated(by:communityCount:threads:)``).
    ///
    /// - Complexity: O(count + the members' rows).
    private func coarseRows(_ run: Range<Int>, communityCount count: Int, into shared: AggregationBuffers) -> CoarseRows {
        var entries = 0
        for c in run {
            for member in shared.memberStart[c]..<shared.memberStart[c + 1] {
                let u = Int(shared.members[member])
                entries += rowStart[u + 1] - rowStart[u]
            }
        }
        // Every coarse entry comes from at least one fine entry, so the fine rows bound them.
        var rowStarts = [Int](repeating: 0, count: run.count)
        var neighborsOut = [Int32](repeating: 0, count: entries)
        var weightsOut = [Double](repeating: 0, count: entries)
        // The marks are indexed by neighbouring community, any of `count`, so each run fills
        // its own: O(runs × count) more per level, sequential writes, against the rows'
        // random reads.
        var lastRowOf = [Int32](repeating: -1, count: count)
        var slotOf = [Int](repeating: 0, count: count)
        var write = 0
        // The hot loop works on raw buffers: no uniqueness or bounds checks per entry.
        rowStarts.withUnsafeMutableBufferPointer { rowStarts in
        neighborsOut.withUnsafeMutableBufferPointer { coarseNeighbors in
        weightsOut.withUnsafeMutableBufferPointer { coarseWeights in
        lastRowOf.withUnsafeMutableBufferPointer { lastRowOf in
        slotOf.withUnsafeMutableBufferPointer { slotOf in
            let (members, memberStart, community) = (shared.members, shared.memberStart, shared.community)
            let prefetches = nodeCount >= Self.prefetchingNodeCount
            let membersEnd = memberStart[run.upperBound]
            for c in run {
                rowStarts[c - run.lowerBound] = write
                var loops = 0.0
                // Each edge inside the community is met from both ends.
                var insideTwice = 0.0
                var strengthOut = 0.0
                var strengthIn = 0.0
                for member in memberStart[c]..<memberStart[c + 1] {
                    if prefetches { prefetchRows(after: member, before: membersEnd, members: members, community: community) }
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
                shared.selfLoop[c] = loops + insideTwice / 2
                shared.strengths[2 * c] = strengthOut
                shared.strengths[2 * c + 1] = strengthIn
            }
        }}}}}
        neighborsOut.removeLast(entries - write)
        weightsOut.removeLast(entries - write)
        return CoarseRows(rowStart: rowStarts, neighbors: neighborsOut, weights: weightsOut)
    }

    /// `threads`, or one for a level too small to repay starting threads (fewer than 2¹⁶
    /// neighbour entries): on a 10,000-node graph, the coarser levels of one run would
    /// otherwise start threads some hundred times for a few microseconds of work each.
    func worthThreads(_ threads: Int) -> Int { neighbors.count >= 1 << 16 ? threads : 1 }

    /// Cuts the communities `0..<count` (`memberStart` has `count + 1` entries) into runs of
    /// about equal membership, four per thread so that a thread that finishes early takes
    /// another (one run on one thread); returns the runs' bounds. The cut changes only which
    /// thread handles a community, never a result.
    static func balancedRuns(memberStart: [Int], threads: Int) -> [Int] {
        let count = memberStart.count - 1
        let pieces = max(1, min(count, threads <= 1 ? 1 : 4 * threads))
        var bounds = [0]
        var s = 0
        for piece in 1..<pieces {
            let target = memberStart[count] * piece / pieces
            while s < count && memberStart[s] < target { s += 1 }
            if s > bounds[bounds.count - 1] { bounds.append(s) }
        }
        if count > bounds[bounds.count - 1] { bounds.append(count) }
        return bounds
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

extension CommunityLevel {
    /// The fewest nodes a level has for its local moving to prefetch (see `prefetchVisits`).
    /// Below it, what a visit reads at random (some 44 bytes a node: its community,
    /// strengths, row bounds and its community's record) fits in a core's L2 cache, and the
    /// prefetches are only instructions: without them below 2¹⁵ nodes, Leiden on BA 10k took
    /// 0.0474 s instead of 0.0516 s, and on BA 100k and ER 100k, whose coarser levels are that
    /// small, 0.906 s instead of 0.972 s and 0.970 s instead of 1.010 s (the process alone,
    /// alternating, medians of 9 and 15). Louvain's sweeps and the aggregation take the same
    /// floor, which was not measured for them apart.
    static let prefetchingNodeCount = 1 << 15

    /// Starts loading what the visits after the next few will read, one stage per distance
    /// ahead, each stage reading only what an earlier stage brought in: sixteen visits ahead,
    /// the node's community, strengths and row bounds; twelve ahead, its row; eight ahead, its
    /// neighbours' communities; four ahead, those communities' totals. `upcoming(k)` is the
    /// node visited k visits from now, or nil when none is known.
    ///
    /// Shared by Leiden's fast local moving (the visits are its queue) and Louvain's sweeps
    /// (the visits are the visiting order). A visit's reads land at random in arrays larger
    /// than the caches (the order is random), and each depends on the one before, so without
    /// this every visit waits on memory several times in turn. Rows are prefetched up to 64
    /// entries: a hub's visit is long enough to hide the rest. Results do not depend on it.
    /// It cut Leiden on the Barabási–Albert benchmark graph by about a sixth, and changed
    /// nothing measurable on the Erdős–Rényi one (the README's performance section has the
    /// figures); in Louvain's sweeps, with the aggregation's (`prefetchRows`), it took Louvain
    /// on BA 100k from 0.436 to 0.334 s and on the grid from 0.105 to 0.071 s, the whole
    /// process (`Benchmarks/PRODUCT-VISIT-PREFETCH.md`).
    @inline(__always)
    func prefetchVisits<Community>(
        community: UnsafeMutableBufferPointer<Int32>, state: UnsafeMutableBufferPointer<Community>,
        upcoming node: (_ ahead: Int) -> Int?
    ) {
        guard let communities = community.baseAddress, let totals = state.baseAddress else { return }
        if let v = node(16) {
            prefetch(communities + v)
            prefetchEntries(of: v)
        }
        if let v = node(12) { prefetchRow(of: v) }
        if let v = node(8) { prefetchNeighbors(of: v) { prefetch(communities + $0) } }
        if let v = node(4) { prefetchNeighbors(of: v) { prefetch(totals + Int(community[$0])) } }
    }

    /// Starts loading node `v`'s strengths and row bounds: the first stage of a prefetch.
    @inline(__always)
    func prefetchEntries(of v: Int) {
        strengths.withUnsafeBufferPointer { prefetch($0.baseAddress! + 2 * v) }
        rowStart.withUnsafeBufferPointer { prefetch($0.baseAddress! + v) }
    }

    /// Starts loading the start of node `v`'s row, its neighbours and their weights.
    @inline(__always)
    func prefetchRow(of v: Int) {
        let start = rowStart[v]
        neighbors.withUnsafeBufferPointer { if start < $0.count { prefetch($0.baseAddress! + start) } }
        neighborWeights.withUnsafeBufferPointer { if start < $0.count { prefetch($0.baseAddress! + start) } }
    }

    /// Calls `load` with each of node `v`'s first 64 neighbours: a hub's visit is long enough
    /// to hide the rest of its row.
    @inline(__always)
    func prefetchNeighbors(of v: Int, _ load: (_ neighbor: Int) -> Void) {
        for slot in rowStart[v]..<min(rowStart[v + 1], rowStart[v] + 64) { load(Int(neighbors[slot])) }
    }
}

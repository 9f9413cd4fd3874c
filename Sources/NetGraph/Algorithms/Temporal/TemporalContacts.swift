/// The relations of a graph as contacts: links that can be taken during a span of days.
///
/// A relation with a `date` happens at that instant; a partial date is the interval of days it
/// names (`2019-03` may be taken on any day of March 2019, since the sources do not say which).
/// A relation with `since`/`until` holds over that span, an absent end being open
/// (`Int.min` / `Int.max`). Relations with no date at all cannot be placed in time: they are
/// left out and counted in ``undatedCount``.
///
/// Undirected search (the default, as for `path`) takes every contact both ways; directed
/// search takes a relation of a directed type only from its source to its target.
///
/// Definitions follow Wu, Cheng, Huang, Ke, Lu & Xu, "Path problems in temporal graphs",
/// PVLDB 7(9), 2014, with zero traversal time and contacts that last a span of days.
public struct TemporalContacts: Sendable {
    /// Contact `c` leads from `tails[c]` to `heads[c]` and can be taken on any day in
    /// `opens[c]...closes[c]`; `relations[c]` is the relation it stands for.
    public let tails: [Int32]
    public let heads: [Int32]
    public let opens: [Int]
    public let closes: [Int]
    public let relations: [Int32]
    /// The contacts leaving each node: `outgoing[offsets[v]..<offsets[v + 1]]`.
    public let offsets: [Int]
    public let outgoing: [Int32]
    /// Relations left out because they carry no date.
    public let undatedCount: Int
    public let nodeCount: Int

    /// - Complexity: O(n + m).
    public init(graph: Graph, directed: Bool) {
        var tails: [Int32] = [], heads: [Int32] = [], opens: [Int] = [], closes: [Int] = [], relations: [Int32] = []
        var undated = 0
        let (sources, targets) = (graph.relationSources, graph.relationTargets)
        for r in 0..<graph.relationCount {
            let interval = graph.interval(ofRelation: r)
            guard interval.isDated else { undated += 1; continue }
            let open: Int, close: Int
            if let date = interval.date {
                (open, close) = (date.lowerBound, date.upperBound)
            } else {
                (open, close) = (interval.since?.lowerBound ?? Int.min, interval.until?.upperBound ?? Int.max)
            }
            let bothWays = !directed || !graph.isDirected(relation: r)
            for (tail, head) in bothWays && sources[r] != targets[r] ? [(sources[r], targets[r]), (targets[r], sources[r])] : [(sources[r], targets[r])] {
                tails.append(tail); heads.append(head); opens.append(open); closes.append(close)
                relations.append(Int32(truncatingIfNeeded: r))
            }
        }
        self.init(tails: tails, heads: heads, opens: opens, closes: closes, relations: relations,
                  undatedCount: undated, nodeCount: graph.nodeCount)
    }

    private init(tails: [Int32], heads: [Int32], opens: [Int], closes: [Int], relations: [Int32], undatedCount: Int, nodeCount: Int) {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for tail in tails { offsets[Int(tail) + 1] += 1 }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var outgoing = [Int32](repeating: 0, count: tails.count)
        for c in tails.indices {
            outgoing[fill[Int(tails[c])]] = Int32(truncatingIfNeeded: c)
            fill[Int(tails[c])] += 1
        }
        self.tails = tails; self.heads = heads; self.opens = opens; self.closes = closes; self.relations = relations
        self.offsets = offsets; self.outgoing = outgoing; self.undatedCount = undatedCount; self.nodeCount = nodeCount
    }

    /// The same contacts with time running backwards: each leads from its head to its tail,
    /// over the negated span. An earliest arrival in it is a latest departure here (see
    /// ``LatestDeparture``).
    ///
    /// - Complexity: O(n + m).
    public func reversedInTime() -> TemporalContacts {
        // Open ends stay open: negating Int.min would overflow.
        func negated(_ day: Int) -> Int { day == Int.min ? Int.max : day == Int.max ? Int.min : -day }
        return TemporalContacts(tails: heads, heads: tails, opens: closes.map(negated), closes: opens.map(negated),
                                relations: relations, undatedCount: undatedCount, nodeCount: nodeCount)
    }
}

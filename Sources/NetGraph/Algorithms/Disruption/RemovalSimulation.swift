/// What happens to a network as its actors are removed one at a time: the sequential
/// node-removal (attack) simulation of network science, for the "what if these are
/// arrested" question of criminal-network disruption (Duijn, Kashirin & Sloot, Sci. Rep. 4,
/// 4238, 2014).
///
/// After each removal the simulation records the ``RemovalImpact`` of all removals so far.
/// Its robustness is Schneider et al.'s R = (1/N) Σ_{Q=1..N} S(Q), S(Q) the largest
/// component's share of the N original nodes after Q removals (C. M. Schneider et al.,
/// "Mitigation of malicious attacks on networks", PNAS 108(10), 3838–3841, 2011). When fewer
/// than N removals are made, the sum runs over those made and is still divided by N, so R
/// compares only between simulations of the same length.
///
/// The order of removal comes from a ``Strategy``; ranked strategies break ties by the
/// `tieBreak` key (the entity id), then node index.
public struct RemovalSimulation: Sendable {
    /// How the next node to remove is chosen.
    public enum Strategy: Sendable, Equatable {
        /// Highest degree first, ranked once on the intact graph, or again after each
        /// removal when `recompute` is true.
        case degree(recompute: Bool)
        /// Highest betweenness first (Brandes, exact), ranked once or after each removal.
        case betweenness(recompute: Bool)
        /// Borgatti's key players for fragmentation (``Fragmentation``), a set of as many as the
        /// steps, removed in node order.
        case keyPlayers
        /// This order exactly ("what if these are arrested").
        case list([Int])
    }

    /// The impact before any removal.
    public let intact: RemovalImpact
    /// The nodes removed, in order.
    public let removed: [Int]
    /// The impact after each removal (same order as ``removed``).
    public let steps: [RemovalImpact]
    /// Schneider et al.'s robustness over the removals made.
    public let robustness: Double

    /// Simulates `steps` removals (at most the candidates) from `graph` by `strategy`;
    /// only `candidates` (node indices; every node when nil) may be removed.
    ///
    /// - Complexity: each step O(n·(n + m)) for its impact, plus the ranking: degree O(n + m)
    ///   (once or per step), betweenness O(n·m) (once or per step).
    public init<Key: Comparable>(_ graph: AnalysisGraph, strategy: Strategy, steps: Int, candidates: [Int]? = nil,
                                 tieBreak key: (Int) -> Key) throws(CentralityError) {
        let view = graph.undirected()
        let n = view.nodeCount
        let allowed = candidates.map { Set($0) } ?? Set(0..<n)
        let limit = min(steps, allowed.count)
        var gone: [Int] = []
        var isGone = [Bool](repeating: false, count: n)

        /// The graph without the nodes removed so far, same node indices (they are isolated).
        func remaining() -> AnalysisGraph {
            var sources: [Int32] = [], targets: [Int32] = []
            for (u, v) in zip(view.edgeSources, view.edgeTargets) where !isGone[Int(u)] && !isGone[Int(v)] {
                sources.append(u)
                targets.append(v)
            }
            return AnalysisGraph(nodeCount: n, sources: sources, targets: targets, directed: false)
        }
        func ranking(_ scores: Scores) -> [Int] {
            scores.ranked(tieBreak: key).filter { allowed.contains($0) && !isGone[$0] }
        }

        switch strategy {
        case let .list(order):
            gone = Array(order.prefix(limit))
        case .keyPlayers:
            gone = limit == 0 ? [] : Fragmentation.keyPlayers(view, k: limit, candidates: Array(allowed)).members
        case let .degree(recompute), let .betweenness(recompute):
            let isDegree = if case .degree = strategy { true } else { false }
            func scores(_ g: AnalysisGraph) throws(CentralityError) -> Scores {
                isDegree ? DegreeCentrality.scores(g, normalized: false) : try Betweenness.scores(g, options: .init(normalized: false))
            }
            if recompute {
                while gone.count < limit, let next = ranking(try scores(remaining())).first {
                    gone.append(next)
                    isGone[next] = true
                }
            } else {
                gone = Array(ranking(try scores(view)).prefix(limit))
            }
        }
        intact = RemovalImpact(removing: [], from: view)
        var impacts: [RemovalImpact] = []
        for count in gone.indices {
            impacts.append(RemovalImpact(removing: Array(gone[...count]), from: view))
        }
        removed = gone
        self.steps = impacts
        robustness = n == 0 ? 0 : impacts.reduce(0) { $0 + $1.largestComponentShare } / Double(n)
    }
}

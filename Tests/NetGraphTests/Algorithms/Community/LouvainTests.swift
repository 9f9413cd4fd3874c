import Testing
@testable import NetGraph

@Suite struct LouvainTests {
    /// Our Louvain draws its node orders from its own generator, so seed s here is not seed s
    /// in NetworkX, and single runs of either spread by more than 1% (NetworkX's own seeds
    /// 0–99 give karate weighted 0.4176–0.4449, davis 0.3087–0.3360). What is compared: the
    /// best of our seeds 1–5 is within 1% of the best of NetworkX's seeds 1–3 (or above it),
    /// and no single run falls more than 6% below NetworkX's worst stored run.
    @Test(arguments: ["karate", "florentine", "lesmis", "davis"])
    func modularityWithinOnePercentOfNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let runs = try #require(fixture.measures["louvain"] as? [[String: Any]])
        for weighted in fixture.weighted ? [false, true] : [false] {
            let theirs = runs.filter { $0["weighted"] as! Bool == weighted }.map { $0["modularity"] as! Double }
            let best = try #require(theirs.max())
            let worst = try #require(theirs.min())
            let graph = fixture.graph(weighted: weighted)
            var ours: [Double] = []
            for seed: UInt64 in 1...5 {
                var rng = SplitMix64(seed: seed)
                ours.append(Modularity.of(Louvain.communities(graph, using: &rng), in: graph))
            }
            #expect(ours.max()! >= best * 0.99, "\(name) weighted \(weighted): ours \(ours), NetworkX \(theirs)")
            #expect(ours.min()! >= worst * 0.94, "\(name) weighted \(weighted): ours \(ours), NetworkX \(theirs)")
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func sameSeedSamePartition(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph()
        var a = SplitMix64(seed: 3)
        var b = SplitMix64(seed: 3)
        let first = Louvain.communities(graph, using: &a)
        #expect(first == Louvain.communities(graph, using: &b))
        #expect(first.communities.flatMap { $0 }.sorted() == Array(0..<graph.nodeCount))
    }

    @Test func directedGraphsUseDirectedModularity() throws {
        for name in ["random_directed", "directed_small"] {
            let fixture = try NetworkXFixture(name)
            let runs = try #require(fixture.measures["louvain"] as? [[String: Any]])
            let best = runs.filter { $0["weighted"] as! Bool == false }.map { $0["modularity"] as! Double }.max()!
            var rng = SplitMix64(seed: 1)
            let q = Modularity.of(Louvain.communities(fixture.graph(), using: &rng), in: fixture.graph())
            #expect(q >= best * 0.95, "\(name): \(q) vs \(best)")
        }
    }

    @Test func emptyGraphGivesSingletons() {
        var rng = SplitMix64(seed: 1)
        let graph = AnalysisGraph(nodeCount: 3, sources: [], targets: [], directed: false)
        #expect(Louvain.communities(graph, using: &rng).count == 3)
    }
}

import Foundation
import Testing
@testable import NetGraph

@Suite struct BetweennessTests {
    @Test(arguments: NetworkXFixture.names)
    func nodeBetweennessMatchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        expectClose(try Betweenness.scores(graph).values, try #require(fixture.nodeValues("betweenness")), "\(name) normalized")
        expectClose(try Betweenness.scores(graph, options: .init(normalized: false)).values,
                    try #require(fixture.nodeValues("betweenness_raw")), "\(name) raw")
        expectClose(try Betweenness.scores(graph, options: .init(endpoints: true)).values,
                    try #require(fixture.nodeValues("betweenness_endpoints")), "\(name) endpoints")
        if fixture.weighted {
            expectClose(try Betweenness.scores(fixture.graph(weighted: true)).values,
                        try #require(fixture.nodeValues("betweenness_weighted")), "\(name) weighted")
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func edgeBetweennessMatchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for weighted in fixture.weighted ? [false, true] : [false] {
            let graph = fixture.graph(weighted: weighted)
            let key = weighted ? "edge_betweenness_weighted" : "edge_betweenness"
            let rows = try #require(fixture.measures[key] as? [[Any]])
            #expect(rows.count == graph.edgeCount)
            let scores = try Betweenness.edgeScores(graph)
            var actual: [Double] = []
            var expected: [Double] = []
            for row in rows {
                let u = fixture.index(of: row[0] as! String)
                let v = fixture.index(of: row[1] as! String)
                let edge = try #require(graph.edge(from: u, to: v), "\(name): no edge \(u)-\(v)")
                actual.append(scores[edge])
                expected.append((row[2] as! Double))
            }
            expectClose(actual, expected, "\(name) \(key)")
        }
    }

    /// Bit for bit, not merely close: the same input gives the same output on any number of
    /// threads (sums over fixed blocks of sources, added in block order).
    @Test(arguments: ["karate", "lesmis", "random_directed", "random_undirected"])
    func parallelEqualsSerial(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for weighted in [false, true] {
            let graph = fixture.graph(weighted: weighted)
            for endpoints in [false, true] {
                let serial = try Betweenness.scores(graph, options: .init(endpoints: endpoints, threads: 1)).values
                for threads in [2, 3, 7] {
                    let parallel = try Betweenness.scores(graph, options: .init(endpoints: endpoints, threads: threads)).values
                    #expect(parallel == serial, "\(name) \(threads) threads")
                }
            }
            let serialEdges = try Betweenness.edgeScores(graph, options: .init(threads: 1))
            for threads in [2, 4, 65] {
                #expect(try Betweenness.edgeScores(graph, options: .init(threads: threads)) == serialEdges, "\(name) edges, \(threads) threads")
            }
        }
    }

    @Test func sampledWithAllNodesIsExact() throws {
        let fixture = try NetworkXFixture("karate")
        let graph = fixture.graph()
        var rng = SplitMix64(seed: 42)
        let sampled = try Betweenness.scores(graph, sampling: graph.nodeCount, using: &rng).values
        expectClose(sampled, try #require(fixture.nodeValues("betweenness")), "karate k = n")
    }

    @Test func sampledUsesNetworkXRescaling() throws {
        // Sampled sums, rescaled as NetworkX's `_rescale` with sampled nodes: sources by
        // 1/((k−1)(n−2)), others by 1/(k(n−2)) when normalised.
        let graph = try NetworkXFixture("florentine").graph()
        let n = graph.nodeCount
        let k = 5
        var rng = SplitMix64(seed: 7)
        var replay = rng
        let sampled = try Betweenness.scores(graph, sampling: k, using: &rng).values
        let sources = Betweenness.sampleSources(k, of: n, using: &replay)
        #expect(Set(sources).count == k)
        let raw = Betweenness.accumulate(graph, sources: sources, endpoints: false, wantNodes: true, wantEdges: false,
                                         threads: 1, progress: nil).nodes
        for v in 0..<n {
            let scale = sources.contains(v) ? 1 / Double((k - 1) * (n - 2)) : 1 / Double(k * (n - 2))
            #expect(abs(sampled[v] - raw[v] * scale) < 1e-12)
        }
        // Same seed, same estimate.
        var again = SplitMix64(seed: 7)
        #expect(try Betweenness.scores(graph, sampling: k, using: &again).values == sampled)
    }

    @Test func negativeWeightsThrow() {
        let graph = AnalysisGraph(nodeCount: 2, sources: [0], targets: [1], weights: [-1], directed: false)
        #expect(throws: CentralityError.negativeWeight(source: 0, target: 1, weight: -1)) {
            try Betweenness.scores(graph)
        }
    }

    @Test func progressReportsEverySource() throws {
        let graph = try NetworkXFixture("karate").graph()
        let seen = Counter()
        _ = try Betweenness.scores(graph, options: .init(threads: 2)) { _, total in
            #expect(total == 34)
            seen.increment()
        }
        #expect(seen.value == 34)
    }
}

/// A thread-safe tally for progress callbacks.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

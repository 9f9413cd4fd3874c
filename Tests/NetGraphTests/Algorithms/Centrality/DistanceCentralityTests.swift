import Testing
@testable import NetGraph

@Suite struct DistanceCentralityTests {
    @Test(arguments: NetworkXFixture.names)
    func closenessMatchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        expectClose(try Closeness.scores(fixture.graph()).values, try #require(fixture.nodeValues("closeness")), "\(name)")
        if fixture.weighted {
            expectClose(try Closeness.scores(fixture.graph(weighted: true)).values,
                        try #require(fixture.nodeValues("closeness_weighted")), "\(name) weighted")
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func harmonicMatchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        expectClose(try Harmonic.scores(fixture.graph()).values, try #require(fixture.nodeValues("harmonic")), "\(name)")
        if fixture.weighted {
            expectClose(try Harmonic.scores(fixture.graph(weighted: true)).values,
                        try #require(fixture.nodeValues("harmonic_weighted")), "\(name) weighted")
        }
    }

    @Test func closenessOfAPathByHand() throws {
        // 0-1-2 plus isolated 3: C(1) = (2/2)·(2/3), C(0) = (2/3)·(2/3), C(3) = 0.
        let graph = AnalysisGraph(nodeCount: 4, sources: [0, 1], targets: [1, 2], directed: false)
        let scores = try Closeness.scores(graph).values
        #expect(abs(scores[1] - 2.0 / 3) < 1e-15)
        #expect(abs(scores[0] - 4.0 / 9) < 1e-15)
        #expect(scores[3] == 0)
        #expect(try Harmonic.scores(graph).values == [1.5, 2, 1.5, 0])
    }
}

@Suite struct DistanceCentralityThreadTests {
    @Test(arguments: [false, true]) func anyThreadCountGivesTheSerialBits(directed: Bool) throws {
        for weighted in [false, true] {
            for seed in 1...6 as ClosedRange<UInt64> {
                let graph = randomGraph(nodes: 90, edges: 160, directed: directed, weighted: weighted, seed: seed)
                let closeness = try Closeness.scores(graph, threads: 1).values
                let harmonic = try Harmonic.scores(graph, threads: 1).values
                for threads in [2, 3, 7] {
                    #expect(try Closeness.scores(graph, threads: threads).values == closeness)
                    #expect(try Harmonic.scores(graph, threads: threads).values == harmonic)
                }
            }
        }
    }

    /// Harmonic centrality by its definition: Σ_{v≠u} 1/d(v, u) over single-source searches
    /// from every v, added in order of v.
    @Test(arguments: [false, true]) func harmonicEqualsTheSumOverSources(directed: Bool) throws {
        for seed in 1...6 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 50, edges: 70, directed: directed, weighted: true, seed: seed)
            var expected = [Double](repeating: 0, count: graph.nodeCount)
            for v in 0..<graph.nodeCount {
                let distances = try Dijkstra.distances(from: v, in: graph)
                for u in 0..<graph.nodeCount where u != v && distances[u].isFinite && distances[u] != 0 {
                    expected[u] += 1 / distances[u]
                }
            }
            #expect(try Harmonic.scores(graph).values == expected)
        }
    }
}

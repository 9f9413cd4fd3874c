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

    /// Harmonic centrality by its definition, Σ_{v≠u} 1/d(v, u), with every distance found by
    /// Floyd–Warshall over the edge list: an engine independent of the Dijkstra searches
    /// harmonic centrality runs on.
    @Test(arguments: [false, true]) func harmonicEqualsItsDefinitionOverAllPairs(directed: Bool) throws {
        for seed in 1...6 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 40, edges: 60, directed: directed, weighted: true, seed: seed)
            let n = graph.nodeCount
            var distance = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
            for v in 0..<n {
                distance[v][v] = 0
                for slot in graph.outgoing.slots(of: v) {
                    let u = Int(graph.outgoing.targets[slot])
                    distance[v][u] = min(distance[v][u], graph.outgoing.weight(at: slot))
                }
            }
            for k in 0..<n {
                for i in 0..<n where distance[i][k].isFinite {
                    for j in 0..<n where distance[i][k] + distance[k][j] < distance[i][j] {
                        distance[i][j] = distance[i][k] + distance[k][j]
                    }
                }
            }
            var expected = [Double](repeating: 0, count: n)
            for u in 0..<n {
                for v in 0..<n where v != u && distance[v][u].isFinite && distance[v][u] != 0 {
                    expected[u] += 1 / distance[v][u]
                }
            }
            let found = try Harmonic.scores(graph).values
            for u in 0..<n {
                #expect(abs(found[u] - expected[u]) <= 1e-12 * max(1, expected[u]), "seed \(seed) node \(u)")
            }
        }
    }
}

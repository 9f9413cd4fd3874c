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

import Testing
@testable import NetGraph

@Suite struct DegreeCentralityTests {
    @Test(arguments: NetworkXFixture.names)
    func matchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        expectClose(DegreeCentrality.scores(graph).values, try #require(fixture.nodeValues("degree")), "\(name) degree")
        if fixture.directed {
            expectClose(DegreeCentrality.scores(graph, direction: .incoming).values,
                        try #require(fixture.nodeValues("in_degree")), "\(name) in")
            expectClose(DegreeCentrality.scores(graph, direction: .outgoing).values,
                        try #require(fixture.nodeValues("out_degree")), "\(name) out")
        }
    }

    @Test func rawCountsAndSelfLoopsCountTwice() {
        // 0-0 (self-loop), 0-1, 1-2: NetworkX degrees 3, 2, 1.
        let graph = AnalysisGraph(nodeCount: 3, sources: [0, 0, 1], targets: [0, 1, 2], directed: false)
        #expect(DegreeCentrality.scores(graph, normalized: false).values == [3, 2, 1])
        #expect(DegreeCentrality.scores(graph).values == [1.5, 1, 0.5])
        let directed = AnalysisGraph(nodeCount: 3, sources: [0, 0, 1], targets: [0, 1, 2], directed: true)
        #expect(DegreeCentrality.scores(directed, normalized: false).values == [3, 2, 1])
        #expect(DegreeCentrality.scores(directed, direction: .incoming, normalized: false).values == [1, 1, 1])
        #expect(DegreeCentrality.scores(directed, direction: .outgoing, normalized: false).values == [2, 1, 0])
    }

    @Test func singleNodeScoresOne() {
        let graph = AnalysisGraph(nodeCount: 1, sources: [], targets: [], directed: false)
        #expect(DegreeCentrality.scores(graph).values == [1])
    }
}

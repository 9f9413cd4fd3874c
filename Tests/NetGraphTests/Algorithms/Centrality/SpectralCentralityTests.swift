import Testing
@testable import NetGraph

@Suite struct SpectralCentralityTests {
    @Test(arguments: NetworkXFixture.names)
    func eigenvectorMatchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        expectClose(try Eigenvector.scores(fixture.graph()).values, try #require(fixture.nodeValues("eigenvector")),
                    relative: 1e-6, absolute: 1e-9, "\(name)")
        if fixture.weighted {
            expectClose(try Eigenvector.scores(fixture.graph(weighted: true)).values,
                        try #require(fixture.nodeValues("eigenvector_weighted")),
                        relative: 1e-6, absolute: 1e-9, "\(name) weighted")
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func pageRankMatchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        expectClose(try PageRank.scores(graph).values, try #require(fixture.nodeValues("pagerank")),
                    relative: 1e-6, absolute: 1e-12, "\(name)")
        expectClose(try PageRank.scores(graph, alpha: 0.7).values, try #require(fixture.nodeValues("pagerank_alpha_0_7")),
                    relative: 1e-6, absolute: 1e-12, "\(name) alpha 0.7")
        let vector = try #require(fixture.measures["pagerank_personalization_vector"] as? [String: Double])
        var personalization = [Double](repeating: 0, count: fixture.nodes.count)
        for (id, value) in vector { personalization[fixture.index(of: id)] = value }
        expectClose(try PageRank.scores(graph, personalization: personalization).values,
                    try #require(fixture.nodeValues("pagerank_personalized")),
                    relative: 1e-6, absolute: 1e-12, "\(name) personalized")
        if fixture.weighted {
            expectClose(try PageRank.scores(fixture.graph(weighted: true)).values,
                        try #require(fixture.nodeValues("pagerank_weighted")),
                        relative: 1e-6, absolute: 1e-12, "\(name) weighted")
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func katzMatchesNetworkXOrThrowsWhereItRaised(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for weighted in fixture.weighted ? [false, true] : [false] {
            let key = weighted ? "katz_weighted" : "katz"
            let graph = fixture.graph(weighted: weighted)
            if let error = fixture.error(key) {
                #expect(error == "PowerIterationFailedConvergence")
                #expect(throws: CentralityError.didNotConverge(measure: "Katz", iterations: 1000)) {
                    try Katz.scores(graph)
                }
            } else {
                expectClose(try Katz.scores(graph).values, try #require(fixture.nodeValues(key)),
                            relative: 1e-6, absolute: 1e-12, "\(name) \(key)")
            }
        }
    }

    @Test func eigenvectorNonConvergenceNamesTheIterations() {
        let graph = AnalysisGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: false)
        #expect(throws: CentralityError.didNotConverge(measure: "eigenvector", iterations: 2)) {
            try Eigenvector.scores(graph, maxIterations: 2)
        }
        #expect(CentralityError.didNotConverge(measure: "eigenvector", iterations: 2).description.contains("2 iterations"))
    }

    @Test func pageRankRejectsAnEmptyPersonalization() {
        let graph = AnalysisGraph(nodeCount: 2, sources: [0], targets: [1], directed: true)
        #expect(throws: CentralityError.self) { try PageRank.scores(graph, personalization: [0, 0]) }
    }

    @Test func scoresRankByValueThenIndex() {
        let scores = Scores([0.5, 0.9, 0.5, 0.1])
        #expect(scores.ranked() == [1, 0, 2, 3])
        #expect(scores.ranked(tieBreak: { ["b", "z", "a", "c"][$0] }) == [1, 2, 0, 3])
        #expect(scores.top(2).map(\.node) == [1, 0])
    }

    /// Long runs of ties, as core numbers give: within a run, by key, then by index where
    /// keys are equal; against a plain sort of (−score, key, index).
    @Test func longRunsOfTiesRankByKeyThenIndex() {
        var rng = SplitMix64(seed: 7)
        let values = (0..<2_000).map { _ in Double(rng.next() % 4) }
        let keys = (0..<2_000).map { _ in "n\(rng.next() % 500)" }
        let expected = values.indices.sorted {
            values[$0] != values[$1] ? values[$0] > values[$1] : keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1
        }
        #expect(Scores(values).ranked(tieBreak: { keys[$0] }) == expected)
        #expect(CentralityMeasure.constraint.ranked(Scores(values), tieBreak: { keys[$0] }) == expected.reversed().sorted {
            values[$0] != values[$1] ? values[$0] < values[$1] : keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1
        })
    }
}

@Suite struct PageRankStoppingRuleTests {
    @Test func networKitsRuleStopsAtTheIterationCapWithoutAnError() throws {
        let graph = randomGraph(nodes: 300, edges: 900, directed: true, weighted: false, seed: 3)
        #expect(throws: CentralityError.self) { try PageRank.scores(graph, maxIterations: 2) }
        let capped = try PageRank.scores(graph, maxIterations: 2, stoppingRule: .networKit).values
        #expect(capped.count == graph.nodeCount)
    }

    /// NetworKit's rule (L1 change ≤ tol) is the stricter one for n > 1: its answer lies at
    /// least as close to the fixed point as NetworkX's.
    @Test(arguments: [false, true]) func networKitsRuleLandsCloserToTheFixedPoint(directed: Bool) throws {
        let graph = randomGraph(nodes: 500, edges: 2000, directed: directed, weighted: false, seed: 5)
        let exact = try PageRank.scores(graph, maxIterations: 1000, tolerance: 1e-16).values
        func error(_ values: [Double]) -> Double { zip(values, exact).reduce(0) { $0 + abs($1.0 - $1.1) } }
        let networkX = try PageRank.scores(graph).values
        let networKit = try PageRank.scores(graph, stoppingRule: .networKit).values
        #expect(error(networKit) <= error(networkX))
        #expect(error(networKit) < 1e-5)
    }
}

import Testing
@testable import NetGraph

/// Each scenario is the graph rebuilt without one source's (or one status's) relations: the
/// views Sensitivity makes on codes agree with subgraphs judged on relation values.
@Suite struct SensitivityTests {
    @Test(arguments: 0..<20)
    func scenariosEqualSubgraphsWithoutTheRemovedRelations(_ seed: Int) throws {
        let graph = try CorroborationTests.randomGraph(seed: UInt64(seed))
        let scenarios = Sensitivity.scenarios(of: graph)
        let cited = Set(graph.relations.compactMap(\.source))
        #expect(scenarios.map(\.removal) == graph.sources.map(\.id).filter(cited.contains).map { .source($0) })
        let top = try Sensitivity.topK(of: .degree, k: 3, in: graph)
        let chain = try Sensitivity.chain(from: 0, to: graph.nodeCount - 1, in: graph)
        for (index, scenario) in scenarios.enumerated() {
            guard case let .source(id) = scenario.removal else { continue }
            let expected = graph.subgraph(keepEntity: { _ in true }, keepRelation: { $0.source != id })
            #expect(Array(scenario.graph.relations) == Array(expected.relations))
            #expect(scenario.relationsRemoved == graph.relationCount - expected.relationCount)
            let scores = DegreeCentrality.scores(try expected.analysisGraph(), direction: .all, normalized: true)
            #expect(top.scenarios[index].top == Array(scores.ranked { expected.id(ofNode: $0) }.prefix(3)))
            let path = BreadthFirst.shortestPath(from: 0, to: graph.nodeCount - 1, in: try expected.analysisGraph())
            #expect(chain.scenarios[index].path?.hops == path?.hops)
        }
    }
}

import Testing
@testable import NetGraph

/// The undirected, unweighted projection is built once per graph or view and shared by every
/// caller; the other projections, and a view's, are their own.
@Suite struct ProjectionCacheTests {
    private func sharesTargets(_ a: AnalysisGraph, _ b: AnalysisGraph) -> Bool {
        a.outgoing.targets.withUnsafeBufferPointer { first in
            b.outgoing.targets.withUnsafeBufferPointer { second in first.baseAddress == second.baseAddress }
        }
    }

    private func graph() throws -> Graph {
        var builder = GraphBuilder(name: "g")
        for id in ["a", "b", "c", "d"] { builder.add(Entity(id: id, kind: .person)) }
        builder.add(Relation(from: "a", to: "b", type: "family-of"))
        builder.add(Relation(from: "b", to: "c", type: "family-of", weight: 2))
        builder.add(Relation(from: "c", to: "d", type: "family-of"))
        return try builder.build()
    }

    @Test func theDefaultProjectionIsBuiltOnce() throws {
        let graph = try graph()
        let first = try graph.analysisGraph()
        #expect(sharesTargets(first, graph.undirectedSimpleProjection()))
        #expect(sharesTargets(first, try graph.analysisGraph(directed: false, weight: nil)))
        #expect(!sharesTargets(first, try graph.analysisGraph(weight: "weight")))
        #expect(!sharesTargets(first, try graph.analysisGraph(directed: true)))
    }

    @Test func aViewHasAProjectionOfItsOwn() throws {
        let graph = try graph()
        let whole = try graph.analysisGraph()
        let view = graph.view(keepingNodes: { $0 != 3 })
        let part = try view.analysisGraph()
        #expect(!sharesTargets(whole, part))
        #expect(part.edgeCount == 2 && whole.edgeCount == 3)
        #expect(sharesTargets(part, try view.analysisGraph()))
    }

    /// Two threads asking at once get the one projection.
    @Test func concurrentCallersShareOneBuild() async throws {
        let graph = try graph()
        async let first = graph.undirectedSimpleProjection()
        async let second = graph.undirectedSimpleProjection()
        let (a, b) = await (first, second)
        #expect(sharesTargets(a, b))
    }
}

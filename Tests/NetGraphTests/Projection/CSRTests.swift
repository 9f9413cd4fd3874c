import Testing
@testable import NetGraph

@Suite struct CSRTests {
    @Test func selfLoopsAppearOnceInTheSymmetricView() {
        let csr = CSR.build(nodeCount: 3, sources: [0, 1, 2], targets: [1, 1, 0], symmetric: true)
        #expect(csr.checkInvariants(edgeCount: 3))
        #expect(Array(csr.neighbors(of: 1)) == [0, 1])
        #expect(Array(csr.neighbors(of: 0)) == [1, 2])
    }

    @Test func analysisGraphCollapsesParallelEdgesKeepingTheLightest() {
        let undirected = AnalysisGraph(nodeCount: 4, sources: [0, 1, 0, 2, 3], targets: [1, 0, 1, 2, 2],
                                       weights: [5, 2, 7, 1, 4], directed: false)
        #expect(undirected.edgeCount == 3)  // {0,1}, {2,2}, {2,3}
        #expect(undirected.edgeWeights == [2, 1, 4])
        #expect(Array(undirected.outgoing.neighbors(of: 2)) == [2, 3])
        #expect(undirected.edge(from: 1, to: 0) == 0)
        #expect(undirected.edge(from: 0, to: 3) == nil)
        // nx.density(G) with 4 nodes and 3 edges (a self-loop counts).
        #expect(undirected.density == 0.5)

        let directed = AnalysisGraph(nodeCount: 3, sources: [0, 1, 0], targets: [1, 0, 1], directed: true)
        #expect(directed.edgeCount == 2)
        #expect(Array(directed.incoming.neighbors(of: 1)) == [0])
        #expect(directed.density == 2.0 / 6.0)
        #expect(directed.undirected().edgeCount == 1)
    }

    @Test func directedViewGivesUndirectedRelationsBothArcs() throws {
        let graph = try TestSupport.starter()
        let directed = try graph.analysisGraph(directed: true)
        let son = graph.index(of: "mencho-son")!
        let mencho = graph.index(of: "el-mencho")!
        // family-of is undirected: both arcs exist; leads is directed: one.
        #expect(directed.edge(from: son, to: mencho) != nil && directed.edge(from: mencho, to: son) != nil)
        let cjng = graph.index(of: "cjng")!
        #expect(directed.edge(from: mencho, to: cjng) != nil && directed.edge(from: cjng, to: mencho) == nil)
    }

    @Test func componentsAreLargestFirst() {
        let graph = AnalysisGraph(nodeCount: 7, sources: [0, 3, 4, 5], targets: [1, 4, 5, 6], directed: false)
        let components = ConnectedComponents(graph)
        #expect(components.sizes == [4, 2, 1])
        #expect(components.members == [[3, 4, 5, 6], [0, 1], [2]])
    }
}

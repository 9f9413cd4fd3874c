import Testing
@testable import NetGraph

/// The analysis projection keeps which relations every edge stands for; these tests compare
/// it with a brute force over the relation list.
@Suite struct ProvenanceTests {
    /// The relations a brute force finds behind the step `u → v`: on an undirected projection
    /// every relation joining the pair; on a directed one those written `u → v` or of an
    /// undirected type.
    private func bruteForce(_ graph: Graph, _ u: Int, _ v: Int, directed: Bool) -> [Int] {
        (0..<graph.relationCount).filter { r in
            let (a, b) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
            if a == u && b == v { return true }
            return a == v && b == u && (!directed || !graph.isDirected(relation: r))
        }
    }

    @Test(arguments: [false, true])
    func everyEdgeKnowsItsRelations(directed: Bool) throws {
        for graph in [try TestSupport.starter(), try BundledGraph.load()] {
            let projection = try graph.analysisGraph(directed: directed)
            var covered = [Int](repeating: 0, count: graph.relationCount)
            for e in 0..<projection.edgeCount {
                let (u, v) = projection.endpoints(of: e)
                let relations = projection.relations(ofEdge: e).map(Int.init)
                #expect(relations == bruteForce(graph, u, v, directed: directed), "edge \(u)-\(v)")
                for r in relations { covered[r] += 1 }
            }
            // Undirected, every relation stands behind exactly one edge; directed, a relation of
            // an undirected type between two different entities stands behind two.
            for r in 0..<graph.relationCount {
                let twoWays = directed && !graph.isDirected(relation: r) && graph.relationSources[r] != graph.relationTargets[r]
                #expect(covered[r] == (twoWays ? 2 : 1), "relation \(r)")
            }
        }
    }

    @Test func viewsAndMergedDirectionsKeepProvenance() throws {
        let graph = try TestSupport.starter().filtered(kinds: [.person, .official, .cartel, .agency])
        let merged = try graph.analysisGraph(directed: true).undirected()
        let plain = try graph.analysisGraph()
        #expect(merged.edgeCount == plain.edgeCount)
        for e in 0..<plain.edgeCount {
            #expect(Array(merged.relations(ofEdge: e)) == Array(plain.relations(ofEdge: e)))
        }
    }

    @Test func parallelInputEdgesKeepEveryCopyInInputOrder() {
        // A large group (over the insertion-sort threshold) out of order, with repeats.
        let targets: [Int32] = (0..<40).map { Int32(40 - $0 % 20) } + [3, 3, 1]
        let sources = [Int32](repeating: 0, count: targets.count)
        let projection = AnalysisGraph(nodeCount: 41, sources: sources, targets: targets, directed: true)
        for e in 0..<projection.edgeCount {
            let target = projection.target(of: e)
            let expected = targets.indices.filter { Int(targets[$0]) == target }.map(Int32.init)
            #expect(Array(projection.relations(ofEdge: e)) == expected)
        }
    }

    @Test func evidenceAlongAPathNamesEachStepsRelations() throws {
        let graph = try BundledGraph.load()
        let resolver = NameResolver(graph: graph)
        let (from, to) = (try resolver.resolve("El Mencho"), try resolver.resolve("Sheinbaum"))
        let projection = try graph.analysisGraph()
        let path = try #require(BreadthFirst.shortestPath(from: from, to: to, in: projection))
        let evidence = graph.evidence(along: path, in: projection)
        #expect(evidence.count == path.hops)
        for (step, items) in evidence.enumerated() {
            let (u, v) = (path.nodes[step], path.nodes[step + 1])
            #expect(items.map(\.relation) == bruteForce(graph, u, v, directed: false))
            for item in items {
                let relation = graph.relations[item.relation]
                #expect(graph.id(ofNode: item.from) == relation.from && graph.id(ofNode: item.to) == relation.to)
                #expect(item.quote == relation.quote && item.source?.id == relation.source)
                #expect(item.interval == RelationInterval(date: relation.date, since: relation.since, until: relation.until))
            }
        }
    }
}

import Testing
@testable import NetGraph

/// Distinct sources per link against a direct count over every relation, on random graphs
/// with random citations.
@Suite struct CorroborationTests {
    static func randomGraph(seed: UInt64) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var builder = GraphBuilder(name: "random")
        for s in 0..<4 { builder.add(Source(id: "s\(s)")) }
        let n = 6 + Int(rng.next() % 6)
        for v in 0..<n { builder.add(Entity(id: "n\(v)", kind: "person")) }
        for _ in 0..<(n * 2) {
            let (a, b) = (Int(rng.next() % UInt64(n)), Int(rng.next() % UInt64(n)))
            let cited = rng.next() % 5
            builder.add(Relation(from: "n\(a)", to: "n\(b)", type: rng.next() % 2 == 0 ? "supports" : "allied-with",
                                 source: cited == 4 ? nil : "s\(cited)"))
        }
        return try builder.build()
    }

    @Test(arguments: 0..<30)
    func countsEqualADirectCount(_ seed: Int) throws {
        let graph = try Self.randomGraph(seed: UInt64(seed))
        let support = Corroboration(graph: graph)
        let relations = Array(graph.relations)
        for (r, relation) in relations.enumerated() {
            let pair = Set([relation.from, relation.to])
            let sources = Set(relations.filter { Set([$0.from, $0.to]) == pair }.compactMap(\.source))
            #expect(support.sourceCount(ofRelation: r) == sources.count, "seed \(seed) relation \(r)")
        }
        let kept = graph.corroborated(minimumSources: 2)
        #expect(kept.nodeCount == graph.nodeCount)
        #expect(kept.relationCount == support.sourceCounts.filter { $0 >= 2 }.count)
    }

    @Test func aChainNamesItsDocumentsAndItsSingleSourceSteps() {
        func item(_ source: String?) -> Evidence {
            Evidence(relation: 0, from: 0, to: 1, type: "supports", isDirected: true, interval: RelationInterval(),
                     status: nil, source: source.map { Source(id: $0) }, quote: nil)
        }
        let support = ChainSupport(steps: [[item("a"), item("b")], [item("b"), item("b")], [item(nil)]])
        #expect(support.sources == ["a", "b"])
        #expect(support.singleSourceSteps == [2, 3])
        #expect(!support.restsOnOneDocument)
        #expect(ChainSupport(steps: [[item("a")], [item("a")]]).restsOnOneDocument)
    }
}

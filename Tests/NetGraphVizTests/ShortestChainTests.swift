import NetGraph
import NetGraphViz
import Testing
import VizTestSupport

@Suite struct ShortestChainTests {
    @Test func findsAShortestChainIgnoringDirection() throws {
        let graph = try VizSupport.starter()
        let mencho = try #require(graph.index(of: "el-mencho"))
        let sheinbaum = try #require(graph.index(of: "sheinbaum"))
        let chain = try #require(ShortestChain.relations(from: mencho, to: sheinbaum, in: graph))
        #expect(chain.count == 3)
        let nodes = ShortestChain.nodes(from: mencho, along: chain, in: graph)
        #expect(nodes.first == mencho && nodes.last == sheinbaum)
        for (step, r) in chain.enumerated() {
            let ends = Set([Int(graph.relationSources[r]), Int(graph.relationTargets[r])])
            #expect(ends == Set([nodes[step], nodes[step + 1]]))
        }
        #expect(ShortestChain.relations(from: mencho, to: mencho, in: graph) == [])
        #expect(chain == ShortestChain.relations(from: mencho, to: sheinbaum, in: graph))
    }

    @Test func noChainBetweenComponents() throws {
        let graph = try VizSupport.read("""
            graph: {name: two}
            entities:
              - {id: a, kind: person}
              - {id: b, kind: cartel}
              - {id: c, kind: person}
            relations:
              - {from: a, to: b, type: member-of}
            """)
        #expect(ShortestChain.relations(from: 0, to: 2, in: graph) == nil)
    }
}

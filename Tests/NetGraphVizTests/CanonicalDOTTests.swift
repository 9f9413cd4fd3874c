import Foundation
import NetGraph
@testable import NetGraphViz
import Testing
import VizTestSupport

/// The `canon` format: the DOT text netgraph hands to Graphviz, from which Graphviz's own
/// parser must build a graph that draws exactly what netgraph draws.
@Suite struct CanonicalDOTTests {
    let graphviz = try! GraphvizContext()

    static let bundledPath = VizSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path

    /// Draws `graph` twice: straight from netgraph, and from its canon text parsed by cgraph.
    private func bothDrawings(of graph: Graph, _ options: RenderOptions) throws -> (direct: Data, fromText: Data) {
        var canon = options
        canon.format = .canon
        let text = try #require(String(data: try graphviz.render(graph, options: canon).data, encoding: .utf8))
        return (try graphviz.render(graph, options: options).data, try graphviz.render(dotText: text, options: options).data)
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .twopi])
    func theBundledGraphDrawsTheSameFromItsCanonText(layout: LayoutEngine) throws {
        let graph = try GraphFile.read(path: Self.bundledPath)
        let drawings = try bothDrawings(of: graph, RenderOptions(layout: layout, format: .svg))
        let same = drawings.direct == drawings.fromText
        #expect(same)
    }

    @Test func questionsDrawTheSame() throws {
        let graph = try GraphFile.read(path: Self.bundledPath)
        let resolver = NameResolver(graph: graph)
        let from = try resolver.resolve("El Mencho")
        let chain = try #require(ShortestChain.relations(from: from, to: try resolver.resolve("Sheinbaum"), in: graph))
        let options = RenderOptions(format: .svg, edgeLabels: true, nodeSize: NodeMeasure.degree(of: graph),
                                    emphasis: .init(nodes: ShortestChain.nodes(from: from, along: chain, in: graph), relations: chain))
        let drawings = try bothDrawings(of: graph, options)
        let same = drawings.direct == drawings.fromText
        #expect(same)
    }

    /// Graphviz orders clusters by where it stored their names, which differs between a
    /// parse and API calls, so boxed drawings are compared by content, not byte for byte.
    /// Edge labels in boxes once crashed Graphviz's dot (see `DrawingPlan`).
    @Test func clustersWithEdgeLabelsDraw() throws {
        let graph = try GraphFile.read(path: Self.bundledPath)
        var rng = SplitMix64(seed: 1)
        let groups = Louvain.communities(try graph.analysisGraph(), using: &rng).communityOfNode.map(Int.init)
        for options in [RenderOptions(edgeLabels: true, clusterByKind: true),
                        RenderOptions(edgeLabels: true, clusterGroups: groups, clusterLabel: "community")] {
            let drawings = try bothDrawings(of: graph, options)
            let direct = try SVGSummary(drawings.direct)
            let fromText = try SVGSummary(drawings.fromText)
            #expect(direct.entityNodes.count == graph.nodeCount && fromText.entityNodes.count == graph.nodeCount)
            #expect(direct.edges.count == graph.relationCount && fromText.edges.count == graph.relationCount)
            #expect(Set(direct.clusters) == Set(fromText.clusters))
        }
    }

    @Test func hostileTextDrawsTheSame() throws {
        let drawings = try bothDrawings(of: try VizSupport.hostile(), RenderOptions(format: .svg))
        let same = drawings.direct == drawings.fromText
        #expect(same)
    }

    @Test func objectsComeInCreationOrder() throws {
        let graph = try VizSupport.starter()
        let text = try #require(String(data: try graphviz.render(graph, options: RenderOptions(format: .canon)).data, encoding: .utf8))
        let lines = text.split(separator: "\n").map(String.init)
        let firstNode = try #require(lines.firstIndex { $0.hasPrefix("\t\"\(graph.entities[0].id)\" [") })
        let legend = try #require(lines.firstIndex { $0.hasPrefix("\tsubgraph \"cluster_legend\"") })
        let firstEdge = try #require(lines.firstIndex { $0.contains("\" -> \"") })
        #expect(lines.first == "digraph \"\(graph.name)\" {")
        #expect(firstNode < legend && legend < firstEdge)
        #expect(lines.filter { $0.contains("\" -> \"") }.count == graph.relationCount)
    }

    @Test(arguments: [#"endsin\"#, #"odd\\\"quote"#])
    func textTheScannerWouldMisreadIsRefused(id: String) throws {
        var builder = GraphBuilder(name: "unwritable")
        builder.add(Entity(id: id, kind: .person, name: "A"))
        let graph = try builder.build()
        #expect(throws: RenderError.self) { try graphviz.render(graph, options: RenderOptions(format: .canon)) }
    }

    /// A line break in an id never reaches the writer: no reader's graph has one.
    @Test func anIdWithALineBreakIsRefusedBeforeAnyWriter() {
        var builder = GraphBuilder(name: "unwritable")
        builder.add(Entity(id: "continued\\\nline", kind: .person, name: "A"))
        #expect(throws: GraphInputError.self) { try builder.build() }
    }

    @Test func evenBackslashesAndQuotesAreWritten() throws {
        var builder = GraphBuilder(name: "writable")
        builder.add(Entity(id: #"a\\"b"#, kind: .person, name: "A"))
        builder.add(Entity(id: #"c\d\\"#, kind: .person, name: "C"))
        builder.add(Relation(from: #"a\\"b"#, to: #"c\d\\"#, type: "family-of"))
        let drawings = try bothDrawings(of: try builder.build(), RenderOptions(format: .svg))
        let same = drawings.direct == drawings.fromText
        #expect(same)
    }
}

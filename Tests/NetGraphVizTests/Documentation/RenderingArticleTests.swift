import Foundation
import NetGraph
import NetGraphViz
import Testing

/// The code of NetGraphViz's DocC article Rendering, line for line, so that it compiles and
/// runs against the real API (NetGraphTests' ArticleSnippetTests checks that every line of
/// the article is here).
@Suite struct RenderingArticleTests {
    @Test func rendering() throws {
        // Overview
        let graph = try BundledGraph.load()
        let graphviz = try GraphvizContext()
        let drawing = try graphviz.render(graph, options: RenderOptions(layout: .sfdp, format: .svg))
        let svg = String(decoding: drawing.data, as: UTF8.self)
        let said = drawing.warnings                                         // Graphviz's warnings, if any
        #expect(svg.contains("<svg") && svg.contains("id=\"cjng\""))
        #expect(said.allSatisfy { !$0.isEmpty })

        // Engines and formats
        let engine = try LayoutEngine.named("neato")
        let format = RenderFormat(path: "out/graph.png") ?? .svg
        let picture = try graphviz.render(graph, options: RenderOptions(layout: engine, format: format, seed: 7))
        #expect(picture.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))   // PNG signature

        // Size, colour, groups and labels
        let brokers = try Betweenness.scores(try graph.analysisGraph())
        var seeded = SplitMix64(seed: 1)
        let communities = Louvain.communities(try graph.analysisGraph(), using: &seeded)
        var options = RenderOptions(layout: .sfdp, format: .svg)
        options.nodeSize = brokers.values
        options.groups = communities.communityOfNode.map(Int.init)
        options.edgeLabels = true
        let sized = try graphviz.render(graph, options: options)
        #expect(sized.data != drawing.data)
        #expect(try graphviz.render(graph, options: options).data == sized.data)   // deterministic

        // Highlight and focus
        let resolver = NameResolver(graph: graph)
        let from = try resolver.resolve("El Mencho")
        let to = try resolver.resolve("Sheinbaum")
        let chain = ShortestChain.relations(from: from, to: to, in: graph) ?? []
        let highlighted = RenderOptions.Emphasis(nodes: ShortestChain.nodes(from: from, along: chain, in: graph), relations: chain)
        let path = try graphviz.render(graph, options: RenderOptions(format: .png, emphasis: highlighted))
        #expect(!chain.isEmpty && highlighted.nodes.count == chain.count + 1 && !path.data.isEmpty)

        let center = try resolver.resolve("García Harfuch")
        let near = Set([center] + NeighborhoodSearch.neighbors(of: center, in: graph, depth: 1).map(\.node))
        let ego = graph.subgraph(keepEntity: { near.contains(graph.index(of: $0.id)!) })
        let focus = RenderOptions.Emphasis(nodes: [ego.index(of: graph.entities[center].id)!], fadeOthers: false)
        let egoDrawing = try graphviz.render(ego, options: RenderOptions(layout: .neato, emphasis: focus))
        #expect(ego.nodeCount == near.count && !egoDrawing.data.isEmpty)

        // DOT exchange
        let text = DOTGraphWriter().write(graph)
        let again = try DOTGraphReader().read(Array(text.utf8), file: "mexico-security.dot")
        let same = again.relations == graph.relations                       // true
        #expect(same && again.entities == graph.entities)
    }
}

import Foundation
import NetGraph
@testable import NetGraphViz
import Testing
import VizTestSupport

@Suite struct GraphvizContextTests {
    let graphviz: GraphvizContext

    init() throws { graphviz = try GraphvizContext() }

    @Test func svgHasOneNodeAndEdgeGroupPerEntityAndRelationEachWithATooltip() throws {
        let graph = try VizSupport.starter()
        let svg = try SVGSummary(graphviz.render(graph).data)
        #expect(svg.entityNodes.map(\.id) == graph.entities.map(\.id))
        #expect(svg.edges.count == graph.relationCount)
        #expect(Set(svg.edges.map(\.id)) == Set(graph.relations.indices.map { "e\($0)" }))
        for node in svg.entityNodes {
            let entity = try #require(graph.entity(withID: node.id))
            #expect(node.title == entity.id)
            #expect(node.tooltip?.hasPrefix(entity.name + "\nkind: \(entity.kind)") == true)
        }
        let attack = try #require(svg.edges.first { $0.id == "e1" })
        let tooltip = try #require(attack.tooltip)
        #expect(tooltip.hasPrefix("Cártel de Jalisco Nueva Generación —attacked→ Omar García Harfuch\ndate: 2020-06-26"))
        #expect(tooltip.contains("source: harfuch-attack — The attack on Omar García Harfuch"))
        #expect(tooltip.contains("“the June 26 attack was an attempt by the CJNG to reduce operational risk”"))
        // The legend lists the seven kinds present.
        #expect(svg.nodes.count - svg.entityNodes.count == Set(graph.entities.map(\.kind)).count)
    }

    @Test func undirectedRelationsHaveNoArrowAndDirectedOnesDo() throws {
        let graph = try VizSupport.starter()
        let svg = try SVGSummary(graphviz.render(graph).data)
        let family = try #require(graph.relations.firstIndex { $0.type == "family-of" })
        let leads = try #require(graph.relations.firstIndex { $0.type == "leads" })
        let text = String(decoding: try graphviz.render(graph, options: RenderOptions(format: .dot)).data, as: UTF8.self)
        #expect(text.contains("id=e\(family)") && text.contains("dir=none"))
        // An arrowhead is a polygon: the edge group has a second stroke (path and polygon).
        #expect(svg.edges.first { $0.id == "e\(family)" }?.strokes.count == 1)
        #expect(svg.edges.first { $0.id == "e\(leads)" }?.strokes.count == 2)
    }

    @Test func pngAndPDFStartWithTheirMagicBytes() throws {
        let graph = try VizSupport.starter()
        let png = try graphviz.render(graph, options: RenderOptions(format: .png)).data
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try graphviz.render(graph, options: RenderOptions(format: .pdf)).data
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
    }

    @Test func dotOutputReadsBackWithTheSameCounts() throws {
        let graph = try VizSupport.starter()
        let dot = try graphviz.render(graph, options: RenderOptions(format: .dot, legend: false)).data
        let back = try DOTGraphReader().read(Array(dot), file: "out.dot")
        #expect(back.nodeCount == graph.nodeCount)
        #expect(back.relationCount == graph.relationCount)
        #expect(Set(back.entities.map(\.id)) == Set(graph.entities.map(\.id)))
        // Labels come back as drawn: wrapped at spaces.
        let drawn = Dictionary(uniqueKeysWithValues: back.entities.map { ($0.id, $0.name) })
        for entity in graph.entities {
            #expect(drawn[entity.id]?.replacingOccurrences(of: "\n", with: " ") == entity.name)
        }
    }

    @Test func jsonHasAPositionForEveryNode() throws {
        let graph = try VizSupport.starter()
        let data = try graphviz.render(graph, options: RenderOptions(format: .json)).data
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let objects = try #require(json["objects"] as? [[String: Any]])
        var positions: [String: String] = [:]
        for object in objects { if let name = object["name"] as? String, let pos = object["pos"] as? String { positions[name] = pos } }
        for entity in graph.entities {
            let pos = try #require(positions[entity.id], "no position for \(entity.id)")
            let parts = pos.split(separator: ",").compactMap { Double($0) }
            #expect(parts.count == 2)
        }
        #expect((json["edges"] as? [Any])?.count == graph.relationCount)
    }

    /// fdp is checked without the legend: Graphviz 2.42's fdp places clusters and separate
    /// components differently from one run to the next.
    @Test(arguments: LayoutEngine.allCases)
    func everyEngineIsDeterministic(_ engine: LayoutEngine) throws {
        let graph = try VizSupport.starter()
        let options = RenderOptions(layout: engine, legend: engine != .fdp)
        let first = try graphviz.render(graph, options: options).data
        let second = try GraphvizContext().render(graph, options: options).data
        #expect(first == second)
        #expect(try SVGSummary(first).entityNodes.count == graph.nodeCount)
    }

    @Test func hostileNamesComeBackVerbatim() throws {
        let names = VizSupport.hostileNames
        let graph = try VizSupport.hostile()
        for format in [RenderFormat.svg, .png, .pdf, .dot, .json] {
            #expect(try !graphviz.render(graph, options: RenderOptions(format: format)).data.isEmpty)
        }
        let svg = try SVGSummary(graphviz.render(graph).data)
        for (i, name) in names.enumerated() {
            let node = try #require(svg.nodes.first { $0.id == "h\(i)" })
            #expect(node.tooltip == "\(name)\nkind: person\nabout \\N & \"\(i)\"")
            let shown = GraphvizText.wrapped(GraphvizText.truncated(name, to: 60), width: 22)
            #expect(node.texts == shown, "label of \(name.prefix(30))")
        }
        #expect(svg.nodes.first { $0.id == "h5" }?.texts == [String(repeating: "x", count: 59) + "…"])
        let edge = try #require(svg.edges.first { $0.id == "e1" })
        #expect(edge.tooltip == "\(names[0]) —family-of— \(names[2])\n“quote \\E \"2\" <&>”")
    }

    @Test func attributesInTheDataChangeNothing() throws {
        func graph(_ extra: String) throws -> Graph {
            try VizSupport.read("""
                graph: {name: safety}
                entities:
                  - {id: a, kind: person, name: A\(extra)}
                  - {id: b, kind: cartel, name: B}
                relations:
                  - {from: a, to: b, type: member-of\(extra)}
                """)
        }
        let plain = try graph("")
        let loaded = try graph(", attributes: {image: /etc/passwd, shapefile: x, fontpath: /tmp, imagepath: /, label: pwned, shape: none}")
        #expect(loaded.entities[0].attributes["image"] != nil)
        for format in [RenderFormat.svg, .dot, .json] {
            let options = RenderOptions(format: format)
            #expect(try graphviz.render(plain, options: options).data == graphviz.render(loaded, options: options).data)
        }
    }

    @Test func emphasisDrawsThePathBoldOverAFadedGraph() throws {
        let graph = try VizSupport.starter()
        let from = try #require(graph.index(of: "el-mencho"))
        let to = try #require(graph.index(of: "sheinbaum"))
        let chain = try #require(ShortestChain.relations(from: from, to: to, in: graph))
        let nodes = ShortestChain.nodes(from: from, along: chain, in: graph)
        let svg = try SVGSummary(graphviz.render(graph, options: RenderOptions(
            emphasis: .init(nodes: nodes, relations: chain))).data)
        for edge in svg.edges {
            let onPath = chain.contains(Int(edge.id.dropFirst())!)
            #expect(edge.strokes.allSatisfy { $0 == (onPath ? "#000000" : "#cccccc") }, "\(edge.id)")
            #expect(edge.strokeWidths.contains("3.5") == onPath)
        }
        let faded = svg.entityNodes.filter { !nodes.contains(graph.index(of: $0.id)!) }
        #expect(faded.count == graph.nodeCount - nodes.count)
        #expect(faded.allSatisfy { $0.strokes.contains("#cccccc") })
    }

    @Test func sizeByAndClustersAndEdgeLabels() throws {
        let graph = try VizSupport.starter()
        let degree = NodeMeasure.degree(of: graph)
        // García Harfuch has the highest degree (6), so the largest node.
        let harfuch = try #require(graph.index(of: "garcia-harfuch"))
        #expect(degree[harfuch] == 6)
        #expect(degree.max() == 6)
        let options = RenderOptions(format: .dot, edgeLabels: true, nodeSize: degree, clusterByKind: true)
        let plan = DrawingPlan(graph: graph, options: options)
        let attributes = Dictionary(plan.nodes[harfuch].attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
        #expect(attributes["width"] == "2.25" && attributes["height"] == "1.25" && attributes["fontsize"] == "18")
        let text = String(decoding: try graphviz.render(graph, options: options).data, as: UTF8.self)
        #expect(text.contains("subgraph cluster_kind_0"))
        // Boxed in clusters, dot gets edge labels as external labels (see DrawingPlan).
        #expect(text.contains("xlabel=attacked"))
    }

    @Test func groupClustersBoxEachGroupApart() throws {
        let graph = try VizSupport.starter()
        // Two groups over the first four nodes; the rest in no box.
        let groups = graph.entities.indices.map { $0 < 2 ? 0 : $0 < 4 ? 1 : -1 }
        let options = RenderOptions(format: .json, legend: false, clusterGroups: groups, clusterLabel: "cell")
        let plan = DrawingPlan(graph: graph, options: options)
        #expect(plan.clusters.map(\.name) == ["cluster_group_0", "cluster_group_1"])
        #expect(plan.clusters.map(\.members) == [[0, 1], [2, 3]])
        let json = try #require(try JSONSerialization.jsonObject(with: graphviz.render(graph, options: options).data) as? [String: Any])
        let objects = try #require(json["objects"] as? [[String: Any]])
        let boxes = objects.filter { ($0["name"] as? String)?.hasPrefix("cluster_group_") == true }
        #expect(boxes.compactMap { $0["label"] as? String }.sorted() == ["cell 1", "cell 2"])
        #expect(boxes.allSatisfy { $0["bb"] != nil })
    }

    @Test func aPreparedContextDrawsWhatAFreshOneDraws() throws {
        let graph = try VizSupport.starter()
        for (layout, format) in [(LayoutEngine.dot, RenderFormat.svg), (.neato, .json)] {
            let preparation = GraphvizPreparation(layout: layout, format: format)
            let options = RenderOptions(layout: layout, format: format)
            let prepared = try preparation.render(graph, options: options).data
            #expect(prepared == (try GraphvizContext().render(graph, options: options).data))
            #expect(try preparation.context().render(graph, options: options).data == prepared)
            // The context can be asked for again and is the same one.
            #expect(try preparation.context() === (try preparation.context()))
        }
        // A context warmed up with dot and SVG draws other engines and formats as a fresh one.
        let preparation = GraphvizPreparation()
        for (layout, format) in [(LayoutEngine.neato, RenderFormat.json), (.sfdp, .dot), (.circo, .svg)] {
            let options = RenderOptions(layout: layout, format: format)
            let same = try preparation.render(graph, options: options).data == (try GraphvizContext().render(graph, options: options).data)
            #expect(same, "\(layout) \(format)")
        }
    }

    @Test func aPreparationChecksOptionsBeforeDrawing() throws {
        let graph = try VizSupport.starter()
        let preparation = GraphvizPreparation()
        #expect(throws: RenderError(.usage, "node sizes: 1 values for \(graph.nodeCount) nodes")) {
            try preparation.render(graph, options: RenderOptions(nodeSize: [1]))
        }
    }

    /// Cairo stamps PDFs with the time they are made; netgraph's are dated 1970-01-01.
    @Test func pdfCarriesAFixedCreationDate() throws {
        let pdf = try graphviz.render(try VizSupport.starter(), options: RenderOptions(format: .pdf)).data
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:19700101000000Z)"))
        #expect(text.components(separatedBy: "/CreationDate").count == 2)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let graph = try VizSupport.starter()
        #expect(throws: RenderError(.usage, "unknown layout 'spring' (known: dot, neato, fdp, sfdp, circo, twopi)")) {
            try LayoutEngine.named("spring")
        }
        #expect(throws: RenderError(.usage, "unknown format 'gif' (known: svg, png, pdf, dot, json, canon)")) {
            try RenderFormat.named("gif")
        }
        #expect(throws: RenderError(.usage, "cluster groups: 1 values for 11 nodes")) {
            try graphviz.render(graph, options: RenderOptions(clusterGroups: [0]))
        }
        #expect(throws: RenderError(.usage, "draw boxes by kind or by group, not both")) {
            try graphviz.render(graph, options: RenderOptions(clusterByKind: true, clusterGroups: Array(repeating: 0, count: 11)))
        }
        #expect(throws: RenderError(.usage, "node sizes: 2 values for 11 nodes")) {
            try graphviz.render(graph, options: RenderOptions(nodeSize: [1, 2]))
        }
        #expect(throws: RenderError(.usage, "node sizes must be finite numbers")) {
            try graphviz.render(graph, options: RenderOptions(nodeSize: [Double](repeating: .nan, count: 11)))
        }
    }

    @Test func concurrentRendersAreSerialisedAndAgree() async throws {
        let graph = try VizSupport.starter()
        let expected = try graphviz.render(graph).data
        let context = graphviz
        let results = await withTaskGroup(of: Data?.self) { group in
            for _ in 0..<8 { group.addTask { try? context.render(graph).data } }
            var all: [Data?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func aGeneratedGraphOf200NodesRenders() throws {
        let graph = try VizSupport.generated(nodes: 200, edges: 350)
        #expect(graph.relationCount == 350)
        let svg = try SVGSummary(graphviz.render(graph).data)
        #expect(svg.entityNodes.count == 200)
        #expect(svg.edges.count == 350)
    }
}

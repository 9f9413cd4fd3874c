import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NetGraph

@Suite struct InteropWriterTests {
    static let tricky = try! TestSupport.tricky()

    private func assertEqual(_ a: Graph, _ b: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(a.name == b.name, sourceLocation: sourceLocation)
        #expect(a.summary == b.summary, sourceLocation: sourceLocation)
        #expect(a.schema == b.schema, sourceLocation: sourceLocation)
        #expect(a.sources == b.sources, sourceLocation: sourceLocation)
        #expect(a.entities == b.entities, sourceLocation: sourceLocation)
        #expect(a.relations == b.relations, sourceLocation: sourceLocation)
    }

    private func roundTrip(_ graph: Graph, _ format: CSVGraphFormat) throws -> Graph {
        let files = Dictionary(uniqueKeysWithValues: format.files(for: graph).map { ($0.name, $0.contents) })
        return try format.read(folder: "out") { name in files[name] }
    }

    @Test(arguments: CSVGraphFormat.allCases)
    func csvRoundTripKeepsEveryField(_ format: CSVGraphFormat) throws {
        assertEqual(Self.tricky, try roundTrip(Self.tricky, format))
        let starter = try TestSupport.starter()
        assertEqual(starter, try roundTrip(starter, format))
    }

    @Test func neo4jHeadersAreWhatNeo4jAdminImports() throws {
        let files = CSVGraphFormat.neo4j.files(for: try TestSupport.starter())
        #expect(files.map(\.name) == ["graph.json", "nodes.csv", "relationships.csv", "sources.csv"])
        let nodes = files[1].contents.split(separator: "\n")
        #expect(nodes[0] == "id:ID,:LABEL,name,kind,aliases:string[],description,since,until,attributes")
        #expect(nodes[1].hasPrefix("cjng,Cartel,Cártel de Jalisco Nueva Generación,cartel,CJNG\u{1F}New Generation Jalisco Cartel,"))
        let edges = files[2].contents.split(separator: "\n")
        #expect(edges[0].hasPrefix(":START_ID,:END_ID,:TYPE,type,weight:double,"))
        #expect(edges.contains { $0.hasPrefix("el-mencho,cjng,LEADS,leads,") })
        #expect(edges.contains { $0.hasPrefix("mencho-son,united-states,EXTRADITED_TO,extradited-to,,2020-02,") })
        let frames = CSVGraphFormat.graphframes.files(for: try TestSupport.starter())
        #expect(frames[2].contents.hasPrefix("src,dst,relationship,"))
    }

    @Test func csvErrorsNameFileAndLine() throws {
        let bad = try #require(throws: GraphInputError.self) {
            try CSVGraphFormat.graphframes.read(folder: "dir") { name in
                switch name {
                case "vertices.csv": return "id,name,kind,aliases,description,since,until,attributes\na,A,person,,,2020-13,,\n"
                case "edges.csv": return "src,dst,relationship,weight,date,since,until,status,source,quote,attributes\na,a,knows,x,,,,,,,\n"
                default: return nil
                }
            }
        }
        let lines = bad.diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("dir/vertices.csv:2:1: error: 'since': '2020-13' is not a date") })
        #expect(lines.contains { $0.hasPrefix("dir/edges.csv:2:1: error: 'weight': 'x' is not a finite number") })
        #expect(lines.contains { $0.contains("unknown relation type 'knows'") })
        let quote = try #require(throws: GraphInputError.self) {
            try CSVGraphFormat.graphframes.read(folder: "dir") { name in name == "vertices.csv" ? "id,name\n\"unterminated,x\n" : name == "edges.csv" ? "src\n" : nil }
        }
        #expect(quote.description.hasPrefix("dir/vertices.csv:2:1: error: unterminated quoted field"))
    }

    @Test func graphMLRoundTripKeepsEveryField() throws {
        let bundled = try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)
        for graph in [Self.tricky, try TestSupport.starter(), bundled] {
            let text = GraphMLWriter().write(graph)
            let again = try GraphMLReader().read(Array(text.utf8), file: "round.graphml")
            assertEqual(graph, again)
        }
    }

    @Test func graphMLWithBadEvidenceIsLocated() throws {
        var text = GraphMLWriter().write(try TestSupport.starter())
        text = text.replacingOccurrences(of: "<data key=\"e_date\">2020-06-26</data>", with: "<data key=\"e_date\">2020-13-45</data>")
        let error = try #require(throws: GraphInputError.self) { try GraphMLReader().read(Array(text.utf8), file: "bad.graphml") }
        #expect(error.description.contains("bad.graphml:"))
        #expect(error.description.contains("'date': '2020-13-45' is not a date"))
    }

    @Test func graphMLIsWellFormedAndTyped() throws {
        let text = GraphMLWriter().write(Self.tricky)
        let document = try XMLDocument(xmlString: text, options: [])
        let root = try #require(document.rootElement())
        #expect(try root.nodes(forXPath: "//*[local-name()='node']").count == 4)
        // Four relations, two of them of the undirected type `supports` beside directed ones:
        // each of the two is written as a pair of opposite edges.
        #expect(try root.nodes(forXPath: "//*[local-name()='edge']").count == 6)
        #expect(text.contains("<edge id=\"e0-reverse\" source=\"b\" target=\"a\">"))
        #expect(text.contains("attr.name=\"attr.tonnage\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"attr.seized\" attr.type=\"boolean\""))
        #expect(text.contains("He said:&#10;“it’s &quot;ours&quot;”"))
    }

    /// Dates make the file dynamic, each dated entity and relation spanning its days; a graph
    /// without dates stays static.
    @Test func gexfCarriesDatesForGephisTimeline() throws {
        let dated = try TestSupport.read("""
            entities:
              - {id: a, kind: person, since: 2019-03}
              - {id: b, kind: person}
            relations:
              - {from: a, to: b, type: supports, date: 2020}
              - {from: b, to: a, type: supports, since: 2018-02-10}
            """)
        let text = GEXFWriter().write(dated)
        #expect(text.contains(#"<graph mode="dynamic" timeformat="date" defaultedgetype="directed">"#))
        #expect(text.contains(#"<node id="a" label="a" start="2019-03-01">"#))
        #expect(text.contains(#"<node id="b" label="b">"#))
        #expect(text.contains(#"kind="supports" label="supports" start="2020-01-01" end="2020-12-31">"#))
        #expect(text.contains(#"kind="supports" label="supports" start="2018-02-10">"#))
        let undated = try TestSupport.read("entities:\n  - {id: a, kind: person}\n  - {id: b, kind: person}\nrelations:\n  - {from: a, to: b, type: supports}\n")
        #expect(GEXFWriter().write(undated).contains(#"<graph mode="static" defaultedgetype="directed">"#))
        #expect(!GEXFWriter().write(undated).contains("start="))
    }

    @Test func gexfIsWellFormedWithKindsAndDirections() throws {
        let graph = try TestSupport.starter()
        let text = GEXFWriter().write(graph)
        let document = try XMLDocument(xmlString: text, options: [])
        let edges = try document.nodes(forXPath: "//*[local-name()='edge']")
        // The starter graph has directed and undirected relations: each undirected one is a
        // pair of opposite directed edges.
        #expect(edges.count == graph.relationCount + (0..<graph.relationCount).count(where: { !graph.isDirected(relation: $0) }))
        #expect(text.contains("defaultedgetype=\"directed\""))
        #expect(!text.contains("type=\"undirected\""))
        #expect(text.contains("-reverse\" source="))
        #expect(text.contains("kind=\"family-of\""))
        #expect(text.contains("<attvalue for=\"0\" value=\"cartel\"/>"))
    }

    /// Node-link JSON: the graph's fields, one node per entity, and a mixed graph's
    /// undirected relations as pairs, the copy marked `reverse`.
    @Test func nodeLinkJSONHasEveryEntityAndBothDirections() throws {
        let graph = try TestSupport.starter()
        let text = NodeLinkWriter().write(graph)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true && object["multigraph"] as? Bool == true)
        #expect((object["graph"] as? [String: Any])?["netgraph"] as? Int == 1)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.compactMap { $0["id"] as? String } == graph.entities.map(\.id))
        let edges = try #require(object["edges"] as? [[String: Any]])
        let undirected = (0..<graph.relationCount).filter { !graph.isDirected(relation: $0) }
        #expect(edges.count == graph.relationCount + undirected.count)
        #expect(edges.filter { $0["reverse"] as? Bool == true }.count == undirected.count)
        #expect(edges.contains { $0["cited_source"] != nil && $0["quote"] != nil })
        #expect(text == NodeLinkWriter().write(graph))
    }

    /// Cytoscape.js JSON: one edge per relation; node and edge ids never collide, even
    /// with an entity named like an edge.
    @Test func cytoscapeJSONKeepsIdsApart() throws {
        var builder = GraphBuilder(name: "ids")
        for id in ["e0", "e1", "e_0", "x"] { builder.add(Entity(id: id, kind: .person)) }
        builder.add(Relation(from: "e0", to: "x", type: "family-of"))
        builder.add(Relation(from: "e1", to: "e_0", type: "family-of"))
        let graph = try builder.build()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(CytoscapeWriter().write(graph).utf8)) as? [String: Any])
        let elements = try #require(object["elements"] as? [String: [[String: Any]]])
        let nodeIDs = elements["nodes"]!.compactMap { ($0["data"] as? [String: Any])?["id"] as? String }
        let edgeIDs = elements["edges"]!.compactMap { ($0["data"] as? [String: Any])?["id"] as? String }
        #expect(nodeIDs == ["e0", "e1", "e_0", "x"])
        #expect(edgeIDs == ["e__0", "e__1"])
        #expect(object["directed"] as? Bool == false)
        let starter = try TestSupport.starter()
        let written = try #require(try JSONSerialization.jsonObject(with: Data(CytoscapeWriter().write(starter).utf8)) as? [String: Any])
        let edges = try #require((written["elements"] as? [String: [[String: Any]]])?["edges"])
        #expect(edges.count == starter.relationCount)
        #expect(edges.filter { ($0["data"] as? [String: Any])?["directed"] as? Bool == false }.count
                == (0..<starter.relationCount).filter { !starter.isDirected(relation: $0) }.count)
    }

    @Test func edgeListKeepsTopologyAndRefusesSpaces() throws {
        let text = try EdgeListWriter().write(try TestSupport.starter())
        // Edge lines only: igraph's Read_Ncol and Read_Edgelist fail on a comment.
        #expect(text.split(separator: "\n").count == 13)
        #expect(!text.contains("#"))
        #expect(text.split(separator: "\n").contains("el-mencho cjng"))
        // A graph without relations is one comment line, read back as the same empty graph.
        var lone = GraphBuilder(name: "lone")
        lone.add(Entity(id: "a", kind: .person))
        let empty = try EdgeListWriter().write(try lone.build())
        #expect(empty.hasPrefix("#") && empty.split(separator: "\n").count == 1)
        #expect(try EdgeListReader().read(Array(empty.utf8), file: "lone.edges").relationCount == 0)
        // An id with a space cannot be written to an edge list; the one id rule keeps it out of
        // every graph a reader or builder makes.
        var builder = GraphBuilder(name: "spaced")
        builder.add(Entity(id: "a b", kind: .person))
        #expect(throws: GraphInputError.self) { try builder.build() }
        // An id starting with a byte-order mark (the edge-list reader keeps one inside the
        // file) would lose it at the start of the file written: refused (found by fuzzing).
        let marked = try EdgeListReader().read(Array("#c\n\u{FEFF}a b\n".utf8), file: "marked.edges")
        #expect(marked.id(ofNode: 0) == "\u{FEFF}a")
        #expect(throws: GraphInputError.self) { try EdgeListWriter().write(marked) }
    }

    /// NetworkX reads netgraph's GraphML with the same node and edge counts.
    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxReadsTheGraphML() throws {
        let graph = try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-\(UUID().uuidString).graphml")
        defer { try? FileManager.default.removeItem(at: file) }
        try GraphMLWriter().write(graph).write(to: file, atomically: true, encoding: .utf8)
        let output = try PythonTools.run("""
            import networkx as nx, sys
            g = nx.read_graphml(sys.argv[1])
            print(g.number_of_nodes(), g.number_of_edges(), g.nodes['cjng']['kind'])
            """, arguments: [file.path])
        // Each undirected relation is an edge each way (see GraphMLWriter).
        let undirected = (0..<graph.relationCount).count(where: { !graph.isDirected(relation: $0) })
        #expect(output == "\(graph.nodeCount) \(graph.relationCount + undirected) cartel\n")
    }
}

/// Runs python3 where it is installed, for cross-checks against the reference libraries.
enum PythonTools {
    static func has(_ module: String) -> Bool {
        (try? run("import \(module)", arguments: [])) != nil
    }

    static func run(_ script: String, arguments: [String]) throws -> String {
        try python(["-c", script] + arguments)
    }

    /// Runs the Python file at `path` with `arguments`; its standard output.
    static func runFile(_ path: String, arguments: [String]) throws -> String {
        try python([path] + arguments)
    }

    private static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}

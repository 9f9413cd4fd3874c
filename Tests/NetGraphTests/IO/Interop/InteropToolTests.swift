import Foundation
import Testing
@testable import NetGraph

/// netgraph's GEXF and GraphML read by the tools they are for: NetworkX 3.6.1 (`read_gexf`,
/// `read_graphml`) and python-igraph (`Graph.Read_GraphML`), through
/// `Fixtures/interop/read_with_tool.py`. Each runs where python3 has the library
/// (`scripts/install-deps.sh` installs both).
///
/// What the tool sees is compared with what netgraph's directed analyses see: every entity,
/// with its kind, and one edge per directed relation and two per undirected relation (one
/// each way), unless the graph's relations are all undirected, when the tool's graph is
/// undirected with one edge per relation.
@Suite struct InteropToolTests {
    static let script = TestSupport.fixtures.appendingPathComponent("interop/read_with_tool.py").path

    /// A graph of undirected relations only (Zachary's karate club) and one of directed
    /// relations only, beside the mixed bundled and starter graphs.
    static func graphs() throws -> [Graph] {
        let bundled = try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)
        let karate = try GraphFile.read(path: TestSupport.fixtures.appendingPathComponent("graphs/karate.yaml").path)
        return [bundled, try TestSupport.starter(), karate, try TestSupport.tricky()]
    }

    struct Seen: Decodable {
        var directed: Bool
        var nodes: [String]
        var edges: [[String]]
        var kinds: [String: String?]
    }

    /// What the tool should see of `graph`.
    static func expected(_ graph: Graph) -> (directed: Bool, edges: [[String]]) {
        let undirected = (0..<graph.relationCount).filter { !graph.isDirected(relation: $0) }
        if graph.relationCount > 0 && undirected.count == graph.relationCount {
            return (false, graph.relations.map { [$0.from, $0.to].sorted() }.sorted { $0.lexicographicallyPrecedes($1) })
        }
        var edges = graph.relations.map { [$0.from, $0.to] }
        edges += undirected.map { [graph.relations[$0].to, graph.relations[$0].from] }
        return (true, edges.sorted { $0.lexicographicallyPrecedes($1) })
    }

    static func read(_ text: String, with reader: String, extension suffix: String, writeBack: URL? = nil) throws -> Seen {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-\(UUID().uuidString).\(suffix)")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let output = try PythonTools.runFile(script, arguments: [reader, file.path] + (writeBack.map { [$0.path] } ?? []))
        return try JSONDecoder().decode(Seen.self, from: Data(output.utf8))
    }

    /// The graphs NetworkX and igraph write back as they read them. The tricky graph is left
    /// out: both write a carriage return raw, which XML reads back as a line feed, and igraph
    /// writes `false` for a truth value an entity lacks.
    static func rewritableGraphs() throws -> [Graph] {
        let tricky = try TestSupport.tricky().name
        return try graphs().filter { $0.name != tricky }
    }

    /// The relations as a sorted list, each undirected relation's ends in order: the tools
    /// list edges node by node, and an undirected edge's ends in either order.
    static func canonicalRelations(_ graph: Graph) -> [String] {
        graph.relations.indices.map { index in
            var relation = graph.relations[index]
            if !graph.isDirected(relation: index) && relation.to < relation.from { swap(&relation.from, &relation.to) }
            // A dictionary's description follows its storage order, which equal dictionaries
            // need not share: attributes are described in key order.
            let attributes = relation.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            relation.attributes = [:]
            return String(describing: relation) + " " + attributes.joined(separator: ";")
        }.sorted()
    }

    /// Whether netgraph read back from `file` the graph it wrote.
    func expectReadBack(_ file: URL, equals graph: Graph, by tool: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let again = try GraphFile.read(path: file.path)
        #expect(again.name == graph.name, "\(tool): \(graph.name)", sourceLocation: sourceLocation)
        #expect(again.entities.sorted { $0.id < $1.id } == graph.entities.sorted { $0.id < $1.id },
                "\(tool): \(graph.name) entities differ", sourceLocation: sourceLocation)
        #expect(again.schema == graph.schema, "\(tool): \(graph.name) schema differs", sourceLocation: sourceLocation)
        #expect(again.sources == graph.sources, "\(tool): \(graph.name) sources differ", sourceLocation: sourceLocation)
        let (read, written) = (Self.canonicalRelations(again), Self.canonicalRelations(graph))
        #expect(read == written, "\(tool): \(graph.name): \(read.count) relations read back, \(written.count) written; first difference: \(zip(read, written).first { $0 != $1 }.map { "\($0.0) / \($0.1)" } ?? "none")",
                sourceLocation: sourceLocation)
    }

    func check(_ seen: Seen, against graph: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (directed, edges) = Self.expected(graph)
        #expect(seen.directed == directed, "\(graph.name)", sourceLocation: sourceLocation)
        #expect(seen.nodes.sorted() == graph.entities.map(\.id).sorted(), "\(graph.name)", sourceLocation: sourceLocation)
        let seenEdges = seen.edges.map { directed ? $0 : $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(seenEdges == edges, "\(graph.name): \(seenEdges.count) edges seen, \(edges.count) expected", sourceLocation: sourceLocation)
        for entity in graph.entities {
            #expect(seen.kinds[entity.id] == .some(entity.kind.rawValue), "\(graph.name): \(entity.id)", sourceLocation: sourceLocation)
        }
    }

    /// NetworkX reads netgraph's GEXF; what it writes back has lost netgraph's header (the
    /// graph's name, sources and schema) but reads back with the same entities and relations.
    /// The tricky graph is left out, as for GraphML (a carriage return comes back a line feed).
    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxReadsTheGEXFAndWritesItBack() throws {
        for graph in try Self.graphs() {
            check(try Self.read(GEXFWriter().write(graph), with: "networkx-gexf", extension: "gexf"), against: graph)
        }
        for graph in try Self.rewritableGraphs() {
            let back = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-nx-\(UUID().uuidString).gexf")
            defer { try? FileManager.default.removeItem(at: back) }
            _ = try Self.read(GEXFWriter().write(graph), with: "networkx-gexf", extension: "gexf", writeBack: back)
            let again = try GraphFile.read(path: back.path)
            #expect(again.entities == graph.entities, "\(graph.name) entities differ")
            let (read, written) = (Self.canonicalRelations(again), Self.canonicalRelations(graph))
            #expect(read == written, "\(graph.name): first difference: \(zip(read, written).first { $0 != $1 }.map { "\($0.0) / \($0.1)" } ?? "none")")
            // Without the header, the cited documents are the sources, by id.
            #expect(Set(again.sources.map(\.id)) == Set(graph.relations.compactMap(\.source)), "\(graph.name) sources differ")
        }
    }

    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxReadsTheGraphMLAndWritesItBackEqual() throws {
        for graph in try Self.graphs() {
            check(try Self.read(GraphMLWriter().write(graph), with: "networkx-graphml", extension: "graphml"), against: graph)
        }
        for graph in try Self.rewritableGraphs() {
            let back = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-nx-\(UUID().uuidString).graphml")
            defer { try? FileManager.default.removeItem(at: back) }
            _ = try Self.read(GraphMLWriter().write(graph), with: "networkx-graphml", extension: "graphml", writeBack: back)
            try expectReadBack(back, equals: graph, by: "networkx")
        }
    }

    @Test(.enabled(if: PythonTools.has("igraph"), "python3 with igraph is not available"))
    func igraphReadsTheGraphMLAndWritesItBackEqual() throws {
        for graph in try Self.graphs() {
            check(try Self.read(GraphMLWriter().write(graph), with: "igraph-graphml", extension: "graphml"), against: graph)
        }
        for graph in try Self.rewritableGraphs() {
            let back = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-ig-\(UUID().uuidString).graphml")
            defer { try? FileManager.default.removeItem(at: back) }
            _ = try Self.read(GraphMLWriter().write(graph), with: "igraph-graphml", extension: "graphml", writeBack: back)
            try expectReadBack(back, equals: graph, by: "igraph")
        }
    }

    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxReadsTheNodeLinkJSONAndWritesItBackEqual() throws {
        for graph in try Self.graphs() {
            check(try Self.read(NodeLinkWriter().write(graph), with: "networkx-node-link", extension: "json"), against: graph)
            let back = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-nx-\(UUID().uuidString).nodelink.json")
            defer { try? FileManager.default.removeItem(at: back) }
            _ = try Self.read(NodeLinkWriter().write(graph), with: "networkx-node-link", extension: "json", writeBack: back)
            try expectReadBack(back, equals: graph, by: "networkx node-link")
        }
    }

    /// NetworkX's `cytoscape_graph` sees every relation once, from `from` to `to`, in a
    /// directed graph unless every relation is undirected.
    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxReadsTheCytoscapeJSON() throws {
        for graph in try Self.graphs() {
            let seen = try Self.read(CytoscapeWriter().write(graph), with: "networkx-cytoscape", extension: "cyjs")
            let directed = ExchangeDirection(graph).graphIsDirected
            #expect(seen.directed == directed, "\(graph.name)")
            #expect(seen.nodes.sorted() == graph.entities.map(\.id).sorted(), "\(graph.name)")
            func canonical(_ edges: [[String]]) -> [[String]] {
                edges.map { directed ? $0 : $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
            }
            #expect(canonical(seen.edges) == canonical(graph.relations.map { [$0.from, $0.to] }), "\(graph.name)")
            for entity in graph.entities { #expect(seen.kinds[entity.id] == .some(entity.kind.rawValue), "\(graph.name): \(entity.id)") }
            let back = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-nx-\(UUID().uuidString).cyjs")
            defer { try? FileManager.default.removeItem(at: back) }
            _ = try Self.read(CytoscapeWriter().write(graph), with: "networkx-cytoscape", extension: "cyjs", writeBack: back)
            try expectReadBack(back, equals: graph, by: "networkx cytoscape")
        }
    }

    /// What an edge-list reader saw: the nodes, and each edge with its weight (nil without one).
    struct EdgeListSeen: Decodable {
        var nodes: [String]
        var edges: [[String]]
        var weights: [Double?]
    }

    static func readEdgeList(_ text: String, with reader: String) throws -> EdgeListSeen {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-\(UUID().uuidString).edges")
        defer { try? FileManager.default.removeItem(at: file) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try JSONDecoder().decode(EdgeListSeen.self, from: Data(try PythonTools.runFile(script, arguments: [reader, file.path]).utf8))
    }

    /// An edge list holds each relation once, `from to [weight]` as written, and the entities
    /// some relation touches: the tool must see exactly those, parallel relations included.
    func checkEdgeList(_ seen: EdgeListSeen, against graph: Graph, by tool: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let isolated = Set(EdgeListWriter.isolatedNodes(of: graph).map(graph.id(ofNode:)))
        #expect(seen.nodes.sorted() == graph.entities.map(\.id).filter { !isolated.contains($0) }.sorted(),
                "\(tool): \(graph.name) nodes differ", sourceLocation: sourceLocation)
        func line(_ ends: [String], _ weight: Double?) -> String { ends.joined(separator: " ") + (weight.map { " \($0)" } ?? "") }
        let seenEdges = zip(seen.edges, seen.weights).map(line).sorted()
        // When any relation has a weight every line has one, 1 where a relation has none.
        let weighted = graph.relations.contains { $0.weight != nil }
        let written = graph.relations.map { line([$0.from, $0.to], $0.weight ?? (weighted ? 1 : nil)) }.sorted()
        #expect(seenEdges == written, "\(tool): \(graph.name): \(seenEdges.count) edges seen, \(written.count) written; first difference: \(zip(seenEdges, written).first { $0 != $1 }.map { "\($0.0) / \($0.1)" } ?? "none")",
                sourceLocation: sourceLocation)
    }

    /// NetworkX's `read_edgelist` reads netgraph's edge list: every relation as written, with
    /// its weight (karate's are all weighted, the tricky graph's some).
    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxReadsTheEdgeList() throws {
        for graph in try Self.graphs() {
            checkEdgeList(try Self.readEdgeList(EdgeListWriter().write(graph), with: "networkx-edgelist"), against: graph, by: "networkx read_edgelist")
        }
    }

    /// igraph reads netgraph's edge list of named entities with `Graph.Read_Ncol` (igraph's
    /// reader for symbolic ids): it takes no comment, so the file must hold edge lines only.
    @Test(.enabled(if: PythonTools.has("igraph"), "python3 with igraph is not available"))
    func igraphReadsTheEdgeListByName() throws {
        for graph in try Self.graphs() {
            checkEdgeList(try Self.readEdgeList(EdgeListWriter().write(graph), with: "igraph-ncol"), against: graph, by: "igraph Read_Ncol")
        }
    }

    /// igraph's `Graph.Read_Edgelist` reads ids 0…n−1 without weights: netgraph writes such a
    /// graph (here karate, renumbered and read from an edge list, as a SNAP file would be)
    /// back in a form it reads, every vertex and edge the same.
    @Test(.enabled(if: PythonTools.has("igraph"), "python3 with igraph is not available"))
    func igraphReadsAnEdgeListOfIntegerIDs() throws {
        let karate = try GraphFile.read(path: TestSupport.fixtures.appendingPathComponent("graphs/karate.yaml").path)
        let numbered = karate.relations.map { "\($0.from.dropFirst("member-".count)) \($0.to.dropFirst("member-".count))\n" }.joined()
        let graph = try EdgeListReader().read(Array(numbered.utf8), file: "karate.edges")
        #expect(graph.nodeCount == 34 && graph.relationCount == 78)
        let written = try EdgeListWriter().write(graph)
        checkEdgeList(try Self.readEdgeList(written, with: "igraph-edgelist"), against: graph, by: "igraph Read_Edgelist")
        checkEdgeList(try Self.readEdgeList(written, with: "networkx-edgelist"), against: graph, by: "networkx read_edgelist")
    }
}

import Foundation
import Testing
@testable import NetGraph

/// A graph database loads netgraph's Neo4j CSV export: Kùzu (PyPI `kuzu`, embedded, no
/// server) `COPY FROM`s the export's `nodes.csv`, `relationships.csv` and `sources.csv`, and
/// a Cypher query for each entity's neighbours answers what `netgraph neighbors` answers
/// (`Fixtures/interop/kuzu_neighbors.py`). Runs where python3 imports kuzu
/// (`scripts/install-deps.sh` installs it).
///
/// Every entity of each graph is asked about: in the bundled graph that includes the hub
/// (the entity with the most relations), an entity whose name holds a comma
/// ("Washington, D.C."), and the ends of relations whose quotes hold commas, `;` and
/// doubled quotes; the tricky graph adds quotes with line breaks, backslashes before quotes
/// and aliases with tabs and `#`; `Neo4jCSVTests.awkwardAliasGraph` aliases with `;`, `,`,
/// quotes, line breaks and text beyond ASCII.
@Suite struct KuzuLoadTests {
    static let script = TestSupport.fixtures.appendingPathComponent("interop/kuzu_neighbors.py").path

    struct Seen: Decodable {
        struct Counts: Decodable, Equatable {
            var entities: Int
            var relations: Int
            var sources: Int
        }

        struct Entity: Decodable {
            var name: String
            var aliases: [String]
            var neighbors: [String]
            /// `[neighbour, type, "out" | "in", quote]`.
            var relations: [[String?]]
        }

        var counts: Counts
        var entities: [String: Entity?]
    }

    /// The export, written where Kùzu reads it, as `netgraph convert GRAPH FOLDER --to neo4j` writes it.
    static func export(_ graph: Graph) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-neo4j-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in CSVGraphFormat.neo4j.files(for: graph) {
            try file.contents.write(to: folder.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// One order for relation rows on both sides (Python's string order is not Swift's).
    static func sorted(_ rows: [[String?]]) -> [[String?]] {
        rows.sorted { $0.map { $0 ?? "" }.lexicographicallyPrecedes($1.map { $0 ?? "" }) }
    }

    /// What `netgraph neighbors NODE --format json` lists: the neighbours one step away, and
    /// every relation joining each to the node, written from it ("out") or towards it ("in").
    static func expected(_ node: Int, in graph: Graph) -> (neighbors: [String], relations: [[String?]]) {
        let found = NeighborhoodSearch.neighbors(of: node, in: graph, depth: 1)
        let relations = found.flatMap { neighbor in
            neighbor.relations.map(Int.init).map { r -> [String?] in
                [graph.id(ofNode: neighbor.node), graph.type(ofRelation: r).rawValue,
                 Int(graph.relationSources[r]) == node ? "out" : "in", graph.quote(ofRelation: r)]
            }
        }
        return (found.map { graph.id(ofNode: $0.node) }.sorted(), sorted(relations))
    }

    func check(_ graph: Graph, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let folder = try Self.export(graph)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = graph.entities.map(\.id)
        let output = try PythonTools.runFile(Self.script, arguments: [folder.path] + ids)
        let seen = try JSONDecoder().decode(Seen.self, from: Data(output.utf8))
        #expect(seen.counts == .init(entities: graph.nodeCount, relations: graph.relationCount, sources: graph.sources.count),
                "\(graph.name)", sourceLocation: sourceLocation)
        for node in 0..<graph.nodeCount {
            let id = graph.id(ofNode: node)
            guard let entity = seen.entities[id] ?? nil else {
                Issue.record("\(graph.name): Kùzu has no entity \(id)", sourceLocation: sourceLocation)
                continue
            }
            #expect(entity.name == graph.name(ofNode: node), "\(graph.name): \(id)", sourceLocation: sourceLocation)
            #expect(entity.aliases == graph.entities[node].aliases, "\(graph.name): \(id)", sourceLocation: sourceLocation)
            let (neighbors, relations) = Self.expected(node, in: graph)
            #expect(entity.neighbors.sorted() == neighbors, "\(graph.name): neighbours of \(id)", sourceLocation: sourceLocation)
            #expect(Self.sorted(entity.relations) == relations, "\(graph.name): relations of \(id)", sourceLocation: sourceLocation)
        }
    }

    @Test(.enabled(if: PythonTools.has("kuzu"), "python3 with kuzu is not available"))
    func kuzuLoadsTheBundledGraphAndAnswersItsNeighbours() throws {
        let graph = try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)
        // The cases the header comment promises are in the graph, so the comparison covers them.
        let degrees = (0..<graph.nodeCount).map { node in (0..<graph.relationCount).count { Int(graph.relationSources[$0]) == node || Int(graph.relationTargets[$0]) == node } }
        #expect(degrees.max() ?? 0 >= 30, "the hub")
        #expect(graph.entities.contains { $0.name.contains(",") })
        for mark in [",", ";", "\""] {
            #expect((0..<graph.relationCount).contains { graph.quote(ofRelation: $0)?.contains(mark) == true }, "a quote holding \(mark)")
        }
        try check(graph)
    }

    @Test(.enabled(if: PythonTools.has("kuzu"), "python3 with kuzu is not available"))
    func kuzuLoadsAwkwardValuesAndParallelRelations() throws {
        for graph in [try TestSupport.tricky(), try TestSupport.starter(), try Neo4jCSVTests.awkwardAliasGraph(),
                      try GraphFile.read(path: TestSupport.fixtures.appendingPathComponent("graphs/karate.yaml").path)] {
            try check(graph)
        }
    }
}

import Foundation
import Testing
@testable import NetGraph

/// A `.json` file is read as what its top-level members say it is: NetworkX's node-link JSON
/// (either key for the edges), Cytoscape.js JSON, or netgraph's native JSON.
@Suite struct JSONGraphDialectTests {
    static func format(_ text: String) -> GraphFormat? { JSONGraphDialect.exchangeFormat(of: Array(text.utf8)) }

    @Test func networkXDocumentsAreToldApart() {
        // `json.dumps(nx.node_link_data(G))` of NetworkX 3.6, and of NetworkX before 3.4.
        #expect(Self.format(#"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 1}], "edges": []}"#) == .nodeLink)
        #expect(Self.format(#"{"directed": false, "multigraph": false, "graph": {}, "nodes": [], "links": []}"#) == .nodeLink)
        // `json.dumps(nx.cytoscape_data(G))`, and Cytoscape.js's own export.
        #expect(Self.format(#"{"data": [], "directed": false, "multigraph": false, "elements": {"nodes": [], "edges": []}}"#) == .cytoscape)
        #expect(Self.format("\u{FEFF}{\"elements\": []}") == .cytoscape)
    }

    @Test func nativeDocumentsAndOtherTextStayNative() throws {
        #expect(Self.format(NativeGraphWriter(format: .json).write(try TestSupport.starter())) == nil)
        // The telling names count only at the top level, not inside a value or a string.
        #expect(Self.format(#"{"graph": {"nodes": [1], "name": "x"}, "entities": [], "relations": []}"#) == nil)
        #expect(Self.format(#"{"graph": {"name": "[{\"nodes\": 1}"}, "entities": []}"#) == nil)
        #expect(Self.format(#"{"graph": "\"nodes\": [", "relations": [], "nodes": []}"#) == nil)
        #expect(Self.format(#"{"directed": true, "multigraph": false, "graph": {"a": [1, {"b": "]}"}]}, "nodes": []}"#) == .nodeLink)
        for text in ["", "[]", "{", "{}", #"{"nodes""#, #"{"graph": {"#, #"{"graph": 1 "nodes": []}"#, "nodes", #"{"graph": "\"#] {
            #expect(Self.format(text) == nil, "\(text)")
        }
    }

    /// Through the registry: another tool's node-link and Cytoscape.js JSON saved as `.json`
    /// read as those formats; a named format is taken at its word.
    @Test func theRegistryReadsAnExchangeDocumentSavedAsJSON() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dialect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let documents = [
            #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "edges": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"}]}"#,
            #"{"data": [], "directed": false, "multigraph": false, "elements": {"nodes": [{"data": {"id": "a"}}, {"data": {"id": "b"}}, {"data": {"id": "c"}}], "edges": [{"data": {"source": "a", "target": "b"}}, {"data": {"source": "b", "target": "c"}}]}}"#,
        ]
        for document in documents {
            let path = directory.appendingPathComponent("g.json").path
            try document.write(toFile: path, atomically: true, encoding: .utf8)
            let graph = try FormatRegistry.standard.read(path: path)
            #expect(graph.entities.map(\.id) == ["a", "b", "c"])
            #expect(graph.relations.map { "\($0.from)-\($0.to)" } == ["a-b", "b-c"])
            #expect(throws: GraphInputError.self) { try FormatRegistry.standard.read(path: path, format: .json) }
        }
    }
}

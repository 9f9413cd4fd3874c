import Foundation
import Testing
@testable import NetGraph

/// Node-link and Cytoscape.js JSON read back: netgraph's own files equal to the graph
/// written, other tools' files as the untyped graphs they are, problems at their place.
@Suite struct ExchangeJSONReaderTests {
    private func read(_ text: String, _ dialect: ExchangeJSONReader.Dialect, file: String = "g.json") throws(GraphInputError) -> Graph {
        try ExchangeJSONReader(dialect: dialect).read(Array(text.utf8), file: file)
    }

    @Test(arguments: [ExchangeJSONReader.Dialect.nodeLink, .cytoscape])
    func netgraphsOwnFilesReadBackEqual(_ dialect: ExchangeJSONReader.Dialect) throws {
        for graph in [try TestSupport.starter(), try TestSupport.tricky(), try BundledGraph.load()] {
            let text = dialect == .nodeLink ? NodeLinkWriter().write(graph) : CytoscapeWriter().write(graph)
            let again = try read(text, dialect)
            #expect(NativeGraphWriter(format: .yaml).write(again) == NativeGraphWriter(format: .yaml).write(graph), "\(graph.name)")
        }
    }

    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"))
    func networkxsKarateClubReadsAsAnUntypedGraph() throws {
        let script = "import json, networkx as nx; g = nx.karate_club_graph(); print(json.dumps(nx.node_link_data(g, edges='edges')))"
        let graph = try read(try PythonTools.run(script, arguments: []), .nodeLink, file: "karate.json")
        #expect(graph.nodeCount == 34 && graph.relationCount == 78)
        #expect(graph.entities[0].id == "0" && graph.entities[0].name == "0" && graph.entities[0].kind == .node)
        #expect(graph.entities[0].attributes["club"] == .string("Mr. Hi"))
        #expect(graph.relations.allSatisfy { $0.type == .edge } && (0..<78).allSatisfy { !graph.isDirected(relation: $0) })
        #expect(graph.relations[0].weight == 4)
        #expect(graph.name == "Zachary's Karate Club")
    }

    /// Another tool's ids are often names: those that break the id rule get ids made from
    /// them, keep them as names, and the edges follow; valid ids are kept and never clashed with.
    @Test func foreignIdsThatAreNamesGetIdsMadeFromThem() throws {
        let text = #"{"directed": false, "graph": {}, "nodes": [{"id": "Jean Valjean"}, {"id": "Jean-Valjean"}, {"id": 3}], "#
            + #""edges": [{"source": "Jean Valjean", "target": 3}, {"source": "Jean-Valjean", "target": 3}]}"#
        let graph = try read(text, .nodeLink)
        #expect(graph.entities.map(\.id) == ["Jean-Valjean-2", "Jean-Valjean", "3"])
        #expect(graph.entities.map(\.name) == ["Jean Valjean", "Jean-Valjean", "3"])
        #expect(graph.relations.map { [$0.from, $0.to] } == [["Jean-Valjean-2", "3"], ["Jean-Valjean", "3"]])
    }

    @Test func aForeignCytoscapeListOfElementsReads() throws {
        let graph = try read("""
            {"data": {"name": "calls"}, "directed": true, "elements": [
              {"group": "nodes", "data": {"id": "n1", "label": "Ana"}},
              {"group": "nodes", "data": {"id": "n2"}},
              {"group": "edges", "data": {"id": "e1", "source": "n1", "target": "n2", "minutes": 12}}]}
            """, .cytoscape)
        #expect(graph.entities.map(\.id) == ["n1", "n2"])
        #expect(graph.entities[0].attributes["label"] == .string("Ana"))
        #expect(graph.relations.count == 1 && graph.relations[0].attributes["minutes"] == .number(12) && graph.isDirected(relation: 0))
    }

    @Test func problemsAreReportedWhereTheyAre() throws {
        let starter = try TestSupport.starter()
        var text = NodeLinkWriter().write(starter)
        text = text.replacingOccurrences(of: "\"status\": \"alleged\"", with: "\"status\": \"rumoured\"")
        do {
            _ = try read(text, .nodeLink, file: "bad.nodelink.json")
            Issue.record("an unknown status was read")
        } catch {
            let first = try #require(error.diagnostics.first)
            #expect(first.message.hasPrefix("unknown status 'rumoured'"))
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("rumoured") }! + 1
            #expect(first.location?.line == line, "\(first)")
        }
        #expect(throws: GraphInputError.self) { try read("[1, 2]", .nodeLink) }
        #expect(throws: GraphInputError.self) { try read("{\"graph\": {}}", .nodeLink) }
        #expect(throws: GraphInputError.self) { try read("{\"data\": {}}", .cytoscape) }
    }

    @Test func surrogatePairEscapesBecomeOneCharacter() {
        #expect(ExchangeJSONReader.joiningSurrogatePairs(#""\ud83c\udf89 ok""#) == #""\U0001F389 ok""#)
        // An escaped backslash before 'u' is text, not an escape.
        #expect(ExchangeJSONReader.joiningSurrogatePairs(#""\\ud83c\udf89""#) == #""\\ud83c\udf89""#)
        #expect(ExchangeJSONReader.joiningSurrogatePairs(#""\u00e9""#) == #""\u00e9""#)
    }
}

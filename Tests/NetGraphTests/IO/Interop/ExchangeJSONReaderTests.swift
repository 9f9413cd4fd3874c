import Foundation
import Testing
@_spi(Testing) @testable import NetGraph

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

    /// The documents the comparison below starts from: netgraph's own files of three graphs,
    /// other tools' documents of this suite, and the hostile files of the CLI tests.
    static func seeds() throws -> [(name: String, dialect: ExchangeJSONReader.Dialect, text: String)] {
        var seeds: [(name: String, dialect: ExchangeJSONReader.Dialect, text: String)] = []
        for graph in [try TestSupport.starter(), try TestSupport.tricky()] {
            seeds.append(("\(graph.name).nodelink.json", .nodeLink, NodeLinkWriter().write(graph)))
            seeds.append(("\(graph.name).cyjs", .cytoscape, CytoscapeWriter().write(graph)))
        }
        seeds.append(("names.nodelink.json", .nodeLink, #"{"directed": false, "graph": {"name": "n"}, "nodes": [{"id": "Jean Valjean", "age": 52}, "#
            + #"{"id": "Jean-Valjean", "kind": "person"}, {"id": 3, "x": [1, {"y": null}]}], "links": [{"source": "Jean Valjean", "target": 3, "weight": 2.5, "reverse": false}, "#
            + #"{"source": "Jean-Valjean", "target": 3, "key": 0}, {"source": 3, "target": "Jean Valjean", "reverse": true}]}"#))
        seeds.append(("pairs.cyjs", .cytoscape, #"{"data": [["name", "calls"], ["kind", 1]], "directed": true, "elements": [{"group": "nodes", "data": {"id": "n1", "label": "Ana"}}, "#
            + #"{"group": "nodes", "data": {"id": "n2", "kind": "cartel"}}, {"group": "edges", "data": {"id": "e1", "source": "n1", "target": "n2", "type": "funds", "minutes": 12}}]}"#))
        let hostile = TestSupport.repository.appendingPathComponent("Tests/netgraphCLITests/Hostile/native")
        for name in try FileManager.default.contentsOfDirectory(atPath: hostile.path).sorted()
        where name.hasSuffix(".nodelink.json") || name.hasSuffix(".cyjs") {
            seeds.append((name, name.hasSuffix(".cyjs") ? .cytoscape : .nodeLink,
                          String(decoding: try Data(contentsOf: hostile.appendingPathComponent(name)), as: UTF8.self)))
        }
        return seeds
    }

    /// netgraph's JSON composer and Yams give the same graph, or the same messages, for every
    /// seed and for mutations of them (cuts, dropped, doubled and swapped bytes, snippets).
    @Test func composingWithNetgraphOrYamsReadsAlike() throws {
        var (compared, composed) = (0, 0)
        var differences: [String] = []
        var mix = XMLScannerTests.Mix(state: 7)
        for (name, dialect, text) in try Self.seeds() {
            let seed = Array(text.utf8)
            for round in 0..<40 {
                let bytes = round == 0 ? seed : XMLScannerTests.mutate(seed, &mix)
                guard !bytes.isEmpty else { continue }
                var yamsOnly = ExchangeJSONReader(dialect: dialect)
                yamsOnly.composesWithYamsOnly = true
                let fast = YAMLSubsetComposerTests.outcome { () throws(GraphInputError) in try ExchangeJSONReader(dialect: dialect).read(bytes, file: "m.json") }
                let reference = YAMLSubsetComposerTests.outcome { () throws(GraphInputError) in try yamsOnly.read(bytes, file: "m.json") }
                compared += 1
                if let checked = try? JSONSyntax.validated(bytes, file: "m.json"),
                   JSONComposer.compose(String(decoding: checked, as: UTF8.self), maxDepth: ReadLimits.standard.maxNestingDepth) != nil {
                    composed += 1
                }
                if fast != reference && differences.count < 5 {
                    differences.append("\(name) #\(round):\n\(fast.prefix(400))\n---\n\(reference.prefix(400))")
                }
            }
        }
        print("ExchangeJSONReaderTests: \(compared) documents compared, \(composed) composed by netgraph's composer")
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n\n"))")
        #expect(compared > 250)
        // Most mutations still compose, so the comparison covers netgraph's composer.
        #expect(composed > 100)
    }

    @Test func surrogatePairEscapesBecomeOneCharacter() {
        #expect(ExchangeJSONReader.joiningSurrogatePairs(#""\ud83c\udf89 ok""#) == #""\U0001F389 ok""#)
        // An escaped backslash before 'u' is text, not an escape.
        #expect(ExchangeJSONReader.joiningSurrogatePairs(#""\\ud83c\udf89""#) == #""\\ud83c\udf89""#)
        #expect(ExchangeJSONReader.joiningSurrogatePairs(#""\u00e9""#) == #""\u00e9""#)
    }
}

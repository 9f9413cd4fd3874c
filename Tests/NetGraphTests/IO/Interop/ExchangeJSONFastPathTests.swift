import Foundation
import Testing
@_spi(Testing) @testable import NetGraph
import VizTestSupport

/// The fast path for node-link and Cytoscape.js JSON that netgraph wrote must read a text into
/// exactly the graph the general path builds (entities, relations, order, texts, quote marks),
/// or decline it: these tests compare the two on crafted texts, on both writers' output for
/// every graph file of the repository, and on mutations of those texts. Graphs are compared as
/// `NativeYAMLFastPathTests` compares them.
@Suite struct ExchangeJSONFastPathTests {
    private static let schema = #""schema": {"kinds": ["node"], "relations": [{"name": "edge", "directed": false}]}"#

    /// Node-link texts the fast path must take.
    static let acceptedNodeLink: [String] = [
        #"{"graph": {"netgraph": 1}, "nodes": []}"#,
        #"{"directed": true, "multigraph": true, "graph": {"name": "g", "description": "two\nlines", "netgraph": 1}, "nodes": [{"id": "a", "name": "A", "kind": "person", "value": "a"}], "edges": []}"#,
        #"{"graph": {"netgraph": 1, "name": 5, "sources": [{"id": "s1", "title": "A report", "date": "2019-05-04", "reliability": "B"}]}, "nodes": [{"id": "a", "kind": "person"}, {"id": "b", "kind": "person"}], "links": [{"source": "a", "target": "b", "key": "e0", "type": "allied-with", "date": "2020", "cited_source": "s1", "quote": "ça \"va\""}]}"#,
        #"{"graph": {"netgraph": 1, "# + schema + #"}, "nodes": [{"id": "5", "kind": "node"}, {"id": "x5", "kind": "node", "attributes": {"n": 3, "f": true}}], "edges": [{"source": "5", "target": "x5", "key": "e0", "type": "edge", "weight": -2.5}, {"source": "x5", "target": "5", "key": "e0-reverse", "type": "edge", "weight": -2.5, "reverse": true}]}"#,
        // A `reverse` that is not the plain `true` keeps its edge, as the general path keeps it.
        #"{"graph": {"netgraph": 1}, "nodes": [{"id": "a", "kind": "person"}], "edges": [{"source": "a", "target": "a", "type": "allied-with", "reverse": false}, {"source": "a", "target": "a", "type": "allied-with", "reverse": "true"}, {"source": "a", "target": "a", "type": "allied-with", "reverse": 1}]}"#,
        // The opposite copy is passed over unread, even where it would be refused.
        #"{"graph": {"netgraph": 1}, "nodes": [{"id": "a", "kind": "person"}], "edges": [{"source": "a", "target": "zz", "type": "nope", "reverse": true}]}"#,
        // Another tool's plain graph, as NetworkX's `node_link_data` writes it: integer or text
        // ids, a name, a weight, a multigraph's keys, either key for the edges, either way.
        #"{"graph": {}, "nodes": [{"id": 0}]}"#,
        #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"id": 5}, {"id": 0}, {"id": -3}], "edges": [{"source": 5, "target": 0}, {"source": 0, "target": -3}]}"#,
        #"{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "a", "name": "Alpha"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "key": 0, "weight": 2.5}, {"source": "a", "target": "b", "key": 1}]}"#,
        #"{"directed": "false", "graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "id": "e1"}]}"#,
        // Other members with scalar values are attributes (nulls dropped), as in the general path.
        #"{"directed": false, "multigraph": false, "graph": {}, "nodes": [{"club": "Mr. Hi", "id": 0, "size": 3, "vip": true, "note": null}, {"id": 1, "key": "k", "directed": 1}], "edges": [{"weight": 4, "source": 0, "target": 1, "year": 2001, "name": "tie", "directed": false}]}"#,
    ]

    /// Cytoscape.js texts the fast path must take.
    static let acceptedCytoscape: [String] = [
        #"{"data": {"netgraph": 1}, "elements": {"nodes": []}}"#,
        #"{"data": {"name": "g", "netgraph": 1, "# + schema + #"}, "directed": false, "multigraph": true, "elements": {"nodes": [{"data": {"id": "a", "value": "a", "name": "A", "kind": "node", "since": "2001"}}, {"data": {"id": "b", "kind": "node"}}], "edges": [{"data": {"id": "e0", "key": "e0", "source": "a", "target": "b", "type": "edge", "directed": false, "status": "alleged", "until": "2003-04"}}]}}"#,
        // Another tool's plain graph, as NetworkX's `cytoscape_data` writes it.
        #"{"data": [], "directed": false, "multigraph": false, "elements": {"nodes": [{"data": {"id": "5", "value": 5, "name": "5"}}, {"data": {"id": "0", "value": 0, "name": "0"}}], "edges": [{"data": {"source": 5, "target": 0}}]}}"#,
        #"{"data": {}, "directed": true, "elements": {"nodes": [{"data": {"id": "a", "value": "a"}}], "edges": [{"data": {"source": "a", "target": "a", "weight": 1}}]}}"#,
        #"{"data": [], "directed": true, "elements": {"nodes": [{"data": {"id": "a", "value": "a", "name": "A", "colour": "red"}}], "edges": [{"data": {"source": "a", "target": "a", "label": "self", "w": 1.5}}]}}"#,
    ]

    /// Texts of either dialect it must leave to the general path (which may read them or
    /// refuse them).
    static let declined: [(ExchangeJSONReader.Dialect, String)] = [
        // Another tool's graph with more than the plain fields, or ids the general path
        // replaces: the general path reads it.
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "Jean Valjean"}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": 1.5}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": true}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a", "color": ["red"]}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a", "pos": {"x": 1}}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a", "kind": "person"}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a", "since": "2001"}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a", "attributes": {"x": 1}}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a", "x": 1, "x": 2}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "type": "knows"}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "quote": "q"}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "cited_source": "s"}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "a", "reverse": true}]}"#),
        (.nodeLink, #"{"graph": {}, "nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b"}]}"#),
        (.nodeLink, #"{"graph": {"name": "G"}, "nodes": [{"id": "a"}]}"#),
        (.cytoscape, #"{"data": [["name", "G"]], "elements": {"nodes": [{"data": {"id": "a"}}]}}"#),
        (.nodeLink, #"{"nodes": [{"id": "a", "kind": "person"}], "graph": {"netgraph": 1}}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "nodes": [], "edges": [], "links": []}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "graph": {"netgraph": 1}, "nodes": []}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1, "colour": "red"}, "nodes": []}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1, "name": null}, "nodes": []}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "nodes": [], "extra": 1}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "nodes": [{"id": "a", "kind": "person", "colour": "red"}]}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "nodes": [{"id": "a", "kind": "person"}], "edges": [{"from": "a", "to": "a", "type": "allied-with"}]}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "nodes": [{"id": "a", "kind": "person"}], "edges": [{"source": "a", "target": "b", "type": "allied-with"}]}"#),
        (.nodeLink, #"{"graph": {"netgraph": 1}, "nodes": [{"id": "a", "kind": "person"}], "edges": [{"source": "a", "target": "a", "type": "allied-with", "key": {"k": {"j": 1}}}]}"#),
        (.nodeLink, #"{"graph": [["netgraph", 1]], "nodes": []}"#),
        (.cytoscape, #"{"data": {"netgraph": 1}, "elements": [{"group": "nodes", "data": {"id": "a", "kind": "person"}}]}"#),
        (.cytoscape, #"{"data": {"netgraph": 1}, "elements": {"nodes": [{"data": {"id": "a", "kind": "person"}, "position": {"x": 1}}]}}"#),
        (.cytoscape, #"{"data": {"netgraph": 1}, "elements": {"edges": [], "nodes": []}}"#),
        (.cytoscape, #"{"data": {"netgraph": 1}, "elements": {}}"#),
        (.cytoscape, #"{"elements": {"nodes": []}, "data": {"netgraph": 1}}"#),
        (.cytoscape, #"{"data": {"name": "g"}, "elements": {"nodes": []}}"#),
        (.cytoscape, #"{"data": {"netgraph": 1}, "elements": {"nodes": [{"id": "a", "kind": "person"}]}}"#),
    ]

    @Test(arguments: acceptedNodeLink.map { (ExchangeJSONReader.Dialect.nodeLink, $0) } + acceptedCytoscape.map { (.cytoscape, $0) })
    func acceptsTheWritersLayout(_ dialect: ExchangeJSONReader.Dialect, _ text: String) throws {
        let fast = try #require(Self.fastRead(Array(text.utf8), dialect), "declined: \(text)")
        let general = try Self.generalRead(Array(text.utf8), dialect)
        #expect(NativeYAMLFastPathTests.difference(fast, general) == nil, "\(NativeYAMLFastPathTests.difference(fast, general) ?? "")")
    }

    @Test(arguments: declined)
    func declinesEverythingElse(_ dialect: ExchangeJSONReader.Dialect, _ text: String) {
        #expect(Self.fastRead(Array(text.utf8), dialect) == nil)
    }

    @Test func declinesUnderASmallNestingLimit() throws {
        let text = Array(NodeLinkWriter().write(try TestSupport.starter()).utf8)
        var limits = ReadLimits.standard
        limits.maxNestingDepth = 7
        let checked = try JSONSyntax.validated(text, file: "t.json")
        #expect(ExchangeJSONFastPath.graph(fromValidated: checked, dialect: .nodeLink, file: "t.json", limits: limits) == nil)
        #expect(ExchangeJSONFastPath.graph(fromValidated: checked, dialect: .nodeLink, file: "t.json", limits: .standard) != nil)
    }

    /// Every graph file of the repository, written by both writers: the written text must
    /// take the fast path and read as the general path reads it; every mutation of the
    /// written texts is either declined or read alike.
    @Test(arguments: [ExchangeJSONReader.Dialect.nodeLink, .cytoscape])
    func readsEveryRepositoryGraphAsTheGeneralPath(_ dialect: ExchangeJSONReader.Dialect) throws {
        let written = VizSupport.repositoryGraphs().map { item in
            (name: item.name, text: dialect == .nodeLink ? NodeLinkWriter().write(item.graph) : CytoscapeWriter().write(item.graph))
        }
        #expect(written.count >= 30)
        for (name, text) in written {
            let fast = Self.fastRead(Array(text.utf8), dialect)
            #expect(fast != nil, "the written \(name) was declined")
            if let fast {
                let general = try Self.generalRead(Array(text.utf8), dialect)
                #expect(NativeYAMLFastPathTests.difference(fast, general) == nil,
                        "written \(name): \(NativeYAMLFastPathTests.difference(fast, general) ?? "")")
            }
        }
        let (checked, accepted) = try Self.readAlike(written.map { ($0.name, Self.mutations(of: $0.text)) }, dialect)
        #expect(checked > 1_500)
        #expect(accepted > 200)
    }

    /// Every graph file of the repository as NetworkX writes a plain graph (its ids and
    /// ends only, integer ids as numbers), one node or edge a line: the fast path must read
    /// each as the general path does, and every mutation either alike or not at all.
    @Test(arguments: [ExchangeJSONReader.Dialect.nodeLink, .cytoscape])
    func readsNetworkXPlainGraphsAsTheGeneralPath(_ dialect: ExchangeJSONReader.Dialect) throws {
        let written = VizSupport.repositoryGraphs().map { item in (name: item.name, text: Self.networkXStyle(item.graph, dialect)) }
        var taken = 0
        for (name, text) in written {
            // A graph with ids that are no valid entity ids (none among these, but a file may
            // hold one) is left to the general path.
            guard let fast = Self.fastRead(Array(text.utf8), dialect) else { continue }
            taken += 1
            let general = try Self.generalRead(Array(text.utf8), dialect)
            #expect(NativeYAMLFastPathTests.difference(fast, general) == nil,
                    "NetworkX-style \(name): \(NativeYAMLFastPathTests.difference(fast, general) ?? "")")
        }
        #expect(taken >= 30)
        let (checked, accepted) = try Self.readAlike(written.prefix(12).map { item in
            (item.name, NativeJSONFastPathTests.mutations(of: item.text).enumerated().filter({ $0.offset % 5 == 0 }).map(\.element)
                + Self.untypedMutations(of: item.text))
        }, dialect)
        #expect(checked > 500)
        #expect(accepted > 100)
    }

    /// `graph` as NetworkX's `json.dumps(node_link_data(G))` or `cytoscape_data(G)` of a plain
    /// graph of its ids writes it, directed as the graph's first relation type, one item a line.
    static func networkXStyle(_ graph: Graph, _ dialect: ExchangeJSONReader.Dialect) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        // NetworkX writes a node as itself: an integer node as a number.
        func node(_ id: String) -> String { EntityRowIndex.integerValue(of: id) != nil ? id : quoted(id) }
        let directed = graph.relationCount == 0 || graph.isDirected(relation: 0)
        let nodes = graph.entities.map { entity in
            dialect == .nodeLink ? "{\"id\": \(node(entity.id))}"
                : "{\"data\": {\"id\": \(quoted(entity.id)), \"value\": \(node(entity.id)), \"name\": \(quoted(entity.id))}}"
        }
        let edges = graph.relations.map { relation in
            let fields = "\"source\": \(node(relation.from)), \"target\": \(node(relation.to))"
            return dialect == .nodeLink ? "{\(fields)}" : "{\"data\": {\(fields)}}"
        }
        let items = "[\n" + nodes.joined(separator: ",\n") + "\n], \"edges\": [\n" + edges.joined(separator: ",\n") + "\n]"
        return dialect == .nodeLink
            ? "{\"directed\": \(directed), \"multigraph\": false, \"graph\": {}, \"nodes\": " + items + "}"
            : "{\"data\": [], \"directed\": \(directed), \"multigraph\": false, \"elements\": {\"nodes\": " + items + "}}"
    }

    /// Edits of what only another tool's plain graph holds, each on the first two lines it
    /// changes.
    static func untypedMutations(of text: String) -> [String] {
        let edits: [(String) -> String] = [
            { $0.replacingOccurrences(of: "\"id\": ", with: "\"id\": -") },
            { $0.replacingOccurrences(of: "\"id\": ", with: "\"weight\": 2, \"id\": ") },
            { $0.replacingOccurrences(of: "\"source\": ", with: "\"weight\": 2e3, \"key\": [0], \"source\": ") },
            { $0.replacingOccurrences(of: "\"source\": ", with: "\"weight\": null, \"source\": ") },
            { $0.replacingOccurrences(of: "\"source\": ", with: "\"source\": 1.0, \"x\": ") },
            { $0.replacingOccurrences(of: "{\"id\": ", with: "{\"name\": \"N\", \"id\": ") },
            { $0.replacingOccurrences(of: "{\"id\": ", with: "{\"name\": null, \"id\": ") },
            { $0.replacingOccurrences(of: "{\"id\": ", with: "{\"size\": 2.5, \"club\": \"A\", \"on\": false, \"gone\": null, \"id\": ") },
            { $0.replacingOccurrences(of: "\"source\": ", with: "\"label\": \"x\", \"cost\": 1e-400, \"source\": ") },
            { $0.replacingOccurrences(of: "\"source\": ", with: "\"kind\": \"k\", \"source\": ") },
            { $0.replacingOccurrences(of: "{\"id\": ", with: "{\"type\": \"t\", \"id\": ") },
            { $0.replacingOccurrences(of: "{\"id\": ", with: "{\"tags\": [1], \"id\": ") },
            { $0.replacingOccurrences(of: "\"directed\": true", with: "\"directed\": false") },
            { $0.replacingOccurrences(of: "\"directed\": false", with: "\"directed\": true") },
            { $0.replacingOccurrences(of: "\"directed\": ", with: "\"directed\": \"no\", \"d\": ") },
            { $0.replacingOccurrences(of: "\"graph\": {}", with: "\"graph\": []") },
            { $0.replacingOccurrences(of: "\"data\": []", with: "\"data\": [[\"name\", \"g\"]]") },
        ]
        return Self.edited(text, by: edits)
    }

    /// Every tenth of the native JSON mutations, and edits of what only the exchange layouts
    /// hold, each on the first two lines it changes: every mutation of every written text
    /// would take minutes.
    static func mutations(of text: String) -> [String] {
        let edits: [(String) -> String] = [
            { $0.replacingOccurrences(of: "\"reverse\": true", with: "\"reverse\": false") },
            { $0.replacingOccurrences(of: "\"key\": ", with: "\"reverse\": true, \"key\": ") },
            { $0.replacingOccurrences(of: "\"key\": ", with: "\"key\": [1, 2], \"x\": ") },
            { $0.replacingOccurrences(of: "\"source\": ", with: "\"from\": ") },
            { $0.replacingOccurrences(of: "\"cited_source\": ", with: "\"source\": ") },
            { $0.replacingOccurrences(of: "\"netgraph\": 1", with: "\"netgraph\": null") },
            { $0.replacingOccurrences(of: "\"netgraph\": 1", with: "\"net\": 1") },
            { $0.replacingOccurrences(of: "\"data\": {", with: "\"data\": {\"group\": \"nodes\", ") },
            { $0.replacingOccurrences(of: "\"edges\": ", with: "\"links\": ") },
            { $0.replacingOccurrences(of: "\"value\": ", with: "\"value\": {\"v\": 1}, \"w\": ") },
        ]
        return NativeJSONFastPathTests.mutations(of: text).enumerated().filter { $0.offset % 10 == 0 }.map(\.element)
            + Self.edited(text, by: edits)
    }

    /// `text` with each edit made on each of the first two lines it changes, one text per
    /// line edited.
    static func edited(_ text: String, by edits: [(String) -> String]) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var texts: [String] = []
        for edit in edits {
            var changed = 0
            for index in lines.indices where changed < 2 {
                var edited = lines
                edited[index] = edit(lines[index])
                guard edited[index] != lines[index] else { continue }
                texts.append(edited.joined(separator: "\n"))
                changed += 1
            }
        }
        return texts
    }

    /// Checks every mutation (each declined, or read as the general path reads it); returns
    /// how many were checked and how many the fast path took.
    static func readAlike(_ items: [(name: String, mutations: [String])], _ dialect: ExchangeJSONReader.Dialect) throws
        -> (checked: Int, accepted: Int) {
        var checked = 0
        var accepted = 0
        for (name, mutations) in items {
            for mutation in mutations {
                checked += 1
                if try NativeYAMLFastPathTests.readsAlike(Array(mutation.utf8), name: name, fast: { Self.fastRead($0, dialect) },
                                                          general: { try Self.generalRead($0, dialect) }) {
                    accepted += 1
                }
            }
        }
        return (checked, accepted)
    }

    /// The fast path as the reader runs it: on the bytes the JSON check returns.
    static func fastRead(_ bytes: [UInt8], _ dialect: ExchangeJSONReader.Dialect) -> Graph? {
        guard let checked = try? JSONSyntax.validated(bytes, file: "t.json") else { return nil }
        return ExchangeJSONFastPath.graph(fromValidated: checked, dialect: dialect, file: "t.json", limits: .standard)
    }

    static func generalRead(_ bytes: [UInt8], _ dialect: ExchangeJSONReader.Dialect) throws -> Graph {
        var general = ExchangeJSONReader(dialect: dialect)
        general.skipsFastPath = true
        return try general.read(bytes, file: "t.json")
    }
}

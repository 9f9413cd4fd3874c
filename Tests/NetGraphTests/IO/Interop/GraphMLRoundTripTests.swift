import Foundation
import Testing
@testable import NetGraph

/// GraphML read-back beyond InteropWriterTests: writing is deterministic across a round
/// trip, mixed-type attribute columns, and the checks on netgraph's typed keys.
@Suite struct GraphMLRoundTripTests {
    private func roundTrip(_ graph: Graph) throws -> Graph {
        try GraphMLReader().read(Array(GraphMLWriter().write(graph).utf8), file: "round.graphml")
    }

    @Test func writingWhatWasReadBackGivesTheSameText() throws {
        for graph in [try TestSupport.tricky(), try TestSupport.starter()] {
            let again = try roundTrip(graph)
            #expect(GraphMLWriter().write(again) == GraphMLWriter().write(graph))
            #expect(again.schema.declaration(of: "supports")?.isDirected == graph.schema.declaration(of: "supports")?.isDirected)
        }
    }

    /// Found by FuzzGraphML: a graph named with DEL went into the graph-level JSON raw, and
    /// the YAML parser that reads that JSON back refuses DEL and the C1 controls unescaped.
    @Test func controlCharactersInGraphLevelTextComeBack() throws {
        for name in ["\u{7F}", "a\u{85}b", "c\u{9F}"] {
            var builder = GraphBuilder(name: name)
            builder.add(Source(id: "s\u{80}", title: "t\u{7F}"))
            builder.add(Entity(id: "a", kind: .person))
            let graph = try builder.build()
            let again = try roundTrip(graph)
            #expect(again.name == name)
            #expect(again.sources.map(\.title) == ["t\u{7F}"])
            let json = JSONValue.string(name).serialized()
            #expect(try JSONValue.parse(json) == .string(name))
        }
        // XML cannot hold U+FFFE at all (GraphML writes U+FFFD); JSON escapes it.
        let json = JSONValue.string("d\u{FFFE}").serialized()
        #expect(json == #""d\ufffe""#)
        #expect(try JSONValue.parse(json) == .string("d\u{FFFE}"))
    }

    /// A column holding numbers and text is typed `string`, so its numbers come back as text.
    @Test func aNumberInAMixedColumnComesBackAsText() throws {
        let graph = try TestSupport.read("""
            graph: {name: mixed}
            entities:
              - {id: a, kind: person, attributes: {code: 7}}
              - {id: b, kind: person, attributes: {code: x7}}
            relations: []
            """)
        let again = try roundTrip(graph)
        #expect(again.entities.map(\.attributes) == [["code": .string("7")], ["code": .string("x7")]])
    }

    /// The messages for a document with netgraph's keys and `body` inside `<graph>`.
    private func messages(_ body: String) -> [String] {
        var text = "<graphml>\n"
        for name in GraphMLKeys.graphKeys { text += "<key id=\"g_\(name)\" for=\"graph\" attr.name=\"\(name)\" attr.type=\"string\"/>\n" }
        for name in GraphMLKeys.nodeKeys { text += "<key id=\"n_\(name)\" for=\"node\" attr.name=\"\(name)\" attr.type=\"string\"/>\n" }
        for name in GraphMLKeys.edgeKeys { text += "<key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"string\"/>\n" }
        text += "<graph edgedefault=\"directed\">\n" + body + "\n</graph></graphml>\n"
        do {
            _ = try GraphMLReader().read(Array(text.utf8), file: "g.graphml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func checksTheTypedFields() {
        #expect(!messages("<data key=\"g_schema\">{\"kinds\": [</data>").isEmpty)
        let aliases = messages("<node id=\"a\"><data key=\"n_kind\">person</data><data key=\"n_aliases\">not json</data></node>")
        #expect(aliases.count == 1)
        #expect(aliases.first?.hasPrefix("g.graphml:21:") == true)
        #expect(aliases.first?.contains("'aliases' must be a JSON list of strings") == true)
        // Every problem of an edge is reported, not only the first.
        let edge = messages("""
            <node id="a"><data key="n_kind">person</data></node>
            <node id="b"><data key="n_kind">person</data></node>
            <edge source="a" target="b"><data key="e_type">family-of</data><data key="e_status">maybe</data><data key="e_date">soon</data></edge>
            """)
        #expect(edge.count == 2)
        #expect(edge.contains { $0.contains("unknown status 'maybe'") })
        #expect(edge.contains { $0.contains("'date': 'soon' is not a date") })
        // Kinds and relation types are checked against the schema, as in a native file.
        #expect(!messages("<node id=\"a\"><data key=\"n_kind\">spaceship</data></node>").isEmpty)
        #expect(messages("<node id=\"a\"><data key=\"n_kind\">person</data></node>").isEmpty)
    }
}

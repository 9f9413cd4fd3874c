import Foundation
import NetGraph
@_spi(Testing) @testable import NetGraphViz
import Testing
import VizTestSupport

/// native → DOT → native gives an equal graph: every field of every entity and relation, the
/// sources and the schema extensions.
@Suite struct DOTRoundTripTests {

    private func roundTrip(_ graph: Graph) throws -> Graph {
        let text = DOTGraphWriter().write(graph)
        let back = try DOTGraphReader().read(Array(text.utf8), file: "round-trip.dot")
        // Writing is deterministic: the graph read back writes the same bytes.
        #expect(DOTGraphWriter().write(back) == text)
        return back
    }

    private func expectEqual(_ a: Graph, _ b: Graph) {
        #expect(a.name == b.name)
        #expect(a.summary == b.summary)
        #expect(a.schema == b.schema)
        #expect(a.sources == b.sources)
        #expect(a.entities == b.entities)
        #expect(a.relations == b.relations)
    }

    @Test func theTrickyGraphRoundTrips() throws {
        let graph = try VizSupport.tricky()
        #expect(graph.entities[2].description?.contains("\r\n") == true)
        expectEqual(graph, try roundTrip(graph))
    }

    @Test func theBundledGraphRoundTrips() throws {
        let graph = try BundledGraph.load()
        expectEqual(graph, try roundTrip(graph))
    }

    @Test func theStarterGraphRoundTrips() throws {
        let graph = try VizSupport.starter()
        expectEqual(graph, try roundTrip(graph))
    }

    @Test func everyControlCharacterSurvives() throws {
        let text = String(String.UnicodeScalarView((1..<0x20).compactMap(Unicode.Scalar.init) + ["\u{7F}", "\u{85}", "\\", "\""]))
        var builder = GraphBuilder(name: "controls")
        builder.add(Entity(id: "a", kind: .person, description: text))
        builder.add(Entity(id: "b", kind: .person))
        builder.add(Relation(from: "a", to: "b", type: "family-of", quote: text + "\\"))
        let graph = try builder.build()
        expectEqual(graph, try roundTrip(graph))
    }

    /// cgraph replaces a name that starts with `%` with a number of its own; the writer
    /// escapes that `%`, so both readings give the ids back (found by FuzzDOT: an id made
    /// from the name `" %a"` is `%a`).
    @Test func idsAndANameThatStartWithAPercentSignRoundTrip() throws {
        var builder = GraphBuilder(name: "%net")
        builder.add(Entity(id: "%a", kind: .person))
        builder.add(Entity(id: "%", kind: .person, name: "%b"))
        builder.add(Entity(id: "c%", kind: .person))
        builder.add(Relation(from: "%a", to: "%", type: "family-of"))
        builder.add(Relation(from: "c%", to: "%a", type: "family-of"))
        let graph = try builder.build()
        let text = DOTGraphWriter().write(graph)
        #expect(text.contains(#""\u0025a" -> "\u0025""#))
        for skipsFastPath in [false, true] {
            var reader = DOTGraphReader()
            reader.skipsFastPath = skipsFastPath
            expectEqual(graph, try reader.read(Array(text.utf8), file: "percent.dot"))
        }
    }

    @Test func readingBackIsTyped() throws {
        let back = try roundTrip(try VizSupport.tricky())
        #expect(back.entities[1].attributes["tonnage"] == .number(1200))
        #expect(back.entities[1].attributes["seized"] == .bool(true))
        #expect(back.entities[1].attributes["flag"] == .string("Panama"))
        #expect(back.relations[0].status == .alleged)
        #expect(!back.isDirected(relation: 0))
        #expect(back.schema.contains("vessel"))
    }

    @Test func aHandEditedValueIsReportedNotGuessed() throws {
        func read(_ text: String) throws -> Graph { try DOTGraphReader().read(Array(text.utf8), file: "edited.dot") }
        let valid = #"digraph g { graph [netgraph="1"]; a [kind=person]; b [kind=person]; a -> b [type="family-of"]; }"#
        #expect(try read(valid).relations.map(\.type) == ["family-of"])
        let cases: [(String, String)] = [
            (#"digraph g { graph [netgraph="1"]; a [kind=person, since="2020-13"]; }"#, "'since': '2020-13' is not a date"),
            (#"digraph g { graph [netgraph="1"]; a [kind=spaceship]; }"#, "spaceship"),
            (#"digraph g { graph [netgraph="1"]; a [kind=person, aliases="not json"]; }"#, "node 'a': 'aliases'"),
            (#"digraph g { graph [netgraph="1"]; a [kind=person, aliases="[1]"]; }"#, "'aliases' must be a JSON list of strings"),
            (#"digraph g { graph [netgraph="1"]; a [kind=person, attributes="[1]"]; }"#, "'attributes' must be a JSON object"),
            (#"digraph g { graph [netgraph="1"]; a [kind=person, label="bad \q escape"]; }"#, "'label' has an escape"),
            (#"digraph g { graph [netgraph="1"]; a [kind=person]; b [kind=person]; a -> b [type="family-of", weight=heavy]; }"#,
             "edge 1 ('a' -> 'b'): weight 'heavy' is not a finite number"),
            (#"digraph g { graph [netgraph="1"]; a [kind=person]; b [kind=person]; a -> b [type="family-of", status=rumoured]; }"#,
             "unknown status 'rumoured'"),
            (#"digraph g { graph [netgraph="1", sources="[{\"id\": \"s\", \"date\": \"2020-13\"}]"]; a [kind=person]; }"#, "2020-13"),
        ]
        for (text, message) in cases {
            do {
                _ = try read(text)
                Issue.record("expected an error for \(text)")
            } catch let error as GraphInputError {
                #expect(error.description.contains(message), "\(error.description)")
                #expect(error.description.hasPrefix("edited.dot:"))
            }
        }
    }

    @Test func drawingAttributesInANetgraphFileAreNotCarried() throws {
        let text = #"digraph g { graph [netgraph="1"]; a [kind=person, image="/etc/passwd", shapefile="x"]; b [kind=person]; a -> b [type="family-of", image="y", URL="javascript:x"]; }"#
        let graph = try DOTGraphReader().read(Array(text.utf8), file: "t.dot")
        #expect(graph.entities.allSatisfy { $0.attributes.isEmpty })
        #expect(graph.relations.allSatisfy { $0.attributes.isEmpty })
        let svg = String(decoding: try GraphvizContext().render(graph).data, as: UTF8.self)
        #expect(!svg.contains("passwd") && !svg.contains("javascript"))
    }
}

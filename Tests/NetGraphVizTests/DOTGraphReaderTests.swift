import Foundation
import NetGraph
@testable import NetGraphViz
import Testing
import VizTestSupport

@Suite struct DOTGraphReaderTests {
    func read(_ text: String) throws -> Graph { try DOTGraphReader().read(Array(text.utf8), file: "t.dot") }

    @Test func nodesEdgesKindsWeightsAndLabels() throws {
        let graph = try read("""
            digraph net {
              a [label="Alpha \\"A\\"", kind=cartel];
              b [kind=spaceship];
              a -> b [weight=2.5];
              a -> b;
              b -> c;
            }
            """)
        #expect(graph.name == "net")
        #expect(graph.entities.map(\.id) == ["a", "b", "c"])
        #expect(graph.entities.map(\.name) == ["Alpha \"A\"", "b", "c"])
        #expect(graph.entities.map(\.kind) == [.cartel, .node, .node])
        #expect(graph.relations.map(\.type) == [.edge, .edge, .edge])
        #expect(graph.relations.map(\.weight) == [2.5, nil, nil])
        #expect(graph.isDirected(relation: 0))
        #expect(try !read("graph { a -- b }").isDirected(relation: 0))
    }

    @Test func drawingAttributesAreNotCarried() throws {
        let graph = try read(#"digraph { a [image="/etc/passwd", shapefile="x", fontpath="/"]; a -> b [image="y"] }"#)
        #expect(graph.entities.allSatisfy { $0.attributes.isEmpty })
        #expect(graph.relations.allSatisfy { $0.attributes.isEmpty })
        let svg = try GraphvizContext().render(graph).data
        #expect(!String(decoding: svg, as: UTF8.self).contains("passwd"))
    }

    @Test func syntaxErrorsNameTheLine() throws {
        do {
            _ = try read("digraph {\n a -> \n -> }")
            Issue.record("expected an error")
        } catch let error as GraphInputError {
            #expect(error.diagnostics.first?.location?.line == 3)
            #expect(error.description.contains("syntax error"))
        }
        #expect(throws: GraphInputError.self) { try read("digraph { a -> b [weight=heavy] }") }
        #expect(throws: GraphInputError.self) { try DOTGraphReader().read([0x64, 0x00], file: "t.dot") }
    }

    /// Attributes travel as a JSON object: a value that is no scalar is refused by name.
    @Test func anAttributeThatIsNoScalarIsRefused() throws {
        let text = #"digraph "g" { graph [netgraph="1"]; "a" [kind="node", attributes="{\"n\": 1, \"tags\": [1]}"]; }"#
        do {
            _ = try read(text)
            Issue.record("expected an error")
        } catch let error as GraphInputError {
            #expect(error.description.contains("attribute 'tags' must be text, a number or true/false"), "\(error)")
            #expect(!error.description.contains("'n'"))
        }
    }

    @Test func writerOutputReadsBackTheSameGraph() throws {
        var builder = GraphBuilder(name: #"quotes " and \ slashes"#)
        builder.add(Entity(id: #"id"with"quotes"#, kind: .cartel, name: #"Name \N with "quotes" and \"#))
        builder.add(Entity(id: "b", kind: .person, name: "Line\nbreak"))
        builder.add(Relation(from: #"id"with"quotes"#, to: "b", type: "allied-with", weight: 3))
        builder.add(Relation(from: "b", to: #"id"with"quotes"#, type: "leads"))
        let graph = try builder.build()
        let text = DOTGraphWriter().write(graph)
        let back = try read(text)
        #expect(back.name == graph.name)
        #expect(back.entities.map(\.id) == graph.entities.map(\.id))
        #expect(back.entities.map(\.name) == graph.entities.map(\.name))
        #expect(back.entities.map(\.kind) == graph.entities.map(\.kind))
        #expect(back.relations.map(\.from) == graph.relations.map(\.from))
        #expect(back.relations.map(\.weight) == [3, nil])
        #expect(text.contains("dir=none"))
    }

    @Test func theStarterGraphRoundTripsThroughDOT() throws {
        let graph = try VizSupport.starter()
        let back = try read(DOTGraphWriter().write(graph))
        #expect(back.entities.map(\.id) == graph.entities.map(\.id))
        #expect(back.entities.map(\.name) == graph.entities.map(\.name))
        #expect(back.entities.map(\.kind) == graph.entities.map(\.kind))
        #expect(back.relations.map { "\($0.from)>\($0.to)" } == graph.relations.map { "\($0.from)>\($0.to)" })
    }
}

import Foundation
import Testing
@testable import NetGraph

@Suite struct GraphMLReaderTests {
    func fixture(_ name: String) -> String { TestSupport.fixtures.appendingPathComponent("formats/\(name)").path }

    func messages(_ text: String) -> [String] {
        do { _ = try GraphMLReader().read(Array(text.utf8), file: "g.graphml"); return [] } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsWhatNetworkXWrites() throws {
        let graph = try GraphFile.read(path: fixture("small.graphml"))
        #expect(graph.entities.map(\.id) == ["a", "b", "c", "d"])
        #expect(graph.entities.map(\.kind.rawValue) == ["cartel", "person", "person", "node"])
        #expect(graph.entities.map(\.name) == ["Cartel A", "Boss B", "c", "d"])
        #expect(graph.entities[0].attributes == ["size": .number(12)])
        #expect(graph.relations.map(\.type.rawValue) == ["leads", "edge", "edge", "edge"])
        #expect(graph.relations.map(\.weight) == [2.5, 4, 1, 0.5])
        #expect(graph.relations[0].attributes == ["note": .string("reported")])
        #expect(graph.schema.declaration(of: "leads")?.isDirected == false)
        #expect(graph.schema.declaration(of: .edge)?.isDirected == false)
    }

    @Test func honoursEdgeDefaultAndPerEdgeDirection() throws {
        let directed = try GraphFile.read(path: fixture("directed.graphml"))
        #expect(directed.schema.declaration(of: .edge)?.isDirected == true)
        #expect(StrongComponents(try directed.analysisGraph(directed: true)).sizes == [3, 1])
        let mixed = try GraphMLReader().read(Array("""
            <graphml><graph edgedefault="undirected">
            <edge source="x" target="y"/><edge source="y" target="z" directed="true"/>
            </graph></graphml>
            """.utf8), file: "m.graphml")
        #expect(mixed.entities.map(\.id) == ["x", "y", "z"])
        #expect(mixed.relations.map(\.type.rawValue) == ["edge", "directed-edge"])
        #expect(mixed.schema.declaration(of: "directed-edge")?.isDirected == true)
    }

    @Test func reportsErrorsWithLineAndColumn() {
        // Columns are where libxml2 stands: the last character of the offending tag.
        #expect(messages("<graphml>\n<graph>\n<node id=\"a\">\n</graph>")
            == ["g.graphml:4:9: error: malformed XML: the document ends early (an element is not closed, or an end tag does not match)"])
        #expect(messages("<graphml><graph>\n  <data key=\"nope\">1</data></graph></graphml>")
            == ["g.graphml:2:19: error: <data> refers to undeclared key 'nope'"])
        let badWeight = messages("""
            <graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph>
            <edge source="a" target="b"><data key="w">heavy</data></edge></graph></graphml>
            """)
        #expect(badWeight == ["g.graphml:2:28: error: value 'heavy' of 'weight' is not a double"])
        #expect(messages("<graphml><graph><node/></graph></graphml>").first?.contains("<node> without an id") == true)
    }

    @Test func refusesBillionLaughs() throws {
        let problems: [String]
        do { _ = try GraphFile.read(path: fixture("billion-laughs.graphml")); problems = [] } catch {
            problems = error.diagnostics.map(\.description)
        }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("billion-laughs.graphml:3:2: error: the document declares XML entities") == true)
    }

    @Test func refusesExternalEntitiesWithoutReadingThem() throws {
        do {
            let graph = try GraphFile.read(path: fixture("external-entity.graphml"))
            Issue.record("read \(graph.entities.map(\.id))")
        } catch {
            #expect(error.description.contains("external-entity.graphml:3:3: error: the document declares XML entities"))
            #expect(!error.description.contains("root:"))
        }
        #expect(messages("<!DOCTYPE graphml SYSTEM \"http://example.invalid/x.dtd\"><graphml/>").first?.contains("external DTD") == true)
    }
}

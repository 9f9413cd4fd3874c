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

    /// libxml2 refuses a document of over 10,000,000 bytes parsed whole; netgraph's own
    /// export of a 100,000-node graph is 62 MB, so large files are parsed as a stream.
    @Test func readsAFileOverTenMegabytes() throws {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\">\n"
        let nodes = 120_000
        for v in 0..<nodes { text += "<node id=\"node-number-\(v)\"/>\n" }
        for v in 1..<nodes { text += "<edge source=\"node-number-\(v - 1)\" target=\"node-number-\(v)\"/>\n" }
        text += "</graph>\n</graphml>\n"
        #expect(text.utf8.count > 10_000_000)
        let graph = try GraphMLReader().read(Array(text.utf8), file: "large.graphml")
        #expect(graph.nodeCount == nodes && graph.relationCount == nodes - 1)
        #expect(graph.relations[nodes - 2].to == "node-number-\(nodes - 1)")
    }

    /// A value written as a CDATA section is its text (it was read as empty while files with
    /// CDATA went to Foundation's `XMLParser`, whose delegate took no CDATA).
    @Test func readsValuesWrittenAsCDATA() throws {
        let document = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <key id="n" for="node" attr.name="name" attr.type="string"/>
            <graph edgedefault="undirected"><node id="a"><data key="n">Ana <![CDATA[& Co <ltd>]]></data></node></graph>
            </graphml>
            """
        let graph = try GraphMLReader().read(Array(document.utf8), file: "c.graphml")
        #expect(graph.entity(withID: "a")?.name == "Ana & Co <ltd>")
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
            == ["g.graphml:4:1: error: malformed XML: an end tag does not match its start tag"])
        #expect(messages("<graphml><graph>\n  <data key=\"nope\">1</data></graph></graphml>")
            == ["g.graphml:2:19: error: <data> refers to undeclared key 'nope'"])
        let badWeight = messages("""
            <graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/><graph>
            <edge source="a" target="b"><data key="w">heavy</data></edge></graph></graphml>
            """)
        #expect(badWeight == ["g.graphml:2:28: error: value 'heavy' of 'weight' is not a double"])
        #expect(messages("<graphml><graph><node/></graph></graphml>").first?.contains("<node> without an id") == true)
    }

    /// 150 edges, each with a weight that is not a number: the first 100 problems in file
    /// order, then one line counting the other 50.
    @Test func capsTheErrorsItLists() {
        func document(edges: Int) -> String {
            var text = "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph edgedefault=\"directed\">\n"
            for index in 0..<edges { text += "<edge source=\"n\(index)\" target=\"n\(index + 1)\"><data key=\"w\">x</data></edge>\n" }
            return text + "</graph></graphml>\n"
        }
        let lines = messages(document(edges: 150))
        #expect(lines.count == 101)
        #expect(lines.first?.hasPrefix("g.graphml:3:") == true)
        #expect(lines[99].hasPrefix("g.graphml:102:"))
        #expect(lines.last == "error: and 50 more errors (the first 100 are shown)")
        // At the limit nothing is summed up.
        let hundred = messages(document(edges: 100))
        #expect(hundred.count == 100)
        #expect(!hundred.contains { $0.contains("more error") })
    }

    /// What igraph writes of netgraph's GraphML: its own node ids (n0, n1, …) with netgraph's
    /// ids as node data `id`, and an empty string for every value a node or edge lacks.
    @Test func readsIgraphsRewrite() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
            <!-- Created by igraph -->
              <key id="g_netgraph" for="graph" attr.name="netgraph" attr.type="string"/>
              <key id="v_name" for="node" attr.name="name" attr.type="string"/>
              <key id="v_kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="v_aliases" for="node" attr.name="aliases" attr.type="string"/>
              <key id="v_description" for="node" attr.name="description" attr.type="string"/>
              <key id="v_id" for="node" attr.name="id" attr.type="string"/>
              <key id="e_type" for="edge" attr.name="type" attr.type="string"/>
              <key id="e_date" for="edge" attr.name="date" attr.type="string"/>
              <key id="e_status" for="edge" attr.name="status" attr.type="string"/>
              <key id="e_quote" for="edge" attr.name="quote" attr.type="string"/>
              <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
              <graph id="G" edgedefault="directed">
                <data key="g_netgraph">1</data>
                <node id="n0"><data key="v_name">El Mencho</data><data key="v_kind">person</data><data key="v_aliases">["Mencho"]</data><data key="v_description"></data><data key="v_id">el-mencho</data></node>
                <node id="n1"><data key="v_name">CJNG</data><data key="v_kind">cartel</data><data key="v_aliases"></data><data key="v_description"></data><data key="v_id">cjng</data></node>
                <edge source="n0" target="n1"><data key="e_type">leads</data><data key="e_date"></data><data key="e_status"></data><data key="e_quote"></data><data key="e_weight"></data></edge>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader().read(Array(text.utf8), file: "igraph.graphml")
        #expect(graph.entities.map(\.id) == ["el-mencho", "cjng"])
        #expect(graph.entities.map(\.aliases) == [["Mencho"], []])
        #expect(graph.entities.map(\.description) == [nil, nil])
        #expect(graph.relations == [Relation(from: "el-mencho", to: "cjng", type: "leads")])
        // Without igraph's comment an empty description is a description, and an empty
        // number is refused.
        let other = text.replacingOccurrences(of: "<!-- Created by igraph -->", with: "")
        #expect(messages(other).count == 1)
        #expect(messages(other).first?.hasPrefix("g.graphml:19:") == true)
        #expect(messages(other).first?.hasSuffix("error: value '' of 'weight' is not a double") == true)
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

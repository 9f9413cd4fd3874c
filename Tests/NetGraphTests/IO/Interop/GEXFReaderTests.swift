import Foundation
import Testing
@testable import NetGraph

/// The GEXF reader: netgraph's own GEXF reads back as the same graph, NetworkX's and Gephi's
/// files read as those tools mean them, and bad files are refused at their place.
@Suite struct GEXFReaderTests {
    private func read(_ text: String, file: String = "g.gexf") throws(GraphInputError) -> Graph {
        try GEXFReader().read(Array(text.utf8), file: file)
    }

    /// The problems reading `text` gives (empty when it reads).
    private func messages(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A GEXF document around `body` (attribute declarations, nodes and edges).
    private func document(_ body: String, graph: String = #"defaultedgetype="directed""#) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph \(graph)>
        \(body)
          </graph>
        </gexf>
        """
    }

    /// `text` with netgraph's header holding `json`, where GEXFWriter puts it.
    private func withHeader(_ json: String, _ text: String) -> String {
        text.replacingOccurrences(of: "<gexf", with: "<?netgraph \(json)?>\n<gexf")
    }

    private func nativeJSON(_ graph: Graph) -> String { NativeGraphWriter(format: .json).write(graph) }

    /// Everything netgraph keeps — sources and their grades, schema extensions, kinds,
    /// aliases, types, directions, weights, dates, statuses, quotes, credibility and other
    /// attributes — comes back: the graph read from the GEXF writes the same native JSON.
    @Test func netgraphsGEXFReadsBackAsTheSameGraph() throws {
        let small = try TestSupport.read("""
            graph: {name: small, description: "A graph with <tags> & ?> in its text"}
            sources:
              - {id: s1, title: "Report \\"one\\"", reliability: B, date: 2021-03}
              - {id: s2, url: "https://example.org/a?b=1&c=2"}
            schema:
              kinds: [vessel]
              relations:
                - {name: sails-with, directed: false, from: [vessel], to: [vessel]}
            entities:
              - {id: a, kind: person, name: Ana, aliases: ["A; the first", "\\"Ana\\""], since: 2019-03, attributes: {age: 41, active: true, note: "x > y"}}
              - {id: b, kind: cartel, description: "Line one\\nline two", until: 2022}
              - {id: v1, kind: vessel}
              - {id: v2, kind: vessel, attributes: {size: large}}
            relations:
              - {from: a, to: b, type: member-of, weight: 0.1, date: 2020-06-26, source: s1, quote: "she joined", status: alleged, attributes: {credibility: 2}}
              - {from: b, to: a, type: supports, since: 2018-02, until: 2019, source: s2, quote: "q"}
              - {from: v1, to: v2, type: sails-with, weight: 1e-300, since: 2020}
              - {from: a, to: b, type: member-of}
            """)
        let bundled = try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)
        let karate = try GraphFile.read(path: TestSupport.fixtures.appendingPathComponent("graphs/karate.yaml").path)
        for graph in [small, bundled, try TestSupport.starter(), try TestSupport.tricky(), karate] {
            let written = GEXFWriter().write(graph)
            let again = try read(written, file: "\(graph.name).gexf")
            #expect(nativeJSON(again) == nativeJSON(graph), "\(graph.name)")
            #expect(GEXFWriter().write(again) == written, "\(graph.name)")
            #expect((0..<graph.relationCount).map(graph.isDirected(relation:)) == (0..<again.relationCount).map(again.isDirected(relation:)))
        }
    }

    /// GEXF types an attribute per column: a column holding numbers and text is `string`,
    /// so its numbers come back as text, as in GraphML.
    @Test func aNumberInAMixedColumnComesBackAsText() throws {
        let graph = try TestSupport.read("""
            entities:
              - {id: a, kind: person, attributes: {code: 7}}
              - {id: b, kind: person, attributes: {code: x7}}
            """)
        let again = try read(GEXFWriter().write(graph))
        #expect(again.entities.map(\.attributes) == [["code": .string("7")], ["code": .string("x7")]])
    }

    /// What NetworkX's `read_gexf` sees of a file (Fixtures/gexf/networkx-expected.json).
    struct NetworkXView: Decodable {
        var directed: Bool
        var nodes: [[String: Scalar]]
        var edges: [[String: Scalar]]
    }

    struct NetworkXFixture: Decodable {
        var files: [String: NetworkXView]
    }

    /// A JSON scalar as NetworkX stores an attribute: a truth value, a number or text.
    enum Scalar: Decodable, Equatable {
        case bool(Bool)
        case number(Double)
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) { self = .bool(flag) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .text(try container.decode(String.self)) }
        }

        var attribute: AttributeValue {
            switch self {
            case .bool(let flag): return .bool(flag)
            case .number(let number): return .number(number)
            case .text(let text): return .string(text)
            }
        }

        var text: String? { if case .text(let text) = self { return text } else { return nil } }
        var number: Double? { if case .number(let number) = self { return number } else { return nil } }
    }

    /// What NetworkX's `read_gexf` sees of a file NetworkX wrote (Fixtures/gexf, made by
    /// make_gexf.py) is what netgraph reads: nodes with labels and typed attributes, edges
    /// with their weights, directions and times. A node id that is a name gets an id made
    /// from it and keeps it as its name.
    @Test(arguments: ["networkx-dynamic.gexf", "networkx-karate.gexf"])
    func networkxFilesReadAsNetworkXReadsThem(_ name: String) throws {
        let folder = TestSupport.fixtures.appendingPathComponent("gexf")
        let fixture = try JSONDecoder().decode(NetworkXFixture.self, from: Data(contentsOf: folder.appendingPathComponent("networkx-expected.json")))
        let expected = try #require(fixture.files[name])
        let graph = try GraphFile.read(path: folder.appendingPathComponent(name).path)
        #expect((0..<graph.relationCount).allSatisfy { graph.isDirected(relation: $0) == expected.directed })

        let own: Set<String> = ["id", "label", "kind", "start", "end"]
        #expect(graph.nodeCount == expected.nodes.count)
        var idOfNode: [String: String] = [:]
        for (node, entity) in zip(expected.nodes, graph.entities) {
            let written = try #require(node["id"]?.text)
            idOfNode[written] = entity.id
            #expect(GraphBuilder.idProblem(entity.id) == nil)
            if GraphBuilder.idProblem(written) == nil { #expect(entity.id == written) }
            #expect(entity.name == (node["label"]?.text ?? written))
            #expect(entity.kind.rawValue == (node["kind"]?.text ?? "node"))
            #expect(entity.since?.description == node["start"]?.text)
            #expect(entity.until?.description == node["end"]?.text)
            var attributes: [String: AttributeValue] = [:]
            for (key, value) in node where !own.contains(key) { attributes[key] = value.attribute }
            #expect(entity.attributes == attributes, "\(written)")
        }
        if name == "networkx-dynamic.gexf" { #expect(idOfNode["Jean Valjean"] == "Jean-Valjean") }

        func describe(_ from: String, _ to: String, _ weight: Double?, _ attributes: [String: AttributeValue], _ since: String?, _ until: String?) -> String {
            "\(from) \(to) \(weight.map { "\($0)" } ?? "-") \(attributes.sorted { $0.key < $1.key }) \(since ?? "-") \(until ?? "-")"
        }
        let seen = try expected.edges.map { edge in
            var attributes: [String: AttributeValue] = [:]
            for (key, value) in edge where !["id", "source", "target", "weight", "start", "end"].contains(key) { attributes[key] = value.attribute }
            let source = try #require(edge["source"]?.text)
            let target = try #require(edge["target"]?.text)
            let from = try #require(idOfNode[source])
            let to = try #require(idOfNode[target])
            return describe(from, to, edge["weight"]?.number, attributes, edge["start"]?.text, edge["end"]?.text)
        }.sorted()
        let read = graph.relations.map { relation in
            describe(relation.from, relation.to, relation.weight, relation.attributes,
                     (relation.date ?? relation.since)?.description, (relation.date ?? relation.until)?.description)
        }.sorted()
        #expect(read == seen)
        #expect(read.count == expected.edges.count)
    }

    /// A file as Gephi writes it: `viz:` elements are passed over, attribute defaults fill
    /// in, `<nodes count>` and `<parents>` are ignored, spells give the relations' times.
    @Test func gephiFilesWithVizElementsRead() throws {
        let graph = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
              <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10</creator><description>Ports and ships</description></meta>
              <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
                <attributes class="node" mode="static">
                  <attribute id="0" title="kind" type="string"><default>port</default></attribute>
                  <attribute id="1" title="tonnage" type="float"/>
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="0" title="seen" type="boolean"><default>false</default></attribute>
                </attributes>
                <nodes count="3">
                  <node id="Port A" label="Port A">
                    <attvalues><attvalue for="1" value="1.5e3"/></attvalues>
                    <viz:color r="239" g="173" b="66" a="0.6"/>
                    <viz:position x="15.7" y="40.4" z="0.0"/>
                    <viz:size value="2.0375757"/>
                    <viz:shape value="disc"/>
                  </node>
                  <node id="b" label="Ship B" pid="Port A">
                    <attvalues><attvalue for="0" value="vessel"/></attvalues>
                    <parents><parent for="Port A"/></parents>
                  </node>
                  <node id="c"><spells><spell start="2001-01-01" end="2001-12-31"/><spell start="2005-06-01T12:00:00" end="2006-01-01"/></spells></node>
                </nodes>
                <edges count="2">
                  <edge id="0" source="Port A" target="b" weight="3" kind="docks-at">
                    <viz:thickness value="3"/><viz:color r="1" g="2" b="3"/>
                    <spells><spell start="2020-01-01" end="2020-03-31"/><spell start="2021-05-05" end="2021-05-05"/></spells>
                  </edge>
                  <edge id="1" source="b" target="c" type="directed"><attvalues><attvalue for="0" value="true"/></attvalues></edge>
                </edges>
              </graph>
            </gexf>
            """)
        #expect(graph.summary == "Ports and ships")
        #expect(graph.entities.map(\.id) == ["Port-A", "b", "c"])
        #expect(graph.entities.map(\.name) == ["Port A", "Ship B", "c"])
        #expect(graph.entities.map(\.kind.rawValue) == ["port", "vessel", "port"])
        #expect(graph.entities[0].attributes == ["tonnage": .number(1500)])
        #expect(graph.entities[2].since?.description == "2001-01-01" && graph.entities[2].until?.description == "2006-01-01")
        // Two spells: two relations, one a span, one a day.
        #expect(graph.relationCount == 3)
        #expect(graph.relations[0].type == "docks-at" && graph.relations[1].type == "docks-at")
        #expect(graph.relations[0].since?.description == "2020-01-01" && graph.relations[0].until?.description == "2020-03-31")
        #expect(graph.relations[1].date?.description == "2021-05-05")
        #expect(graph.relations[0].weight == 3 && graph.relations[0].attributes == ["seen": .bool(false)])
        #expect(!graph.isDirected(relation: 0))
        // An untyped edge against the default direction is a `directed-edge`.
        #expect(graph.relations[2].type == "directed-edge" && graph.isDirected(relation: 2))
        #expect(graph.relations[2].attributes == ["seen": .bool(true)])
    }

    /// The direction of each edge: netgraph's `directed` attribute, the edge's `type`, the
    /// graph's `defaultedgetype` (undirected when absent); `mutual` is undirected.
    @Test func directionsComeFromTheEdgeThenTheGraph() throws {
        let nodes = #"<nodes><node id="a"/><node id="b"/></nodes>"#
        func directions(_ graph: String, _ edges: String) throws -> [Bool] {
            let read = try self.read(document(nodes + "<edges>" + edges + "</edges>", graph: graph))
            return (0..<read.relationCount).map(read.isDirected(relation:))
        }
        #expect(try directions("", #"<edge source="a" target="b"/>"#) == [false])
        #expect(try directions(#"defaultedgetype="mutual""#, #"<edge source="a" target="b"/>"#) == [false])
        #expect(try directions(#"defaultedgetype="directed""#, #"<edge source="a" target="b"/><edge source="b" target="a" type="undirected"/>"#) == [true, false])
        #expect(try directions(#"defaultedgetype="undirected""#, #"<edge source="a" target="b" type="mutual" kind="k"/><edge source="b" target="a" type="directed"/>"#) == [false, true])
    }

    /// The opposite copy netgraph writes for an undirected relation in a mixed graph is
    /// dropped only when its partner is there.
    @Test func aReverseCopyIsDroppedOnlyBesideItsPartner() throws {
        let declarations = #"<attributes class="edge"><attribute id="0" title="directed" type="boolean"/></attributes>"#
        let nodes = #"<nodes><node id="a"/><node id="b"/></nodes>"#
        let pair = #"<edge id="e0" source="a" target="b"><attvalues><attvalue for="0" value="false"/></attvalues></edge><edge id="e0-reverse" source="b" target="a"><attvalues><attvalue for="0" value="false"/></attvalues></edge>"#
        #expect(try read(document(declarations + nodes + "<edges>" + pair + "</edges>")).relationCount == 1)
        let alone = #"<edge id="e0-reverse" source="b" target="a"><attvalues><attvalue for="0" value="false"/></attvalues></edge>"#
        #expect(try read(document(declarations + nodes + "<edges>" + alone + "</edges>")).relationCount == 1)
    }

    /// Every problem is reported where it is, and a bad file gives no graph.
    @Test func problemsAreRefusedAtTheirPlace() {
        let nodes = #"<nodes><node id="a"/><node id="b"/></nodes>"#
        let cases: [(String, String)] = [
            (document(#"<nodes><node id="a"/><node id="a"/></nodes>"#), "duplicate entity id 'a'"),
            (document(nodes + #"<edges><edge id="x" source="a" target="b"/><edge id="x" source="b" target="a"/></edges>"#), "duplicate edge id 'x'"),
            (document(nodes + #"<edges><edge source="a" target="ghost"/></edges>"#), "relation refers to unknown entity 'ghost'"),
            (document(nodes + #"<edges><edge source="a" target="b" weight="1e-400"/></edges>"#), "weight '1e-400' is out of range"),
            (document(nodes + #"<edges><edge source="a" target="b" weight="1e999"/></edges>"#), "weight '1e999' is out of range"),
            (document(nodes + #"<edges><edge source="a" target="b" weight="NaN"/></edges>"#), "weight 'NaN' is not a finite number"),
            (document(nodes + #"<edges><edge source="a" target="b" weight="heavy"/></edges>"#), "weight 'heavy' is not a number"),
            (document(#"<attributes class="node"><attribute id="0" title="size" type="double"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="-2e-999"/></attvalues></node></nodes>"#),
             "'size': '-2e-999' is out of range"),
            (document(#"<nodes><node id="a"><attvalues><attvalue for="9" value="x"/></attvalues></node></nodes>"#), "which no node <attribute> declares"),
            (document(#"<attributes class="node"><attribute id="0" title="w" type="integer"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="1" start="2001-01-01"/><attvalue for="0" value="2" start="2002-01-01"/></attvalues></node></nodes>"#),
             "'w' has several values"),
            (document(#"<attributes class="edge"><attribute id="0" title="ok" type="boolean"/></attributes>"# + nodes + #"<edges><edge source="a" target="b"><attvalues><attvalue for="0" value="maybe"/></attvalues></edge></edges>"#),
             "'ok': 'maybe' is not true or false"),
            (document(nodes + #"<edges><edge source="a" target="b" start="1.5" end="2.5"/></edges>"#, graph: #"mode="dynamic" timeformat="double""#),
             "netgraph's intervals are dates"),
            (document(nodes + #"<edges><edge source="a" target="b" start="someday"/></edges>"#), "'start': 'someday' is not a date"),
            (document(nodes + #"<edges><edge source="a" target="b"/></edges>"#, graph: #"defaultedgetype="sideways""#), "defaultedgetype 'sideways' is none of"),
            (document(#"<nodes><node id="a"><nodes><node id="b"/></nodes></node></nodes>"#), "a GEXF hierarchy"),
            (document(#"<nodes><node label="x"/></nodes>"#), "<node> without an id"),
            (document(nodes + #"<edges><edge source="a"/></edges>"#), "<edge> without a source and a target"),
            (document(nodes + #"<edges><edge source="a" target="b" intervals="&lt;[1,2]&gt;"/></edges>"#), "'intervals' is not read"),
            (#"<graphml><graph/></graphml>"#, "not a GEXF document: the root element is <graphml>, not <gexf>"),
            (#"<gexf><graph/><graph/></gexf>"#, "a second <graph>"),
            (withHeader(#"{"name": "x", "colour": 1}"#, document("")), "has an unknown member 'colour'"),
            (withHeader("[1, 2", document("")), "header is not JSON"),
            (withHeader(#"{"name": "x", "sources": [{"title": "no id"}]}"#, document("")), "the <?netgraph …?> header: "),
            (withHeader(#"{"name": "typed"}"#, document(#"<attributes class="node"><attribute id="0" title="kind" type="string"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="spaceship"/></attvalues></node></nodes>"#)),
             "unknown kind 'spaceship'"),
        ]
        for (text, expected) in cases {
            let found = messages(text)
            #expect(found.contains { $0.hasPrefix("g.gexf:") && $0.contains(": error: ") && $0.contains(expected) }, "\(expected): \(found)")
        }
    }

    /// Entity declarations are refused by the same policy as GraphML's (SafeXML), naming GEXF.
    @Test func theXMLPolicyIsGraphMLs() {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n <!ENTITY lol \"lol\">\n]>\n<gexf><graph><nodes><node id=\"&lol;\"/></nodes></graph></gexf>\n"
        #expect(messages(laughs) == ["g.gexf:3:2: error: the document declares XML entities (<!ENTITY); netgraph refuses them, as they can expand without bound or read local files"])
        let attlist = "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n <!ATTLIST node note CDATA #IMPLIED>\n]>\n<gexf><graph/></gexf>\n"
        #expect(messages(attlist).first?.contains("GEXF needs none") == true)
        let deep = "<gexf><graph>" + String(repeating: "<x>", count: 100) + String(repeating: "</x>", count: 100) + "</graph></gexf>"
        #expect(messages(deep).first?.contains("the document nests deeper than 64 levels") == true)
    }
}

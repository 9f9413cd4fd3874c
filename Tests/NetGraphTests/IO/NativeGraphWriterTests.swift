import Foundation
import Testing
@testable import NetGraph

/// The native writer's streamed text against the document model it streams, and its YAML
/// scalars against the rule they follow.
@Suite struct NativeGraphWriterTests {
    /// Graphs with every field, hostile texts and both empty sections.
    static func graphs() throws -> [Graph] {
        var graphs = [try TestSupport.tricky(), try TestSupport.starter(),
                      try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)]
        var builder = GraphBuilder(name: "texts \"quoted\"", schema: .default)
        builder.summary = "line\nbreak\u{2028}"
        let texts = ["Null", "yes", "Y", "1964", "1964-05", "1964-05-07", "2024-13-01", "a  b", "a ", " a", "Añil", "ñ", "x: y",
                     "#tag", "- dash", "\u{FEFF}bom", "del\u{7F}", "c1\u{85}", "\u{FFFE}", "tab\there", "😀", "OFF", "n", "plain"]
        for (index, text) in texts.enumerated() {
            builder.add(Entity(id: "e\(index)", kind: .person, name: text, aliases: index.isMultiple(of: 2) ? [text, "alias"] : [],
                               description: index.isMultiple(of: 3) ? text : nil,
                               attributes: index.isMultiple(of: 4) ? [text: .string(text), "n": .number(Double(index)), "f": .bool(true)] : [:]))
        }
        for index in 1..<texts.count {
            builder.add(Relation(from: "e\(index - 1)", to: "e\(index)", type: "rival-of",
                                 weight: index.isMultiple(of: 2) ? Double(index) / 4 : nil,
                                 quote: index.isMultiple(of: 3) ? texts[index] : nil,
                                 attributes: index.isMultiple(of: 5) ? ["k": .string(texts[index])] : [:]))
        }
        let detailed = try builder.build()
        graphs.append(detailed)
        // Items with only their required fields, written from the columns: hostile texts as
        // ids (so as names, and as relation ends), and a kind and a type that need quotes.
        var bare = GraphBuilder(name: "bare", schema: Schema(kinds: Schema.default.kinds + ["yes"],
                                                             relations: Schema.default.relations + [RelationDeclaration("null", directed: true),
                                                                                                   RelationDeclaration("Off", directed: false)]))
        // Ids have no spaces or control characters.
        let ids = texts.filter { !$0.unicodeScalars.contains { $0.properties.isWhitespace || $0.properties.generalCategory == .control } }
        for (index, id) in ids.enumerated() {
            bare.add(Entity(id: id, kind: index.isMultiple(of: 5) ? EntityKind("yes") : .organization, name: id))
        }
        for index in 1..<ids.count {
            bare.add(Relation(from: ids[index - 1], to: ids[index], type: index.isMultiple(of: 4) ? "null" : "Off"))
        }
        let bareGraph = try bare.build()
        graphs.append(bareGraph)
        // Views, whose node and relation numbers are not the stored rows.
        graphs.append(detailed.subgraph(keepEntity: { !$0.id.hasSuffix("3") }))
        graphs.append(bareGraph.subgraph(keepEntity: { $0.id != "yes" }))
        graphs.append(try GraphBuilder(name: "empty", schema: .default).build())
        return graphs
    }

    /// GEXF's items with only their required fields, written from the columns, are the bytes
    /// the general path writes; and the one-pass reader reads the file as the general reader
    /// does.
    @Test func gexfFromTheColumnsEqualsTheGeneralPath() throws {
        for graph in try Self.graphs() {
            let written = GEXFWriter().utf8(graph)
            #expect(written == GEXFWriter(bareItemsFromColumns: false).utf8(graph), "\(graph.name)")
            let onePass = try #require(GEXFFastPath.read(written, file: "w.gexf", limits: .standard), "\(graph.name)")
            let general = GEXFDocument.Collector(file: "w.gexf", limits: .standard)
            try SafeXML.parse(written, file: "w.gexf", into: general)
            let expected = try GEXFReader.graph(of: general.document, file: "w.gexf", limits: .standard)
            #expect(NativeGraphWriter().write(onePass) == NativeGraphWriter().write(expected), "\(graph.name)")
        }
    }

    /// The same for GraphML, against the general GraphML reader.
    @Test func graphMLFromTheColumnsEqualsTheGeneralPath() throws {
        for graph in try Self.graphs() {
            let written = GraphMLWriter().utf8(graph)
            #expect(written == GraphMLWriter(bareItemsFromColumns: false).utf8(graph), "\(graph.name)")
            let onePass = try #require(GraphMLFastPath.read(written, file: "w.graphml", limits: .standard, name: "w"), "\(graph.name)")
            let general = GraphMLHandler(file: "w.graphml", limits: .standard)
            try SafeXML.parse(written, file: "w.graphml", into: general)
            #expect(NativeGraphWriter().write(onePass) == NativeGraphWriter().write(try general.build(name: "w")), "\(graph.name)")
        }
    }

    /// The same for node-link and Cytoscape.js JSON: the bytes of the general path, and the
    /// one-pass reader reads the text as the general reader does.
    @Test func exchangeJSONFromTheColumnsEqualsTheGeneralPath() throws {
        for graph in try Self.graphs() {
            let nodeLink = NodeLinkWriter().write(graph)
            #expect(nodeLink == NodeLinkWriter(bareItemsFromColumns: false).write(graph), "\(graph.name)")
            let cytoscape = CytoscapeWriter().write(graph)
            #expect(cytoscape == CytoscapeWriter(bareItemsFromColumns: false).write(graph), "\(graph.name)")
            for (text, dialect) in [(nodeLink, ExchangeJSONReader.Dialect.nodeLink), (cytoscape, .cytoscape)] {
                let onePass = try #require(ExchangeJSONFastPathTests.fastRead(Array(text.utf8), dialect), "\(graph.name)")
                let general = try ExchangeJSONFastPathTests.generalRead(Array(text.utf8), dialect)
                #expect(NativeYAMLFastPathTests.difference(onePass, general) == nil, "\(graph.name)")
            }
        }
    }

    @Test func jsonEqualsTheDocumentModel() throws {
        for graph in try Self.graphs() {
            let written = NativeGraphWriter(format: .json).write(graph)
            #expect(written == NativeGraphWriter(format: .json).document(graph).serialized(pretty: true) + "\n", "\(graph.name)")
        }
    }

    /// The YAML layout, made from the whole document tree at once: each top-level section in
    /// block style, except the relations, one flow mapping per line.
    static func yamlFromDocument(_ graph: Graph) -> String {
        guard case .object(let top) = NativeGraphWriter(format: .yaml).document(graph) else { return "" }
        var out = ""
        for (key, value) in top {
            out += key + ":"
            switch value {
            case .array(let items) where items.isEmpty: out += " []\n"
            case .array(let items) where key == "relations":
                out += "\n" + items.map { "  - " + YAMLScalarWriter.flow($0) + "\n" }.joined()
            default:
                var block: [UInt8] = []
                YAMLScalarWriter.block(value, indent: 2, into: &block)
                out += "\n" + String(decoding: block, as: UTF8.self)
            }
        }
        return out
    }

    @Test func yamlEqualsTheDocumentModel() throws {
        for graph in try Self.graphs() {
            #expect(NativeGraphWriter(format: .yaml).write(graph) == Self.yamlFromDocument(graph), "\(graph.name)")
            #expect(try TestSupport.read(NativeGraphWriter(format: .yaml).write(graph)).relationCount == graph.relationCount)
        }
    }

    /// The rule: a month or day date stays plain; so does ASCII or Unicode text that starts
    /// with a letter, ends with no space, holds no double space, is no keyword in any case and
    /// uses only letters, digits and ` -_.()/`; everything else is quoted.
    static func staysPlain(_ text: String) -> Bool {
        if (text.utf8.count == 7 || text.utf8.count == 10), text.first?.isASCII == true, text.first?.isNumber == true,
           PartialDate(text) != nil { return true }
        let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, text.last != " ",
              !keywords.contains(text.lowercased()), !text.contains("  ") else { return false }
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        return text.unicodeScalars.allSatisfy { scalar in
            (ascii ? scalar.isASCII && scalar.properties.isAlphabetic : scalar.properties.isAlphabetic)
                || ("0"..."9").contains(scalar) || " -_.()/".unicodeScalars.contains(scalar)
        }
    }

    @Test func scalarsArePlainExactlyByTheRuleAndReadBackAsText() throws {
        let pieces = ["a", "Z", "e", "s", "n", "o", "Y", "N", "O", "f", " ", "-", "_", ".", "(", "/", ":", "#", "\"", "1", "9",
                      "-05", "-07", "é", "ñ", "\u{85}", "\u{FEFF}", "\u{7F}", "\t", "\n", "😀", "ye", "nul", "tru", "Of"]
        var texts = ["", "null", "NULL", "Yes", "on", "Off", "y", "n", "1964", "1964-05", "1964-05-07", "1964-02-30", "true", "false", "FaLsE", "nulls", "yes2"]
        for _ in 0..<4000 {
            texts.append((0..<Int.random(in: 1...5)).map { _ in pieces.randomElement()! }.joined())
        }
        for text in texts {
            let written = YAMLScalarWriter.scalar(text)
            #expect((written == text) == Self.staysPlain(text), "\(Array(text.unicodeScalars))")
            // A plain scalar must resolve as text under YAML 1.2's core schema; a quoted one is
            // a JSON string literal, which YAML's double quotes read alike.
            if written == text {
                #expect(CoreSchemaTag.resolve(text) == .str, "\(text)")
            } else {
                let back = try JSONSerialization.jsonObject(with: Data(written.utf8), options: .fragmentsAllowed) as? String
                #expect(back == text, "\(Array(text.unicodeScalars)) written as \(written)")
            }
        }
    }
}

extension YAMLScalarWriter {
    /// ``flow(_:into:)`` as a String, for comparing texts.
    static func flow(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        flow(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// ``scalar(_:into:)`` as a String, for comparing texts.
    static func scalar(_ text: String) -> String {
        var out: [UInt8] = []
        scalar(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

import Foundation
import Testing
@_spi(Testing) @testable import NetGraph

/// The fast path for the writer's YAML layout must read a text into exactly the graph the
/// general path builds (entities, relations, order, texts, quote marks), or decline it: these
/// tests compare the two on every graph file of the repository, on the writer's output for
/// every graph that reads, and on mutations of those texts.
@Suite struct NativeYAMLFastPathTests {
    /// Texts the fast path must take.
    static let accepted: [String] = [
        "entities: []\n",
        "graph:\n  name: g\n  description: \"two\\nlines \\\"quoted\\\" \\u00e9\"\nentities:\n  - id: a\n    kind: person\n",
        "entities:\n  - id: a\n    kind: person\n    name: José Müller\n    aliases: [Pepe, 'O''Brien', \"x\"]\n    since: 1980-01\n    until: \"1990\"\n    attributes: {age: 41, ratio: 0.5, big: 1e300, flag: true, off: no, note: \"1964\", \"odd key\": x}\n  - {id: b, kind: organization}\nrelations:\n  - {from: a, to: b, type: member-of, weight: -2.5, since: 2001, status: alleged, attributes: {n: 3}}\n",
        "sources:\n  - id: s1\n    title: \"A report\"\n    date: 2019-05-04\n    reliability: B\nentities:\n  - id: a\n    kind: person\n  - id: b\n    kind: person\nrelations:\n  - {from: a, to: b, type: allied-with, date: 2020, source: s1, quote: \"ça \\\"va\\\" # not a comment & not an anchor\"}\n",
        "schema:\n  kinds: [node]\n  relations:\n    - name: edge\n      directed: false\n      from: [node]\n      to: [node, person]\nentities:\n  - id: \"5\"\n    kind: node\n  - id: x5\n    kind: node\nrelations:\n  - {from: \"5\", to: x5, type: edge}\n",
        "entities:\n  - id: a\n    kind: person\n  - id: b\n    kind: person\nrelations:\n  - {from: a, to: b, type: allied-with, quote: \"één\"}\n  - {from: b, to: a, type: allied-with, quote: 'said ''so''', attributes: {credibility: 2}}\n",
        "entities:\n  - id: a\n    kind: person\n    aliases: lone\n    attributes: {nan: .5, neg: -0.0, hex: 0x1F}\n",
        // Lines that hold nothing for YAML, as people annotate a written file: comments of
        // any indentation (with quotes, `&`, `|` and `#` in them), blank lines, lines of spaces.
        "# comment\nentities: []\n",
        "entities: []\n\n",
        "# Mexico, 2024 — \"notes\" & 'quotes' | > #\n\ngraph:\n  name: g\n\n# who\nentities:\n  # first\n  - id: a\n    # its kind\n    kind: person\n      # deeper\n\n  - id: b\n    kind: person\n   \nrelations:\n# the ties\n  - {from: a, to: b, type: allied-with, quote: \"q\"}\n  #last\n\n",
        "entities:\n  - id: a\n    kind: person\n# no line feed at the end",
    ]

    /// Texts it must leave to the general path (which may read them or refuse them).
    static let declined: [String] = [
        "# a tab\there\nentities: []\n",
        "# a control character \u{1}\nentities: []\n",
        "# a C1 character \u{85}\nentities: []\n",
        "# a line separator \u{2028}\nentities: []\n",
        "\t# tab before\nentities: []\n",
        "entities:\n  - id: a # c\n    kind: person\n",
        "entities:\n  - id: a\n    kind: person \n",
        "entities:\r\n  - id: a\r\n    kind: person\r\n",
        "entities:\n  - id: a\n    kind:\tperson\n",
        "\u{FEFF}entities: []\n",
        "entities:\n  - id: a\n    kind: person\n    kind: org\n",
        "entities:\n  - id: a\n    kind: person\n    colour: red\n",
        "entities:\n  - id: a\n    kind: person\n    name: null\n",
        "entities:\n  - id: a\n    kind: person\n    name: ~\n",
        "entities:\n  - id: &x a\n    kind: person\n",
        "entities:\n  - id: !!str a\n    kind: person\n",
        "entities:\n  - id: a\n    kind: person\n    description: |\n      text\n",
        "entities:\n  - id: a\n    kind: person\n    name: Smith &Co\n",
        "entities:\n  - id: a\n    kind: person\n    name: \"open\n      more\"\n",
        "entities:\n  - id: a\n    kind: person\n    attributes: {k: 1, k: 2}\n",
        "entities:\n  - id: a\n    kind: person\n    attributes: {k: 1_000}\n",
        "entities:\n  - id: a\n    kind: person\n    attributes: {k: .inf}\n",
        "entities:\n  - id: a\n    kind: person\n    attributes: {k: [1]}\n",
        "entities:\n  - id: a\n    kind: persn\n",
        "entities:\n  - id: a\n    kind: person\n  - id: a\n    kind: person\n",
        "entities:\n  - id: a\n    kind: person\nrelations:\n  - {from: a, to: b, type: allied-with}\n",
        "entities:\n  - id: a\n    kind: person\nrelations:\n  - {from: a, to: a, type: allied-with, weight: \"2\"}\n",
        "entities:\n  - id: a\n    kind: person\nrelations:\n  - {from: a, to: a, type: allied-with, date: 2020, since: 2019}\n",
        "entities:\n  - id: a\n    kind: person\nrelations:\n  - {from: a, to: a, type: allied-with, status: maybe}\n",
        "entities:\n  - id: a\n    kind: person\nrelations:\n  - {from: a,to: a, type: allied-with}\n",
        "entities:\n  - id: a\n    kind: person\n    since: 2020-13\n",
        "entities:\n  - id: \"\"\n    kind: person\n",
        "relations: []\nentities: []\n",
        "entities:\n- id: a\n  kind: person\n",
        "  entities: []\n",
        "graph:\n  name: g\n",
        "entities:\n  - id: a\n    kind: person\n    name: \"\\q\"\n",
        "entities:\n  - id: a\n    kind: person\n    name: \"\\uD800\"\n",
        "entities:\n  - id: a\n    kind: person\n    name: a\u{85}b\n",
    ]

    @Test(arguments: accepted)
    func acceptsTheWritersLayout(_ text: String) throws {
        let fast = try #require(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: .standard),
                                "declined: \(text.debugDescription)")
        let general = try Self.generalRead(text)
        #expect(Self.difference(fast, general) == nil, "\(text.debugDescription): \(Self.difference(fast, general) ?? "")")
    }

    @Test(arguments: declined)
    func declinesEverythingElse(_ text: String) {
        #expect(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: .standard) == nil, "\(text.debugDescription)")
    }

    @Test func declinesUnderASmallNestingLimit() {
        let text = "entities:\n  - id: a\n    kind: person\n"
        #expect(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: .standard) != nil)
        #expect(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: ReadLimits(maxNestingDepth: 7)) == nil)
        #expect(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: ReadLimits(maxTextLength: 3)) == nil)
    }

    /// The quote marks the fast path records are where the general path puts them, in Unicode
    /// scalars: a quote checked against its document is reported there.
    @Test func marksQuotesWhereTheGeneralPathDoes() throws {
        let text = "entities:\n  - id: é\n    kind: person\nrelations:\n  - {from: é, to: é, type: allied-with, quote: \"x\"}\n"
        let fast = try #require(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: .standard))
        #expect(fast.quoteLocation(ofRelation: 0)! == (5, 48))
        #expect(try Self.generalRead(text).quoteLocation(ofRelation: 0)! == (5, 48))
    }

    /// Quotes that hold escaped quotes, then what would be a comment or a bracket outside
    /// them: the preflight must not lose its place in them (it once closed a scalar at `\"`
    /// and, a line at a time, counted the file as nested too deep), so both paths read it.
    @Test func readsEscapedQuotesLikeTheGeneralPath() throws {
        var text = "entities:\n  - id: a\n    kind: person\n    name: 'O''Brien # [x'\nrelations:\n"
        for _ in 0..<100 { text += "  - {from: a, to: a, type: allied-with, quote: \"say \\\"x\\\" # [y {z\"}\n" }
        let general = try Self.generalRead(text)
        #expect(general.relationCount == 100)
        #expect(general.quote(ofRelation: 0) == "say \"x\" # [y {z")
        let fast = try #require(NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: .standard))
        #expect(Self.difference(fast, general) == nil)
    }

    /// Every graph file of the repository, in every format, and its YAML as written: the
    /// written text must take the fast path and read as the general path reads it; every
    /// original YAML text and every mutation of the written ones is either declined or read
    /// alike.
    @Test func readsEveryRepositoryGraphAsTheGeneralPath() throws {
        var written: [(name: String, text: String)] = []
        var originals: [(name: String, bytes: [UInt8])] = []
        let root = TestSupport.repository
        let folders = ["graphs", "examples", "Sources/NetGraph/Resources", "Tests/NetGraphTests/Fixtures", "Tests/netgraphCLITests/Hostile"]
        for folder in folders {
            guard let walk = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let relative as String in walk {
                // Build products (an example package's `.build`) are not the repository's files.
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let path = root.appendingPathComponent(folder).appendingPathComponent(relative).path
                if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                    originals.append((relative, try Array(Data(contentsOf: URL(fileURLWithPath: path)))))
                }
                guard ["yaml", "json", "graphml", "gexf", "edges"].contains(where: { relative.hasSuffix("." + $0) }),
                      let graph = try? GraphFile.read(path: path) else { continue }
                written.append((relative, NativeGraphWriter().write(graph)))
            }
        }
        #expect(written.count >= 30)
        #expect(originals.count >= 60)
        for (name, text) in written {
            let fast = NativeYAMLFastPath.graph(from: Array(text.utf8), file: "t.yaml", limits: .standard)
            #expect(fast != nil, "the written \(name) was declined")
            if let fast {
                let general = try Self.generalRead(text)
                #expect(Self.difference(fast, general) == nil, "written \(name): \(Self.difference(fast, general) ?? "")")
            }
        }
        var checked = 0
        var accepted = 0
        for (name, bytes) in originals + written.flatMap({ item in Self.mutations(of: item.text).map { (item.name, Array($0.utf8)) } }) {
            checked += 1
            if try Self.readsAlike(bytes, name: name) { accepted += 1 }
        }
        #expect(checked > 1_000)
        #expect(accepted > 100)
    }

    /// Whether the fast path took `bytes`; records a failure when it read them otherwise than
    /// the general path. `fast` and `general` default to the YAML readers; the JSON tests pass
    /// theirs.
    @discardableResult
    static func readsAlike(_ bytes: [UInt8], name: String,
                           fast: ([UInt8]) -> Graph? = { NativeYAMLFastPath.graph(from: $0, file: "t.yaml", limits: .standard) },
                           general: ([UInt8]) throws -> Graph = { try generalRead(String(decoding: $0, as: UTF8.self)) }) throws -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let fast = fast(bytes) else { return false }
        do {
            let reference = try general(bytes)
            #expect(difference(fast, reference) == nil, "\(name): \(difference(fast, reference) ?? "") in \(text.prefix(300).debugDescription)")
        } catch {
            Issue.record("\(name): the fast path read a text the general path refuses (\(error)): \(text.prefix(300).debugDescription)")
        }
        return true
    }

    /// Edits of a written text: each either leaves the layout (and must be declined) or stays
    /// in it with another meaning (and must read alike). Every line of the text gets each edit
    /// in turn for the shorter texts; longer ones are edited on their first 40 lines.
    static func mutations(of text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits: [(String) -> String] = [
            { $0 + " " },
            { $0 + " # note" },
            { $0 + "\r" },
            { $0.replacingOccurrences(of: "  ", with: "\t", options: [], range: $0.range(of: "  ")) },
            { $0.replacingOccurrences(of: "\"", with: "'") },
            { $0.replacingOccurrences(of: "\"", with: "") },
            { $0.replacingOccurrences(of: ": ", with: ":  ") },
            { $0.replacingOccurrences(of: ", ", with: ",") },
            { $0.replacingOccurrences(of: "kind: ", with: "kind: null") },
            { $0.replacingOccurrences(of: "name: ", with: "name: ~") },
            { $0.replacingOccurrences(of: "name: ", with: "name: 1964") },
            { $0.replacingOccurrences(of: "name: ", with: "name: \"\"") },
            { $0.replacingOccurrences(of: "type: ", with: "type: 5") },
            { $0.replacingOccurrences(of: "type: ", with: "weight: 1e-400, type: ") },
            { $0.replacingOccurrences(of: "type: ", with: "weight: 0x10, type: ") },
            { $0.replacingOccurrences(of: "type: ", with: "weight: yes, type: ") },
            { $0.replacingOccurrences(of: "type: ", with: "extra: 1, type: ") },
            { $0.replacingOccurrences(of: "type: ", with: "type: x, type: ") },
            { $0.replacingOccurrences(of: "{", with: "{attributes: {a: 1, b: true, c: null, d: 2020-01, e: \"x\\ty\", f: 'q''r'}, ") },
            { $0.replacingOccurrences(of: "kind: ", with: "kind: é") },
            { $0.replacingOccurrences(of: "id: ", with: "id: ü ") },
            { $0.replacingOccurrences(of: "id: ", with: "id: &a ") },
            { $0.replacingOccurrences(of: "id: ", with: "id: \"\\u00e9\\x41\\N\"") },
            { $0.replacingOccurrences(of: "\"", with: "\"\u{2028}") },
            { $0.replacingOccurrences(of: "- ", with: "-  ") },
            { "  " + $0 },
            { $0.isEmpty ? $0 : String($0.dropFirst()) },
            { $0 + "\n" },
            { $0 + "\n" + $0 },
            { "# note\n" + $0 },
            { "    # indented note: \"q\" &a\n" + $0 },
            { "  \n" + $0 },
        ]
        var texts: [String] = ["\u{FEFF}" + text, text.replacingOccurrences(of: "\n", with: "\r\n"), String(text.dropLast())]
        for index in lines.indices.prefix(40) {
            for edit in edits {
                var edited = lines
                edited[index] = edit(lines[index])
                let result = edited.joined(separator: "\n")
                if result != text { texts.append(result) }
            }
        }
        return texts
    }

    static func generalRead(_ text: String) throws -> Graph {
        var general = NativeGraphReader()
        general.skipsFastPath = true
        return try general.read(Array(text.utf8), file: "t.yaml")
    }

    /// The first difference between two graphs, described, or nil when they hold the same
    /// parts in the same order with the same texts, codes and quote marks.
    static func difference(_ lhs: Graph, _ rhs: Graph) -> String? {
        if lhs.name != rhs.name || lhs.summary != rhs.summary { return "name or description" }
        if lhs.schema != rhs.schema { return "schema" }
        if lhs.sources != rhs.sources { return "sources" }
        if Array(lhs.entities) != Array(rhs.entities) { return "entities" }
        if Array(lhs.relations) != Array(rhs.relations) { return "relations" }
        if lhs.kindTable != rhs.kindTable || lhs.relationTypeTable != rhs.relationTypeTable { return "kind or type codes" }
        if lhs.columns.quoteTexts != rhs.columns.quoteTexts { return "quote texts" }
        if lhs.relationSources != rhs.relationSources || lhs.relationTargets != rhs.relationTargets { return "endpoints" }
        for relation in 0..<lhs.relationCount {
            let (a, b) = (lhs.quoteLocation(ofRelation: relation), rhs.quoteLocation(ofRelation: relation))
            if a?.line != b?.line || a?.column != b?.column { return "quote mark of relation \(relation): \(String(describing: a)) vs \(String(describing: b))" }
        }
        if lhs.storageBytes != rhs.storageBytes { return "storage" }
        return nil
    }
}

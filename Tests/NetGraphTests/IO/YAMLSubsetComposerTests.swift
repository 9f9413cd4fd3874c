import Foundation
import Testing
import Yams
@_spi(Testing) @testable import NetGraph

/// The subset composer must give exactly Yams' tree — strings, styles, tags and marks — or
/// decline; these tests compare the two on crafted texts and on every YAML file of the
/// repository.
@Suite struct YAMLSubsetComposerTests {
    static let composed: [String] = [
        "a: 1\nb: two words  # comment\n",
        "list:\n  - x\n  - 'it''s'\n  - \"q\\\"\\u00e9\\n\"\n",
        "k:\n- a\n- b\nz: 1\n",
        "items:\n  - id: a\n    kind: person\n    aliases: [A, 'B c', \"D\"]\n  - id: b\n    attributes: {x: 1, y: [1, 2], z: {w: v}}\n",
        "d: >-\n  one\n  two\n\n  three\nnext: x\n",
        "d: >\n  one\n  two\ne: 1\n",
        "d: |\n  one  \n  two\n\n\n  three\ne: |-\n  x\n",
        "d: >-\n    # not a comment\n    text\n\n  # a comment\ne: 1\n",
        "name: José\nkey: “quoted” x\n  # indented comment\nother: ñ # c\n",
        "é: [a, ñ, 'ü', {ö: ß}]\n  # after\n",
        "  a: 1\n  b: 2\n",
        "a: []\nb: {}\nc: [ ]\n",
        "- [a, b]\n- {k: v, 'q': \"w\"}\n- plain\n- -5\n- .5\n",
        "a: 1",
        "# top\n\na: 1 # x\n\n# mid\nb:\n  # inside\n  - c\n",
        "\"quoted key\": 1\n'single': 2\nplain key: 3\n\"spaced\"  : 4\n",
        "-\n  - a\n  - b\n-\n  k: v\n",
        "- >-\n  folded text\n  more\n- x\n",
        "url: http://example.com/a#b\nk: a#b\nrange: [1-2, x_y]\n",
        "e: \"\\x41\\u00e9\\U0001F600\\t\\/\\0\\N\\_\\L\\P\\e\\ \\a\\b\\v\\f\\r\"\n",
        "n: [null, ~, true, No, 0x1F, 1_000, 1e3, .inf, -.nan, '1']\n",
        "deep:\n  a:\n    b:\n      - c:\n          d: [e]\n",
        "graph:\n  name: x\nentities:\n  - id: a\n    kind: person\n    description: >-\n      Line one\n      line two.\n  - id: b\n    kind: person\nrelations:\n  - {from: a, to: b, type: knows, weight: 2.5, quote: \"she said \\\"hi\\\"\"}\n",
    ]

    static let declined: [String] = [
        "a: &x 1\nb: *x\n",
        "a: !!int 5\n",
        "a: one\n  two\n",
        "a: [1,\n  2]\n",
        "---\na: 1\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "a:\nb: 1\n",
        "- \n- a\n",
        "a: 1\na: 2\n",
        "a: {k: 1, k: 2}\n",
        "a:\t1\n",
        "a: 1\r\n",
        "\u{FEFF}a: 1\n",
        "a: \u{85}\n",
        "? a\n: b\n",
        "d: >+\n  x\n",
        "d: >2\n  x\n",
        "d: >\n\n  x\n",
        "d: >\n  x\n    more\n  y\n",
        "a: b: c\n",
        "a: [a, b,]\n",
        "- - a\n",
        "a: [1, 2\n",
        "a: 'open\n",
        "a: \"x\\\n  y\"\n",
        "a: [http://x]\n",
        "a: {k}\n",
        "a: \"x\"y\n",
        "a: - b\n",
        "a: 1\n b: 2\n",
        "k:\n  - a\n  b: 1\n",
        "plain text\n",
        "# only a comment\n",
        "a: |\n  x",
    ]

    @Test(arguments: composed)
    func composesLikeYams(_ text: String) throws {
        let fast = try #require(YAMLSubsetComposer.compose(text, maxDepth: 64), "declined: \(text.debugDescription)")
        let reference = try #require(try Yams.compose(yaml: text, .basic))
        #expect(Self.difference(fast, reference) == nil, "\(text.debugDescription)")
    }

    @Test(arguments: declined)
    func declinesWhatItLeavesToYams(_ text: String) {
        #expect(YAMLSubsetComposer.compose(text, maxDepth: 64) == nil, "\(text.debugDescription)")
    }

    @Test func declinesNestingDeeperThanTheLimit() throws {
        let text = "a:\n  b:\n    c:\n      d: 1\n"
        #expect(YAMLSubsetComposer.compose(text, maxDepth: 4) != nil)
        #expect(YAMLSubsetComposer.compose(text, maxDepth: 3) == nil)
        #expect(YAMLSubsetComposer.compose("a: [[[[1]]]]\n", maxDepth: 4) == nil)
    }

    /// Every YAML file the repository holds (bundled graph, fixtures, the hostile corpus) and
    /// the writer's output for the graphs that read: where the composer takes the text, Yams
    /// must agree node for node; graphs netgraph writes must take the fast path.
    @Test func agreesWithYamsOnEveryRepositoryFile() throws {
        let folders = ["graphs", "Sources/NetGraph/Resources", "Tests/NetGraphTests/Fixtures/graphs", "Tests/netgraphCLITests/Hostile/native"]
        var texts: [(name: String, text: String, mustCompose: Bool)] = []
        for folder in folders {
            let directory = TestSupport.repository.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".yaml") {
                let bytes = try Array(Data(contentsOf: directory.appendingPathComponent(name)))
                guard let text = try? TextDecoding.utf8(bytes, file: name) else { continue }
                texts.append((name, text, !folder.hasPrefix("Tests/netgraphCLITests")))
                if folder != "Tests/netgraphCLITests/Hostile/native", let graph = try? NativeGraphReader().read(bytes, file: name) {
                    texts.append(("written " + name, NativeGraphWriter().write(graph), true))
                }
            }
        }
        #expect(texts.count > 60)
        var fastCount = 0
        for (name, text, mustCompose) in texts {
            guard let fast = YAMLSubsetComposer.compose(text, maxDepth: 64) else {
                #expect(!mustCompose, "\(name) was left to Yams")
                continue
            }
            fastCount += 1
            let reference = try #require(try Yams.compose(yaml: text, .basic), "\(name)")
            #expect(Self.difference(fast, reference) == nil, "\(name): \(Self.difference(fast, reference) ?? "")")
        }
        #expect(fastCount >= 50)
    }

    /// Reading through either composer gives the same graph (as written back) or the same
    /// diagnostics, for the crafted texts, every repository file, and graphs with mistakes
    /// the walker reports at a node's mark.
    @Test func readsAlikeThroughEitherComposer() throws {
        var texts = Self.composed + Self.declined
        texts += [
            "entities:\n  - id: a\n    kind: persn\n    name: A\n  - {id: b, kind: person, nme: B}\nrelations:\n  - {from: a, to: c, type: knows}\n",
            "graph: [x]\nentities:\n  - id: a b\n    kind: person\n    since: 2020-13\n    attributes: {w: .inf, n: 1_000, s: '1', b: yes, z: ~}\n",
            "entities: {}\nrelations:\n  - from: a\n    to: b\n    type: knows\n    weight: \"heavy\"\n",
        ]
        for folder in ["graphs", "Tests/NetGraphTests/Fixtures/graphs", "Tests/netgraphCLITests/Hostile/native"] {
            let directory = TestSupport.repository.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".yaml") {
                texts.append(String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self))
            }
        }
        var yamsOnly = NativeGraphReader()
        yamsOnly.composesWithYamsOnly = true
        for text in texts {
            let bytes = Array(text.utf8)
            #expect(Self.outcome { () throws(GraphInputError) in try NativeGraphReader().read(bytes, file: "t.yaml") }
                    == Self.outcome { () throws(GraphInputError) in try yamsOnly.read(bytes, file: "t.yaml") },
                    "\(text.prefix(200).debugDescription)")
        }
    }

    /// A read's result as text: the graph written back as YAML, or its diagnostics.
    static func outcome(_ read: () throws(GraphInputError) -> Graph) -> String {
        do {
            return NativeGraphWriter().write(try read())
        } catch {
            return error.description
        }
    }

    /// The first difference between the composer's tree and Yams', described, or nil when
    /// they agree in shape, texts, core-schema tags and marks.
    static func difference(_ lhs: YAMLSubsetNode, _ rhs: Node, path: String = "root") -> String? {
        guard lhs.line == rhs.line, lhs.column == rhs.column else {
            return "\(path): at \(lhs.line):\(lhs.column) vs \(rhs.line):\(rhs.column)"
        }
        if let pairs = lhs.mappingPairs {
            guard let other = rhs.mappingPairs, other.count == pairs.count else { return "\(path): mapping of \(pairs.count) vs \(rhs)" }
            for (x, y) in zip(pairs, other) {
                let key = x.key.scalarText ?? "?"
                if let found = difference(x.key, y.key, path: "\(path).key(\(key))") { return found }
                if let found = difference(x.value, y.value, path: "\(path).\(key)") { return found }
            }
            return nil
        }
        if let items = lhs.sequenceItems {
            guard let other = rhs.sequenceItems, other.count == items.count else { return "\(path): list of \(items.count) vs \(rhs)" }
            for (index, (x, y)) in zip(items, other).enumerated() {
                if let found = difference(x, y, path: "\(path)[\(index)]") { return found }
            }
            return nil
        }
        guard lhs.scalarText == rhs.scalarText else {
            return "\(path): \(lhs.scalarText.debugDescription) vs \(rhs.scalarText.debugDescription)"
        }
        guard lhs.coreSchemaTag == rhs.coreSchemaTag else { return "\(path): tag \(String(describing: lhs.coreSchemaTag)) vs \(String(describing: rhs.coreSchemaTag))" }
        guard lhs.constructedNumber?.bitPattern == rhs.constructedNumber?.bitPattern else { return "\(path): number differs" }
        return nil
    }
}

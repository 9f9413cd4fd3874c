import Foundation
import Testing
import Yams
@_spi(Testing) @testable import NetGraph

/// The JSON composer must give exactly Yams' tree for a text JSONSyntax accepts — strings,
/// tags, numbers and marks — or decline.
@Suite struct JSONComposerTests {
    static let composed: [String] = [
        "{\"a\": 1, \"b\": \"two\"}",
        "{\n  \"graph\": {\"name\": \"x\"},\n  \"entities\": [\n    {\"id\": \"a\", \"kind\": \"person\"},\n    {\"id\": \"b\"}\n  ]\n}\n",
        "[1, -2, 3.5, 1e5, -0, 2E-3, true, false, null]",
        "{\"e\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u2028 end\"}",
        "{\"key\":\"no spaces\",\"n\":[],\"o\":{}}",
        "{ \"José\" : \"ñ “quoted”\" , \"深\": [ \"水\" ] }",
        "{\"nested\": [[[{\"deep\": [1]}]]], \"after\": 1}",
        "[\n]",
        "{\"empty\": \"\", \"space\": \" \", \"hash\": \"# not a comment\", \"colon\": \"a: b\"}",
        "{\"numbers\": [0, 10, 123456789012345678901234567890, 1.0e+2, 0.000001]}",
        "{\"yes\": \"yes\", \"on\": \"on\", \"tilde\": \"~\", \"date\": \"2020-06-26\"}",
        "{\"a\": 1}\n\n",
    ]

    static let declined: [String] = [
        "{\"a\": 1, \"a\": 2}",
        "{\"t\":\t1}",
        "{\"r\": 1}\r\n",
        "{\"lone\": \"\\ud800\"}",
        "\"scalar\"",
        "{\"k\": [[[[1]]]]}",
        "{\"" + String(repeating: "k", count: 1_200) + "\": 1}",
    ]

    @Test(arguments: composed)
    func composesLikeYams(_ text: String) throws {
        let validated = String(decoding: try JSONSyntax.validated(Array(text.utf8), file: "t.json"), as: UTF8.self)
        let fast = try #require(JSONComposer.compose(validated, maxDepth: 64), "\(text) was declined")
        let reference = try #require(try Yams.compose(yaml: validated, .basic))
        #expect(YAMLSubsetComposerTests.difference(fast, reference) == nil, "\(YAMLSubsetComposerTests.difference(fast, reference) ?? "")")
    }

    @Test(arguments: declined)
    func declinesWhatItLeavesToYams(_ text: String) {
        let validated = (try? JSONSyntax.validated(Array(text.utf8), file: "t.json")).map { String(decoding: $0, as: UTF8.self) } ?? text
        #expect(JSONComposer.compose(validated, maxDepth: 4) == nil)
    }

    /// Every native JSON file of the repository, and the JSON netgraph writes for every YAML
    /// graph there: where the composer takes the text Yams agrees node for node, and netgraph's
    /// own JSON always takes the fast path. Reading through either path gives the same graph
    /// or the same diagnostics.
    @Test func agreesWithYamsOnEveryRepositoryFile() throws {
        var texts: [(name: String, text: String, mustCompose: Bool)] = []
        for folder in ["graphs", "Tests/NetGraphTests/Fixtures/graphs", "Tests/netgraphCLITests/Hostile/native"] {
            let directory = TestSupport.repository.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
                let bytes = try Array(Data(contentsOf: directory.appendingPathComponent(name)))
                if name.hasSuffix(".json") {
                    texts.append((name, String(decoding: bytes, as: UTF8.self), false))
                } else if name.hasSuffix(".yaml"), folder != "Tests/netgraphCLITests/Hostile/native",
                          let graph = try? NativeGraphReader().read(bytes, file: name) {
                    texts.append(("written " + name, try FormatRegistry.standard.write(graph, as: .json)[0].contents, true))
                }
            }
        }
        #expect(texts.count >= 14)
        var yamsOnly = NativeGraphReader(requiresJSON: true)
        yamsOnly.composesWithYamsOnly = true
        var fastCount = 0
        for (name, text, mustCompose) in texts {
            let bytes = Array(text.utf8)
            #expect(YAMLSubsetComposerTests.outcome { () throws(GraphInputError) in try NativeGraphReader(requiresJSON: true).read(bytes, file: "t.json") }
                    == YAMLSubsetComposerTests.outcome { () throws(GraphInputError) in try yamsOnly.read(bytes, file: "t.json") }, "\(name)")
            guard let validated = try? JSONSyntax.validated(bytes, file: name) else { continue }
            let checked = String(decoding: validated, as: UTF8.self)
            guard let fast = JSONComposer.compose(checked, maxDepth: 64) else {
                #expect(!mustCompose, "\(name) was left to Yams")
                continue
            }
            fastCount += 1
            let reference = try #require(try Yams.compose(yaml: checked, .basic), "\(name)")
            #expect(YAMLSubsetComposerTests.difference(fast, reference) == nil, "\(name): \(YAMLSubsetComposerTests.difference(fast, reference) ?? "")")
        }
        #expect(fastCount >= 9)
    }
}

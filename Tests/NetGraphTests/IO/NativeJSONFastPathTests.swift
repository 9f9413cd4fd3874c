import Foundation
import Testing
@_spi(Testing) @testable import NetGraph

/// The fast path for the writer's JSON layout must read a text into exactly the graph the
/// general path builds (entities, relations, order, texts, quote marks), or decline it: these
/// tests compare the two on crafted texts, on the writer's JSON for every graph file of the
/// repository, and on mutations of those texts. Graphs are compared as
/// `NativeYAMLFastPathTests` compares them.
@Suite struct NativeJSONFastPathTests {
    /// Texts the fast path must take.
    static let accepted: [String] = [
        "{\"entities\": []}",
        "{\n  \"graph\": {\n    \"name\": \"g\",\n    \"description\": \"two\\nlines \\\"quoted\\\" \\u00e9 \\/ \\b\\f\\r\\t\"\n  },\n  \"entities\": [\n    {\n      \"id\": \"a\",\n      \"kind\": \"person\"\n    }\n  ]\n}\n",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"José Müller \\ud83c\\udf89\", \"aliases\": [\"Pepe\", \"O'Brien\"], \"since\": \"1980-01\", \"until\": \"1990\", \"attributes\": {\"age\": 41, \"ratio\": 0.5, \"big\": 1e300, \"exp\": 2E-3, \"flag\": true, \"off\": false, \"none\": null, \"note\": \"1964\", \"odd key\": \"x\", \"k\\u00e9y\": -0}}, {\"id\": \"b\", \"kind\": \"organization\"}], \"relations\": [{\"from\": \"a\", \"to\": \"b\", \"type\": \"member-of\", \"weight\": -2.5, \"since\": \"2001\", \"status\": \"alleged\", \"attributes\": {\"n\": 3}}]}",
        "{\"sources\": [{\"id\": \"s1\", \"title\": \"A report\", \"date\": \"2019-05-04\", \"reliability\": \"B\"}], \"entities\": [{\"id\": \"a\", \"kind\": \"person\"}, {\"id\": \"b\", \"kind\": \"person\"}], \"relations\": [{\"from\": \"a\", \"to\": \"b\", \"type\": \"allied-with\", \"date\": \"2020\", \"source\": \"s1\", \"quote\": \"ça \\\"va\\\" # & *x\"}]}",
        "{\"schema\": {\"kinds\": [\"node\"], \"relations\": [{\"name\": \"edge\", \"directed\": false, \"from\": [\"node\"], \"to\": [\"node\", \"person\"]}]}, \"entities\": [{\"id\": \"5\", \"kind\": \"node\"}, {\"id\": \"x5\", \"kind\": \"node\"}], \"relations\": [{\"from\": \"5\", \"to\": \"x5\", \"type\": \"edge\"}]}",
        "{\"entities\": [{\"id\": 5, \"kind\": \"person\", \"name\": true, \"aliases\": \"lone\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}], \"relations\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"allied-with\", \"quote\": \"\\ud83c\\udf89 then\", \"weight\": 1}]}",
    ]

    /// Texts it must leave to the general path (which may read them or refuse them).
    static let declined: [String] = [
        "{}",
        "\u{FEFF}{\"entities\": []}",
        "[]",
        "{\"relations\": [], \"entities\": []}",
        "{\"entities\": [],\t\"relations\": []}",
        "{\"entities\": [],\r\n\"relations\": []}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"kind\": \"org\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"colour\": \"red\"}]}",
        "{\"entities\": [{\"\\u0069d\": \"a\", \"kind\": \"person\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": null}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"attributes\": {\"k\": 1, \"k\": 2}}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"attributes\": {\"k\": 1, \"\\u006b\": 2}}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"attributes\": {\"k\": [1]}}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"attributes\": {\"k\": {\"j\": 1}}}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"attributes\": {\"k\": 1e400}}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"persn\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}, {\"id\": \"a\", \"kind\": \"person\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}], \"relations\": [{\"from\": \"a\", \"to\": \"b\", \"type\": \"allied-with\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}], \"relations\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"allied-with\", \"weight\": \"2\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}], \"relations\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"allied-with\", \"date\": \"2020\", \"since\": \"2019\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}], \"relations\": [{\"from\": \"a\", \"to\": \"a\", \"type\": \"allied-with\", \"status\": \"maybe\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"since\": \"2020-13\"}]}",
        "{\"entities\": [{\"id\": \"\", \"kind\": \"person\"}]}",
        "{\"graph\": {}, \"entities\": []}",
        "{\"graph\": {\"name\": \"g\"}}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"\\ud800\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"a\u{85}b\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"a\u{2028}b\"}]}",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}]} x",
        "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"name\": \"\\U0001F389\"}]}",
    ]

    @Test(arguments: accepted)
    func acceptsTheWritersLayout(_ text: String) throws {
        let fast = try #require(Self.fastRead(Array(text.utf8)), "declined: \(text.debugDescription)")
        let general = try Self.generalRead(Array(text.utf8))
        #expect(NativeYAMLFastPathTests.difference(fast, general) == nil,
                "\(text.debugDescription): \(NativeYAMLFastPathTests.difference(fast, general) ?? "")")
    }

    @Test(arguments: declined)
    func declinesEverythingElse(_ text: String) {
        #expect(Self.fastRead(Array(text.utf8)) == nil, "\(text.debugDescription)")
    }

    @Test func declinesUnderASmallNestingLimit() throws {
        let bytes = Array("{\"entities\": [{\"id\": \"a\", \"kind\": \"person\"}]}".utf8)
        #expect(Self.fastRead(bytes) != nil)
        #expect(NativeJSONFastPath.graph(fromValidated: bytes, file: "t.json", limits: ReadLimits(maxNestingDepth: 7)) == nil)
        #expect(NativeJSONFastPath.graph(fromValidated: bytes, file: "t.json", limits: ReadLimits(maxTextLength: 3)) == nil)
    }

    /// Quote marks in Unicode scalars, as the general path records them, on a line that holds
    /// a surrogate pair before the quote (joined into one escape before either path reads).
    @Test func marksQuotesWhereTheGeneralPathDoes() throws {
        let text = "{\"entities\": [{\"id\": \"é\", \"kind\": \"person\"}],\n\"relations\": [{\"from\": \"\\ud83c\\udf89é\", \"to\": \"é\", \"type\": \"allied-with\", \"quote\": \"x\"}]}"
        let fixed = text.replacingOccurrences(of: "\\ud83c\\udf89é", with: "é")
        for candidate in [text, fixed] {
            let general = try? Self.generalRead(Array(candidate.utf8))
            let fast = Self.fastRead(Array(candidate.utf8))
            #expect((general == nil) == (fast == nil))
            if let general, let fast {
                #expect(fast.quoteLocation(ofRelation: 0)! == general.quoteLocation(ofRelation: 0)!)
            }
        }
        let fast = try #require(Self.fastRead(Array(fixed.utf8)))
        #expect(fast.quoteLocation(ofRelation: 0)! == (2, 72))
    }

    /// A JSON string that looks like a number is text; a JSON number is a number.
    @Test func resolvesNumbersAsTheGeneralPath() throws {
        let text = "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"attributes\": {\"born\": \"1964\", \"age\": 1964}}]}"
        let fast = try #require(Self.fastRead(Array(text.utf8)))
        #expect(fast.entities[0].attributes["born"] == .string("1964"))
        #expect(fast.entities[0].attributes["age"] == .number(1964))
    }

    /// Every graph file of the repository read in any format, written as JSON: the written
    /// text must take the fast path and read as the general path reads it; every JSON file of
    /// the repository and every mutation of the written texts is either declined or read alike.
    @Test func readsEveryRepositoryGraphAsTheGeneralPath() throws {
        var written: [(name: String, text: String)] = []
        var originals: [(name: String, bytes: [UInt8])] = []
        let root = TestSupport.repository
        let folders = ["graphs", "examples", "Sources/NetGraph/Resources", "Tests/NetGraphTests/Fixtures", "Tests/netgraphCLITests/Hostile"]
        for folder in folders {
            guard let walk = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let relative as String in walk {
                let path = root.appendingPathComponent(folder).appendingPathComponent(relative).path
                if relative.hasSuffix(".json") {
                    originals.append((relative, try Array(Data(contentsOf: URL(fileURLWithPath: path)))))
                }
                guard ["yaml", "json", "graphml", "gexf", "edges"].contains(where: { relative.hasSuffix("." + $0) }),
                      let graph = try? GraphFile.read(path: path) else { continue }
                written.append((relative, NativeGraphWriter(format: .json).write(graph)))
            }
        }
        #expect(written.count >= 30)
        for (name, text) in written {
            let fast = Self.fastRead(Array(text.utf8))
            #expect(fast != nil, "the written \(name) was declined")
            if let fast {
                let general = try Self.generalRead(Array(text.utf8))
                #expect(NativeYAMLFastPathTests.difference(fast, general) == nil,
                        "written \(name): \(NativeYAMLFastPathTests.difference(fast, general) ?? "")")
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

    /// ``NativeYAMLFastPathTests/readsAlike(_:name:fast:general:)`` with the JSON readers.
    @discardableResult
    static func readsAlike(_ bytes: [UInt8], name: String) throws -> Bool {
        try NativeYAMLFastPathTests.readsAlike(bytes, name: name, fast: fastRead, general: generalRead)
    }

    /// Edits of a written text, line by line (the first 40 lines): each either leaves the
    /// layout or JSON (and must be declined) or stays in it with another meaning (and must
    /// read alike).
    static func mutations(of text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits: [(String) -> String] = [
            { $0 + " " },
            { $0 + "\t" },
            { $0 + "\r" },
            { $0 + " // note" },
            { $0.replacingOccurrences(of: "\"", with: "'") },
            { $0.replacingOccurrences(of: "\": ", with: "\":") },
            { $0.replacingOccurrences(of: "\": \"", with: "\": ") },
            { $0.replacingOccurrences(of: ",", with: "") },
            { $0.replacingOccurrences(of: ",", with: ",,") },
            { $0.replacingOccurrences(of: "\"kind\": ", with: "\"kind\": null, \"x\": ") },
            { $0.replacingOccurrences(of: "\"name\": ", with: "\"name\": null, \"y\": ") },
            { $0.replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"1964") },
            { $0.replacingOccurrences(of: "\"name\": \"", with: "\"name\": 1964, \"z\": \"") },
            { $0.replacingOccurrences(of: "\"type\": ", with: "\"weight\": 1e-400, \"type\": ") },
            { $0.replacingOccurrences(of: "\"type\": ", with: "\"weight\": 01, \"type\": ") },
            { $0.replacingOccurrences(of: "\"type\": ", with: "\"weight\": true, \"type\": ") },
            { $0.replacingOccurrences(of: "\"type\": ", with: "\"weight\": \"2\", \"type\": ") },
            { $0.replacingOccurrences(of: "\"type\": ", with: "\"weight\": -0.5E+2, \"type\": ") },
            { $0.replacingOccurrences(of: "\"id\": ", with: "\"attributes\": {\"a\": 1, \"b\": true, \"c\": null, \"d\": \"2020-01\", \"e\": \"x\\ty\", \"f\": 1.5e3, \"g\": -0}, \"id\": ") },
            { $0.replacingOccurrences(of: "\"id\": ", with: "\"id\": \"x\", \"id\": ") },
            { $0.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"\\u00e9\\ud83c\\udf89\\\"\\\\\\/") },
            { $0.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"\\ud83c") },
            { $0.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"\u{2028}") },
            { $0.replacingOccurrences(of: "\"kind\": \"", with: "\"kind\": \"é") },
            { $0.replacingOccurrences(of: "\"", with: "") },
            { $0.replacingOccurrences(of: "[]", with: "[ ]") },
            { $0.replacingOccurrences(of: "{", with: "{}") },
            { "  " + $0 },
            { $0.isEmpty ? $0 : String($0.dropFirst()) },
            { $0 + "\n" },
            { $0 + "\n" + $0 },
        ]
        var texts: [String] = ["\u{FEFF}" + text, text.replacingOccurrences(of: "\n", with: "\r\n"), String(text.dropLast()),
                               text.replacingOccurrences(of: "\n", with: ""), text + "x"]
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

    /// The fast path as the reader runs it: on the bytes the JSON check returns.
    static func fastRead(_ bytes: [UInt8]) -> Graph? {
        guard let checked = try? JSONSyntax.validated(bytes, file: "t.json") else { return nil }
        return NativeJSONFastPath.graph(fromValidated: checked, file: "t.json", limits: .standard)
    }

    static func generalRead(_ bytes: [UInt8]) throws -> Graph {
        var general = NativeGraphReader(requiresJSON: true)
        general.skipsFastPath = true
        return try general.read(bytes, file: "t.json")
    }
}

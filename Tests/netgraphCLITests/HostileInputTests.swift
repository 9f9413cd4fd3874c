import Foundation
import Testing

/// One hostile (or awkward) input from `Hostile/`, and what netgraph must answer.
struct HostileCase: CustomTestStringConvertible, Sendable {
    var file: String
    var exit: Int32
    /// `LINE:COL` the first error must name.
    var at: String?
    /// Text the first error message must contain.
    var says: String?

    init(_ file: String, exit: Int32, at: String? = nil, says: String? = nil) {
        self.file = file
        self.exit = exit
        self.at = at
        self.says = says
    }

    var testDescription: String { file }
}

/// Every reader meets untrusted files: each case must give its exit code and a message that
/// names the problem and where it is, and must leave no output file behind — never a crash,
/// a hang or a partial write. The corpus is written by `Hostile/make_corpus.py`.
@Suite struct HostileInputTests {
    static let corpus = CLIRunner.repository.appendingPathComponent("Tests/netgraphCLITests/Hostile")

    static let native: [HostileCase] = [
        HostileCase("alias-bomb-aliases.yaml", exit: 1, at: "4:14", says: "field 'alias' must be text, not a list"),
        HostileCase("alias-bomb-top.yaml", exit: 1, at: "1:1", says: "unknown field 'a0' in the document"),
        HostileCase("attribute-nested.yaml", exit: 1, at: "2:40", says: "an attribute must be a name and a single value"),
        HostileCase("attributes-not-a-mapping.yaml", exit: 1, at: "2:39", says: "attributes must be a mapping, not a list"),
        HostileCase("binary.yaml", exit: 1, at: "1:8", says: "the file holds a NUL byte: it is binary, not text"),
        HostileCase("dangling-from.yaml", exit: 1, at: "5:12", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("dangling-to.yaml", exit: 1, at: "5:19", says: "relation refers to unknown entity 'ghost'"),
        HostileCase("date-and-since.yaml", exit: 1, at: "5:48", says: "a relation has either a date or since/until, not both"),
        HostileCase("date-not-iso.yaml", exit: 1, at: "2:34", says: "field 'since': '26/06/2020' is not a date"),
        HostileCase("deep-block-nesting.yaml", exit: 1, at: "65:129", says: "the document nests deeper than 64 levels"),
        HostileCase("deep-flow-nesting.yaml", exit: 1, at: "1:74", says: "the document nests deeper than 64 levels"),
        HostileCase("duplicate-field.yaml", exit: 1, at: "1:1", says: "invalid YAML: Parser: expected all keys to be unique but found the fol"),
        HostileCase("duplicate-id.yaml", exit: 1, at: "4:10", says: "duplicate entity id 'a'"),
        HostileCase("duplicate-source-id.yaml", exit: 1, at: "3:10", says: "duplicate source id 's'"),
        HostileCase("empty-id.yaml", exit: 1, at: "2:10", says: "field 'id' is empty"),
        HostileCase("empty.yaml", exit: 1, at: "1:1", says: "the file is empty"),
        HostileCase("entities-not-a-list.yaml", exit: 1, at: "1:11", says: "entities must be a list, not '5'"),
        HostileCase("entity-not-a-mapping.yaml", exit: 1, at: "2:5", says: "an entity must be a mapping of fields, not 'just-a-string'"),
        HostileCase("february-30.yaml", exit: 1, at: "5:48", says: "field 'date': '2021-02-29' is not a date"),
        HostileCase("forbidden-endpoint-kinds.yaml", exit: 1, at: "5:28", says: "relation type 'appointed' cannot join cartel 'a' to official 'b'"),
        HostileCase("id-with-control.yaml", exit: 1, at: "2:10", says: "must not contain spaces or control characters"),
        HostileCase("id-with-space.yaml", exit: 1, at: "2:10", says: "id 'a b' must not contain spaces or control characters"),
        HostileCase("impossible-date.yaml", exit: 1, at: "5:48", says: "field 'date': '2020-13-45' is not a date"),
        HostileCase("json-kind-is-number.json", exit: 1, at: "1:35", says: "unknown kind '7' for entity 'a'"),
        HostileCase("json-relations-object.json", exit: 1, at: "1:31", says: "relations must be a list, not a mapping"),
        HostileCase("latin1.yaml", exit: 1, at: "2:37", says: "invalid UTF-8"),
        HostileCase("missing-entities.yaml", exit: 1, at: "1:1", says: "missing field 'entities'"),
        HostileCase("missing-id.yaml", exit: 1, at: "2:5", says: "missing field 'id'"),
        HostileCase("missing-kind.yaml", exit: 1, at: "2:5", says: "missing field 'kind'"),
        HostileCase("missing-to.yaml", exit: 1, at: "5:5", says: "missing field 'to'"),
        HostileCase("name-200k.yaml", exit: 1, at: "2:33", says: "field 'name' is 200000 characters long, over the limit of 100000"),
        HostileCase("name-is-a-list.yaml", exit: 1, at: "2:33", says: "field 'name' must be text, not a list"),
        HostileCase("ok-empty-graph.json", exit: 0),
        HostileCase("ok-name-10k.yaml", exit: 0),
        HostileCase("ok-negative-weight.yaml", exit: 0),
        HostileCase("ok-parallel-relations.yaml", exit: 0),
        HostileCase("ok-self-loop.yaml", exit: 0),
        HostileCase("ok-unicode-and-quotes.yaml", exit: 0),
        HostileCase("ok-utf8-bom.yaml", exit: 0),
        HostileCase("scalar-document.yaml", exit: 1, at: "1:1", says: "the document must be a mapping of fields, not 'just some words'"),
        HostileCase("schema-directed-not-bool.yaml", exit: 1, at: "3:31", says: "field 'directed' must be true or false, not 'maybe'"),
        HostileCase("schema-unknown-kind.yaml", exit: 1, at: "3:41", says: "unknown kind 'horse' in the declaration of 'rides'"),
        HostileCase("since-after-until.yaml", exit: 1, at: "2:34", says: "entity 'a': since 2021 is after until 2019"),
        HostileCase("tabs.yaml", exit: 1, at: "2:1", says: "invalid YAML: found character that cannot start any token while scanni"),
        HostileCase("top-level-list.yaml", exit: 1, at: "1:1", says: "the document must be a mapping of fields, not a list"),
        HostileCase("truncated.json", exit: 1, at: "1:61", says: "invalid YAML: found unexpected end of stream while scanning a quoted s"),
        HostileCase("truncated.yaml", exit: 1, at: "6:1", says: "invalid YAML: did not find expected ',' or '}' while parsing a flow ma"),
        HostileCase("undefined-alias.yaml", exit: 1, at: "1:11", says: "invalid YAML: found undefined alias"),
        HostileCase("unknown-field.yaml", exit: 1, at: "2:27", says: "unknown field 'alias' in an entity; did you mean 'aliases'?"),
        HostileCase("unknown-kind.yaml", exit: 1, at: "2:19", says: "unknown kind 'gang' for entity 'a'"),
        HostileCase("unknown-relation-type.yaml", exit: 1, at: "5:28", says: "unknown relation type 'bribed'"),
        HostileCase("unknown-source.yaml", exit: 1, at: "5:50", says: "relation cites unknown source 'nowhere'"),
        HostileCase("unknown-status.yaml", exit: 1, at: "5:50", says: "unknown status 'rumoured'"),
        HostileCase("unknown-top-level.yaml", exit: 1, at: "2:1", says: "unknown field 'edges' in the document"),
        HostileCase("utf16-bom.yaml", exit: 1, at: "1:1", says: "the file is UTF-16"),
        HostileCase("utf32-bom.yaml", exit: 1, at: "1:1", says: "the file is UTF-32; netgraph reads UTF-8 text"),
        HostileCase("weight-infinite.yaml", exit: 1, at: "5:50", says: "field 'weight' must be a finite number, not -.inf"),
        HostileCase("weight-nan.yaml", exit: 1, at: "5:50", says: "field 'weight' must be a finite number, not .nan"),
        HostileCase("weight-not-a-number.yaml", exit: 1, at: "5:50", says: "field 'weight' must be a number, not 'heavy'"),
        HostileCase("whitespace-only.yaml", exit: 1, at: "1:1", says: "the file is empty"),
    ]

    @Test(arguments: native)
    func nativeReader(_ hostile: HostileCase) throws {
        try check(hostile, folder: "native")
    }

    @Test func limitsCanBeRaised() throws {
        let file = Self.corpus.appendingPathComponent("native/name-200k.yaml").path
        #expect(try CLIRunner.run(["stats", file, "--max-text-length", "300000"]).status == 0)
        let deep = Self.corpus.appendingPathComponent("native/deep-block-nesting.yaml").path
        #expect(try CLIRunner.run(["stats", deep, "--max-depth", "1000"]).status == 1)
        let small = try CLIRunner.run(["stats", CLIRunner.starter, "--max-file-size", "100"])
        #expect(small.status == 1 && small.stderr.contains("over the limit of 100 bytes"))
    }

    @Test func directoriesAndMissingFilesAreInputErrors() throws {
        let directory = try CLIRunner.run(["stats", Self.corpus.path])
        #expect(directory.status == 1 && directory.stderr.contains("is a directory"))
    }

    /// Runs `convert CASE OUT`, which reads the case and writes OUT only if it read it.
    private func check(_ hostile: HostileCase, folder: String) throws {
        let input = Self.corpus.appendingPathComponent(folder).appendingPathComponent(hostile.file)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-hostile-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["convert", input.path, output.path])
        #expect(result.status == hostile.exit, "\(result.stderr)")
        if hostile.exit == 0 {
            #expect(FileManager.default.fileExists(atPath: output.path))
            return
        }
        #expect(!FileManager.default.fileExists(atPath: output.path), "a failed read left an output file")
        #expect(result.stdout.isEmpty)
        let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        if let at = hostile.at { #expect(first.hasPrefix("\(input.path):\(at): error: "), "\(first)") }
        if let says = hostile.says { #expect(first.contains(says), "\(first)") }
    }
}

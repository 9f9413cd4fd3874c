import Foundation
import Testing

/// `--min-sources` and the documents a path rests on, through the binary.
@Suite struct CorroborationCommandTests {
    static let graph = """
        sources:
          - {id: one}
          - {id: two}
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
        relations:
          - {from: a, to: b, type: supports, source: one}
          - {from: b, to: a, type: allied-with, source: two}
          - {from: b, to: c, type: supports, source: one}
          - {from: b, to: c, type: supports, source: one}

        """

    @Test func minSourcesKeepsCorroboratedLinksOnly() throws {
        let result = try CLIRunner.run(["relations", "-", "--min-sources", "2", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        let ids = try #require(try result.json()["relations"] as? [[String: Any]]).map { $0["id"] as! Int }
        #expect(ids == [0, 1])
        #expect(try CLIRunner.run(["stats", "-", "--min-sources", "0"], stdin: Self.graph).status == 2)
    }

    @Test func aPathNamesItsDocumentsAndItsSingleSourceSteps() throws {
        let json = try CLIRunner.run(["path", "-", "a", "c", "--format", "json"], stdin: Self.graph)
        #expect(json.status == 0, "\(json.stderr)")
        let path = try #require((try json.json()["paths"] as? [[String: Any]])?.first)
        #expect(path["sources"] as? [String] == ["one", "two"])
        #expect(path["single_source_steps"] as? [Int] == [2])
        let table = try CLIRunner.run(["path", "-", "a", "c"], stdin: Self.graph)
        #expect(table.stdout.contains("b —supports→ c (source one, single source)"), "\(table.stdout)")
        #expect(table.stdout.contains("   sources: one, two\n"))
        let narrowed = try CLIRunner.run(["path", "-", "b", "c"], stdin: Self.graph)
        #expect(narrowed.stdout.hasSuffix("   rests on one document: one\n"), "\(narrowed.stdout)")
    }
}

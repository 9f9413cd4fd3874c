import Foundation
import Testing

/// `--min-grade` and the grades `path` shows, through the binary.
@Suite struct GradeCommandTests {
    static let graph = """
        sources:
          - {id: wire, reliability: B}
          - {id: blog, reliability: E}
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
        relations:
          - {from: a, to: b, type: supports, source: wire, attributes: {credibility: 2}}
          - {from: b, to: c, type: supports, source: blog, attributes: {credibility: 3}}
          - {from: b, to: c, type: supports, source: wire, attributes: {credibility: 4}}

        """

    @Test func minGradeKeepsRelationsMeetingBothAxes() throws {
        let result = try CLIRunner.run(["relations", "-", "--min-grade", "B3", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        let relations = try #require(try result.json()["relations"] as? [[String: Any]])
        #expect(relations.map { $0["id"] as? Int } == [0])
        #expect(relations.first?["grade"] as? String == "B2")
        let bad = try CLIRunner.run(["relations", "-", "--min-grade", "B9"], stdin: Self.graph)
        #expect(bad.status == 2 && bad.stderr.contains("is not a grade"), "\(bad.stderr)")
    }

    /// A step stands on its best relation; the chain is as weak as its weakest step, axis by axis.
    @Test func aPathShowsEachGradeAndItsWeakest() throws {
        let json = try CLIRunner.run(["path", "-", "a", "c", "--format", "json"], stdin: Self.graph)
        #expect(json.status == 0, "\(json.stderr)")
        let path = try #require((try json.json()["paths"] as? [[String: Any]])?.first)
        #expect(path["weakest_grade"] as? String == "B3")
        #expect((path["edges"] as? [[String: Any]])?.map { $0["grade"] as? String } == ["B2", "E3", "B4"])
        let table = try CLIRunner.run(["path", "-", "a", "c"], stdin: Self.graph)
        #expect(table.stdout.contains("(source blog, grade E3)") && table.stdout.contains("   weakest grade: B3\n"), "\(table.stdout)")
    }
}

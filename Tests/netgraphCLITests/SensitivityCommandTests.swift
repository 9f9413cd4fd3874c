import Foundation
import Testing

/// `netgraph sensitivity` through the binary, on a graph whose answers are known by hand.
@Suite struct SensitivityCommandTests {
    /// a–b–c–d cite one, two, one; a–e (alleged) and e–d cite two. The shortest chain a…d is
    /// a–e–d; without source two no chain is left; without alleged relations it is a–b–c–d.
    static let graph = """
        sources:
          - {id: one}
          - {id: two}
          - {id: three}
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
          - {id: d, kind: person}
          - {id: e, kind: person}
        relations:
          - {from: a, to: b, type: supports, source: one}
          - {from: b, to: c, type: supports, source: two}
          - {from: c, to: d, type: supports, source: one}
          - {from: a, to: e, type: supports, source: two, status: alleged}
          - {from: e, to: d, type: supports, source: two}

        """

    @Test func aChainNamesTheDocumentsItRestsOn() throws {
        let result = try CLIRunner.run(["sensitivity", "-", "--path", "a", "d", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"{"from":"a","to":"d","baseline":{"hops":2,"nodes":["a","e","d"]},"scenarios":["#
            + #"{"without":{"source":"one"},"relations_removed":2,"hops":2,"nodes":["a","e","d"]},"#
            + #"{"without":{"source":"two"},"relations_removed":3,"hops":null,"nodes":null},"#
            + #"{"without":{"status":"alleged"},"relations_removed":1,"hops":3,"nodes":["a","b","c","d"]}],"#
            + #""breaks_without":[{"source":"two"}]}"# + "\n")
        let table = try CLIRunner.run(["sensitivity", "-", "--path", "a", "d"], stdin: Self.graph)
        #expect(table.stdout.hasSuffix("the chain rests on: source two\n"), "\(table.stdout)")
    }

    @Test func topActorsListTheScenariosThatPushThemOut() throws {
        let result = try CLIRunner.run(["sensitivity", "-", "--measure", "degree", "--top", "2", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        // Degrees: a 2, b 2, c 2, d 2, e 2 — ties by id: a, b.
        #expect(json["baseline"] as? [String] == ["a", "b"])
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["top"] as? [String] ?? [] } == [["e", "a"], ["a", "b"], ["b", "c"]])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors.map { $0["kept_in"] as? Int } == [2, 2])
        #expect(actors[0]["lost_without"] as? [[String: String]] == [["status": "alleged"]])
        #expect(actors[1]["lost_without"] as? [[String: String]] == [["source": "one"]])
        #expect(try CLIRunner.run(["sensitivity", "-", "--measure", "fame"], stdin: Self.graph).status == 2)
        #expect(try CLIRunner.run(["sensitivity", "-", "--path", "a"], stdin: Self.graph).status == 2)
    }
}

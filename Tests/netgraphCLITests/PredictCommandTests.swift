import Foundation
import Testing

/// `netgraph predict` through the binary: candidates labelled as such, with their evidence.
@Suite struct PredictCommandTests {
    /// a and c share b and d; a–c is not stated. e hangs off d.
    static let graph = """
        entities:
          - {id: a, kind: person}
          - {id: b, kind: person}
          - {id: c, kind: person}
          - {id: d, kind: person}
          - {id: e, kind: person}
        relations:
          - {from: a, to: b, type: allied-with, quote: "a with b"}
          - {from: c, to: b, type: allied-with}
          - {from: a, to: d, type: allied-with}
          - {from: c, to: d, type: allied-with}
          - {from: d, to: e, type: allied-with}

        """

    @Test func candidatesComeWithTheirSharedAssociatesAndEvidence() throws {
        let result = try CLIRunner.run(["predict", "-", "--format", "json"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("not facts"))
        let json = try result.json()
        #expect(json["candidates_not_facts"] as? Bool == true && json["method"] as? String == "common-neighbors")
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        // a–c share b and d (2); b–d share a and c (2); the pairs with e share d (1).
        #expect(pairs.map { "\($0["a"]!)-\($0["b"]!):\($0["score"]!)" } == ["a-c:2.0", "b-d:2.0", "a-e:1.0", "c-e:1.0"])
        let shared = try #require(pairs[0]["shared"] as? [[String: Any]])
        #expect(shared.map { $0["id"] as? String } == ["b", "d"])
        #expect(((shared[0]["via_a"] as? [[String: Any]])?.first?["quote"] as? String) == "a with b")
    }

    @Test func oneEntitysCandidatesAndBadMethods() throws {
        let result = try CLIRunner.run(["predict", "-", "--for", "e", "--method", "preferential-attachment", "--format", "csv", "--quiet"], stdin: Self.graph)
        #expect(result.status == 0, "\(result.stderr)")
        // k(e) = 1; unlinked to a (2), b (2), c (2).
        #expect(result.stdout == "a,b,score,shared\na,e,2.0,d\nb,e,2.0,\nc,e,2.0,d\n")
        #expect(try CLIRunner.run(["predict", "-", "--method", "katz"], stdin: Self.graph).status == 2)
        #expect(try CLIRunner.run(["predict", "-", "--for", "zz"], stdin: Self.graph).status == 2)
    }
}

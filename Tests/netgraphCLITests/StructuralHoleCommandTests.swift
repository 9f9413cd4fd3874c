import Foundation
import Testing

@Suite struct StructuralHoleCommandTests {
    /// NetworkX's structural-hole values for karate (structural_holes.json), keyed `member-<node>`.
    static func networkX(_ reading: String, _ measure: String) throws -> [String: Double] {
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/structural_holes.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let karate = ((object["graphs"] as! [String: Any])["karate"] as! [String: Any])[reading] as! [String: Any]
        let values = karate[measure] as! [String: Double]
        return Dictionary(uniqueKeysWithValues: values.map { ("member-\($0.key)", $0.value) })
    }

    @Test(arguments: [(["--measure", "constraint"], "undirected", "constraint"),
                      (["--measure", "constraint", "--weight", "weight"], "undirected_weighted", "constraint"),
                      (["--measure", "effective-size"], "undirected", "effective_size"),
                      (["--measure", "effective-size", "--weight", "weight"], "undirected_weighted", "effective_size")])
    func karateMatchesNetworkX(_ arguments: [String], _ reading: String, _ measure: String) throws {
        let result = try CLIRunner.run(["centrality", CentralityCommandTests.karate, "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try result.json()["scores"] as? [[String: Any]])
        let expected = try Self.networkX(reading, measure)
        #expect(rows.count == 34)
        for row in rows {
            let id = row["id"] as! String
            let reference = try #require(expected[id])
            #expect(abs((row["score"] as! Double) - reference) <= 1e-9 * abs(reference), "\(measure) \(id)")
        }
    }

    /// Constraint lists the least constrained first; the other measures highest first.
    @Test func constraintRanksLowestFirstAndIsolatedNodesAreLeftOut() throws {
        let constraint = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "constraint", "--format", "json"])
        #expect(constraint.status == 0, "\(constraint.stderr)")
        let scores = try #require(try constraint.json()["scores"] as? [[String: Any]]).map { $0["score"] as! Double }
        #expect(!scores.isEmpty)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(scores.allSatisfy { $0.isFinite })
        let size = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "effective-size", "--format", "json"])
        let sizes = try #require(try size.json()["scores"] as? [[String: Any]]).map { $0["score"] as! Double }
        #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func negativeTieStrengthIsAClearErrorWithoutOutput() throws {
        let result = try CLIRunner.run(["centrality", "-", "--measure", "constraint", "--input-format", "edgelist", "--weight", "weight"],
                                       stdin: "a b 1\nb c -2\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error:") && result.stderr.contains("tie strengths must be ≥ 0"), "\(result.stderr)")
    }
}

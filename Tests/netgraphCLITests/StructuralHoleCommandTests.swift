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

    /// Beside another measure, an undefined score has an empty cell, a dash and a null; the
    /// ranking measure's order decides which rows are listed.
    @Test func undefinedScoresBesideAnotherMeasure() throws {
        let graph = "entities:\n  - {id: a, kind: person}\n  - {id: b, kind: person}\n  - {id: c, kind: person}\n  - {id: z, kind: person}\n"
            + "relations:\n  - {from: a, to: b, type: allied-with}\n  - {from: b, to: c, type: allied-with}\n"
        let csv = try CLIRunner.run(["centrality", "-", "--measure", "degree,constraint", "--format", "csv"], stdin: graph)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.split(separator: "\n").last == "z,z,person,0.0,")
        let table = try CLIRunner.run(["centrality", "-", "--measure", "degree,constraint"], stdin: graph)
        #expect(table.stdout.split(separator: "\n").last?.hasSuffix("—") == true, "\(table.stdout)")
        let json = try CLIRunner.run(["centrality", "-", "--measure", "degree,constraint", "--format", "json"], stdin: graph)
        let rows = try #require(try json.json()["scores"] as? [[String: Any]])
        #expect((rows.last?["scores"] as? [String: Any])?["constraint"] is NSNull)
        let constraintFirst = try CLIRunner.run(["centrality", "-", "--measure", "constraint,degree", "--format", "csv"], stdin: graph)
        #expect(constraintFirst.stdout.split(separator: "\n").map { $0.prefix(2) } == ["id", "b,", "a,", "c,"])
    }
}

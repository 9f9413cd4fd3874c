import Foundation
import Testing

/// `netgraph disrupt` through the binary.
@Suite struct DisruptCommandTests {
    @Test func aListOfArrestsGivesEachStepsMeasures() throws {
        let result = try CLIRunner.run(["disrupt", CLIRunner.starter, "--strategy", "list", "--remove", "García Harfuch,El Mencho", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["strategy"] as? String == "list")
        let steps = try #require(json["steps"] as? [[String: Any]])
        #expect(steps.map { $0["removed"] as? String } == ["garcia-harfuch", "el-mencho"])
        let keys: Set<String> = ["removed", "largest_component_share", "components", "fragmentation", "distance_fragmentation", "efficiency", "average_path_length"]
        #expect(steps.allSatisfy { Set($0.keys) == keys })
        // The starter graph: removing both leaves components of 3, 2, 1, 1, 1, 1 among 9 (see KeyPlayersCommandTests).
        #expect(steps[1]["components"] as? Int == 6)
        #expect(abs((steps[1]["fragmentation"] as! Double) - (1 - 8.0 / 72)) < 1e-12)
        #expect(abs((steps[1]["largest_component_share"] as! Double) - 3.0 / 11) < 1e-12)
        let shares = steps.map { $0["largest_component_share"] as! Double }
        #expect(abs((json["robustness"] as! Double) - shares.reduce(0, +) / 11) < 1e-12)
    }

    @Test func candidatesLimitWhoIsRemoved() throws {
        let result = try CLIRunner.run(["disrupt", CLIRunner.starter, "--strategy", "betweenness", "--recompute", "--candidates", "official", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let removed = try #require(try result.json()["steps"] as? [[String: Any]]).map { $0["removed"] as! String }
        #expect(!removed.isEmpty && Set(removed).isSubset(of: ["garcia-harfuch", "sheinbaum"]))
    }

    @Test func randomRunsReportMeanAndSpread() throws {
        let result = try CLIRunner.run(["disrupt", CLIRunner.starter, "--strategy", "random", "--runs", "5", "--steps", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["runs"] as? Int == 5 && (json["steps"] as? [[String: Any]])?.count == 3)
        #expect(((json["steps"] as? [[String: Any]])?.first?["spread"] as? [String: Any])?["efficiency"] is Double)
    }

    @Test func badRequestsAreUsageErrors() throws {
        let unknown = try CLIRunner.run(["disrupt", CLIRunner.starter, "--strategy", "list", "--remove", "El Menchoo"])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean"), "\(unknown.stderr)")
        #expect(try CLIRunner.run(["disrupt", CLIRunner.starter, "--strategy", "list"]).status == 2)
        #expect(try CLIRunner.run(["disrupt", CLIRunner.starter, "--strategy", "random", "--recompute"]).status == 2)
        #expect(try CLIRunner.run(["disrupt", CLIRunner.starter, "--candidates", "oficial"]).status == 2)
    }

    /// The bundled graph against the committed NetworkX values (`make_disruption.py`): the
    /// first 20 removals of both betweenness attacks, with every measure.
    @Test(arguments: [("betweenness", false), ("betweenness_recomputed", true)])
    func theBundledGraphEqualsNetworkX(_ strategy: String, _ recompute: Bool) throws {
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/disruption.json")
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let expected = try #require((((fixture["graphs"] as? [String: Any])?["bundled"] as? [String: Any])?[strategy] as? [String: Any])?["steps"] as? [[String: Any]])
        let result = try CLIRunner.run(["disrupt", "--strategy", "betweenness", "--steps", "20", "--format", "json"] + (recompute ? ["--recompute"] : []))
        #expect(result.status == 0, "\(result.stderr)")
        let steps = try #require(try result.json()["steps"] as? [[String: Any]])
        #expect(steps.map { $0["removed"] as? String } == expected.prefix(20).map { $0["removed"] as? String })
        for (ours, theirs) in zip(steps, expected) {
            for key in ["largest_component_share", "fragmentation", "distance_fragmentation", "efficiency", "average_path_length"] {
                #expect(abs((ours[key] as? Double ?? 0) - (theirs[key] as! Double)) < 1e-9, "\(strategy) \(key) after \(theirs["removed"]!)")
            }
            #expect(ours["components"] as? Int == theirs["components"] as? Int)
        }
    }
}

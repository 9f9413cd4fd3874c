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
}

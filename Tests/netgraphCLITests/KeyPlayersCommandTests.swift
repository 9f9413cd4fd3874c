import Foundation
import Testing

@Suite struct KeyPlayersCommandTests {
    @Test func fragmentJSONHasTheFixedShape() throws {
        let result = try CLIRunner.run(["keyplayers", CLIRunner.starter, "--k", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("{\"mode\":\"fragment\",\"k\":2,\"depth\":1,\"search\":\"exhaustive\",\"sets\":55,\"candidates\":null,\"score\":"))
        #expect(result.stderr == "note: searched all 55 sets of 2 among 11 entities (exhaustive: the best set)\n")
        let json = try result.json()
        let players = try #require(json["players"] as? [[String: Any]])
        #expect(players.allSatisfy { Set($0.keys) == ["id", "label", "kind"] })
        #expect(players.map { $0["id"] as! String } == ["garcia-harfuch", "el-mencho"])
        // Removing both leaves cjng+harfuch-attack-2020+lomas (3), sheinbaum, security-cabinet,
        // federal-police, jalisco, mencho-son+united-states (2): pairs 6 + 2 = 8 of 9·8.
        let score = try #require(json["score"] as? Double)
        #expect(abs(score - (1 - 8.0 / 72)) < 1e-12)
    }

    @Test func reachOnKarateEqualsTheBruteForceOptimum() throws {
        let result = try CLIRunner.run(["keyplayers", CentralityCommandTests.karate, "--k", "2", "--mode", "reach",
                                        "--depth", "1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["mode"] as? String == "reach")
        #expect(json["depth"] as? Int == 1)
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/karate.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let kpp = ((object["measures"] as! [String: Any])["kpp_pos"] as! [String: Any])["d1"] as! [String: Any]
        let best = (kpp["2"] as! [String: Any])
        #expect(abs((json["score"] as! Double) - (best["value"] as! Double)) < 1e-12)
        let ids = Set(try #require(json["players"] as? [[String: Any]]).map { $0["id"] as! String })
        let sets = (best["sets"] as! [[String]]).map { Set($0.map { "member-\($0)" }) }
        #expect(sets.contains(ids))
    }

    @Test func usageErrors() throws {
        #expect(try CLIRunner.run(["keyplayers", CLIRunner.starter]).status == 2)
        #expect(try CLIRunner.run(["keyplayers", CLIRunner.starter, "--k", "0"]).status == 2)
        #expect(try CLIRunner.run(["keyplayers", CLIRunner.starter, "--k", "99"]).status == 2)
        let table = try CLIRunner.run(["keyplayers", CLIRunner.starter, "--k", "1", "--mode", "reach"])
        #expect(table.stdout.hasPrefix("share reached within 1 step: "))
    }

    /// Candidates restrict who may be chosen while everyone stays in the graph: the answer is
    /// the best set among officials on the whole graph, not the best set of a graph of officials.
    @Test func candidatesRestrictTheChoiceNotTheGraph() throws {
        let result = try CLIRunner.run(["keyplayers", "--k", "2", "--candidates", "official,cartel", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        let players = try #require(json["players"] as? [[String: Any]])
        #expect(players.count == 2 && players.allSatisfy { ["official", "cartel"].contains($0["kind"] as? String) })
        #expect(json["candidates"] as? [String] == ["cartel", "official"])
        #expect(json["search"] as? String == "exhaustive")
        #expect(json["sets"] as? Int == 21 * 20 / 2)
        let kindsOnly = try CLIRunner.run(["keyplayers", "--k", "2", "--kinds", "official,cartel", "--format", "json"])
        #expect(try kindsOnly.json()["score"] as? Double != json["score"] as? Double)
        #expect(try CLIRunner.run(["keyplayers", "--k", "2", "--candidates", "oficial"]).status == 2)
        #expect(try CLIRunner.run(["keyplayers", "--k", "22", "--candidates", "official,cartel"]).status == 2)
    }

    @Test func theSearchTakenIsNamedAndAnExhaustiveSearchHasACap() throws {
        let greedy = try CLIRunner.run(["keyplayers", "--k", "3", "--format", "json"])
        #expect(try greedy.json()["search"] as? String == "greedy-swap")
        #expect(greedy.stderr.contains("not guaranteed to find the best set"), "\(greedy.stderr)")
        let capped = try CLIRunner.run(["keyplayers", "--k", "5", "--search", "exhaustive"])
        #expect(capped.status == 2 && capped.stdout.isEmpty)
        #expect(capped.stderr.contains("would try 3,484,835,277 sets of 5 among 213 entities"), "\(capped.stderr)")
    }

    /// Distance-weighted fragmentation on karate, k = 1: the automatic search tries all 34
    /// sets (34·34 ≤ 100,000) and names it; the score is the brute-force optimum.
    @Test func distanceFragmentModeNamesItsSearchAndScores() throws {
        let result = try CLIRunner.run(["keyplayers", CentralityCommandTests.karate, "--k", "1", "--mode", "distance-fragment", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["mode"] as? String == "distance-fragment" && json["search"] as? String == "exhaustive" && json["sets"] as? Int == 34)
        #expect((json["players"] as? [[String: Any]])?.map { $0["id"] as? String } == ["member-0"])
        let greedy = try CLIRunner.run(["keyplayers", CentralityCommandTests.karate, "--k", "3", "--mode", "distance-fragment", "--format", "json"])
        #expect(try greedy.json()["search"] as? String == "greedy-swap")
    }
}

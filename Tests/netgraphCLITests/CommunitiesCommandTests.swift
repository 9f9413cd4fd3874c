import Foundation
import Testing

@Suite struct CommunitiesCommandTests {
    /// The member ids of each community of a `communities --format json` answer, in order;
    /// nil when the answer does not have the documented shape (numbered from 1, sizes that
    /// match, every member with an id, a name and a kind).
    static func memberIDs(_ json: [String: Any]) -> [[String]]? {
        guard let communities = json["communities"] as? [[String: Any]] else { return nil }
        var result: [[String]] = []
        for (index, community) in communities.enumerated() {
            guard community["community"] as? Int == index + 1, let members = community["members"] as? [[String: Any]],
                  community["size"] as? Int == members.count else { return nil }
            let ids = members.compactMap { $0["id"] as? String }
            guard ids.count == members.count, members.allSatisfy({ $0["name"] is String && $0["kind"] is String }) else { return nil }
            result.append(ids)
        }
        return result
    }

    @Test func jsonHasTheFixedShape() throws {
        let result = try CLIRunner.run(["communities", CLIRunner.starter, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("{\"modularity\":"))
        let json = try result.json()
        #expect(Array(json.keys).sorted() == ["communities", "modularity"])
        let communities = try #require(CommunitiesCommandTests.memberIDs(json))
        #expect(communities.flatMap { $0 }.count == 11)
        #expect(Set(communities.flatMap { $0 }).count == 11)
        #expect(zip(communities, communities.dropFirst()).allSatisfy { $0.count >= $1.count })
        // Within a community, ids keep the graph's order.
        let order = ["cjng", "garcia-harfuch", "sheinbaum", "federal-police", "security-cabinet", "el-mencho",
                     "mencho-son", "united-states", "lomas-de-chapultepec", "jalisco", "harfuch-attack-2020"]
        for community in communities {
            let positions = community.map { order.firstIndex(of: $0)! }
            #expect(positions == positions.sorted())
        }
        #expect(try CLIRunner.run(["communities", CLIRunner.starter, "--format", "json"]).stdout == result.stdout)
    }

    @Test func labelPropagationMatchesNetworkXOnKarate() throws {
        let karate = CentralityCommandTests.karate
        let result = try CLIRunner.run(["communities", karate, "--method", "label-propagation", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/karate.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let expected = ((object["measures"] as! [String: Any])["label_propagation"] as! [String: Any])
        let groups = (expected["communities"] as! [[String]]).map { Set($0.map { "member-\($0)" }) }
        let found = try #require(CommunitiesCommandTests.memberIDs(try result.json())).map(Set.init)
        #expect(Set(found) == Set(groups))
        let q = try #require(try result.json()["modularity"] as? Double)
        #expect(abs(q - (expected["modularity"] as! Double)) < 1e-12)
    }

    @Test func labelPropagationRefusesDirected() throws {
        let result = try CLIRunner.run(["communities", CLIRunner.starter, "--method", "label-propagation", "--directed"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("undirected"))
    }

    @Test func csvListsEveryEntityOnce() throws {
        let result = try CLIRunner.run(["communities", CLIRunner.starter, "--seed", "4", "--format", "csv"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "id,label,kind,community")
        #expect(lines.count == 12)
    }
}

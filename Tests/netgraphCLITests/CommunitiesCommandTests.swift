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

    /// Leiden through the binary: the objective and its value in JSON, CPM's quality by its
    /// formula, and the options it alone takes refused elsewhere.
    @Test func leidenReportsItsObjective() throws {
        let karate = CentralityCommandTests.karate
        let result = try CLIRunner.run(["communities", karate, "--method", "leiden", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["objective"] as? String == "modularity")
        let q = try #require(json["modularity"] as? Double)
        #expect(json["quality"] as? Double == q)
        // igraph's and leidenalg's Leiden reach 0.4198 on karate (Fixtures/leiden).
        #expect(q > 0.41)

        let cpm = try CLIRunner.run(["communities", karate, "--method", "leiden", "--objective", "cpm",
                                     "--resolution", "0.5", "--format", "json"])
        #expect(cpm.status == 0, "\(cpm.stderr)")
        let cpmJSON = try cpm.json()
        let groups = try #require(CommunitiesCommandTests.memberIDs(cpmJSON))
        // H = Σ_c e_c − γ n_c(n_c − 1)/2, counted here from NetworkX's karate edge list.
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/karate.json")
        let fixture = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let edgeList = try #require(fixture["edges"] as? [[Any]])
        let edges: [[String]] = edgeList.map { edge in ["member-\(edge[0])", "member-\(edge[1])"] }
        var community: [String: Int] = [:]
        for (index, group) in groups.enumerated() { for id in group { community[id] = index } }
        let inside = edges.filter { community[$0[0]] != nil && community[$0[0]] == community[$0[1]] }.count
        let pairs = groups.map { Double($0.count * ($0.count - 1)) / 2 }.reduce(0, +)
        #expect(abs(try #require(cpmJSON["quality"] as? Double) - (Double(inside) - 0.5 * pairs)) < 1e-9)

        let refused = try CLIRunner.run(["communities", karate, "--objective", "cpm"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--method leiden"))
    }
}

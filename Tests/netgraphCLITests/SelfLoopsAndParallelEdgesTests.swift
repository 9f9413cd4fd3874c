import Foundation
import Testing

/// Self-loops and parallel relations are valid input: every command must read them and
/// compute what NetworkX computes on the same edges (`nx.Graph` of them: one edge per pair
/// with the smallest weight, loops kept). The input and the expected values come from
/// `Tests/NetGraphTests/Fixtures/networkx/make_fixtures.py` (`self_loops_parallel.json`).
@Suite struct SelfLoopsAndParallelEdgesTests {
    struct Fixture {
        var measures: [String: Any]
        var edgeList: URL
    }

    static let fixture: URL = CLIRunner.repository
        .appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/self_loops_parallel.json")

    /// The fixture, and its input edges written as an edge list (`u v weight` a line).
    private func load() throws -> Fixture {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixture)) as! [String: Any]
        let edges = object["input_edges"] as! [[Any]]
        let text = edges.map { "\($0[0]) \($0[1]) \($0[2])" }.joined(separator: "\n") + "\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-loops-\(UUID().uuidString).edges")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return Fixture(measures: object["measures"] as! [String: Any], edgeList: file)
    }

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try result.json()
    }

    private func expectClose(_ actual: Double?, _ expected: Double?, _ what: String) {
        guard let actual, let expected else { Issue.record("\(what): missing value"); return }
        #expect(abs(actual - expected) <= 1e-9 * max(1, abs(expected)), "\(what): \(actual) vs NetworkX \(expected)")
    }

    static let centralities: [(measure: String, key: String, weighted: Bool)] = [
        ("degree", "degree", false), ("betweenness", "betweenness", false), ("betweenness", "betweenness_weighted", true),
        ("closeness", "closeness", false), ("closeness", "closeness_weighted", true), ("harmonic", "harmonic", false),
        ("eigenvector", "eigenvector", false), ("pagerank", "pagerank", false), ("katz", "katz", false),
    ]

    @Test func centralityMeasuresMatchNetworkX() throws {
        let fixture = try load()
        defer { try? FileManager.default.removeItem(at: fixture.edgeList) }
        for (measure, key, weighted) in Self.centralities {
            let arguments = ["centrality", fixture.edgeList.path, "--measure", measure] + (weighted ? ["--weight", "weight"] : [])
            let scores = try json(arguments)["scores"] as! [[String: Any]]
            let expected = fixture.measures[key] as! [String: Double]
            #expect(scores.count == expected.count, "\(key)")
            for score in scores {
                let id = score["id"] as! String
                expectClose(score["score"] as? Double, expected[id], "\(key)[\(id)]")
            }
        }
    }

    @Test func pathsMatchNetworkX() throws {
        let fixture = try load()
        defer { try? FileManager.default.removeItem(at: fixture.edgeList) }
        let hops = try json(["path", fixture.edgeList.path, "a", "f"])["paths"] as! [[String: Any]]
        #expect(hops.first?["hops"] as? Int == fixture.measures["path_a_f_hops"] as? Int)
        let weighted = try json(["path", fixture.edgeList.path, "a", "f", "--weight", "weight"])["paths"] as! [[String: Any]]
        expectClose(weighted.first?["cost"] as? Double, fixture.measures["path_a_f_cost"] as? Double, "path cost")
    }

    @Test func componentsAndStructureMatchNetworkX() throws {
        let fixture = try load()
        defer { try? FileManager.default.removeItem(at: fixture.edgeList) }
        let components = try json(["components", fixture.edgeList.path])["components"] as! [[String]]
        #expect(components == fixture.measures["components"] as! [[String]])
        let structure = try json(["structure", fixture.edgeList.path])
        #expect(Set(structure["articulation_points"] as! [String]) == Set(fixture.measures["articulation_points"] as! [String]))
        let bridges = (structure["bridges"] as! [[String]]).map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(bridges == fixture.measures["bridges"] as! [[String]])
        let core = (structure["core"] as! [String: Any])["numbers"] as! [String: Int]
        #expect(core == fixture.measures["core_number_loops_removed"] as! [String: Int])
        expectClose(structure["average_clustering"] as? Double, fixture.measures["average_clustering"] as? Double, "average clustering")
        expectClose(structure["transitivity"] as? Double, fixture.measures["transitivity"] as? Double, "transitivity")
        expectClose(structure["density"] as? Double, fixture.measures["density"] as? Double, "density")
        let largest = structure["largest_component"] as! [String: Any]
        #expect(largest["diameter"] as? Int == fixture.measures["diameter"] as? Int)
        #expect(largest["radius"] as? Int == fixture.measures["radius"] as? Int)
    }

    @Test func communitiesAndKeyPlayersMatchNetworkX() throws {
        let fixture = try load()
        defer { try? FileManager.default.removeItem(at: fixture.edgeList) }
        let propagation = fixture.measures["label_propagation"] as! [String: Any]
        let communities = try json(["communities", fixture.edgeList.path, "--method", "label-propagation"])
        #expect(Set(CommunitiesCommandTests.memberIDs(communities)!.map(Set.init)) == Set((propagation["communities"] as! [[String]]).map(Set.init)))
        expectClose(communities["modularity"] as? Double, propagation["modularity"] as? Double, "modularity")
        let best = fixture.measures["kpp_neg_1"] as! [String: Any]
        let players = try json(["keyplayers", fixture.edgeList.path, "--k", "1"])
        expectClose(players["score"] as? Double, best["value"] as? Double, "fragmentation")
        let chosen = (players["players"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect((best["sets"] as! [[String]]).contains(chosen), "\(chosen)")
    }

    /// Shortest paths need weights ≥ 0: every weighted distance command refuses a negative
    /// weight with a message naming the relation, and without weights the same file is fine.
    @Test(arguments: [["path", "a", "b", "--weight", "weight"],
                      ["centrality", "--measure", "closeness", "--weight", "weight"],
                      ["centrality", "--measure", "betweenness", "--weight", "weight"],
                      ["centrality", "--measure", "harmonic", "--weight", "weight"]])
    func negativeWeightsAreRefusedByWeightedPaths(_ command: [String]) throws {
        let file = CLIRunner.repository.appendingPathComponent("Tests/netgraphCLITests/Hostile/edgelist/ok-negative-weight.edges").path
        let result = try CLIRunner.run([command[0], file] + command.dropFirst())
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("-2.0") && result.stderr.contains("'a'") && result.stderr.contains("'b'")
                    || result.stderr.contains("a -edge-> b: weight -2.0 is negative"), "\(result.stderr)")
        #expect(try CLIRunner.run([command[0], file] + command.dropFirst().filter { $0 != "--weight" && $0 != "weight" }).status == 0)
    }
}

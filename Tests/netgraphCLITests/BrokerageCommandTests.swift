import Foundation
import Testing

@Suite struct BrokerageCommandTests {
    /// The sna fixture's "roles" digraph as a netgraph file, its groups as kinds.
    static let roles = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/sna/brokerage.yaml").path

    static let roleNames = ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"]
    /// sna's column for each of our role names.
    static let snaColumn = ["coordinator": "w_I", "itinerant": "w_O", "gatekeeper": "b_OI", "representative": "b_IO",
                            "liaison": "b_O", "total": "t"]

    /// sna's rows of brokerage_roles.json, keyed by node id (`n0`…).
    static func sna(_ table: String) throws -> [String: [String: Any]] {
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/sna/brokerage_roles.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [String])
        let rows = try #require(object[table] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: zip(nodes, rows).map { ($0, $1) })
    }

    /// sna's single graph-level row of brokerage_roles.json (`raw_gli`, …) or its group rows.
    static func snaRows(_ table: String) throws -> [[String: Any]] {
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/sna/brokerage_roles.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require(object[table] as? [[String: Any]])
    }

    @Test func graphAndGroupValuesEqualSNA() throws {
        let result = try CLIRunner.run(["brokerage", Self.roles, "--directed", "--format", "json"])
        let object = try result.json()
        let graph = try #require(object["graph"] as? [String: [String: Any]])
        let groups = try #require(object["groups"] as? [[String: Any]])
        // The kinds appear as person, cartel, agency: sna's groups 1, 2, 3.
        #expect(groups.map { $0["group"] as? String } == ["person", "cartel", "agency"])
        #expect(groups.map { $0["size"] as? Int } == [2, 2, 2])
        let checks: [(String, [String: Any], [String: Any])] = [
            ("counts", try #require(graph["counts"]), try Self.snaRows("raw_gli")[0]),
            ("expected", try #require(graph["expected"]), try Self.snaRows("exp_gli")[0]),
            ("sd", try #require(graph["sd"]), try Self.snaRows("sd_gli")[0]),
            ("z", try #require(graph["z"]), try Self.snaRows("z_gli")[0]),
        ] + (try zip(groups, Self.snaRows("exp_grp")).map { ("group expected", try #require($0["expected"] as? [String: Any]), $1) })
          + (try zip(groups, Self.snaRows("sd_grp")).map { ("group sd", try #require($0["sd"] as? [String: Any]), $1) })
        for (label, ours, reference) in checks {
            for name in Self.roleNames + ["total"] {
                let column = Self.snaColumn[name]!
                if let expected = reference[column] as? Double {
                    let value = try #require(ours[name] as? Double, "\(label) \(name)")
                    #expect(abs(value - expected) <= 1e-9 * max(1, abs(expected)), "\(label) \(name): \(value) vs \(expected)")
                } else {
                    #expect(ours[name] is NSNull, "\(label) \(name) undefined in sna")
                }
            }
        }
    }

    /// The table's whole-graph rows are sna's raw.gli counts and z.gli scores, as the JSON's.
    @Test func tableShowsTheWholeGraphAsSNA() throws {
        let table = try CLIRunner.run(["brokerage", Self.roles, "--directed"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("whole graph") }, "\(table.stdout)")
        let counts = try Self.snaRows("raw_gli")[0]
        let z = try Self.snaRows("z_gli")[0]
        for (offset, name) in (Self.roleNames + ["total"]).enumerated() {
            let cells = lines[header + 1 + offset].split(separator: " ").map(String.init)
            #expect(cells.first == name)
            let column = Self.snaColumn[name]!
            #expect(Double(cells[1]) == (counts[column] as? Double), "\(name) count")
            if let expected = z[column] as? Double {
                let shown = try #require(Double(cells[4]), "\(name) z")
                #expect(abs(shown - expected) <= 1e-5 * max(1, abs(expected)), "\(name) z: \(shown) vs \(expected)")
            } else {
                #expect(cells[4] == "—", "\(name) z undefined in sna")
            }
        }
    }

    @Test func jsonShapeAndValuesEqualSNA() throws {
        let result = try CLIRunner.run(["brokerage", Self.roles, "--directed", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try result.json()
        #expect(object["by"] as? String == "kind")
        #expect(Set(object.keys) == ["by", "graph", "groups", "roles"])
        let rows = try #require(object["roles"] as? [[String: Any]])
        #expect(rows.count == 6)
        let raw = try Self.sna("raw")
        let z = try Self.sna("z")
        for row in rows {
            #expect(Set(row.keys) == Set(["id", "kind", "total", "z", "expected"] + Self.roleNames))
            let id = try #require(row["id"] as? String)
            for name in Self.roleNames + ["total"] {
                let column = Self.snaColumn[name]!
                #expect((row[name] as? Int) == (raw[id]![column] as? Int), "\(id) \(name)")
                let zs = try #require(row["z"] as? [String: Any])
                if let reference = z[id]![column] as? Double {
                    let value = try #require(zs[name] as? Double, "\(id) z \(name)")
                    #expect(abs(value - reference) <= 1e-9 * max(1, abs(reference)), "\(id) z \(name)")
                } else {
                    #expect(zs[name] is NSNull, "\(id) z \(name) undefined in sna")
                }
            }
        }
        // By total descending, ties by id.
        let order = rows.map { ($0["total"] as! Int, $0["id"] as! String) }
        #expect(zip(order, order.dropFirst()).allSatisfy { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
        #expect(rows.map { $0["id"] as! String } == ["n0", "n1", "n2", "n3", "n4", "n5"])
    }

    @Test func attributeGroupsLeaveAMissingGroupAndSaySo() throws {
        let result = try CLIRunner.run(["brokerage", Self.roles, "--directed", "--by", "region", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 entity lacks the attribute 'region'"))
        #expect(try result.json()["by"] as? String == "region")
        // n5 alone in its group: n4 → n5 → n0 with n4 and n0 both "north" makes it itinerant.
        let rows = try #require(try result.json()["roles"] as? [[String: Any]])
        let n5 = try #require(rows.first { $0["id"] as? String == "n5" })
        #expect(n5["itinerant"] as? Int == 1)
        let all = try CLIRunner.run(["brokerage", Self.roles, "--directed", "--by", "kind", "--format", "json"])
        #expect(!all.stderr.contains("lack"))
    }

    @Test func undirectedCountsRepresentativeAndGatekeeperAlike() throws {
        let result = try CLIRunner.run(["brokerage", CLIRunner.starter, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try result.json()["roles"] as? [[String: Any]])
        #expect(rows.contains { ($0["total"] as! Int) > 0 })
        for row in rows {
            #expect(row["gatekeeper"] as? Int == row["representative"] as? Int)
            for name in ["coordinator", "itinerant", "liaison"] { #expect((row[name] as! Int) % 2 == 0) }
        }
    }

    @Test(arguments: ["json", "csv", "table"])
    func deterministicOutput(_ format: String) throws {
        for by in ["kind", "community"] {
            let arguments = ["brokerage", CLIRunner.starter, "--by", by, "--format", format]
            let first = try CLIRunner.run(arguments)
            let second = try CLIRunner.run(arguments)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(!first.stdout.isEmpty)
            #expect(first.stdout == second.stdout)
        }
    }

    @Test func topAndCSV() throws {
        let result = try CLIRunner.run(["brokerage", Self.roles, "--directed", "--top", "2", "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("id,name,kind,group,coordinator,itinerant,gatekeeper,representative,liaison,total,z_coordinator"))
        #expect(lines[1].hasPrefix("n0,Node 0,person,person,0,0,2,1,1,4,,"))
    }

    @Test func badArguments() throws {
        for arguments in [["--top", "-1"], ["--weight", "weight"], ["--by", ""]] {
            let result = try CLIRunner.run(["brokerage", Self.roles] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty)
        }
    }
}

import Foundation
import Testing

@Suite struct FoundationCommandTests {
    @Test func statsJSONHasTheFixedShape() throws {
        let result = try CLIRunner.run(["stats", CLIRunner.starter, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\"nodes\":11,\"edges\":13,\"kinds\":{"))
        let json = try result.json()
        #expect(Set(json.keys) == ["nodes", "edges", "kinds", "relation_types", "components", "largest_component", "density"])
        #expect((json["kinds"] as? [String: Int])?["official"] == 2)
        #expect((json["relation_types"] as? [String: Int])?["investigated"] == 3)
        #expect(json["components"] as? Int == 1)
        #expect(json["largest_component"] as? Int == 11)
        let density = try #require(json["density"] as? Double)
        #expect(abs(density - 2.0 * 13 / (11 * 10)) < 1e-12)
    }

    @Test func statsReadsTheBundledGraphFromAnyDirectory() throws {
        let result = try CLIRunner.run(["stats", "--format", "json"], directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = try #require(try result.json()["nodes"] as? Int)
        #expect(nodes > 0)
    }

    @Test func statsReadsStandardInput() throws {
        let text = try String(contentsOfFile: CLIRunner.starter, encoding: .utf8)
        let result = try CLIRunner.run(["stats", "-", "--format", "csv"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("key,value\nnodes,11\nedges,13\n"))
    }

    @Test func neighborsJSONHasTheFixedShape() throws {
        let result = try CLIRunner.run(["neighbors", CLIRunner.starter, "garcia harfuch", "--depth", "2", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        #expect(json["node"] as? String == "garcia-harfuch")
        let neighbors = try #require(json["neighbors"] as? [[String: Any]])
        #expect(neighbors.allSatisfy { Set($0.keys).subtracting(["status"]) == ["id", "name", "kind", "depth", "via", "from", "relations"] })
        #expect(neighbors.allSatisfy { (($0["relations"] as? [[String: Any]])?.first?["type"] as? String) == $0["via"] as? String })
        let first = neighbors.filter { $0["depth"] as? Int == 1 }.compactMap { $0["id"] as? String }
        #expect(Set(first) == ["cjng", "harfuch-attack-2020", "federal-police", "mencho-son", "security-cabinet", "sheinbaum"])
        let mencho = try #require(neighbors.first { $0["id"] as? String == "el-mencho" })
        #expect(mencho["depth"] as? Int == 2)
        #expect(mencho["via"] as? String == "leads")
    }

    @Test func neighborsShowTheStatusOfTheRelationThatReachedThem() throws {
        let table = try CLIRunner.run(["neighbors", "CJNG", "--relations", "allied-with"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("sinaloa-cartel") && table.stdout.contains("allied-with (planned)"))
        let json = try CLIRunner.run(["neighbors", "CJNG", "--relations", "allied-with,rival-of", "--format", "json"]).json()
        let rows = try #require(json["neighbors"] as? [[String: Any]])
        let sinaloa = try #require(rows.first { $0["id"] as? String == "sinaloa-cartel" })
        #expect(sinaloa["via"] as? String == "allied-with" && sinaloa["status"] as? String == "planned")
        let csv = try CLIRunner.run(["neighbors", "CJNG", "--relations", "allied-with", "--format", "csv"]).stdout
        #expect(csv.hasPrefix("id,name,kind,depth,via,status,from,relation_count,relations\n"))
        #expect(csv.contains(",allied-with,planned,cjng,1,allied-with (planned)\n"), "\(csv)")
    }

    @Test func neighborsHonoursFilters() throws {
        let result = try CLIRunner.run(["neighbors", "-g", CLIRunner.starter, "Harfuch", "--exclude-status", "alleged", "--format", "json"])
        let ids = try #require(try result.json()["neighbors"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(!ids.contains("cjng"))
    }

    @Test func unknownAndAmbiguousNamesExitTwo() throws {
        let unknown = try CLIRunner.run(["neighbors", CLIRunner.starter, "Sheinbam"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no entity named 'Sheinbam'; did you mean: Claudia Sheinbaum"))
        #expect(unknown.stdout.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["neighbors"]).status == 2)
        #expect(try CLIRunner.run(["stats", "--format", "xml"]).status == 2)
        #expect(try CLIRunner.run(["frobnicate"]).status == 2)
        #expect(try CLIRunner.run(["stats", CLIRunner.starter, "--kinds", "gang"]).status == 2)
        #expect(try CLIRunner.run(["stats", CLIRunner.starter, "--as-of", "2020-13"]).status == 2)
        #expect(try CLIRunner.run(["--help"]).status == 0)
    }

    @Test func invalidInputExitsOneWithLocatedErrors() throws {
        let result = try CLIRunner.run(["validate", "-"], stdin: "entities:\n  - {id: a, kind: gang}\n  - {id: a, kind: person}\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:2:19: error: unknown kind 'gang'"))
        #expect(result.stderr.contains("<stdin>:3:10: error: duplicate entity id 'a'"))
        #expect(result.stdout.isEmpty)
        let missing = try CLIRunner.run(["stats", "/nonexistent/graph.yaml"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/graph.yaml:1:1: error: no such file"))
        let garbage = try CLIRunner.run(["stats", "-"], stdin: "\u{0}\u{1}\u{2}binary")
        #expect(garbage.status == 1)
    }

    @Test func validateReportsJSONAndStrictWarnings() throws {
        let ok = try CLIRunner.run(["validate", CLIRunner.starter, "--format", "json", "--strict"])
        #expect(ok.status == 0)
        #expect(try ok.json()["valid"] as? Bool == true)
        let unsourced = try CLIRunner.run(["validate", "-", "--strict"], stdin: "entities:\n  - {id: a, kind: person}\n  - {id: b, kind: cartel}\nrelations:\n  - {from: a, to: b, type: leads}\n")
        #expect(unsourced.status == 1)
        #expect(unsourced.stderr.contains("cites no source"))
    }

    @Test func convertRoundTripsAndRefusesToOverwriteItsInput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netgraph-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("g.json").path
        let yaml = directory.appendingPathComponent("g.yaml").path
        #expect(try CLIRunner.run(["convert", CLIRunner.starter, json]).status == 0)
        #expect(try CLIRunner.run(["convert", json, yaml]).status == 0)
        let original = try CLIRunner.run(["stats", CLIRunner.starter, "--format", "json"]).stdout
        #expect(try CLIRunner.run(["stats", yaml, "--format", "json"]).stdout == original)
        let same = try CLIRunner.run(["convert", yaml, yaml])
        #expect(same.status == 2 && same.stderr.contains("refusing to overwrite"))
        let unknown = try CLIRunner.run(["convert", yaml, directory.appendingPathComponent("g.xyz").path])
        #expect(unknown.status == 2)
        let broken = try CLIRunner.run(["convert", "-", directory.appendingPathComponent("bad.yaml").path], stdin: "entities: [")
        #expect(broken.status == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bad.yaml").path))
    }

    @Test func outputIsDeterministic() throws {
        for arguments in [["stats", CLIRunner.starter, "--format", "json"], ["neighbors", CLIRunner.starter, "cjng", "--depth", "3"],
                          ["convert", CLIRunner.starter, "-"]] {
            #expect(try CLIRunner.run(arguments).stdout == CLIRunner.run(arguments).stdout)
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) throws {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["stats", "path", "centrality", "render", "convert"] {
            #expect(result.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
    }
}

import Foundation
import Testing

@Suite struct PathsAndStructureCommandTests {
    static let formats = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/formats")
    static let edgeList = formats.appendingPathComponent("small.edges").path
    static let graphML = formats.appendingPathComponent("small.graphml").path

    @Test func pathJSONHasTheFixedShapeAndCitesEachStep() throws {
        let result = try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix(#"{"from":"el-mencho","to":"sheinbaum","paths":[{"hops":3,"cost":3.0,"nodes":["el-mencho","cjng","garcia-harfuch","sheinbaum"],"sources":["harfuch-attack","harfuch-appointment"],"single_source_steps":[1,2,3],"weakest_grade":null,"edges":[{"step":1,"id":0,"from":"el-mencho","to":"cjng","type":"leads","family":"structure","date":null,"since":null,"until":null,"status":null,"source":"harfuch-attack","grade":null,"quote":"cartel leader"#))
        let json = try result.json()
        #expect(Set(json.keys) == ["from", "to", "paths"])
        let paths = try #require(json["paths"] as? [[String: Any]])
        #expect(paths.count == 1)
        #expect(Set(paths[0].keys) == ["hops", "cost", "nodes", "sources", "single_source_steps", "weakest_grade", "edges"])
        let edges = try #require(paths[0]["edges"] as? [[String: Any]])
        #expect(edges.map { $0["type"] as? String } == ["leads", "attacked", "appointed"])
        // The relation's own direction: Sheinbaum appointed García Harfuch.
        #expect(edges[2]["from"] as? String == "sheinbaum" && edges[2]["to"] as? String == "garcia-harfuch")
        #expect(edges.allSatisfy { Set($0.keys) == ["step", "id", "from", "to", "type", "family", "date", "since", "until", "status", "source", "grade", "quote", "weight", "attributes"] })
        #expect(edges.map { $0["step"] as? Int } == [1, 2, 3])
    }

    @Test func pathTableDrawsTheChainThenTheEvidence() throws {
        let result = try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1] == "Nemesio Oseguera Cervantes —leads→ Cártel de Jalisco Nueva Generación —attacked→ Omar García Harfuch ←appointed— Claudia Sheinbaum")
        #expect(lines[2] == "   [1] Nemesio Oseguera Cervantes —leads→ Cártel de Jalisco Nueva Generación (source harfuch-attack, single source)")
        #expect(result.stdout.contains("[3] Claudia Sheinbaum —appointed→ Omar García Harfuch (2024, source harfuch-appointment, single source)"))
        #expect(lines.last == "   sources: harfuch-attack, harfuch-appointment")
    }

    @Test func pathOptionsChangeTheAnswer() throws {
        func nodes(_ extra: [String]) throws -> [[String]] {
            let result = try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum", "--format", "json"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(try result.json()["paths"] as? [[String: Any]]).map { $0["nodes"] as! [String] }
        }
        #expect(try nodes(["--all"]).count == 3)
        #expect(try nodes(["--k", "5"]).map(\.count) == [4, 4, 4, 5])  // NetworkX: only four simple paths
        #expect(try nodes(["--avoid", "CJNG"]).first == ["el-mencho", "federal-police", "garcia-harfuch", "sheinbaum"])
        #expect(try nodes(["--via-kinds", "person,official"]).first == ["el-mencho", "mencho-son", "garcia-harfuch", "sheinbaum"])
        #expect(try nodes(["--exclude-status", "alleged", "--avoid", "federal police", "--avoid", "el mencho's son"]).isEmpty)
        #expect(try nodes(["--max-hops", "2"]).isEmpty)
        #expect(try nodes(["--directed"]).isEmpty)
        #expect(try nodes(["--relations", "leads,attacked,appointed"]).count == 1)
        let capped = try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum", "--all", "--max-paths", "2", "--format", "json"])
        #expect(capped.stderr.contains("showing 2 of 3 shortest paths"))
    }

    @Test func noPathIsNotAnError() throws {
        let json = try CLIRunner.run(["path", CLIRunner.starter, "Jalisco", "Sheinbaum", "--max-hops", "1", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout == #"{"from":"jalisco","to":"sheinbaum","paths":[]}"# + "\n")
        let table = try CLIRunner.run(["path", CLIRunner.starter, "Jalisco", "Sheinbaum", "--max-hops", "1"])
        #expect(table.status == 0)
        #expect(table.stdout == "no path from Jalisco to Claudia Sheinbaum within the constraints\n")
    }

    @Test func pathUsageAndNameErrors() throws {
        #expect(try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Nobody"]).status == 2)
        #expect(try CLIRunner.run(["path", CLIRunner.starter, "El Mencho"]).status == 2)
        #expect(try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum", "--k", "2", "--all"]).status == 2)
        #expect(try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum", "--avoid", "Sheinbaum"]).status == 2)
        #expect(try CLIRunner.run(["path", CLIRunner.starter, "El Mencho", "Sheinbaum", "--via-kinds", "gang"]).status == 2)
        let negative = try CLIRunner.run(["path", "-", "a", "c", "--input-format", "edgelist", "--weight", "weight"], stdin: "a b 1\nb c -2\n")
        #expect(negative.status == 1)
        #expect(negative.stderr.contains("relation b -edge-> c: weight -2.0 is negative"))
    }

    @Test func componentsJSONIsLargestFirst() throws {
        let weak = try CLIRunner.run(["components", CLIRunner.starter, "--format", "json"])
        #expect(weak.stdout.hasPrefix(#"{"components":[["cjng","garcia-harfuch","sheinbaum","#))
        let strong = try CLIRunner.run(["components", CLIRunner.starter, "--strong", "--format", "json"])
        #expect(strong.stdout == #"{"components":[["cjng","garcia-harfuch","federal-police","el-mencho","mencho-son","harfuch-attack-2020"],["sheinbaum"],["security-cabinet"],["united-states"],["lomas-de-chapultepec"],["jalisco"]]}"# + "\n")
    }

    @Test func structureJSONHasTheFixedShape() throws {
        // Values checked against NetworkX 3.6.1 on the same graph.
        let result = try CLIRunner.run(["structure", CLIRunner.starter, "--format", "json"])
        #expect(result.status == 0)
        let json = try result.json()
        #expect(Array(json.keys).sorted() == ["articulation_points", "average_clustering", "bridges", "core", "density", "edges",
                                              "largest_component", "nodes", "transitivity"])
        #expect(json["articulation_points"] as? [String] == ["garcia-harfuch", "el-mencho", "mencho-son", "harfuch-attack-2020"])
        #expect((json["bridges"] as? [[String]])?.count == 5)
        let core = try #require(json["core"] as? [String: Any])
        #expect(core["max"] as? Int == 2)
        #expect((core["members"] as? [String])?.count == 6)
        #expect((core["numbers"] as? [String: Int])?["sheinbaum"] == 1)
        #expect(abs((json["average_clustering"] as! Double) - 0.06666666666666667) < 1e-15)
        #expect(abs((json["transitivity"] as! Double) - 0.0967741935483871) < 1e-15)
        #expect(json["largest_component"] as? [String: Int] == ["nodes": 11, "diameter": 4, "radius": 3])
        let csv = try CLIRunner.run(["structure", CLIRunner.starter, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("key,value\nnodes,11\nedges,13\n"))
    }

    @Test(arguments: [edgeList, graphML]) func everyCommandRunsOnOtherFormats(file: String) throws {
        let isEdgeList = file.hasSuffix(".edges")
        let (from, to) = isEdgeList ? ("El-Mencho", "Sheinbaum") : ("a", "d")
        let path = try CLIRunner.run(["path", file, from, to, "--weight", "weight", "--k", "2", "--format", "json"])
        #expect(path.status == 0, "\(path.stderr)")
        let costs = try #require(try path.json()["paths"] as? [[String: Any]]).map { $0["cost"] as? Double }
        #expect(costs == (isEdgeList ? [4.5, 5] : [4, 4.5]))
        for command in [["components"], ["components", "--strong"], ["structure"], ["stats"], ["neighbors", from]] {
            for format in ["table", "json", "csv"] {
                let result = try CLIRunner.run([command[0], file] + command.dropFirst() + ["--format", format])
                #expect(result.status == 0, "\(command) \(format): \(result.stderr)")
                #expect(!result.stdout.isEmpty)
            }
        }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let piped = try CLIRunner.run(["components", "-", "--input-format", isEdgeList ? "edgelist" : "graphml", "--format", "json"], stdin: text)
        #expect(piped.stdout == (try CLIRunner.run(["components", file, "--format", "json"])).stdout)
    }

    @Test func structureCanSkipItsDistances() throws {
        let skipped = try CLIRunner.run(["structure", "--no-distances", "--format", "json"])
        let full = try CLIRunner.run(["structure", "--format", "json"])
        #expect(skipped.status == 0 && full.status == 0)
        let without = try #require(try skipped.json()["largest_component"] as? [String: Any])
        let with = try #require(try full.json()["largest_component"] as? [String: Any])
        #expect(without["nodes"] as? Int == with["nodes"] as? Int)
        #expect(without["diameter"] is NSNull && without["radius"] is NSNull)
        #expect(with["diameter"] as? Int == 9 && with["radius"] as? Int == 5)
        let table = try CLIRunner.run(["structure", "--no-distances"])
        #expect(table.stdout.contains("213 nodes (distances skipped)"), "\(table.stdout)")
    }
}

import Foundation
import Testing

@Suite struct CentralityCommandTests {
    static let karate = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/graphs/karate.yaml").path

    /// NetworkX's values for karate, keyed `member-<node>` as in karate.yaml.
    static func networkX(_ measure: String) throws -> [String: Double] {
        let url = CLIRunner.repository.appendingPathComponent("Tests/NetGraphTests/Fixtures/networkx/karate.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let values = (object["measures"] as! [String: Any])[measure] as! [String: Double]
        return Dictionary(uniqueKeysWithValues: values.map { ("member-\($0.key)", $0.value) })
    }

    @Test func jsonHasTheFixedShapeAndOrder() throws {
        let result = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "betweenness", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("{\"measure\":\"betweenness\",\"directed\":false,\"normalized\":true,\"scores\":[{\"id\":\"garcia-harfuch\",\"label\":\"Omar García Harfuch\",\"kind\":\"official\",\"score\":"))
        let rows = try #require(try result.json()["scores"] as? [[String: Any]])
        #expect(rows.count == 11)
        #expect(rows.allSatisfy { Set($0.keys) == ["id", "label", "kind", "score"] })
        let pairs = rows.map { ($0["score"] as! Double, $0["id"] as! String) }
        for (a, b) in zip(pairs, pairs.dropFirst()) {
            #expect(a.0 > b.0 || (a.0 == b.0 && a.1 < b.1), "not sorted: \(a) then \(b)")
        }
        #expect(result.stderr.isEmpty, "no progress output outside a terminal")
    }

    @Test(arguments: [(["--measure", "betweenness"], "betweenness"),
                      (["--measure", "betweenness", "--weight", "weight"], "betweenness_weighted"),
                      (["--measure", "betweenness", "--raw"], "betweenness_raw"),
                      (["--measure", "betweenness", "--endpoints"], "betweenness_endpoints"),
                      (["--measure", "closeness", "--weight", "weight"], "closeness_weighted"),
                      (["--measure", "harmonic"], "harmonic"),
                      (["--measure", "eigenvector", "--weight", "weight"], "eigenvector_weighted"),
                      (["--measure", "pagerank"], "pagerank"),
                      (["--measure", "katz"], "katz"),
                      (["--measure", "degree"], "degree")])
    func karateMatchesNetworkX(_ arguments: [String], _ measure: String) throws {
        let result = try CLIRunner.run(["centrality", Self.karate, "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try result.json()["scores"] as? [[String: Any]])
        let expected = try Self.networkX(measure)
        #expect(rows.count == 34)
        for row in rows {
            let id = row["id"] as! String
            let score = row["score"] as! Double
            let reference = try #require(expected[id])
            #expect(abs(score - reference) <= 1e-6 * abs(reference) + 1e-12, "\(measure) \(id): \(score) vs \(reference)")
        }
    }

    @Test func topKindCSVAndTable() throws {
        let top = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree", "--top", "2", "--format", "csv"])
        #expect(top.stdout == "id,label,kind,score\ngarcia-harfuch,Omar García Harfuch,official,0.6000000000000001\nel-mencho,Nemesio Oseguera Cervantes,person,0.4\n")
        let persons = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree", "--list-only", "person", "--format", "json"])
        let kinds = try #require(try persons.json()["scores"] as? [[String: Any]]).map { $0["kind"] as! String }
        #expect(kinds == ["person", "person"])
        #expect(persons.stderr.isEmpty)
        // The old spelling still lists the same rows, and says it is deprecated.
        let old = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree", "--kind", "person", "--format", "json"])
        #expect(old.stdout == persons.stdout)
        #expect(old.stderr.contains("--kind is deprecated: use --list-only"))
        let table = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree", "--top", "1"])
        #expect(table.stdout.hasPrefix("rank  id"))
        #expect(table.stdout.contains("1  garcia-harfuch  Omar García Harfuch  official"))
    }

    @Test func directedAndRawFlagsShowInTheJSON() throws {
        let result = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "in-degree", "--directed", "--raw", "--format", "json"])
        let json = try result.json()
        #expect(json["directed"] as? Bool == true)
        #expect(json["normalized"] as? Bool == false)
        let first = try #require((json["scores"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "garcia-harfuch")
        #expect(first["score"] as? Double == 4)
    }

    @Test func sampledBetweennessIsSeeded() throws {
        let args = ["centrality", Self.karate, "--measure", "betweenness", "--samples", "10", "--seed", "3", "--format", "json"]
        let first = try CLIRunner.run(args)
        #expect(first.status == 0)
        #expect(try CLIRunner.run(args).stdout == first.stdout)
        let all = try CLIRunner.run(["centrality", Self.karate, "--measure", "betweenness", "--samples", "34", "--format", "json"])
        let exact = try CLIRunner.run(["centrality", Self.karate, "--measure", "betweenness", "--format", "json"])
        #expect(all.stdout == exact.stdout)
    }

    @Test func errorsExitWithTheirCodes() throws {
        let diverges = try CLIRunner.run(["centrality", Self.karate, "--measure", "katz", "--weight", "weight"])
        #expect(diverges.status == 1)
        #expect(diverges.stderr.contains("did not converge in 1000 iterations"))
        let missing = try CLIRunner.run(["centrality", CLIRunner.starter])
        #expect(missing.status == 2)
        let badKind = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree", "--list-only", "pirate"])
        #expect(badKind.status == 2)
        // A negative value after a space is judged, not taken for an option.
        let negative = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "pagerank", "--alpha", "-1"])
        #expect(negative.status == 2 && negative.stderr.contains("--alpha must be positive"), "\(negative.stderr)")
        let negativeTop = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree", "--top", "-3"])
        #expect(negativeTop.status == 2 && negativeTop.stderr.contains("--top must be at least 0"), "\(negativeTop.stderr)")
        let badMeasure = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree,fame"])
        #expect(badMeasure.status == 2)
        #expect(badMeasure.stderr.contains("unknown measure 'fame'"))
        let samples = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "closeness", "--samples", "3"])
        #expect(samples.status == 2)
    }

    @Test func severalMeasuresAreListedSideBySideRankedByTheFirst() throws {
        let several = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "betweenness,pagerank", "--measure", "degree", "--format", "json"])
        #expect(several.status == 0, "\(several.stderr)")
        let json = try several.json()
        #expect(json["measure"] as? String == "betweenness")
        #expect(json["measures"] as? [String] == ["betweenness", "pagerank", "degree"])
        let rows = try #require(json["scores"] as? [[String: Any]])
        // Each column equals the measure asked for alone.
        for measure in ["betweenness", "pagerank", "degree"] {
            let alone = try #require(try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", measure, "--format", "json"]).json()["scores"] as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: alone.map { ($0["id"] as! String, $0["score"] as! Double) })
            for row in rows {
                #expect((row["scores"] as? [String: Double])?[measure] == byID[row["id"] as! String], "\(measure)")
            }
            if measure == "betweenness" { #expect(rows.map { $0["id"] as! String } == alone.map { $0["id"] as! String }) }
        }
        let csv = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree,closeness", "--top", "1", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,label,kind,degree,closeness\ngarcia-harfuch,Omar García Harfuch,official,0.6000000000000001,"))
        let table = try CLIRunner.run(["centrality", CLIRunner.starter, "--measure", "degree,closeness", "--top", "1"])
        #expect(table.stdout.hasPrefix("rank  id"))
        #expect(table.stdout.split(separator: "\n").first?.hasSuffix("degree  closeness") == true)
    }

    /// `--measure core-number` ranks by the core numbers `structure` reports, on the bundled
    /// graph and on karate.
    @Test(arguments: [nil, CentralityCommandTests.karate])
    func coreNumbersAreStructuresCoreNumbers(graph: String?) throws {
        let operand = graph.map { [$0] } ?? []
        let ranked = try CLIRunner.run(["centrality"] + operand + ["--measure", "core-number", "--format", "json"])
        #expect(ranked.status == 0, "\(ranked.stderr)")
        let rows = try #require(try ranked.json()["scores"] as? [[String: Any]])
        let structure = try CLIRunner.run(["structure"] + operand + ["--no-distances", "--format", "json"])
        #expect(structure.status == 0, "\(structure.stderr)")
        let core = try #require(try structure.json()["core"] as? [String: Any])
        let numbers = try #require(core["numbers"] as? [String: Int])
        #expect(rows.count == numbers.count && !rows.isEmpty)
        for row in rows {
            #expect((row["score"] as? Double) == numbers[row["id"] as! String].map(Double.init), "\(row)")
        }
        let scores = rows.map { $0["score"] as! Double }
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(scores.first == (core["max"] as? Int).map(Double.init))
    }
}

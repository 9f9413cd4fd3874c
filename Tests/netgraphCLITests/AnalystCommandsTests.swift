import Foundation
import Testing

/// `profile`, `relations` and `common`, and the relations `neighbors` and `path` now carry in
/// full, on the starter graph, whose answers are worked out by hand in each test.
@Suite struct AnalystCommandsTests {
    static let relationMembers: Set<String> = ["id", "type", "family", "date", "since", "until", "status", "source", "grade", "quote", "weight", "attributes"]

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try result.json()
    }

    private func ids(_ relations: Any?) -> [Int] { ((relations as? [[String: Any]]) ?? []).compactMap { $0["id"] as? Int } }

    @Test func profileListsEveryRelationWithItsEvidenceRanksAndSteps() throws {
        let profile = try json(["profile", CLIRunner.starter, "Harfuch"])
        let entity = try #require(profile["entity"] as? [String: Any])
        #expect(entity["id"] as? String == "garcia-harfuch")
        #expect(entity["aliases"] as? [String] == ["García Harfuch", "Harfuch"])
        let relations = try #require(profile["relations"] as? [[String: Any]])
        // Grouped by family: violence (attacked, targeted), law enforcement (three
        // investigated), structure (member-of, appointed).
        #expect(relations.compactMap { $0["id"] as? Int } == [1, 4, 9, 11, 5, 12])
        #expect(relations.allSatisfy { Self.relationMembers.isSubset(of: $0.keys) && $0["direction"] != nil && $0["other"] != nil })
        let attacked = relations[0]
        #expect(attacked["direction"] as? String == "in")
        #expect(attacked["other"] as? String == "cjng")
        #expect(attacked["status"] as? String == "alleged")
        #expect(attacked["date"] as? String == "2020-06-26")
        #expect(attacked["family"] as? String == "violence")
        let memberOf = try #require(relations.first { $0["id"] as? Int == 5 })
        #expect(memberOf["direction"] as? String == "out")
        #expect(memberOf["until"] as? String == "2019")
        #expect(memberOf["date"] is NSNull)
        // Degree 6 of 11, the most linked entity of the starter graph.
        #expect((profile["ranks"] as? [String: Int])?["degree"] == 1)
        #expect(profile["neighbors"] as? Int == 6)
        // Two steps: El Mencho (through the CJNG, the Federal Police or his son), Lomas de
        // Chapultepec (through the attack) and the United States (through the son).
        #expect(profile["two_steps"] as? Int == 3)
        #expect(profile["entities"] as? Int == 11)
        #expect((profile["community"] as? Int ?? 0) >= 1)
    }

    @Test func profileCommunityIsTheOneCommunitiesNumbers() throws {
        let communities = try json(["communities", CLIRunner.starter])
        let members = try #require(CommunitiesCommandTests.memberIDs(communities))
        for id in ["garcia-harfuch", "jalisco", "united-states"] {
            let profile = try json(["profile", CLIRunner.starter, id])
            let number = try #require(profile["community"] as? Int)
            #expect(members[number - 1].contains(id), "\(id) in community \(number)")
            #expect(profile["community_size"] as? Int == members[number - 1].count)
        }
    }

    @Test func profileMarkdownEscapesAndTableReads() throws {
        let markdown = try CLIRunner.run(["profile", CLIRunner.starter, "garcia-harfuch", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("## Omar García Harfuch (garcia-harfuch, official)\n"), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("\n### Relations (6)\n\n#### Violence (2)\n\n- "), "\(markdown.stdout)")
        #expect(markdown.stdout.contains("> ambushed Mexico City’s most senior law enforcement officer, Omar García Harfuch"))
        #expect(markdown.stdout.contains("- Omar García Harfuch —member-of→ Federal Police ("), "\(markdown.stdout)")
        let table = try CLIRunner.run(["profile", CLIRunner.starter, "garcia-harfuch"])
        #expect(table.stdout.contains("[1] Omar García Harfuch ←attacked— Cártel de Jalisco Nueva Generación (2020-06-26, alleged, source harfuch-attack)"))
        let csv = try CLIRunner.run(["profile", CLIRunner.starter, "garcia-harfuch", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\n").count == 7)
        #expect(csv.stdout.hasPrefix("id,direction,other,other_name,type,family,date,since,until,status,source,grade,quote,weight,attributes\n"))
    }

    @Test func relationsAnswersEachCondition() throws {
        func query(_ options: [String]) throws -> [Int] { ids(try json(["relations", CLIRunner.starter] + options)["relations"]) }
        #expect(try query(["--from", "garcia-harfuch"]) == [5, 9])
        #expect(try query(["--to", "Harfuch"]) == [1, 4, 11, 12])
        // family-of is undirected: it matches --from at either end.
        #expect(try query(["--from", "el-mencho"]) == [0, 7, 8])
        #expect(try query(["--status", "alleged"]) == [1, 2])
        #expect(try query(["--status", "stated"]).count == 11)
        #expect(try query(["--between-entities", "garcia-harfuch", "cjng"]) == [1])
        #expect(try query(["--type", "investigated"]) == [6, 9, 11])
        #expect(try query(["--type", "investigated", "--from", "garcia-harfuch"]) == [9])
        #expect(try query(["--source", "harfuch-appointment"]) == [12])
        // The shared filters apply first; ids stay the relations' positions in the file.
        #expect(try query(["--exclude-status", "alleged", "--to", "garcia-harfuch"]) == [4, 11, 12])
        let all = try json(["relations", CLIRunner.starter])
        #expect(all["count"] as? Int == 13)
        let first = try #require((all["relations"] as? [[String: Any]])?.first)
        #expect(Self.relationMembers.union(["from", "to"]) == Set(first.keys))
    }

    @Test func relationsWhereComparesAttributesAsText() throws {
        let directory = try CLIRunner.newDirectory("relations-where")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("g.yaml")
        try """
        entities:
          - {id: a, kind: person, name: A}
          - {id: b, kind: person, name: B}
        relations:
          - {from: a, to: b, type: supplies, attributes: {commodity: cocaine, tons: 2.5}}
          - {from: b, to: a, type: supplies, attributes: {commodity: fentanyl}}
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(ids(try json(["relations", file.path, "--where", "commodity=cocaine"])["relations"]) == [0])
        #expect(ids(try json(["relations", file.path, "--where", "tons=2.5", "--where", "commodity=cocaine"])["relations"]) == [0])
        #expect(ids(try json(["relations", file.path, "--where", "commodity=heroin"])["relations"]) == [])
    }

    @Test func relationsRefusesWhatItCannotAnswer() throws {
        for (arguments, message) in [(["--status", "rumoured"], "unknown status 'rumoured'"), (["--where", "nothing"], "is not ATTR=VALUE"),
                                     (["--type", "phoned"], "unknown relation type 'phoned'"), (["--source", "nowhere"], "unknown source 'nowhere'"),
                                     (["--from", "Nobody At All"], "Nobody At All"), (["--between-entities", "cjng"], "takes two entities")] {
            let result = try CLIRunner.run(["relations", CLIRunner.starter] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func commonFindsSharedAssociatesDirectRelationsAndEveryShortestChain() throws {
        let linked = try json(["common", CLIRunner.starter, "CJNG", "Harfuch"])
        #expect(linked["a"] as? String == "cjng")
        #expect(ids(linked["direct"]) == [1])
        let shared = try #require(linked["shared"] as? [[String: Any]])
        #expect(shared.map { $0["id"] as? String } == ["harfuch-attack-2020"])
        #expect(ids(shared[0]["via_a"]) == [2])
        #expect(ids(shared[0]["via_b"]) == [4])
        #expect(linked["distance"] as? Int == 1)
        #expect(linked["on_shortest_chains"] as? [String] == [])

        let apart = try json(["common", CLIRunner.starter, "El Mencho", "garcia-harfuch"])
        #expect(ids(apart["direct"]) == [])
        let associates = try #require(apart["shared"] as? [[String: Any]])
        #expect(associates.map { $0["id"] as? String } == ["cjng", "federal-police", "mencho-son"])
        #expect(associates.map { ids($0["via_a"]) } == [[0], [6], [8]])
        #expect(associates.map { ids($0["via_b"]) } == [[1], [5], [9]])
        #expect(apart["on_shortest_chains"] as? [String] == ["cjng", "federal-police", "mencho-son"])

        // Four steps; every entity of every shortest chain, nearest to A first.
        let far = try json(["common", CLIRunner.starter, "sheinbaum", "jalisco"])
        #expect(far["distance"] as? Int == 4)
        #expect(far["on_shortest_chains"] as? [String] == ["garcia-harfuch", "cjng", "federal-police", "mencho-son", "el-mencho"])
        #expect((far["shared"] as? [Any])?.isEmpty == true)

        let same = try CLIRunner.run(["common", CLIRunner.starter, "cjng", "CJNG"])
        #expect(same.status == 2)
        #expect(same.stderr.contains("name the same entity"))
    }

    @Test func neighborsListEveryRelationWithDirectionAndStatus() throws {
        let directory = try CLIRunner.newDirectory("neighbors-relations")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("g.yaml")
        try """
        entities:
          - {id: cjng, kind: cartel, name: CJNG}
          - {id: sinaloa, kind: cartel, name: Sinaloa Cartel}
          - {id: boss, kind: person, name: Boss}
        relations:
          - {from: cjng, to: sinaloa, type: allied-with, status: planned}
          - {from: cjng, to: sinaloa, type: rival-of}
          - {from: sinaloa, to: cjng, type: rival-of}
          - {from: boss, to: cjng, type: leads}
        """.write(to: file, atomically: true, encoding: .utf8)
        let table = try CLIRunner.run(["neighbors", file.path, "CJNG"])
        #expect(table.stdout.contains("allied-with (planned), rival-of, rival-of"), "\(table.stdout)")
        #expect(table.stdout.contains("←leads"), "\(table.stdout)")
        let answer = try json(["neighbors", file.path, "CJNG"])
        let neighbors = try #require(answer["neighbors"] as? [[String: Any]])
        #expect(neighbors.map { $0["id"] as? String } == ["sinaloa", "boss"])
        #expect(ids(neighbors[0]["relations"]) == [0, 1, 2])
        #expect((neighbors[1]["relations"] as? [[String: Any]])?.first?["direction"] as? String == "in")
        #expect(neighbors[0]["via"] as? String == "allied-with")
        #expect(neighbors[0]["status"] as? String == "planned")
        let csv = try CLIRunner.run(["neighbors", file.path, "CJNG", "--format", "csv"])
        #expect(csv.stdout.contains("sinaloa,Sinaloa Cartel,cartel,1,allied-with,planned,cjng,3,\"allied-with (planned), rival-of, rival-of\""), "\(csv.stdout)")
    }

    @Test func pathCarriesEveryStepsTimeStatusAndAttributes() throws {
        let path = try json(["path", CLIRunner.starter, "sheinbaum", "CJNG"])
        let edges = try #require((path["paths"] as? [[String: Any]])?.first?["edges"] as? [[String: Any]])
        #expect(edges.map { $0["step"] as? Int } == [1, 2])
        #expect(edges.allSatisfy { Self.relationMembers.union(["step", "from", "to"]) == Set($0.keys) })
        #expect(edges[0]["date"] as? String == "2024")
        #expect(edges[1]["status"] as? String == "alleged")
        let csv = try CLIRunner.run(["path", CLIRunner.starter, "sheinbaum", "CJNG", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("path,step,id,from,to,type,family,date,since,until,status,source,grade,quote,weight,attributes\n"))
        #expect(csv.stdout.contains("1,2,1,cjng,garcia-harfuch,attacked,violence,2020-06-26,,,alleged,harfuch-attack,,"))
    }
}

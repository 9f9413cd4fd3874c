import Foundation
import NetGraph
import Testing

/// `--relations` and `--exclude-relations` take families as well as types, and `--exclude`
/// leaves entities out, on every command that takes the shared filters.
@Suite struct LayerFilterTests {
    static func relationTypes(_ arguments: [String]) throws -> [String: Int] {
        let result = try CLIRunner.run(["stats"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try result.json()["relation_types"] as? [String: Int])
    }

    @Test func aFamilyKeepsExactlyItsTypes() throws {
        let all = try Self.relationTypes([])
        let cooperation = try Self.relationTypes(["--relations", "cooperation"])
        let expected = all.filter { RelationFamily(RelationType($0.key)) == .cooperation }
        #expect(!expected.isEmpty)
        #expect(cooperation == expected)
        let twoLayers = try Self.relationTypes(["--relations", "cooperation,law-enforcement"])
        #expect(twoLayers == all.filter { [.cooperation, .lawEnforcement].contains(RelationFamily(RelationType($0.key))) })
    }

    @Test func excludedFamiliesAndTypesAreLeftOut() throws {
        let all = try Self.relationTypes([])
        let without = try Self.relationTypes(["--exclude-relations", "analysis", "--exclude-relations", "territory"])
        #expect(without == all.filter { ![.analysis, .territory].contains(RelationFamily(RelationType($0.key))) })
        let narrowed = try Self.relationTypes(["--relations", "cooperation", "--exclude-relations", "affiliated-with"])
        #expect(narrowed["affiliated-with"] == nil && narrowed["cooperates-with"] == all["cooperates-with"])
    }

    @Test func excludedEntitiesAndTheirRelationsAreGone() throws {
        let result = try CLIRunner.run(["neighbors", "Sheinbaum", "--exclude", "Mexico", "--exclude", "United States", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let ids = try #require(try result.json()["neighbors"] as? [[String: Any]]).map { $0["id"] as! String }
        #expect(!ids.isEmpty && !ids.contains("mexico") && !ids.contains("united-states"))
        let before = try CLIRunner.run(["neighbors", "Sheinbaum", "--format", "json"])
        #expect(try #require(try before.json()["neighbors"] as? [[String: Any]]).contains { $0["id"] as? String == "mexico" })
        let stats = try CLIRunner.run(["stats", "--exclude", "mexico", "--format", "json"])
        let whole = try CLIRunner.run(["stats", "--format", "json"])
        #expect((try stats.json()["nodes"] as? Int).map { $0 + 1 } == (try whole.json()["nodes"] as? Int))
    }

    @Test func unknownNamesAreUsageErrors() throws {
        let family = try CLIRunner.run(["stats", "--relations", "violance"])
        #expect(family.status == 2 && family.stdout.isEmpty)
        #expect(family.stderr.contains("unknown relation type or family 'violance'"), "\(family.stderr)")
        let entity = try CLIRunner.run(["centrality", "--exclude", "Mexicco", "--measure", "degree"])
        #expect(entity.status == 2 && entity.stdout.isEmpty)
        #expect(entity.stderr.contains("did you mean") && entity.stderr.contains("mexico"), "\(entity.stderr)")
    }

    /// An untyped graph's types are all `other`: a family with none of them keeps nothing.
    @Test func aFamilyAbsentFromTheSchemaKeepsNothing() throws {
        let edges = "a b\nb c\n"
        let none = try CLIRunner.run(["stats", "-", "--input-format", "edgelist", "--relations", "violence", "--format", "json"], stdin: edges)
        #expect(none.status == 0, "\(none.stderr)")
        #expect(try none.json()["edges"] as? Int == 0)
        let other = try CLIRunner.run(["stats", "-", "--input-format", "edgelist", "--relations", "other", "--format", "json"], stdin: edges)
        #expect(try other.json()["edges"] as? Int == 2)
    }
}

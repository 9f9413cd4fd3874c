import Foundation
import Testing
@testable import NetGraph

/// The Neo4j CSV dialect: aliases that hold the characters CSV and arrays use survive the
/// round trip, and the import command the documentation gives is complete.
@Suite struct Neo4jCSVTests {
    /// Aliases holding what a naive array delimiter or CSV writer would break on: `;` (Neo4j's
    /// default array delimiter), `,`, `"`, a line break, and text beyond ASCII.
    static let awkwardAliases = ["El Señor; de los Gallos", "Mencho, \"el Patrón\"", "Nemesio\nOseguera", "猛禽", ";", ""]

    static func awkwardAliasGraph() throws -> Graph {
        var builder = GraphBuilder(name: "aliases")
        builder.add(Entity(id: "el-mencho", kind: .person, name: "Nemesio Oseguera", aliases: awkwardAliases.filter { !$0.isEmpty }))
        builder.add(Entity(id: "cjng", kind: .cartel, name: "CJNG", aliases: ["Cártel de Jalisco; Nueva Generación"]))
        builder.add(Relation(from: "el-mencho", to: "cjng", type: RelationType("leads")))
        return try builder.build()
    }

    private func files(_ graph: Graph) -> [String: String] {
        Dictionary(uniqueKeysWithValues: CSVGraphFormat.neo4j.files(for: graph).map { ($0.name, $0.contents) })
    }

    @Test func aliasesWithDelimitersQuotesAndLineBreaksReadBackExactly() throws {
        let graph = try Self.awkwardAliasGraph()
        let written = files(graph)
        let again = try CSVGraphFormat.neo4j.read(folder: "out") { written[$0] }
        #expect(again.entities == graph.entities)
        #expect(again.entities[0].aliases == ["El Señor; de los Gallos", "Mencho, \"el Patrón\"", "Nemesio\nOseguera", "猛禽", ";"])
        // What neo4j-admin sees: one quoted field, the aliases split at U+001F only.
        #expect(written["nodes.csv"]!.contains("\"El Señor; de los Gallos\u{1F}Mencho, \"\"el Patrón\"\"\u{1F}Nemesio\nOseguera\u{1F}猛禽\u{1F};\""))
    }

    @Test func anAliasHoldingTheArrayDelimiterIsRefusedNotSplit() throws {
        var builder = GraphBuilder(name: "g")
        builder.add(Entity(id: "a", kind: .person, aliases: ["one\u{1F}two"]))
        let graph = try builder.build()
        let error = try #require(throws: GraphInputError.self) { try FormatRegistry.standard.write(graph, as: .neo4j) }
        #expect(error.description.contains("entity 'a': the alias 'one\\u{1F}two' holds U+001F"))
        // GraphFrames keeps aliases as a JSON list, which holds any character.
        #expect(throws: Never.self) { try FormatRegistry.standard.write(graph, as: .graphframes) }
    }

    /// The command the README, the examples and `convert --help` give imports what the export
    /// needs: fields over several lines, and the aliases' delimiter (option names as in the
    /// Neo4j 5 operations manual, "neo4j-admin database import full").
    @Test func documentedImportCommandIsComplete() throws {
        let root = TestSupport.repository
        let places = ["README.md", "examples/README.md", "examples/gephi-neo4j/convert.sh", "Sources/netgraph/Convert.swift"]
        for place in places {
            let text = try String(contentsOf: root.appendingPathComponent(place), encoding: .utf8)
            #expect(text.contains("neo4j-admin database import full"), "\(place)")
            #expect(text.contains("--multiline-fields=true"), "\(place)")
            #expect(text.contains("--array-delimiter=U+001F"), "\(place)")
            #expect(!text.contains("--array-delimiter=';'"), "\(place)")
        }
    }
}

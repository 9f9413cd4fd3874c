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

    /// Texts whose specials a `Character` hides: a CRLF line break is one character, and so
    /// is a quote or a comma followed by a combining mark. Each must be quoted, as the reader
    /// reads scalar by scalar, and come back as it was, in both dialects.
    @Test(arguments: [CSVGraphFormat.neo4j, .graphframes])
    func fieldsWithCRLFAndCombiningMarksReadBackExactly(dialect: CSVGraphFormat) throws {
        let texts = ["first line\r\nsecond line", "a \"\u{301}quoted\"\u{301} word", "one,\u{301}two", "\r\n"]
        var builder = GraphBuilder(name: "marks")
        for (index, text) in texts.enumerated() {
            builder.add(Entity(id: "e\(index)", kind: .person, name: text, description: text))
        }
        builder.add(Source(id: "doc"))
        builder.add(Relation(from: "e0", to: "e1", type: RelationType("family-of"), source: "doc", quote: texts[0]))
        builder.add(Relation(from: "e2", to: "e3", type: RelationType("family-of"), source: "doc", quote: texts[1]))
        let graph = try builder.build()
        let written = Dictionary(uniqueKeysWithValues: dialect.files(for: graph).map { ($0.name, $0.contents) })
        let again = try dialect.read(folder: "out") { written[$0] }
        #expect(again.entities.map(\.name) == texts)
        #expect(again.entities.map(\.description) == texts)
        #expect(again.relations.map(\.quote) == [texts[0], texts[1]])
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

/// A folder of Neo4j's own import files, or APOC's export, read as a graph
/// (`Neo4jImportReader`): ids in their id spaces, kinds from labels, types from `:TYPE`,
/// properties by their declared types.
@Suite struct Neo4jImportReaderTests {
    static let movies: [String: String] = [
        "persons.csv": "personId:ID(Person),name,born:int,:LABEL\nkeanu,Keanu Reeves,1964,Person\n\"Hugo Weaving\",,1960,Actor;Person\n1,Lana Wachowski,1965,Person\n",
        "movies.csv": "movieId:ID(Movie),title,released:int,:LABEL\n1,The Matrix,1999,Movie\ntt2,\"Reloaded, \"\"again\"\"\",2003,Movie;Sequel\n",
        "roles.csv": ":START_ID(Person),:END_ID(Movie),:TYPE,roles:string[],paid:boolean,weight:double\nkeanu,1,ACTED_IN,Neo,true,2.5\nHugo Weaving,tt2,ACTED_IN,Agent Smith;Elrond,,\n1,1,DIRECTED,,,\n",
    ]

    private func read(_ files: [String: String]) throws -> Graph {
        try CSVGraphFormat.neo4j.read(folder: "db", names: files.keys.sorted()) { files[$0] }
    }

    @Test func neo4jAdminFilesReadWithIdSpacesLabelsTypesAndTypedProperties() throws {
        let graph = try read(Self.movies)
        let byID = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0) })
        // `1` is a Person and a Movie: both kept, qualified by their id space.
        #expect(Set(byID.keys) == ["Movie:1", "tt2", "keanu", "Hugo-Weaving", "Person:1"])
        #expect(byID["Movie:1"]?.name == "The Matrix")
        #expect(byID["tt2"]?.name == "Reloaded, \"again\"")
        #expect(byID["Hugo-Weaving"]?.name == "Hugo Weaving")
        #expect(byID["Hugo-Weaving"]?.kind == EntityKind("actor"), "the first label")
        #expect(byID["keanu"]?.kind == .person)
        #expect(byID["keanu"]?.attributes == ["born": .number(1964)])
        #expect(byID["tt2"]?.kind == EntityKind("movie"))
        #expect(graph.schema.contains(EntityKind("movie")))
        let relations = graph.relations.map { $0 }
        #expect(relations.count == 3)
        #expect(relations[0].from == "keanu" && relations[0].to == "Movie:1")
        #expect(relations[0].type == RelationType("acted_in"))
        #expect(relations[0].weight == 2.5)
        #expect(relations[0].attributes == ["roles": .string("[\"Neo\"]"), "paid": .bool(true)])
        #expect(relations[1].attributes == ["roles": .string("[\"Agent Smith\",\"Elrond\"]")])
        #expect(relations[2].type == RelationType("directed") && relations[2].from == "Person:1")
        // A type netgraph knows, as its own export writes it, is that type.
        var schema = Schema.default
        #expect(Neo4jImportReader.type("LEADS", in: &schema) == RelationType("leads"))
        #expect(Neo4jImportReader.type("EXTRADITED_TO", in: &schema) == RelationType("extradited-to"))
        #expect(schema == Schema.default)
        #expect(graph.schema.declaration(of: RelationType("acted_in"))?.isDirected == true)
    }

    @Test func apocExportAllReads() throws {
        let all = "\"_id\",\"_labels\",\"born\",\"name\",\"title\",\"_start\",\"_end\",\"_type\",\"roles\"\n"
            + "\"0\",\":Person\",\"1964\",\"Keanu Reeves\",\"\",,,,\n\"1\",\":Movie:Classic\",\"\",\"\",\"The Matrix\",,,,\n"
            + ",,,,,\"0\",\"1\",\"ACTED_IN\",\"[\"\"Neo\"\"]\"\n"
        let graph = try read(["all.csv": all])
        #expect(graph.entities.map(\.id) == ["0", "1"])
        #expect(graph.entities.map(\.name) == ["Keanu Reeves", "The Matrix"])
        #expect(graph.entities.map(\.kind) == [.person, EntityKind("movie")])
        #expect(graph.entities[0].attributes == ["born": .string("1964")])
        let relation = try #require(graph.relations.first)
        #expect(relation.from == "0" && relation.to == "1" && relation.type == RelationType("acted_in"))
        #expect(relation.attributes == ["roles": .string("[\"Neo\"]")])
    }

    @Test func netgraphsOwnExportStillReadsAsItsOwn() throws {
        let graph = try TestSupport.starter()
        let files = Dictionary(uniqueKeysWithValues: CSVGraphFormat.neo4j.files(for: graph).map { ($0.name, $0.contents) })
        // Without graph.json, the kind column still marks netgraph's layout.
        var withoutMeta = files
        withoutMeta["graph.json"] = nil
        let again = try CSVGraphFormat.neo4j.read(folder: "out", names: withoutMeta.keys.filter { $0.hasSuffix(".csv") }.sorted()) { withoutMeta[$0] }
        #expect(again.entities == graph.entities)
        #expect(again.relations == graph.relations)
    }

    @Test func malformedHeadersAndValuesAreLocated() throws {
        func error(_ files: [String: String]) throws -> String {
            try #require(throws: GraphInputError.self) { try read(files) }.description
        }
        #expect(try error(["p.csv": "id:ID,born:integer\na,1\n"]).hasPrefix("db/p.csv:1:7: error: 'born:integer': unknown field type 'integer'"))
        #expect(try error(["p.csv": "id:ID,born:int\na,x\n"]).hasPrefix("db/p.csv:2:3: error: 'born': 'x' is not a finite number"))
        #expect(try error(["p.csv": "id:ID(P)\na\n", "r.csv": ":START_ID(P),:END_ID(Q),:TYPE\na,a,KNOWS\n"])
            .hasPrefix("db/r.csv:2:3: error: relationship refers to unknown node 'a' in id space 'Q'"))
        #expect(try error(["r.csv": ":START_ID,:END_ID,:TYPE\na,a,KNOWS\n"]).hasPrefix("db:1:1: error: no node file in the folder"))
    }
}

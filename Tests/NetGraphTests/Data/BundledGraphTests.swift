import Foundation
import Testing
@testable import NetGraph

/// The bundled graph must be complete and true: valid, connected, every relation cited and
/// quoted verbatim from the document it names.
@Suite struct BundledGraphTests {
    let graph: Graph

    init() throws {
        graph = try GraphFile.read(path: TestSupport.repository.appendingPathComponent("graphs/mexico-security.yaml").path)
    }

    /// The seed documents the graph was read from: `../shared/seeds` beside the repository
    /// (CI keeps a copy of `shared/` beside the clone).
    static let seeds = TestSupport.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// The text of each source's seed file, by source id. A missing folder or file fails the
    /// calling test with the path it looked for, so the quote check can never pass unread.
    func seedTexts() throws -> [String: String] {
        var isFolder: ObjCBool = false
        try #require(FileManager.default.fileExists(atPath: Self.seeds.path, isDirectory: &isFolder) && isFolder.boolValue,
                     "the seed documents are missing: expected the folder \(Self.seeds.path) (shared/seeds beside the repository)")
        var texts: [String: String] = [:]
        for source in graph.sources {
            let file = try #require(source.file, "source \(source.id) names no file")
            let url = Self.seeds.appendingPathComponent(file)
            texts[source.id] = try #require(try? String(contentsOf: url, encoding: .utf8),
                                            "source \(source.id): cannot read its seed document \(url.path)")
        }
        return texts
    }

    @Test func validatesWithoutWarnings() {
        #expect(GraphAudit.warnings(for: graph).isEmpty)
        #expect(graph.sources.count == 5)
    }

    @Test func meetsTheCoverageTargets() {
        #expect((150...220).contains(graph.nodeCount))
        #expect(graph.relationCount >= 300)
        for kind in EntityKind.builtIn {
            #expect(graph.entities.contains { $0.kind == kind }, "no entity of kind \(kind)")
        }
    }

    @Test func everyEntityTakesPartAndTheGraphHangsTogether() throws {
        let touched = Set(graph.relationSources + graph.relationTargets)
        for v in 0..<graph.nodeCount {
            #expect(touched.contains(Int32(v)), "\(graph.entities[v].id) is in no relation")
        }
        let components = ConnectedComponents(try graph.analysisGraph())
        #expect(Double(components.sizes[0]) >= 0.9 * Double(graph.nodeCount))
    }

    @Test func idsAreReadableSlugsAndRelationsAreNotRepeated() {
        for entity in graph.entities {
            #expect(entity.id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil, "\(entity.id)")
        }
        var seen: Set<String> = []
        for relation in graph.relations {
            let key = [relation.from, relation.to, relation.type.rawValue, relation.source ?? "", relation.quote ?? ""].joined(separator: "\u{1}")
            #expect(seen.insert(key).inserted, "duplicate relation \(relation.from) -\(relation.type)-> \(relation.to)")
        }
    }

    @Test func namesAnalystsUseResolve() throws {
        let resolver = NameResolver(graph: graph)
        for name in ["El Mencho", "Sheinbaum", "garcia harfuch", "AMLO", "CJNG", "Sinaloa Cartel"] {
            #expect(throws: Never.self, "\(name)") { _ = try resolver.resolve(name) }
        }
    }

    @Test func everyQuoteIsVerbatimInItsSourceDocument() throws {
        let texts = try seedTexts()
        var cited: Set<String> = []
        for (index, relation) in graph.relations.enumerated() {
            let label = "relation \(index) \(relation.from) -\(relation.type)-> \(relation.to)"
            let source = try #require(relation.source, "\(label) cites no source")
            let quote = try #require(relation.quote, "\(label) has no quote")
            let text = try #require(texts[source], "\(label) cites unknown source \(source)")
            #expect(!quote.isEmpty && text.contains(quote), "\(label): quote not found verbatim in \(source): \(quote)")
            cited.insert(source)
        }
        let documents = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(graph.sources.compactMap(\.file)) == Set(documents))
        #expect(cited == Set(graph.sources.map(\.id)))
    }

    @Test func aPlannedAllianceAndAProposedBillAreNotFacts() throws {
        let alliance = try #require(graph.relations.first { $0.from == "cjng" && $0.to == "sinaloa-cartel" && $0.type == "allied-with" })
        #expect(alliance.status == .planned)
        #expect(graph.relations.contains { $0.from == "chip-roy" && $0.to == "cjng-fto-bill" && $0.type == "proposed" })
        #expect(!graph.relations.contains { $0.to == "cjng-fto-bill" && $0.type == "created" })
    }

    @Test func theCommunitiesLocalJudiciaryIsNotTheNationalCourts() throws {
        let resolver = NameResolver(graph: graph)
        let local = try resolver.resolve("local judiciary")
        #expect(graph.entities[local].id == "guerrero-local-judiciary")
        #expect(graph.relations.contains { $0.from == "guerrero-local-judiciary" && $0.to == "indigenous-guerrero" && $0.type == "part-of" })
    }

    @Test func presidenciesTheTextBoundsEndWhereItSays() throws {
        func leaders(asOf date: String) throws -> Set<String> {
            let view = graph.asOf(try #require(PartialDate(date)))
            return Set(view.relations.filter { $0.to == "mexico" && $0.type == "leads" }.map(\.from))
        }
        #expect(try leaders(asOf: "2017-06").contains("pena-nieto"))
        #expect(try !leaders(asOf: "2017-06").contains("lopez-obrador"))
        #expect(try leaders(asOf: "2019-06").contains("lopez-obrador"))
        #expect(try !leaders(asOf: "2019-06").contains("pena-nieto"))
    }
}

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

    /// The seed documents sit in `../shared/seeds` beside the repository where they are available.
    static let seeds = TestSupport.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var seedsPresent: Bool { FileManager.default.fileExists(atPath: seeds.path) }

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

    @Test(.enabled(if: BundledGraphTests.seedsPresent, "../shared/seeds is not beside the repository"))
    func everyQuoteIsVerbatimAndEveryDocumentIsCited() throws {
        var cited: Set<String> = []
        var texts: [String: String] = [:]
        for source in graph.sources {
            let file = try #require(source.file, "source \(source.id) names no file")
            texts[source.id] = try String(contentsOf: Self.seeds.appendingPathComponent(file), encoding: .utf8)
        }
        for relation in graph.relations {
            let source = try #require(relation.source)
            let quote = try #require(relation.quote)
            let text = try #require(texts[source])
            #expect(text.contains(quote), "quote not found verbatim in \(source): \(quote)")
            cited.insert(source)
        }
        let documents = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(graph.sources.compactMap(\.file)) == Set(documents))
        #expect(cited == Set(graph.sources.map(\.id)))
    }
}

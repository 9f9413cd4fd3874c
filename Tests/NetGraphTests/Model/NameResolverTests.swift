import Testing
@testable import NetGraph

@Suite struct NameResolverTests {
    let graph: Graph
    let resolver: NameResolver

    init() throws {
        graph = try TestSupport.starter()
        resolver = NameResolver(graph: graph)
    }

    private func id(_ query: String) throws -> String {
        graph.entities[try resolver.resolve(query)].id
    }

    @Test func resolvesIdsNamesAndAliases() throws {
        #expect(try id("cjng") == "cjng")
        #expect(try id("Omar García Harfuch") == "garcia-harfuch")
        #expect(try id("New Generation Jalisco Cartel") == "cjng")
        #expect(try id("El Mencho") == "el-mencho")
        #expect(try id("U.S.") == "united-states")
    }

    @Test func ignoresCaseAccentsAndPunctuation() throws {
        #expect(try id("garcia harfuch") == "garcia-harfuch")
        #expect(try id("GARCÍA-HARFUCH") == "garcia-harfuch")
        #expect(try id("  policia federal ") == "federal-police")
        #expect(try id("el mencho") == "el-mencho")
    }

    @Test func matchesWholeWordsWithTheTightestFit() throws {
        #expect(try id("Claudia") == "sheinbaum")
        // "El Mencho" fits "mencho" more tightly than "El Mencho’s son".
        #expect(try id("mencho") == "el-mencho")
        #expect(try id("Chapultepec") == "lomas-de-chapultepec")
    }

    @Test func ambiguousNamesListTheCandidates() throws {
        let twins = try TestSupport.read("""
            entities:
              - {id: chapo, kind: person, name: Joaquín Guzmán, aliases: [El Chapo]}
              - {id: chapo-son, kind: person, name: Ovidio Guzmán, aliases: [El Ratón]}
              - {id: guzman-lopez, kind: person, name: Guzmán López}
            relations: []
            """)
        let twinResolver = NameResolver(graph: twins)
        let error = try #require(throws: NameResolutionError.self) { try twinResolver.resolve("guzman") }
        guard case .ambiguous(_, let candidates) = error else {
            Issue.record("expected ambiguity, got \(error)")
            return
        }
        #expect(candidates.map(\.id) == ["chapo", "chapo-son", "guzman-lopez"])
        #expect(error.description.contains("ambiguous"))
        #expect(twins.entities[try twinResolver.resolve("guzman lopez")].id == "guzman-lopez")
    }

    @Test func unknownNamesSuggestTheClosest() throws {
        let error = try #require(throws: NameResolutionError.self) { try resolver.resolve("Sheinbam") }
        guard case .unknown(_, let suggestions) = error else {
            Issue.record("expected unknown, got \(error)")
            return
        }
        #expect(suggestions.first?.id == "sheinbaum")
        #expect(error.description.contains("did you mean"))
        #expect(throws: NameResolutionError.self) { try resolver.resolve("") }
        #expect(throws: NameResolutionError.self) { try resolver.resolve("zzzzzz") }
    }
}

import Foundation
import Testing
@testable import NetGraph

/// `relationsCarryNoDetails` is true exactly when no relation has a detail to write.
@Suite struct RelationDetailsTests {
    private func edges(_ text: String) throws -> Graph { try EdgeListReader().read(Array(text.utf8), file: "g.edges") }

    @Test func anEdgeListWithoutWeightsCarriesNoDetails() throws {
        let graph = try edges("a b\nb c\n")
        #expect(graph.relationsCarryNoDetails)
        #expect(graph.filtered(excludingRelationTypes: ["edge"]).relationsCarryNoDetails)
    }

    @Test func oneWeightIsADetail() throws {
        #expect(!(try edges("a b\nb c 2\n")).relationsCarryNoDetails)
    }

    @Test func aTypedGraphWithSourcesCarriesDetails() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let graph = try GraphFile.read(path: root.appendingPathComponent("graphs/mexico-security.yaml").path)
        #expect(!graph.relationsCarryNoDetails)
    }
}

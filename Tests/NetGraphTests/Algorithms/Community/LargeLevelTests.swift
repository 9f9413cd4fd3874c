import Testing
@testable import NetGraph

/// Levels of at least `CommunityLevel.prefetchingNodeCount` nodes, where local moving and
/// aggregation start loading the next visits' data ahead: the other community tests use
/// smaller graphs, which never take those paths.
@Suite struct LargeLevelTests {
    /// Disjoint 4-cliques, enough for 32,800 nodes. Clique q's members are nodes q,
    /// q + cliques, q + 2·cliques and q + 3·cliques, so every visit reads far from the last.
    static let cliques = 8_200

    static func disjointCliques() -> AnalysisGraph {
        var sources: [Int32] = [], targets: [Int32] = []
        for q in 0..<cliques {
            for i in 0..<4 {
                for j in (i + 1)..<4 {
                    sources.append(Int32(i * cliques + q))
                    targets.append(Int32(j * cliques + q))
                }
            }
        }
        return AnalysisGraph(nodeCount: 4 * cliques, sources: sources, targets: targets, directed: false)
    }

    /// Each clique is one community: joining two components never raises modularity, and
    /// splitting a 4-clique lowers it.
    static func expectEveryClique(_ partition: Partition) {
        let found = Set(partition.communities.map(Set.init))
        let expected = Set((0..<Self.cliques).map { q in Set((0..<4).map { $0 * Self.cliques + q }) })
        #expect(found == expected)
    }

    @Test func theGraphIsLargeEnoughToPrefetch() {
        #expect(Self.disjointCliques().nodeCount >= CommunityLevel.prefetchingNodeCount)
    }

    @Test func louvainFindsEveryClique() {
        var rng = SplitMix64(seed: 7)
        Self.expectEveryClique(Louvain.communities(Self.disjointCliques(), using: &rng))
    }

    @Test(arguments: [1, 2])
    func leidenFindsEveryClique(threads: Int) {
        var rng = SplitMix64(seed: 7)
        Self.expectEveryClique(Leiden.communities(Self.disjointCliques(), objective: .modularity, threads: threads,
                                                  using: &rng))
    }
}

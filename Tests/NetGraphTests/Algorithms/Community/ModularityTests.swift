import Testing
@testable import NetGraph

@Suite struct ModularityTests {
    /// NetworkX's own Louvain and label-propagation partitions, re-scored here.
    @Test(arguments: NetworkXFixture.names)
    func matchesNetworkXOnItsPartitions(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let runs = try #require(fixture.measures["louvain"] as? [[String: Any]])
        #expect(!runs.isEmpty)
        for run in runs {
            let weighted = run["weighted"] as! Bool
            let graph = fixture.graph(weighted: weighted)
            let partition = partition(run["communities"] as! [[String]], fixture)
            let q = Modularity.of(partition, in: graph)
            #expect(abs(q - (run["modularity"] as! Double)) < 1e-12, "\(name) seed \(run["seed"]!) weighted \(weighted)")
        }
    }

    @Test func twoTrianglesByHand() {
        // Two triangles joined by one edge: Q = 2 · (3/7 − (7/14)²) = 5/14.
        let graph = AnalysisGraph(nodeCount: 6, sources: [0, 1, 0, 3, 4, 3, 2], targets: [1, 2, 2, 4, 5, 5, 3],
                                  directed: false)
        let q = Modularity.of(Partition(labels: [0, 0, 0, 1, 1, 1]), in: graph)
        #expect(abs(q - 5.0 / 14) < 1e-15)
        #expect(abs(Modularity.of(Partition(labels: [0, 0, 0, 0, 0, 0]), in: graph)) < 1e-15)
    }

    @Test func partitionIsCanonical() {
        let a = Partition(labels: [5, 5, 2, 9, 2, 2])
        #expect(a.communities == [[2, 4, 5], [0, 1], [3]])
        #expect(a.communityOfNode == [1, 1, 0, 2, 0, 0])
        #expect(a == Partition(groups: [[3], [1, 0], [5, 2, 4]], nodeCount: 6))
    }
}

func partition(_ groups: [[String]], _ fixture: NetworkXFixture) -> Partition {
    Partition(groups: groups.map { $0.map(fixture.index(of:)) }, nodeCount: fixture.nodes.count)
}

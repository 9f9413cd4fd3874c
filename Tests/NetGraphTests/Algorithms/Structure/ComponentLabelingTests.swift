import Testing
@testable import NetGraph

@Suite struct ComponentLabelingTests {
    /// Components by plain breadth-first search over both directions, numbered by smallest node.
    func referenceLabels(_ graph: AnalysisGraph, removed: Set<Int>) -> [Int32] {
        var label = [Int32](repeating: -1, count: graph.nodeCount)
        var next: Int32 = 0
        for start in 0..<graph.nodeCount where label[start] < 0 && !removed.contains(start) {
            label[start] = next
            var queue = [start]
            while let v = queue.popLast() {
                for csr in [graph.outgoing, graph.incoming] {
                    for w in csr.neighbors(of: v) where label[Int(w)] < 0 && !removed.contains(Int(w)) {
                        label[Int(w)] = next
                        queue.append(Int(w))
                    }
                }
            }
            next += 1
        }
        return label
    }

    @Test(arguments: [false, true]) func unionFindMatchesBreadthFirstSearch(directed: Bool) {
        for seed in 1...40 as ClosedRange<UInt64> {
            var rng = TestRNG(state: seed)
            let n = Int.random(in: 1...80, using: &rng)
            let graph = randomGraph(nodes: n, edges: Int.random(in: 0...100, using: &rng), directed: directed,
                                    weighted: false, seed: seed)
            var labeling = ComponentLabeling(graph)
            for round in 0..<3 {
                let removed = round == 0 ? [] : (0..<Int.random(in: 0...5, using: &rng)).map { _ in Int.random(in: 0..<n, using: &rng) }
                let sizes = labeling.run(removing: removed)
                let expected = referenceLabels(graph, removed: Set(removed))
                #expect(labeling.label == expected, "seed \(seed) round \(round)")
                #expect(sizes.reduce(0, +) == n - Set(removed).count)
                for (c, size) in sizes.enumerated() { #expect(expected.filter { $0 == Int32(c) }.count == size) }
            }
        }
    }

    @Test func componentsAreNumberedLargestFirstThenBySmallestNode() {
        // {0, 5}, {1, 2, 3}, {4}, {6, 7}: sizes 3, 2, 2, 1.
        let graph = AnalysisGraph(nodeCount: 8, sources: [0, 1, 2, 6], targets: [5, 2, 3, 7], directed: false)
        let components = ConnectedComponents(graph)
        #expect(components.sizes == [3, 2, 2, 1])
        #expect(components.componentOfNode == [1, 0, 0, 0, 3, 1, 2, 2])
    }
}

import Testing
@testable import NetGraph

@Suite struct ShortestPathSweepTests {
    /// The sweep's distances against the single-pair search (a separate engine) and its
    /// settling order against the definition: reached nodes, distances non-decreasing.
    @Test(arguments: [false, true]) func sweepAgreesWithPairSearches(directed: Bool) throws {
        for seed in 1...12 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 40, edges: 90, directed: directed, weighted: true, seed: seed)
            var sweep = ShortestPathSweep(graph.outgoing)
            for source in [0, 13, 39] {
                sweep.run(from: source)
                let distances = try Dijkstra.distances(from: source, in: graph)
                for target in 0..<graph.nodeCount {
                    let path = try Dijkstra.shortestPath(from: source, to: target, in: graph)
                    #expect(sweep.length(to: target) == (path?.cost ?? .infinity), "seed \(seed) \(source)→\(target)")
                    #expect(distances[target] == sweep.length(to: target))
                }
                let settled = sweep.order[0..<sweep.reached].map { Int($0) }
                #expect(settled.first == source)
                #expect(Set(settled) == Set((0..<graph.nodeCount).filter { distances[$0].isFinite }))
                for (a, b) in zip(settled, settled.dropFirst()) { #expect(distances[a] <= distances[b]) }
            }
        }
    }

    /// Counting sweeps: σ against the number of shortest paths found by enumeration.
    @Test(arguments: [false, true]) func pathCountsMatchEnumeration(weighted: Bool) {
        for seed in 1...8 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 12, edges: 24, directed: false, weighted: weighted, seed: seed)
            var sweep = ShortestPathSweep(graph.outgoing, countingPaths: true)
            for source in [0, 5] {
                sweep.run(from: source)
                for target in 0..<graph.nodeCount where target != source {
                    let paths = allSimplePaths(graph, from: source, to: target, weighted: weighted)
                    guard let best = paths.map(\.cost).min() else {
                        #expect(sweep.sigma[target] == 0)
                        continue
                    }
                    #expect(sweep.sigma[target] == Double(paths.filter { $0.cost == best }.count), "seed \(seed) \(source)→\(target)")
                }
            }
        }
    }

    /// Direction-optimizing sweeps (bottom-up levels on dense frontiers) against plain
    /// breadth-first search, on sparse and dense graphs, both directions.
    @Test(arguments: [false, true]) func bottomUpLevelsGiveTheSameHops(directed: Bool) {
        for seed in 1...12 as ClosedRange<UInt64> {
            let edges = [30, 120, 600][Int(seed) % 3]
            let graph = randomGraph(nodes: 60, edges: edges, directed: directed, weighted: false, seed: seed)
            var forward = ShortestPathSweep(graph.outgoing, reverse: graph.incoming)
            var backward = ShortestPathSweep(graph.incoming, reverse: graph.outgoing)
            for source in 0..<graph.nodeCount {
                forward.run(from: source)
                #expect(forward.hops == BreadthFirst.distances(from: source, in: graph), "seed \(seed) from \(source)")
                let settled = forward.order[0..<forward.reached].map { Int(forward.hops[Int($0)]) }
                #expect(settled == settled.sorted())
                backward.run(from: source)
                for v in 0..<graph.nodeCount {
                    let d = BreadthFirst.distances(from: v, in: graph)[source]
                    #expect(backward.hops[v] == d)
                }
            }
        }
    }
}

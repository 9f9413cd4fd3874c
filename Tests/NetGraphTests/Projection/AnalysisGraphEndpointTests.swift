import Testing
@testable import NetGraph

@Suite struct AnalysisGraphEndpointTests {
    /// The distinct edges of an edge list in id order: sorted (source, target) pairs, the
    /// smaller endpoint first when undirected.
    func expectedEdges(_ sources: [Int32], _ targets: [Int32], directed: Bool) -> [[Int32]] {
        let pairs = zip(sources, targets).map { directed ? [$0, $1] : [min($0, $1), max($0, $1)] }
        return Set(pairs).sorted { $0[0] < $1[0] || ($0[0] == $1[0] && $0[1] < $1[1]) }
    }

    @Test(arguments: [false, true]) func endpointsAreReadOffTheCSR(directed: Bool) {
        for seed in 1...30 as ClosedRange<UInt64> {
            var rng = TestRNG(state: seed)
            // Self-loops, parallel edges and nodes without edges on purpose.
            let n = Int.random(in: 1...40, using: &rng)
            let m = Int.random(in: 0...120, using: &rng)
            let sources = (0..<m).map { _ in Int32.random(in: 0..<Int32(n), using: &rng) }
            let targets = (0..<m).map { _ in Int32.random(in: 0..<Int32(n), using: &rng) }
            let graph = AnalysisGraph(nodeCount: n, sources: sources, targets: targets, directed: directed)
            let expected = expectedEdges(sources, targets, directed: directed)
            #expect(graph.edgeCount == expected.count)
            for (e, pair) in expected.enumerated() {
                #expect(graph.source(of: e) == Int(pair[0]) && graph.target(of: e) == Int(pair[1]), "seed \(seed) edge \(e)")
                #expect(graph.endpoints(of: e) == (Int(pair[0]), Int(pair[1])))
                #expect(graph.edge(from: Int(pair[0]), to: Int(pair[1])) == e)
            }
            // Iteration walks the rows; it must agree with the subscripts.
            #expect(Array(graph.edgeSources) == expected.map { $0[0] })
            #expect(Array(graph.edgeTargets) == expected.map { $0[1] })
            #expect(graph.edgeSources.indices.map { graph.edgeSources[$0] } == expected.map { $0[0] })
            #expect(graph.edgeTargets.indices.map { graph.edgeTargets[$0] } == expected.map { $0[1] })
        }
    }

    @Test func anUndirectedEdgeCostsSixteenBytesBesidesPerNodeTables() {
        let graph = randomGraph(nodes: 200, edges: 900, directed: false, weighted: false, seed: 7)
        let slotBytes = graph.outgoing.targets.count * 4 + graph.outgoing.edges.count * 4
        #expect(slotBytes <= 16 * graph.edgeCount)
        #expect(graph.firstEdgeOfNode.count == graph.nodeCount + 1)
        #expect(graph.outgoing.offsets.count == graph.nodeCount + 1)
    }

    /// Weights are one array by edge id: the CSRs hold the graph's own buffer, not a copy per
    /// slot, so a weighted edge costs 8 bytes more (24 in all).
    @Test(arguments: [false, true]) func weightsAreStoredOncePerEdge(directed: Bool) {
        let graph = randomGraph(nodes: 200, edges: 900, directed: directed, weighted: true, seed: 9)
        func base(_ weights: [Double]) -> UnsafeRawPointer? { weights.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        #expect(graph.edgeWeights.count == graph.edgeCount)
        #expect(base(graph.outgoing.weights) == base(graph.edgeWeights))
        #expect(base(graph.incoming.weights) == base(graph.edgeWeights))
        for v in 0..<graph.nodeCount {
            for slot in graph.outgoing.slots(of: v) {
                let e = Int(graph.outgoing.edges[slot])
                #expect(graph.outgoing.weight(at: slot) == graph.edgeWeights[e])
            }
        }
    }

    /// Rows long enough for the general sort (more than 32 entries), out of order, with
    /// parallel copies of different weights: each distinct edge keeps its smallest weight and
    /// every row lists its neighbours in order.
    @Test(arguments: [false, true]) func longUnsortedRowsKeepTheLightestCopy(directed: Bool) {
        var rng = TestRNG(state: 11)
        let n = 60
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        for _ in 0..<400 {
            // Node 0 is a hub; the rest are random pairs.
            let u = Bool.random(using: &rng) ? 0 : Int32.random(in: 0..<Int32(n), using: &rng)
            sources.append(u)
            targets.append(Int32.random(in: 0..<Int32(n), using: &rng))
            weights.append(Double(Int.random(in: 1...9, using: &rng)))
        }
        let graph = AnalysisGraph(nodeCount: n, sources: sources, targets: targets, weights: weights, directed: directed)
        var lightest: [[Int32]: Double] = [:]
        for e in sources.indices {
            let key = directed ? [sources[e], targets[e]] : [min(sources[e], targets[e]), max(sources[e], targets[e])]
            lightest[key] = min(lightest[key] ?? .infinity, weights[e])
        }
        let expected = expectedEdges(sources, targets, directed: directed)
        #expect(graph.edgeCount == expected.count)
        #expect(graph.edgeWeights == expected.map { lightest[$0]! })
        for v in 0..<n {
            let row = Array(graph.outgoing.neighbors(of: v))
            #expect(row == row.sorted())
        }
        #expect(graph.outgoing.checkInvariants(edgeCount: graph.edgeCount))
        #expect(graph.incoming.checkInvariants(edgeCount: graph.edgeCount))
    }
}

import Testing
@testable import NetGraph

@Suite struct CommunityLevelTests {
    /// The flat-buffer local moving agrees move for move with a direct transcription of its
    /// rule over dictionaries (NetworkX's `_one_level` data structures, pruned sweeps).
    @Test(arguments: NetworkXFixture.names)
    func localMovingMatchesADirectTranscription(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for weighted in fixture.weighted ? [false, true] : [false] {
            let graph = fixture.graph(weighted: weighted)
            guard graph.edgeCount > 0 else { continue }
            let m = graph.isWeighted ? graph.edgeWeights.reduce(0, +) : Double(graph.edgeCount)
            // Undirected levels take the one-total record, the directed fixtures the other.
            #expect(CommunityLevel(graph).hasBalancedStrengths == !graph.isDirected, "\(name)")
            for (seed, resolution) in [(UInt64(1), 1.0), (2, 1.0), (3, 0.5), (4, 2.0)] {
                var rng = SplitMix64(seed: seed)
                let order = Louvain.shuffledOrder(graph.nodeCount, using: &rng)
                let fast = CommunityLevel(graph).moveNodes(order: order, totalWeight: m, resolution: resolution)
                let slow = transcribedLocalMoving(graph, order: order.map(Int.init), m: m, resolution: resolution)
                #expect(Partition(labels: fast.community.map(Int.init)) == Partition(labels: slow),
                        "\(name) weighted \(weighted) seed \(seed) γ \(resolution)")
            }
        }
    }

    /// A directed graph whose nodes all send as much as they receive (two directed triangles
    /// joined both ways) keeps one total per community; the moves are still the rule's.
    @Test func balancedDirectedGraphMovesAsTheRule() {
        let graph = AnalysisGraph(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5, 2, 3], targets: [1, 2, 0, 4, 5, 3, 3, 2],
                                  weights: [1, 1, 1, 2, 2, 2, 0.5, 0.5], directed: true)
        #expect(CommunityLevel(graph).hasBalancedStrengths)
        for seed: UInt64 in 1...6 {
            var rng = SplitMix64(seed: seed)
            let order = Louvain.shuffledOrder(graph.nodeCount, using: &rng)
            let fast = CommunityLevel(graph).moveNodes(order: order, totalWeight: 10, resolution: 1)
            let slow = transcribedLocalMoving(graph, order: order.map(Int.init), m: 10, resolution: 1)
            #expect(Partition(labels: fast.community.map(Int.init)) == Partition(labels: slow), "seed \(seed)")
        }
    }

    /// The rule of ``CommunityLevel/moveNodes(order:totalWeight:resolution:)`` written plainly.
    private func transcribedLocalMoving(_ graph: AnalysisGraph, order: [Int], m: Double, resolution: Double) -> [Int] {
        let n = graph.nodeCount
        var neighbours = [[Int: Double]](repeating: [:], count: n)
        var firstSeen = [[Int]](repeating: [], count: n)
        var outStrength = [Double](repeating: 0, count: n), inStrength = outStrength
        for e in 0..<graph.edgeCount {
            let u = Int(graph.edgeSources[e]), v = Int(graph.edgeTargets[e])
            let w = graph.isWeighted ? graph.edgeWeights[e] : 1
            outStrength[u] += w
            inStrength[v] += w
            guard u != v else { continue }
            for (a, b) in [(u, v), (v, u)] {
                if neighbours[a][b] == nil { firstSeen[a].append(b) }
                neighbours[a][b, default: 0] += w
            }
        }
        if !graph.isDirected {
            for v in 0..<n {
                let half = (outStrength[v] + inStrength[v]) / 2
                outStrength[v] = half
                inStrength[v] = half
            }
        }
        var community = Array(0..<n)
        var totalOut = outStrength, totalIn = inStrength
        var toVisit = Set(0..<n)
        while !toVisit.isEmpty {
            for u in order where toVisit.contains(u) {
                toVisit.remove(u)
                let own = community[u]
                totalOut[own] -= outStrength[u]
                totalIn[own] -= inStrength[u]
                var weightTo: [Int: Double] = [:]
                var met: [Int] = []
                for v in firstSeen[u] {
                    if weightTo[community[v]] == nil { met.append(community[v]) }
                    weightTo[community[v], default: 0] += neighbours[u][v]!
                }
                func term(_ c: Int) -> Double {
                    weightTo[c, default: 0]
                        - resolution / m * (outStrength[u] * totalIn[c] + inStrength[u] * totalOut[c])
                }
                var best = own
                for c in met where term(c) > term(best) { best = c }
                totalOut[best] += outStrength[u]
                totalIn[best] += inStrength[u]
                if best != own {
                    community[u] = best
                    toVisit.formUnion(firstSeen[u])
                }
            }
        }
        return community
    }

    /// The coarse level's singleton modularity is the modularity of the partition it was
    /// built from, and its strengths and weights add up to the input's.
    @Test(arguments: NetworkXFixture.names)
    func aggregationKeepsModularity(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for weighted in fixture.weighted ? [false, true] : [false] {
            let graph = fixture.graph(weighted: weighted)
            guard graph.edgeCount > 0 else { continue }
            let m = graph.isWeighted ? graph.edgeWeights.reduce(0, +) : Double(graph.edgeCount)
            let level = CommunityLevel(graph)
            #expect(abs(level.modularity(totalWeight: m, resolution: 1)
                        - Modularity.of(Partition(labels: Array(0..<graph.nodeCount)), in: graph)) < 1e-12)
            for seed: UInt64 in 1...3 {
                var rng = SplitMix64(seed: seed)
                let moves = level.moveNodes(order: Louvain.shuffledOrder(graph.nodeCount, using: &rng), totalWeight: m,
                                            resolution: 1)
                let coarse = level.aggregated(by: moves.community, communityCount: moves.count)
                let partition = Partition(labels: moves.community.map(Int.init))
                for resolution in [0.5, 1, 2] {
                    #expect(abs(coarse.modularity(totalWeight: m, resolution: resolution)
                                - Modularity.of(partition, in: graph, resolution: resolution)) < 1e-12,
                            "\(name) weighted \(weighted) seed \(seed) γ \(resolution)")
                }
                // Each coarse edge weight appears once per endpoint, self-loops once.
                let coarseTotal = coarse.selfLoopWeight.reduce(0, +) + coarse.neighbors.indices.map(coarse.weight(at:)).reduce(0, +) / 2
                #expect(abs(coarseTotal - m) < 1e-9 * m)
                #expect(abs(coarse.strengths.reduce(0, +) - level.strengths.reduce(0, +)) < 1e-9 * m)
            }
        }
    }

    /// A directed graph's reciprocal edges share one neighbour entry holding both weights.
    @Test func reciprocalEdgesMerge() {
        let graph = AnalysisGraph(nodeCount: 3, sources: [0, 1, 1, 2], targets: [1, 0, 1, 0], weights: [2, 3, 4, 5],
                                  directed: true)
        let level = CommunityLevel(graph)
        #expect(level.rowStart == [0, 2, 3, 4])
        #expect(level.neighbors == [1, 2, 0, 0])
        #expect(level.neighborWeights == [5, 5, 5, 5])
        #expect(level.selfLoopWeight == [0, 4, 0])
        // Out and in strengths: 0 sends 2 and receives 3 + 5; 1 sends 3 + 4 and receives 2 + 4.
        #expect(level.strengths == [2, 8, 7, 6, 5, 0])
    }

    /// An unweighted undirected graph's first level, read off its CSR with implicit unit
    /// weights, is the level the edge-list build makes: rows, weights, self-loops, strengths.
    @Test(arguments: NetworkXFixture.names)
    func firstLevelFromTheCSRMatchesTheEdgeListBuild(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph(weighted: false)
        guard !graph.isDirected else { return }
        expectSameLevel(CommunityLevel(graph), CommunityLevel(edgesOf: graph), name)
    }

    /// Self-loops count twice in the strengths either way; parallel edges have collapsed
    /// when the analysis graph was built, so the unit weights stay implicit.
    @Test func firstLevelWithLoopsAndParallelEdges() {
        let loops = AnalysisGraph(nodeCount: 4, sources: [0, 2, 1, 3, 3, 0], targets: [1, 2, 2, 2, 3, 3],
                                  directed: false)
        let fromCSR = CommunityLevel(loops)
        #expect(fromCSR.neighborWeights.isEmpty)
        expectSameLevel(fromCSR, CommunityLevel(edgesOf: loops), "loops")
        let parallel = AnalysisGraph(nodeCount: 3, sources: [0, 1, 1, 0, 2], targets: [1, 2, 0, 2, 2], directed: false)
        let merged = CommunityLevel(parallel)
        #expect(merged.neighborWeights.isEmpty)
        #expect(merged.neighbors.count == 6)
        expectSameLevel(merged, CommunityLevel(edgesOf: parallel), "parallel")
    }

    private func expectSameLevel(_ a: CommunityLevel, _ b: CommunityLevel, _ label: String) {
        #expect(a.nodeCount == b.nodeCount, "\(label)")
        #expect(a.rowStart == b.rowStart, "\(label)")
        #expect(a.neighbors == b.neighbors, "\(label)")
        #expect(a.neighbors.indices.map(a.weight(at:)) == b.neighbors.indices.map(b.weight(at:)), "\(label)")
        #expect(a.selfLoopWeight == b.selfLoopWeight, "\(label)")
        #expect(a.strengths == b.strengths, "\(label)")
    }

    @Test func undirectedStrengthsAreHalfDegrees() {
        // A triangle 0-1-2 with a self-loop on 2: degrees 2, 2, 4 (the loop counts twice).
        let graph = AnalysisGraph(nodeCount: 3, sources: [0, 1, 0, 2], targets: [1, 2, 2, 2], directed: false)
        let level = CommunityLevel(graph)
        #expect(level.strengths == [1, 1, 1, 1, 2, 2])
        #expect(level.selfLoopWeight == [0, 0, 1])
        #expect(level.neighbors.count == 6)
    }
}

import Testing
@testable import NetGraph

@Suite struct KeyPlayersTests {
    static let graphs = ["florentine", "karate", "multi_component", "davis"]

    private func optimum(_ fixture: NetworkXFixture, _ path: [String]) throws -> (value: Double, sets: Set<[Int]>) {
        var object: Any? = fixture.measures[path[0]]
        for key in path.dropFirst() { object = (object as? [String: Any])?[key] }
        let entry = try #require(object as? [String: Any], "\(fixture.name) \(path)")
        let sets = (entry["sets"] as! [[String]]).map { $0.map(fixture.index(of:)).sorted() }
        return (entry["value"] as! Double, Set(sets))
    }

    /// Greedy additions with single swaps get stuck on fragmentation plateaus (no single
    /// node disconnects davis, so every first pick scores 0). These are the cases where it
    /// misses the brute-force optimum; the test fails if that list changes either way.
    static let knownGreedyMisses: Set<String> = ["karate k=3", "multi_component k=2", "davis k=2", "davis k=3"]

    @Test(arguments: graphs)
    func fragmentationReachesTheBruteForceOptimum(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        for k in 1...3 {
            let best = try optimum(fixture, ["kpp_neg", String(k)])
            let greedy = Fragmentation.keyPlayers(graph, k: k, search: .greedySwap)
            #expect(greedy.score <= best.value + 1e-12)
            let missed = abs(greedy.score - best.value) > 1e-12
            #expect(missed == Self.knownGreedyMisses.contains("\(name) k=\(k)"),
                    "\(name) k=\(k): greedy+swaps \(greedy.score), optimum \(best.value)")
            #expect(abs(Fragmentation.score(removing: greedy.members, in: graph) - greedy.score) < 1e-15)
            for search in [KeyPlayerSearch.exhaustive, .automatic] {
                let exact = Fragmentation.keyPlayers(graph, k: k, search: search)
                #expect(abs(exact.score - best.value) < 1e-12)
                #expect(best.sets.contains(exact.members))
            }
        }
    }

    @Test(arguments: graphs)
    func reachReachesTheBruteForceOptimum(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        for depth in 1...2 {
            for k in 1...3 {
                let best = try optimum(fixture, ["kpp_pos", "d\(depth)", String(k)])
                let greedy = Reach.keyPlayers(graph, k: k, depth: depth, search: .greedySwap)
                #expect(abs(greedy.score - best.value) < 1e-12, "\(name) d=\(depth) k=\(k): greedy+swaps \(greedy.score), optimum \(best.value)")
                #expect(abs(Reach.score(of: greedy.members, in: graph, depth: depth) - greedy.score) < 1e-15)
                let exact = Reach.keyPlayers(graph, k: k, depth: depth, search: .exhaustive)
                #expect(abs(exact.score - best.value) < 1e-12)
                #expect(best.sets.contains(exact.members))
            }
        }
    }

    @Test func fragmentationByHand() {
        // A path 0-1-2-3-4: removing 2 leaves two pairs: F = 1 − (2 + 2)/(4·3) = 2/3.
        let path = AnalysisGraph(nodeCount: 5, sources: [0, 1, 2, 3], targets: [1, 2, 3, 4], directed: false)
        #expect(abs(Fragmentation.score(removing: [2], in: path) - 2.0 / 3) < 1e-15)
        let found = Fragmentation.keyPlayers(path, k: 1, search: .greedySwap)
        #expect(found.members == [2] && abs(found.score - 2.0 / 3) < 1e-15)
        #expect(Reach.keyPlayers(path, k: 1, depth: 2) == KeyPlayerSet(members: [2], score: 1))
        #expect(Reach.score(of: [0], in: path, depth: 1) == 0.25)
    }

    /// With candidates, the search is the brute-force optimum over the candidates' sets, on the
    /// whole graph (ties to the lexicographically first set).
    @Test(arguments: graphs)
    func candidatesAreTheOnlyNodesChosen(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph()
        let candidates = Array(stride(from: 1, to: graph.nodeCount, by: 3))
        for k in 1...2 {
            var best: (members: [Int], score: Double)? = nil
            func visit(_ start: Int, _ chosen: [Int]) {
                if chosen.count == k {
                    let score = Fragmentation.score(removing: chosen, in: graph)
                    if best == nil || score > best!.score + 1e-12 { best = (chosen, score) }
                    return
                }
                for position in start..<candidates.count { visit(position + 1, chosen + [candidates[position]]) }
            }
            visit(0, [])
            let found = Fragmentation.keyPlayers(graph, k: k, search: .exhaustive, candidates: candidates.reversed())
            #expect(found.members == best!.members, "\(name) k=\(k)")
            #expect(abs(found.score - best!.score) < 1e-12)
            let greedy = Reach.keyPlayers(graph, k: k, depth: 1, search: .greedySwap, candidates: candidates)
            #expect(greedy.members.allSatisfy(candidates.contains))
        }
    }

    @Test func setCountsAreBinomialCoefficients() {
        #expect(KeyPlayerSearch.setCount(choosing: 2, from: 11) == 55)
        #expect(KeyPlayerSearch.setCount(choosing: 5, from: 213) == 3_484_835_277)
        #expect(KeyPlayerSearch.setCount(choosing: 0, from: 4) == 1)
        #expect(KeyPlayerSearch.setCount(choosing: 5, from: 4) == 0)
        #expect(KeyPlayerSearch.automatic.resolved(nodeCount: 213, k: 2) == .exhaustive)
        #expect(KeyPlayerSearch.automatic.resolved(nodeCount: 213, k: 3) == .greedySwap)
    }
}

import Foundation
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

    /// Distance-weighted fragmentation by Floyd–Warshall on what is left: 1 − Σ 1/d / (n(n−1)).
    static func distanceFragmentationByFloydWarshall(_ graph: AnalysisGraph, removing removed: Set<Int>) -> Double {
        let view = graph.undirected()
        let left = (0..<view.nodeCount).filter { !removed.contains($0) }
        guard left.count >= 2 else { return 1 }
        let n = view.nodeCount
        var d = [[Int]](repeating: [Int](repeating: Int.max / 4, count: n), count: n)
        for u in left {
            d[u][u] = 0
            for slot in Int(view.outgoing.offsets[u])..<Int(view.outgoing.offsets[u + 1]) {
                let w = Int(view.outgoing.targets[slot])
                if !removed.contains(w) && w != u { d[u][w] = 1 }
            }
        }
        for m in left { for i in left { for j in left where d[i][m] + d[m][j] < d[i][j] { d[i][j] = d[i][m] + d[m][j] } } }
        var sum = 0.0
        for i in left { for j in left where i != j && d[i][j] < Int.max / 4 { sum += 1 / Double(d[i][j]) } }
        return 1 - sum / (Double(left.count) * Double(left.count - 1))
    }

    @Test(arguments: graphs)
    func distanceFragmentationEqualsABruteForce(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph()
        #expect(abs(DistanceFragmentation.score(removing: [], in: graph) - Self.distanceFragmentationByFloydWarshall(graph, removing: [])) < 1e-12)
        for k in 1...2 {
            var best = -1.0
            func visit(_ start: Int, _ chosen: [Int]) {
                if chosen.count == k {
                    let score = Self.distanceFragmentationByFloydWarshall(graph, removing: Set(chosen))
                    if score > best + 1e-12 { best = score }
                    return
                }
                for v in start..<graph.nodeCount { visit(v + 1, chosen + [v]) }
            }
            visit(0, [])
            let found = DistanceFragmentation.keyPlayers(graph, k: k, search: .exhaustive)
            #expect(abs(found.score - best) < 1e-12, "\(name) k=\(k)")
            #expect(abs(Self.distanceFragmentationByFloydWarshall(graph, removing: Set(found.members)) - best) < 1e-12)
        }
    }

    /// DF = 1 − NetworkX's global_efficiency of what is left, for each single removal.
    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"), arguments: graphs)
    func distanceFragmentationIsOneMinusNetworkXsGlobalEfficiency(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph().undirected()
        var edges: [String] = []
        for u in 0..<graph.nodeCount {
            for slot in Int(graph.outgoing.offsets[u])..<Int(graph.outgoing.offsets[u + 1]) where Int(graph.outgoing.targets[slot]) > u {
                edges.append("[\(u),\(graph.outgoing.targets[slot])]")
            }
        }
        let script = """
            import json, sys, networkx as nx
            n, edges = int(sys.argv[1]), json.loads(sys.argv[2])
            G = nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(edges)
            print(json.dumps([1 - nx.global_efficiency(G.subgraph(set(G) - {v})) for v in range(n)]))
            """
        let output = try PythonTools.run(script, arguments: [String(graph.nodeCount), "[" + edges.joined(separator: ",") + "]"])
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Double])
        for v in 0..<graph.nodeCount {
            #expect(abs(DistanceFragmentation.score(removing: [v], in: graph) - reference[v]) < 1e-12, "\(name) without \(v)")
        }
    }
}

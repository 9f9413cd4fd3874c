import Testing
@testable import NetGraph

/// A small deterministic generator for test graphs (tests only).
struct TestRNG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func randomGraph(nodes n: Int, edges m: Int, directed: Bool, weighted: Bool, seed: UInt64) -> AnalysisGraph {
    var rng = TestRNG(state: seed)
    var sources: [Int32] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    for _ in 0..<m {
        let u = Int32.random(in: 0..<Int32(n), using: &rng)
        let v = Int32.random(in: 0..<Int32(n), using: &rng)
        if u == v { continue }
        sources.append(u); targets.append(v)
        if weighted { weights.append(Double(Int.random(in: 1...5, using: &rng))) }
    }
    return AnalysisGraph(nodeCount: n, sources: sources, targets: targets, weights: weights, directed: directed)
}

/// Every simple path from `s` to `t`, by plain recursion (small graphs only).
func allSimplePaths(_ graph: AnalysisGraph, from s: Int, to t: Int, weighted: Bool, maxHops: Int = .max,
                    allowed: (Int) -> Bool = { _ in true }) -> [Path] {
    var result: [Path] = []
    var nodes = [s]
    var edges: [Int] = []
    var onPath = Set([s])
    func extend(_ v: Int) {
        if v == t {
            let cost = edges.reduce(0.0) { $0 + (weighted ? graph.edgeWeights[$1] : 1) }
            result.append(Path(nodes: nodes, edges: edges, cost: cost))
            return
        }
        if edges.count == maxHops { return }
        if v != s && !allowed(v) { return }
        for slot in graph.outgoing.slots(of: v) {
            let w = Int(graph.outgoing.targets[slot])
            if onPath.contains(w) || (w != t && !allowed(w)) { continue }
            onPath.insert(w); nodes.append(w); edges.append(Int(graph.outgoing.edges[slot]))
            extend(w)
            onPath.remove(w); nodes.removeLast(); edges.removeLast()
        }
    }
    extend(s)
    return result
}

@Suite struct PathCrossCheckTests {
    @Test(arguments: [false, true]) func breadthFirstEqualsUnitWeightDijkstra(directed: Bool) throws {
        for seed in 1...20 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 60, edges: 120, directed: directed, weighted: false, seed: seed)
            let unit = AnalysisGraph(nodeCount: graph.nodeCount, sources: Array(graph.edgeSources), targets: Array(graph.edgeTargets),
                                     weights: [Double](repeating: 1, count: graph.edgeCount), directed: directed)
            for source in [0, 7, 31] {
                let bfs = BreadthFirst.distances(from: source, in: graph)
                let dijkstra = try Dijkstra.distances(from: source, in: unit)
                #expect(bfs.map { $0 < 0 ? Double.infinity : Double($0) } == dijkstra)
                for target in [5, 59] where target != source {
                    let a = BreadthFirst.shortestPath(from: source, to: target, in: graph)
                    let b = try Dijkstra.shortestPath(from: source, to: target, in: unit)
                    #expect(a?.cost == b?.cost)
                    #expect(a?.hops == (bfs[target] < 0 ? nil : Int(bfs[target])))
                }
            }
        }
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func yenEqualsBruteForce(directed: Bool, weighted: Bool) throws {
        for seed in 1...15 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 9, edges: 20, directed: directed, weighted: weighted, seed: seed)
            let all = allSimplePaths(graph, from: 0, to: 8, weighted: weighted).sorted()
            let yen = try KShortestPaths.paths(from: 0, to: 8, k: 8, in: graph, weighted: weighted)
            #expect(yen.count == min(8, all.count), "seed \(seed)")
            #expect(yen.map(\.cost) == all.prefix(8).map(\.cost), "seed \(seed)")
            #expect(Set(yen.map(\.nodes)).count == yen.count)
            for path in yen { #expect(all.contains(path)) }
        }
    }

    @Test(arguments: [false, true]) func constraintsMatchBruteForce(weighted: Bool) throws {
        for seed in 1...15 as ClosedRange<UInt64> {
            let graph = randomGraph(nodes: 10, edges: 24, directed: false, weighted: weighted, seed: seed)
            var transit = [Bool](repeating: true, count: 10)
            transit[3] = false
            let constraints = PathConstraints(avoided: [4], transit: transit, maxHops: 4)
            let all = allSimplePaths(graph, from: 0, to: 9, weighted: weighted, maxHops: 4,
                                     allowed: { $0 != 3 && $0 != 4 }).sorted()
            let yen = try KShortestPaths.paths(from: 0, to: 9, k: 6, in: graph, weighted: weighted, constraints: constraints)
            #expect(yen.map(\.cost) == all.prefix(6).map(\.cost), "seed \(seed)")
            for path in yen { #expect(all.contains(path)) }
            let best = weighted ? try Dijkstra.shortestPath(from: 0, to: 9, in: graph, constraints: constraints)
                                : BreadthFirst.shortestPath(from: 0, to: 9, in: graph, constraints: constraints)
            #expect(best?.cost == all.first?.cost)
            let shortest = try AllShortestPaths(from: 0, to: 9, in: graph, weighted: weighted, constraints: constraints, limit: 1000)
            let expected = all.filter { $0.cost == all.first?.cost }
            #expect(Set(shortest.paths.map(\.nodes)) == Set(expected.map(\.nodes)), "seed \(seed)")
            #expect(shortest.paths.map(\.nodes) == shortest.paths.map(\.nodes).sorted { $0.lexicographicallyPrecedes($1) })
        }
    }

    @Test func negativeAndNaNWeightsAreRejected() throws {
        for bad in [-1.0, Double.nan] {
            let graph = AnalysisGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [2, bad], directed: false)
            #expect(throws: PathSearchError.self) { try Dijkstra.distances(from: 0, in: graph) }
            #expect(throws: PathSearchError.self) { try Dijkstra.shortestPath(from: 0, to: 2, in: graph) }
            #expect(throws: PathSearchError.self) { try KShortestPaths.paths(from: 0, to: 2, k: 2, in: graph) }
            #expect(throws: PathSearchError.self) { try AllShortestPaths(from: 0, to: 2, in: graph) }
            do {
                _ = try Dijkstra.distances(from: 0, in: graph)
            } catch {
                guard case let .invalidWeight(edge, from, to, _) = error else { return }
                #expect(edge == 1 && from == 1 && to == 2)
                #expect(error.description.contains(bad.isNaN ? "not a number" : "negative"))
            }
            // Unweighted searches ignore weights.
            #expect(try KShortestPaths.paths(from: 0, to: 2, k: 2, in: graph, weighted: false).count == 1)
        }
    }

    @Test func deepPathDoesNotOverflow() throws {
        let n = 200_000
        let graph = AnalysisGraph(nodeCount: n, sources: (0..<Int32(n - 1)).map { $0 }, targets: (1..<Int32(n)).map { $0 },
                                  directed: true)
        #expect(StrongComponents(graph).count == n)
        #expect(ArticulationPoints(graph).nodes.count == n - 2)
        #expect(Bridges(graph).pairs.count == n - 1)
        #expect(BreadthFirst.shortestPath(from: 0, to: n - 1, in: graph)?.hops == n - 1)
    }
}

import Testing
@testable import NetGraph

/// `CommonGround` against a brute force that enumerates every simple chain between the two
/// actors, on small random graphs with parallel relations, self-loops and both kinds of
/// relation type.
@Suite struct CommonGroundTests {
    /// A random graph of `n` people: `m` relations of a directed type (`reports-to`) or an
    /// undirected one (`family-of`), some parallel, some loops.
    private func randomGraph(n: Int, m: Int, seed: UInt64) throws -> Graph {
        var rng = SplitMix64(seed: seed)
        var text = "entities:\n"
        for v in 0..<n { text += "  - {id: p\(v), kind: person, name: P\(v)}\n" }
        text += "relations:\n"
        for _ in 0..<m {
            let (u, v) = (Int.random(in: 0..<n, using: &rng), Int.random(in: 0..<n, using: &rng))
            text += "  - {from: p\(u), to: p\(v), type: \(Bool.random(using: &rng) ? "reports-to" : "family-of")}\n"
        }
        return try TestSupport.read(text)
    }

    /// Every simple chain from `a` to `b` (links either way), by depth-first enumeration.
    private func simpleChains(_ graph: Graph, from a: Int, to b: Int) -> [[Int]] {
        var adjacent = [Set<Int>](repeating: [], count: graph.nodeCount)
        for r in 0..<graph.relationCount {
            let (u, v) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
            if u != v { adjacent[u].insert(v); adjacent[v].insert(u) }
        }
        var chains: [[Int]] = []
        func extend(_ chain: [Int]) {
            let last = chain.last!
            if last == b { chains.append(chain); return }
            for next in adjacent[last].sorted() where !chain.contains(next) { extend(chain + [next]) }
        }
        extend([a])
        return chains
    }

    @Test(arguments: 0..<40)
    func matchesBruteForce(seed: Int) throws {
        let graph = try randomGraph(n: 7, m: 3 + seed % 9, seed: UInt64(seed))
        for a in 0..<graph.nodeCount {
            for b in 0..<graph.nodeCount where a != b {
                let common = CommonGround(a, b, in: graph)
                let between = { (x: Int, y: Int) in
                    (0..<graph.relationCount).filter { r in
                        let (u, v) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
                        return (u == x && v == y) || (u == y && v == x)
                    }
                }
                #expect(common.direct == between(a, b))
                let expectedShared = (0..<graph.nodeCount).filter { $0 != a && $0 != b && !between(a, $0).isEmpty && !between(b, $0).isEmpty }
                #expect(common.shared.map(\.node) == expectedShared)
                for associate in common.shared {
                    #expect(associate.viaA == between(a, associate.node))
                    #expect(associate.viaB == between(b, associate.node))
                }
                let chains = simpleChains(graph, from: a, to: b)
                let shortest = chains.map(\.count).min().map { $0 - 1 }
                #expect(common.distance == shortest, "\(a)-\(b)")
                let onChains = Set(chains.filter { $0.count - 1 == shortest }.flatMap { $0.dropFirst().dropLast() })
                #expect(Set(common.onShortestChains) == onChains, "\(a)-\(b)")
                #expect(common.onShortestChains.count == onChains.count)
            }
        }
    }
}

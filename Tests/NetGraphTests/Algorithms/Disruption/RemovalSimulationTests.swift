import Foundation
import Testing
@testable import NetGraph

/// Removal simulations against NetworkX (components, global efficiency, betweenness
/// recomputed) and against direct counts.
@Suite struct RemovalSimulationTests {
    static let graphs = ["florentine", "karate", "multi_component"]

    /// The fixture graph's undirected edges as JSON pairs, for NetworkX.
    static func edges(_ graph: AnalysisGraph) -> String {
        var pairs: [String] = []
        for u in 0..<graph.nodeCount {
            for slot in Int(graph.outgoing.offsets[u])..<Int(graph.outgoing.offsets[u + 1]) where Int(graph.outgoing.targets[slot]) >= u {
                pairs.append("[\(u),\(graph.outgoing.targets[slot])]")
            }
        }
        return "[" + pairs.joined(separator: ",") + "]"
    }

    /// NetworkX, step by step on the same removal order: components, largest share, global
    /// efficiency, the mean distance over joined pairs, and the betweenness of every node left.
    static let script = """
        import json, sys, networkx as nx
        n, edges, order = int(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
        G = nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(edges)
        out = []
        for q in range(len(order) + 1):
            H = G.subgraph(set(G) - set(order[:q]))
            comps = list(nx.connected_components(H))
            lengths = [d for s, row in nx.all_pairs_shortest_path_length(H) for t, d in row.items() if s != t]
            b = nx.betweenness_centrality(H, normalized=False)
            out.append({"components": len(comps), "largest": max((len(c) for c in comps), default=0) / n,
                        "efficiency": nx.global_efficiency(H) if len(H) > 1 else 0.0,
                        "apl": sum(lengths) / len(lengths) if lengths else None,
                        "betweenness": {str(v): x for v, x in b.items()}})
        print(json.dumps(out))
        """

    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"), arguments: graphs)
    func recomputedBetweennessAttackMatchesNetworkX(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph().undirected()
        let steps = min(6, graph.nodeCount)
        let simulation = try RemovalSimulation(graph, strategy: .betweenness(recompute: true), steps: steps) { $0 }
        #expect(simulation.removed.count == steps)
        let output = try PythonTools.run(Self.script, arguments: [String(graph.nodeCount), Self.edges(graph), "\(simulation.removed)"])
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        for (q, impact) in ([simulation.intact] + simulation.steps).enumerated() {
            let expected = reference[q]
            #expect(impact.components == expected["components"] as? Int, "\(name) step \(q)")
            #expect(abs(impact.largestComponentShare - (expected["largest"] as! Double)) < 1e-12)
            #expect(abs(impact.efficiency - (expected["efficiency"] as! Double)) < 1e-12)
            #expect(abs(impact.distanceFragmentation - (1 - (expected["efficiency"] as! Double))) < 1e-12)
            if let apl = expected["apl"] as? Double { #expect(abs(impact.averagePathLength! - apl) < 1e-12) } else { #expect(impact.averagePathLength == nil) }
            // The next removal is a node of the highest betweenness NetworkX finds on what is left.
            if q < simulation.removed.count {
                let scores = try #require(expected["betweenness"] as? [String: Double])
                let best = scores.values.max() ?? 0
                #expect(abs((scores[String(simulation.removed[q])] ?? -1) - best) < 1e-9, "\(name) step \(q + 1)")
            }
        }
        let sum = simulation.steps.reduce(0) { $0 + $1.largestComponentShare }
        #expect(abs(simulation.robustness - sum / Double(graph.nodeCount)) < 1e-15)
    }

    @Test(arguments: graphs)
    func degreeOnceFollowsTheIntactRankingAndFragmentationIsBorgattis(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph().undirected()
        let simulation = try RemovalSimulation(graph, strategy: .degree(recompute: false), steps: 4) { $0 }
        let degree = DegreeCentrality.scores(graph, normalized: false)
        #expect(simulation.removed == Array(degree.ranked().prefix(4)))
        for (q, impact) in simulation.steps.enumerated() {
            let removed = Array(simulation.removed.prefix(q + 1))
            #expect(abs(impact.fragmentation - Fragmentation.score(removing: removed, in: graph)) < 1e-15)
            #expect(abs(impact.distanceFragmentation - KeyPlayersTests.distanceFragmentationByFloydWarshall(graph, removing: Set(removed))) < 1e-12)
        }
    }

    @Test func candidatesAndRandomRunsRepeat() throws {
        let graph = try NetworkXFixture("karate").graph()
        let pool = Array(stride(from: 0, to: graph.nodeCount, by: 2))
        let simulation = try RemovalSimulation(graph, strategy: .degree(recompute: true), steps: 100, candidates: pool) { $0 }
        #expect(simulation.removed.count == pool.count && simulation.removed.allSatisfy(pool.contains))
        let first = RandomRemovals(graph, steps: 5, runs: 4, seed: 7)
        let again = RandomRemovals(graph, steps: 5, runs: 4, seed: 7)
        #expect(first.steps.map(\.efficiency.mean) == again.steps.map(\.efficiency.mean))
        #expect(first.robustness == again.robustness)
        #expect(RandomRemovals(graph, steps: 5, runs: 4, seed: 8).steps.map(\.efficiency.mean) != first.steps.map(\.efficiency.mean))
    }
}

/// Every step of four strategies against the committed NetworkX values
/// (`Fixtures/networkx/make_disruption.py` → `disruption.json`), on five fixture graphs.
@Suite struct RemovalSimulationFixtureTests {
    static func reference() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/networkx/disruption.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return object["graphs"] as! [String: Any]
    }

    @Test(arguments: ["karate", "florentine", "davis", "multi_component", "random_undirected"])
    func everyStepEqualsNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph().undirected()
        let strategies = try #require(try Self.reference()[name] as? [String: Any])
        for (strategyName, value) in strategies {
            let expected = try #require(value as? [String: Any])
            let steps = try #require(expected["steps"] as? [[String: Any]])
            let order = steps.map { fixture.index(of: $0["removed"] as! String) }
            // Our own strategy gives NetworkX's order (ties to the node listed first)…
            let strategy: RemovalSimulation.Strategy? = switch strategyName {
            case "betweenness": .betweenness(recompute: false)
            case "betweenness_recomputed": .betweenness(recompute: true)
            default: nil
            }
            if let strategy {
                let ours = try RemovalSimulation(graph, strategy: strategy, steps: order.count) { $0 }
                #expect(ours.removed == order, "\(name) \(strategyName)")
            }
            // …and every step's measures along that order are NetworkX's.
            let simulation = try RemovalSimulation(graph, strategy: .list(order), steps: order.count) { $0 }
            for (step, impact) in zip(steps, simulation.steps) {
                let label = "\(name) \(strategyName) after \(step["removed"]!)"
                #expect(abs(impact.largestComponentShare - (step["largest_component_share"] as! Double)) < 1e-12, "\(label)")
                #expect(impact.components == step["components"] as? Int, "\(label)")
                #expect(abs(impact.fragmentation - (step["fragmentation"] as! Double)) < 1e-12, "\(label)")
                #expect(abs(impact.distanceFragmentation - (step["distance_fragmentation"] as! Double)) < 1e-9, "\(label)")
                #expect(abs(impact.efficiency - (step["efficiency"] as! Double)) < 1e-9, "\(label)")
                // The fixture writes 0 where no pair is joined; netgraph says nil.
                #expect(abs((impact.averagePathLength ?? 0) - (step["average_path_length"] as! Double)) < 1e-9, "\(label)")
            }
            #expect(abs(simulation.robustness - (expected["robustness"] as! Double)) < 1e-12, "\(name) \(strategyName)")
        }
    }
}

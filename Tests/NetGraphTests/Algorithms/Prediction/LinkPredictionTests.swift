import Foundation
import Testing
@testable import NetGraph

/// Link prediction against NetworkX's five methods on every non-edge of the fixtures.
@Suite struct LinkPredictionTests {
    static let graphs = ["florentine", "karate", "multi_component", "davis"]

    static let script = """
        import json, sys, networkx as nx
        n, edges = int(sys.argv[1]), json.loads(sys.argv[2])
        G = nx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(edges)
        out = {}
        out["common-neighbors"] = [[u, v, len(list(nx.common_neighbors(G, u, v)))] for u, v in nx.non_edges(G)]
        for name, f in [("jaccard", nx.jaccard_coefficient), ("adamic-adar", nx.adamic_adar_index),
                        ("resource-allocation", nx.resource_allocation_index), ("preferential-attachment", nx.preferential_attachment)]:
            out[name] = [[u, v, s] for u, v, s in f(G)]
        print(json.dumps(out))
        """

    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"), arguments: graphs)
    func everyMethodEqualsNetworkX(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph()
        let output = try PythonTools.run(Self.script, arguments: [String(graph.nodeCount), RemovalSimulationTests.edges(graph.undirected())])
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [[Double]]])
        for method in LinkPrediction.Method.allCases {
            let ours = LinkPrediction.candidates(graph, method: method) { $0 }
            var expected: [Int: Double] = [:]
            for entry in try #require(reference[method.rawValue]) where method == .preferentialAttachment || entry[2] > 0 {
                let (u, v) = (Int(entry[0]), Int(entry[1]))
                expected[min(u, v) * graph.nodeCount + max(u, v)] = entry[2]
            }
            #expect(ours.count == expected.count, "\(name) \(method)")
            for candidate in ours {
                let want = try #require(expected[candidate.a * graph.nodeCount + candidate.b], "\(name) \(method) \(candidate.a)-\(candidate.b)")
                #expect(abs(candidate.score - want) <= 1e-12 * max(1, abs(want)), "\(name) \(method) \(candidate.a)-\(candidate.b)")
            }
            #expect(zip(ours, ours.dropFirst()).allSatisfy { $0.score >= $1.score })
            let view = graph.undirected()
            func around(_ v: Int) -> Set<Int> {
                Set(view.outgoing.targets[Int(view.outgoing.offsets[v])..<Int(view.outgoing.offsets[v + 1])].map(Int.init))
            }
            #expect(ours.allSatisfy { $0.shared == around($0.a).intersection(around($0.b)).sorted() }, "\(name) \(method)")
        }
    }

    /// With one node, every pair has it at one end and the scores are those of the whole list.
    @Test(arguments: graphs)
    func oneNodesCandidatesAreItsPairsInTheWholeList(_ name: String) throws {
        let graph = try NetworkXFixture(name).graph()
        for method in LinkPrediction.Method.allCases {
            let all = LinkPrediction.candidates(graph, method: method) { $0 }
            let mine = LinkPrediction.candidates(graph, method: method, for: 1) { $0 }
            #expect(Set(mine) == Set(all.filter { $0.a == 1 || $0.b == 1 }), "\(name) \(method)")
        }
    }
}

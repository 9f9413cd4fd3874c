import Foundation
import Testing
@testable import NetGraph

@Suite struct StructuralHoleTests {
    /// `structural_holes.json`'s readings of one fixture graph: key → measure → node → value (nil = NaN).
    private static func reference(_ name: String) throws -> [String: [String: [String: Any]]] {
        let url = TestSupport.fixtures.appendingPathComponent("networkx/structural_holes.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        return (object["graphs"] as! [String: Any])[name] as! [String: [String: [String: Any]]]
    }

    private static func expectMatches(_ actual: Scores, _ expected: [String: Any], nodes: [String], _ label: String) {
        for (i, node) in nodes.enumerated() {
            if let value = expected[node] as? NSNumber {
                let want = value.doubleValue
                #expect(abs(actual[i] - want) <= 1e-12 * max(1, abs(want)), "\(label) \(node): \(actual[i]) vs \(want)")
            } else {
                #expect(actual[i].isNaN, "\(label) \(node): \(actual[i]) vs NaN")
            }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func constraintAndEffectiveSizeMatchNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let readings = try Self.reference(name)
        #expect(readings.count >= 2)
        for (key, measures) in readings {
            let directed = key.hasPrefix("directed")
            let graph = fixture.graph(weighted: key.hasSuffix("_weighted"), directed: directed)
            Self.expectMatches(try Constraint.scores(graph), try #require(measures["constraint"]), nodes: fixture.nodes, "\(name) \(key) constraint")
            Self.expectMatches(try EffectiveSize.scores(graph), try #require(measures["effective_size"]), nodes: fixture.nodes, "\(name) \(key) effective size")
        }
    }

    @Test func efficiencyIsEffectiveSizePerContact() throws {
        let fixture = try NetworkXFixture("karate")
        let graph = fixture.graph()
        let size = try EffectiveSize.scores(graph), efficiency = try Efficiency.scores(graph)
        for u in 0..<graph.nodeCount {
            #expect(abs(efficiency[u] - size[u] / Double(graph.outgoing.degree(of: u))) <= 1e-15)
        }
    }

    /// A star's centre holds evenly spread constraint (hierarchy 0); a node with one strong
    /// and one weak tie concentrates it (hierarchy by Burt's formula, computed by hand).
    @Test func hierarchyFollowsBurtsFormula() throws {
        let star = AnalysisGraph(nodeCount: 4, sources: [0, 0, 0], targets: [1, 2, 3], directed: false)
        let h = try Hierarchy.scores(star)
        #expect(abs(h[0]) <= 1e-15)
        #expect(h[1].isNaN) // a single contact: N ln N = 0

        // Path 1 – 0 – 2 with weights 3 and 1: p_01 = 3/4, p_02 = 1/4, no indirect terms.
        let path = AnalysisGraph(nodeCount: 3, sources: [0, 0], targets: [1, 2], weights: [3, 1], directed: false)
        let c = [0.5625, 0.0625]
        let mean = (c[0] + c[1]) / 2
        let expected = c.map { ($0 / mean) * log($0 / mean) }.reduce(0, +) / (2 * log(2))
        #expect(abs(try Hierarchy.scores(path)[0] - expected) <= 1e-15)
        #expect(abs(try Constraint.scores(path)[0] - 0.625) <= 1e-15)
    }

    /// Burt's local constraint as NetworkX's `local_constraint` defines it, one pair at a time:
    /// `c_uv = (p_uv + Σ_{w ∈ N(u)} p_uw p_wv)²`.
    static func localConstraint(_ ego: MutualWeights, _ u: Int, _ v: Int32) -> Double {
        var indirect = 0.0
        for slot in ego.slots(of: u) {
            let w = ego.contacts[slot]
            indirect += ego.proportion(from: u, to: w) * ego.proportion(from: Int(w), to: v)
        }
        let total = ego.proportion(from: u, to: v) + indirect
        return total * total
    }

    /// The one-pass local constraints equal the pairwise definition bit for bit, on random
    /// graphs directed and not, weighted and not, with self-loops.
    @Test func localConstraintsInOnePassEqualThePairwiseSum() {
        for seed in UInt64(1)...40 {
            let directed = seed % 2 == 0, weighted = seed % 3 == 0
            var graph = randomGraph(nodes: 30, edges: 120, directed: directed, weighted: weighted, seed: seed)
            if seed % 5 == 0 {
                // A self-loop makes a node its own contact.
                graph = AnalysisGraph(nodeCount: 30, sources: [0, 3] + Array(graph.edgeSources),
                                      targets: [0, 3] + Array(graph.edgeTargets),
                                      weights: weighted ? [2, 1] + graph.edgeWeights : [], directed: directed)
            }
            let ego = MutualWeights(graph)
            var scratch = [Double](repeating: 0, count: graph.nodeCount)
            for u in 0..<graph.nodeCount {
                let pairwise = ego.slots(of: u).map { Self.localConstraint(ego, u, ego.contacts[$0]) }
                let onePass = ego.localConstraints(of: u, scratch: &scratch)
                #expect(pairwise.map(\.bitPattern) == onePass.map(\.bitPattern), "seed \(seed), node \(u)")
            }
            #expect(scratch.allSatisfy { $0 == 0 }, "scratch left dirty, seed \(seed)")
        }
    }

    @Test func negativeTieStrengthsAreRefused() {
        let graph = AnalysisGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], weights: [1, -2], directed: false)
        #expect(throws: CentralityError.negativeWeight(source: 1, target: 2, weight: -2)) { try Constraint.scores(graph) }
        #expect(throws: CentralityError.self) { try EffectiveSize.scores(graph) }
        #expect(throws: CentralityError.self) { try Efficiency.scores(graph) }
        #expect(throws: CentralityError.self) { try Hierarchy.scores(graph) }
    }
}

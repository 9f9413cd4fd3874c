import Foundation
import Testing
@testable import NetGraph

/// Two-mode projections against NetworkX's bipartite projections on random person–organisation
/// networks, and the evidence each projected link carries.
@Suite struct TwoModeProjectionTests {
    static func network(seed: UInt64) throws -> (text: String, graph: Graph, ties: [(Int, Int)]) {
        var rng = SplitMix64(seed: seed)
        let (persons, groups) = (4 + Int(rng.next() % 6), 2 + Int(rng.next() % 4))
        var text = "sources:\n  - {id: s0}\n  - {id: s1}\nentities:\n"
        text += (0..<persons).map { "  - {id: p\($0), kind: person}\n" }.joined()
        text += (0..<groups).map { "  - {id: g\($0), kind: organization}\n" }.joined()
        text += "  - {id: c, kind: cartel}\nrelations:\n  - {from: p0, to: c, type: member-of}\n"
        var ties: [(Int, Int)] = []
        for _ in 0..<(persons + Int(rng.next() % UInt64(2 * persons))) {
            let (p, g) = (Int(rng.next() % UInt64(persons)), Int(rng.next() % UInt64(groups)))
            text += "  - {from: p\(p), to: g\(g), type: member-of, source: s\(rng.next() % 2)}\n"
            ties.append((p, g))
        }
        return (text, try TestSupport.read(text), ties)
    }

    static let script = """
        import json, sys, networkx as nx
        from networkx.algorithms import bipartite
        persons, ties = int(sys.argv[1]), json.loads(sys.argv[2])
        B = nx.Graph(); B.add_nodes_from(f"p{i}" for i in range(persons)); B.add_edges_from((f"p{p}", f"g{g}") for p, g in ties)
        P = [f"p{i}" for i in range(persons)]
        out = {}
        for name, G in [("count", bipartite.weighted_projected_graph(B, P)), ("newman", bipartite.collaboration_weighted_projected_graph(B, P)),
                        ("jaccard", bipartite.overlap_weighted_projected_graph(B, P)), ("overlap", bipartite.overlap_weighted_projected_graph(B, P, jaccard=False))]:
            out[name] = sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in G.edges(data=True))
        out["plain"] = sorted(sorted([u, v]) for u, v in bipartite.projected_graph(B, P).edges())
        print(json.dumps(out))
        """

    @Test(.enabled(if: PythonTools.has("networkx"), "python3 with networkx is not available"), arguments: 0..<15)
    func everyWeightingEqualsNetworkX(_ seed: Int) throws {
        let (_, graph, ties) = try Self.network(seed: UInt64(seed))
        let persons = graph.entities.filter { $0.kind == .person }.count
        let output = try PythonTools.run(Self.script, arguments: [String(persons), "[" + ties.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]"])
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        for weighting in TwoModeProjection.Weighting.allCases {
            let projected = try TwoModeProjection.project(graph, onto: .person, via: .organization, weighting: weighting)
            #expect(projected.nodeCount == persons)
            let ours = projected.relations.map { [min($0.from, $0.to), max($0.from, $0.to)] }.sorted { $0.lexicographicallyPrecedes($1) }
            let expected = try #require(reference[weighting.rawValue] as? [[Any]])
            #expect(ours == expected.map { [$0[0] as! String, $0[1] as! String] }, "seed \(seed) \(weighting)")
            #expect(ours == (reference["plain"] as? [[String]]), "seed \(seed)")
            let weights = Dictionary(uniqueKeysWithValues: projected.relations.map { ("\(min($0.from, $0.to))-\(max($0.from, $0.to))", $0.weight ?? -1) })
            for entry in expected {
                let want = entry[2] as! Double
                #expect(abs(weights["\(entry[0])-\(entry[1])"]! - want) < 1e-12, "seed \(seed) \(weighting)")
            }
        }
    }

    @Test func eachLinkCitesWhatItStandsOn() throws {
        let graph = try TestSupport.read("""
            sources:
              - {id: s0}
              - {id: s1}
            entities:
              - {id: a, kind: person}
              - {id: b, kind: person}
              - {id: c, kind: person}
              - {id: x, kind: organization}
              - {id: y, kind: organization}
            relations:
              - {from: a, to: x, type: member-of, source: s0}
              - {from: b, to: x, type: member-of, source: s0}
              - {from: b, to: y, type: member-of, source: s0}
              - {from: c, to: y, type: member-of, source: s1}
            """)
        let projected = try TwoModeProjection.project(graph, onto: .person, via: .organization)
        let links = Array(projected.relations)
        #expect(links.map { "\($0.from)-\($0.to)" } == ["a-b", "b-c"])
        #expect(links[0].attributes["via"] == .string("x") && links[0].attributes["relations"] == .string("0; 1"))
        #expect(links[0].source == "s0" && links[1].source == nil)
        #expect(links.allSatisfy { $0.type == "shares-organization" })
        #expect(throws: TwoModeProjection.ProjectionError.noEntities(.event)) { try TwoModeProjection.project(graph, onto: .person, via: .event) }
    }
}

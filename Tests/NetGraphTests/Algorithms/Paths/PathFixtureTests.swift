import Foundation
import Testing
@testable import NetGraph

@Suite struct PathFixtureTests {
    static let names = NetworkXFixture.names

    @Test(arguments: names) func breadthFirstDistancesMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        let expected = try #require(fixture.measures["bfs_distances"] as? [String: [String: Int]])
        #expect(!expected.isEmpty)
        for (source, distances) in expected {
            let found = BreadthFirst.distances(from: fixture.index(of: source), in: graph)
            var reached: [String: Int] = [:]
            for (v, d) in found.enumerated() where d >= 0 { reached[fixture.nodes[v]] = Int(d) }
            #expect(reached == distances, "\(name) from \(source)")
        }
    }

    @Test(arguments: names) func dijkstraDistancesMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        guard let expected = fixture.measures["dijkstra_distances"] as? [String: [String: Double]] else {
            #expect(!fixture.weighted)
            return
        }
        let graph = fixture.graph(weighted: true)
        for (source, distances) in expected {
            let found = try Dijkstra.distances(from: fixture.index(of: source), in: graph)
            var reached: [String: Double] = [:]
            for (v, d) in found.enumerated() where d.isFinite { reached[fixture.nodes[v]] = d }
            #expect(reached == distances, "\(name) from \(source)")
        }
    }

    @Test(arguments: names) func shortestPathCountsMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        let pairs = try #require(fixture.measures["shortest_path_counts"] as? [[String: Any]])
        #expect(pairs.count == 5)
        for pair in pairs {
            let s = fixture.index(of: pair["source"] as! String)
            let t = fixture.index(of: pair["target"] as! String)
            let count = pair["count"] as! Int
            let hops = pair["hops"] as! Int
            let all = try AllShortestPaths(from: s, to: t, in: graph, weighted: false, limit: 10_000)
            #expect(all.totalCount == Double(count), "\(name) \(s)→\(t)")
            #expect(all.paths.count == count)
            #expect(!all.isCapped)
            #expect(Set(all.paths.map(\.nodes)).count == count)
            for path in all.paths {
                #expect(path.hops == hops && path.nodes.first == s && path.nodes.last == t)
                try Self.checkWalk(path, in: graph)
            }
            let capped = try AllShortestPaths(from: s, to: t, in: graph, weighted: false, limit: 1)
            #expect(capped.paths.count == 1 && capped.isCapped == (count > 1))
            #expect(capped.paths.first == all.paths.first)
        }
    }

    @Test(arguments: names) func kShortestPathsMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        for key in ["k_shortest", "k_shortest_weighted"] {
            guard let entries = fixture.measures[key] as? [[String: Any]] else {
                #expect(key == "k_shortest_weighted" && !fixture.weighted)
                continue
            }
            let weighted = key == "k_shortest_weighted"
            let graph = fixture.graph(weighted: weighted)
            #expect(entries.count == 3)
            for entry in entries {
                let s = fixture.index(of: entry["source"] as! String)
                let t = fixture.index(of: entry["target"] as! String)
                let expected = entry["paths"] as! [[String: Any]]
                let cutoff = (entry["cutoff_length"] as! NSNumber).doubleValue
                let atCutoff = Set((entry["paths_at_cutoff"] as! [[String]]).map { $0.map(fixture.index(of:)) })
                let found = try KShortestPaths.paths(from: s, to: t, k: 5, in: graph, weighted: weighted)
                #expect(found.map(\.cost) == expected.map { ($0["length"] as! NSNumber).doubleValue }, "\(name) \(key)")
                let shorter = Set(expected.filter { ($0["length"] as! NSNumber).doubleValue < cutoff }
                    .map { ($0["path"] as! [String]).map(fixture.index(of:)) })
                #expect(Set(found.filter { $0.cost < cutoff }.map(\.nodes)) == shorter)
                for path in found where path.cost == cutoff { #expect(atCutoff.contains(path.nodes)) }
                for path in found { try Self.checkWalk(path, in: graph) }
            }
        }
    }

    /// The path is simple, its edges join its nodes and its cost is their weight.
    static func checkWalk(_ path: Path, in graph: AnalysisGraph) throws {
        #expect(Set(path.nodes).count == path.nodes.count)
        var cost = 0.0
        for (i, e) in path.edges.enumerated() {
            #expect(graph.edge(from: path.nodes[i], to: path.nodes[i + 1]) == e)
            cost += graph.isWeighted ? graph.edgeWeights[e] : 1
        }
        #expect(cost == path.cost)
    }
}

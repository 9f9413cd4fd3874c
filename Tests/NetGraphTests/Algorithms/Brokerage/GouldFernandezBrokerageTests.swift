import Foundation
import Testing
@testable import NetGraph

/// One `Fixtures/sna/brokerage_*.json` file: a graph, its groups and sna's values.
private struct BrokerageFixture {
    let name: String
    let graph: AnalysisGraph
    let groups: [Int32]
    /// Rows of six: the five roles in sna's order, then the total.
    let raw: [[Double]]
    let expected: [[Double]]
    let sd: [[Double]]
    let z: [[Double]]
    /// sna's graph-level row (`raw.gli`, `exp.gli`, `sd.gli`, `z.gli`) and per-group rows
    /// (`exp.grp`, `sd.grp`), groups in order of first appearance.
    let rawGraph: [Double]
    let expectedGraph: [Double]
    let sdGraph: [Double]
    let zGraph: [Double]
    let expectedGroup: [[Double]]
    let sdGroup: [[Double]]

    static let names = ["roles", "random12", "random20", "undirected10", "loop_isolate", "undirected_loop", "one_group", "complete4"]

    init(_ name: String) throws {
        let url = TestSupport.fixtures.appendingPathComponent("sna/brokerage_\(name).json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let columns = try #require(object["columns"] as? [String])
        let nodes = try #require(object["nodes"] as? [String])
        let edges = try #require(object["edges"] as? [[Int]])
        let directed = try #require(object["directed"] as? Bool)
        func table(_ key: String) throws -> [[Double]] {
            let rows = try #require(object[key] as? [[String: Any]])
            return try rows.map { row in
                try columns.map { column in
                    switch row[column] {
                    case let number as NSNumber: return number.doubleValue
                    case "NaN" as String: return .nan
                    case "Inf" as String: return .infinity
                    case "-Inf" as String: return -.infinity
                    default: throw FixtureError.badValue(key, column)
                    }
                }
            }
        }
        self.name = name
        graph = AnalysisGraph(nodeCount: nodes.count, sources: edges.map { Int32($0[0]) }, targets: edges.map { Int32($0[1]) },
                              directed: directed)
        groups = try #require(object["groups"] as? [Int]).map(Int32.init)
        raw = try table("raw")
        expected = try table("expected")
        sd = try table("sd")
        z = try table("z")
        rawGraph = try #require(try table("raw_gli").first)
        expectedGraph = try #require(try table("exp_gli").first)
        sdGraph = try #require(try table("sd_gli").first)
        zGraph = try #require(try table("z_gli").first)
        expectedGroup = try table("exp_grp")
        sdGroup = try table("sd_grp")
    }

    enum FixtureError: Error { case badValue(String, String) }
}

/// Equal within 1e-9 (relative for large values), NaN to NaN, infinity to the same infinity.
private func matches(_ value: Double, _ reference: Double) -> Bool {
    if reference.isNaN { return value.isNaN }
    if reference.isInfinite { return value == reference }
    return abs(value - reference) <= 1e-9 * max(1, abs(reference))
}

@Suite("Brokerage: Gould–Fernandez roles")
struct GouldFernandezBrokerageTests {
    @Test("Counts, expected values, deviations and z-scores equal sna::brokerage", arguments: BrokerageFixture.names)
    func equalsSNA(_ name: String) throws {
        let fixture = try BrokerageFixture(name)
        let result = GouldFernandez(fixture.graph, groups: fixture.groups)
        for v in 0..<fixture.graph.nodeCount {
            let counts = result.counts(of: v)
            #expect(counts.byRole.map(Double.init) + [Double(counts.total)] == fixture.raw[v], "\(name) node \(v) counts")
            for (label, values, reference) in [("expected", result.expected(of: v), fixture.expected[v]),
                                                ("sd", result.standardDeviation(of: v), fixture.sd[v]),
                                                ("z", result.zScores(of: v), fixture.z[v])] {
                let all = values.byRole + [values.total]
                for column in 0..<6 {
                    #expect(matches(all[column], reference[column]), "\(name) node \(v) \(label)[\(column)]: \(all[column]) vs \(reference[column])")
                }
            }
        }
    }

    @Test("Graph-level and per-group values equal sna::brokerage's raw.gli, exp.gli, sd.gli, z.gli, exp.grp and sd.grp",
          arguments: BrokerageFixture.names)
    func graphLevelEqualsSNA(_ name: String) throws {
        let fixture = try BrokerageFixture(name)
        let result = GouldFernandez(fixture.graph, groups: fixture.groups)
        let counts = result.graphCounts
        #expect(counts.byRole.map(Double.init) + [Double(counts.total)] == fixture.rawGraph, "\(name) raw.gli")
        var rows: [(String, GouldFernandez.RoleValues<Double>, [Double])] = [
            ("exp.gli", result.graphExpected, fixture.expectedGraph),
            ("sd.gli", result.graphStandardDeviation, fixture.sdGraph),
            ("z.gli", result.graphZScores, fixture.zGraph),
        ]
        #expect(result.groupSizes.count == fixture.expectedGroup.count)
        for group in fixture.expectedGroup.indices where group < result.groupSizes.count {
            rows.append(("exp.grp[\(group)]", result.groupExpectedCounts(group), fixture.expectedGroup[group]))
            rows.append(("sd.grp[\(group)]", result.groupStandardDeviation(group), fixture.sdGroup[group]))
        }
        for (label, values, reference) in rows {
            let all = values.byRole + [values.total]
            for column in 0..<6 {
                #expect(matches(all[column], reference[column]), "\(name) \(label)[\(column)]: \(all[column]) vs \(reference[column])")
            }
        }
    }

    @Test("The fixtures exercise every role and undefined z-scores")
    func fixturesCoverRoles() throws {
        var roleSeen = [Bool](repeating: false, count: 5)
        var nanSeen = false
        for name in BrokerageFixture.names {
            let fixture = try BrokerageFixture(name)
            for row in fixture.raw { for role in 0..<5 where row[role] > 0 { roleSeen[role] = true } }
            nanSeen = nanSeen || fixture.z.joined().contains { $0.isNaN }
        }
        #expect(roleSeen == [true, true, true, true, true])
        #expect(nanSeen)
    }

    /// Every ordered triple, straight from the definition.
    private func bruteForce(_ graph: AnalysisGraph, groups: [Int32]) -> [[Int]] {
        let n = graph.nodeCount
        var counts = [[Int]](repeating: [Int](repeating: 0, count: 5), count: n)
        for a in 0..<n {
            for b in 0..<n where b != a {
                for c in 0..<n where c != a && c != b {
                    guard graph.edge(from: a, to: b) != nil, graph.edge(from: b, to: c) != nil, graph.edge(from: a, to: c) == nil else { continue }
                    let (ga, gb, gc) = (groups[a], groups[b], groups[c])
                    let role: GouldFernandez.Role = ga == gb ? (gb == gc ? .coordinator : .representative)
                        : gb == gc ? .gatekeeper : ga == gc ? .itinerant : .liaison
                    counts[b][role.rawValue] += 1
                }
            }
        }
        return counts
    }

    @Test("Counts equal a brute-force enumeration of two-paths on random graphs", arguments: [false, true])
    func bruteForceAgreement(directed: Bool) {
        var generator = SplitMix64(seed: directed ? 11 : 12)
        for trial in 0..<40 {
            let n = 3 + Int(generator.next() % 12)
            var sources: [Int32] = []
            var targets: [Int32] = []
            for u in 0..<n {
                for v in 0..<n where generator.next() % 100 < 30 {
                    sources.append(Int32(u))
                    targets.append(Int32(v))  // self-loops and both directions included on purpose
                }
            }
            let graph = AnalysisGraph(nodeCount: n, sources: sources, targets: targets, directed: directed)
            let groups = (0..<n).map { _ in Int32(generator.next() % 3) * 7 }
            let result = GouldFernandez(graph, groups: groups)
            let expected = bruteForce(graph, groups: groups)
            for v in 0..<n {
                #expect(result.counts(of: v).byRole == expected[v], "trial \(trial) node \(v)")
            }
        }
    }

    @Test("Undirected: a path a – b – c counts both ways; representative equals gatekeeper")
    func undirectedCountsBothWays() {
        // 0 – 1 – 2 with 0, 1 in one group and 2 in another; and 1 – 3 with 3 in a third.
        let graph = AnalysisGraph(nodeCount: 4, sources: [0, 1, 1], targets: [1, 2, 3], directed: false)
        let result = GouldFernandez(graph, groups: [0, 0, 1, 2])
        let counts = result.counts(of: 1)
        #expect(counts[.representative] == 2)  // 0→1→2 and 0→1→3
        #expect(counts[.gatekeeper] == 2)      // 2→1→0 and 3→1→0
        #expect(counts[.liaison] == 2)         // 2→1→3 and 3→1→2
        #expect(counts.total == 6)             // three unordered paths, each twice
        // sna's density sees each edge as two arcs: 6 / (4 · 3).
        #expect(result.density == 0.5)
        for v in [0, 2, 3] { #expect(result.counts(of: v).total == 0) }
    }

    @Test("A directed path names the roles as sna does")
    func directedRoleNames() {
        let path = AnalysisGraph(nodeCount: 3, sources: [0, 1], targets: [1, 2], directed: true)
        #expect(GouldFernandez(path, groups: [1, 1, 2]).counts(of: 1)[.representative] == 1)
        #expect(GouldFernandez(path, groups: [1, 2, 2]).counts(of: 1)[.gatekeeper] == 1)
        #expect(GouldFernandez(path, groups: [1, 2, 1]).counts(of: 1)[.itinerant] == 1)
        #expect(GouldFernandez(path, groups: [1, 2, 3]).counts(of: 1)[.liaison] == 1)
        #expect(GouldFernandez(path, groups: [1, 1, 1]).counts(of: 1)[.coordinator] == 1)
        // Closing the triangle a → c removes the brokerage.
        let closed = AnalysisGraph(nodeCount: 3, sources: [0, 1, 0], targets: [1, 2, 2], directed: true)
        #expect(GouldFernandez(closed, groups: [1, 1, 1]).counts(of: 1).total == 0)
    }

    @Test("Empty and one-node graphs give zero counts and NaN expectations")
    func tinyGraphs() {
        for n in [0, 1] {
            let result = GouldFernandez(AnalysisGraph(nodeCount: n, sources: [], targets: [], directed: true),
                                        groups: [Int32](repeating: 0, count: n))
            #expect(result.density.isNaN)
            for v in 0..<n {
                #expect(result.counts(of: v).total == 0)
                #expect(result.expected(of: v).total.isNaN)
            }
        }
    }
}

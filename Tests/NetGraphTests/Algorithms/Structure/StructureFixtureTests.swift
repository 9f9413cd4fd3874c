import Foundation
import Testing
@testable import NetGraph

@Suite struct StructureFixtureTests {
    static let names = NetworkXFixture.names

    func groups(_ fixture: NetworkXFixture, _ key: String) -> [[Int]]? {
        (fixture.measures[key] as? [[String]])?.map { $0.map(fixture.index(of:)) }
    }

    @Test(arguments: names) func componentsMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        #expect(ConnectedComponents(graph).members == groups(fixture, "components"))
        if let strong = groups(fixture, "strong_components") {
            #expect(StrongComponents(graph).members == strong)
        } else {
            #expect(!fixture.directed)
            #expect(StrongComponents(graph).members == ConnectedComponents(graph).members)
        }
    }

    @Test(arguments: names) func cutVerticesAndBridgesMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        let suffix = fixture.directed ? "_undirected" : ""
        let points = try #require(fixture.measures["articulation_points" + suffix] as? [String])
        #expect(ArticulationPoints(graph).nodes == points.map(fixture.index(of:)))
        let bridges = try #require(fixture.measures["bridges" + suffix] as? [[String]])
        let expected = bridges.map { pair in
            let (a, b) = (fixture.index(of: pair[0]), fixture.index(of: pair[1]))
            return [min(a, b), max(a, b)]
        }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(Bridges(graph).pairs.map { [$0.0, $0.1] } == expected)
    }

    @Test(arguments: names) func coreNumbersMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let expected = try #require(fixture.nodeValues("core_number"))
        #expect(CoreNumber(fixture.graph(directed: false)).values.map(Double.init) == expected)
        #expect(try CentralityMeasure.coreNumber.scores(fixture.graph(directed: false)).values == expected)
        if fixture.directed {
            let directed = try #require(fixture.nodeValues("core_number_directed"))
            #expect(CoreNumber(fixture.graph()).values.map(Double.init) == directed)
        }
    }

    @Test(arguments: names) func clusteringMatchesNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        for weighted in [false, true] {
            let suffix = weighted ? "_weighted" : ""
            guard let expected = fixture.nodeValues("clustering" + suffix) else {
                #expect(weighted && !fixture.weighted)
                continue
            }
            let clustering = Clustering(fixture.graph(weighted: weighted), weighted: weighted)
            for (found, value) in zip(clustering.values, expected) {
                #expect(abs(found - value) < 1e-12, "\(name)\(suffix)")
            }
            let average = try #require(fixture.measures["average_clustering" + suffix] as? Double)
            #expect(abs(clustering.average - average) < 1e-12)
        }
        let transitivity = try #require(fixture.measures["transitivity"] as? Double)
        #expect(abs(Clustering.transitivity(fixture.graph()) - transitivity) < 1e-15)
    }

    @Test(arguments: names) func densityAndDistancesMatchNetworkX(name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        let density = try #require(fixture.measures["density"] as? Double)
        #expect(abs(graph.density - density) < 1e-15)
        var reports: [(Int, Int)] = []
        let eccentricity = Eccentricity(largestComponentOf: graph, progress: { reports.append(($0, $1)) })
        // Progress every 64 searches and at the end, counting up to the component's size.
        #expect(reports.last.map { [$0.0, $0.1] } == [eccentricity.nodes.count, eccentricity.nodes.count])
        #expect(reports.map(\.0) == Array(stride(from: 64, to: eccentricity.nodes.count, by: 64)) + [eccentricity.nodes.count])
        let members = try #require(fixture.measures["largest_component_nodes"] as? [String])
        #expect(eccentricity.nodes == members.map(fixture.index(of:)))
        let expected = try #require(fixture.measures["eccentricity"] as? [String: Int])
        #expect(Dictionary(uniqueKeysWithValues: zip(eccentricity.nodes.map { fixture.nodes[$0] }, eccentricity.values)) == expected)
        #expect(eccentricity.diameter == fixture.measures["diameter"] as? Int)
        #expect(eccentricity.radius == fixture.measures["radius"] as? Int)
    }
}

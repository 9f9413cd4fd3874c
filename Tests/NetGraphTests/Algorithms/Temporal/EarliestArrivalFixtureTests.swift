import Foundation
import Testing
@testable import NetGraph

/// Earliest arrivals against raphtory's (Tests/NetGraphTests/Fixtures/temporal).
@Suite struct EarliestArrivalFixtureTests {
    struct Case: Decodable {
        let graph: String
        let source: String
        let start: String
        let arrivals: [String: String]
    }

    struct Fixture: Decodable {
        let tool: String
        let cases: [Case]
    }

    @Test func agreesWithRaphtory() throws {
        let url = TestSupport.fixtures.appendingPathComponent("temporal/raphtory.json")
        let fixture = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
        #expect(fixture.cases.count == 40)
        for (number, item) in fixture.cases.enumerated() {
            let graph = try TestSupport.read(item.graph)
            let source = try #require((0..<graph.nodeCount).first { graph.id(ofNode: $0) == item.source })
            let search = EarliestArrival(contacts: TemporalContacts(graph: graph, directed: true), source: source,
                                         start: PartialDate(item.start)!.lowerBound)
            var found: [String: String] = [:]
            for arrival in search.arrivals where arrival.node != source {
                found[graph.id(ofNode: arrival.node)] = PartialDate(dayNumber: arrival.day)?.description
            }
            #expect(found == item.arrivals, "case \(number)")
        }
    }
}

import Testing
@testable import NetGraph

@Suite struct LabelPropagationTests {
    @Test(arguments: NetworkXFixture.names)
    func matchesNetworkX(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let graph = fixture.graph()
        if let error = fixture.error("label_propagation") {
            #expect(error == "NetworkXNotImplemented")
            #expect(throws: CommunityError.requiresUndirected("label propagation")) {
                try LabelPropagation.communities(graph)
            }
            return
        }
        let expected = try #require(fixture.measures["label_propagation"] as? [String: Any])
        let found = try LabelPropagation.communities(graph)
        #expect(found == partition(expected["communities"] as! [[String]], fixture), "\(name)")
        #expect(abs(Modularity.of(found, in: graph) - (expected["modularity"] as! Double)) < 1e-12)
    }
}

import Testing
@testable import NetGraph

@Suite struct NativeRoundTripTests {

    private func assertEqual(_ a: Graph, _ b: Graph) {
        #expect(a.name == b.name)
        #expect(a.summary == b.summary)
        #expect(a.schema == b.schema)
        #expect(a.sources == b.sources)
        #expect(a.entities == b.entities)
        #expect(a.relations == b.relations)
    }

    @Test(arguments: [GraphFormat.yaml, .json])
    func writeThenReadGivesAnEqualGraph(_ format: GraphFormat) throws {
        let graph = try TestSupport.tricky()
        let text = NativeGraphWriter(format: format).write(graph)
        let again = try TestSupport.read(text)
        assertEqual(graph, again)
        // And writing is deterministic.
        #expect(NativeGraphWriter(format: format).write(again) == text)
    }

    @Test func theStarterGraphRoundTrips() throws {
        let graph = try TestSupport.starter()
        for format in GraphFormat.allCases where format.isNative {
            assertEqual(graph, try TestSupport.read(NativeGraphWriter(format: format).write(graph)))
        }
    }
}

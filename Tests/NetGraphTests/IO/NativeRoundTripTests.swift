import Testing
@testable import NetGraph

@Suite struct NativeRoundTripTests {
    static let tricky = """
        graph: {name: tricky, description: "Two lines:\\nsecond"}
        sources:
          - {id: s, title: "A “quoted” title", author: O'Brien, date: 2020-06, url: "https://example.org/a?b=c#d"}
        schema:
          kinds: [vessel]
          relations:
            - {name: carries, directed: true, to: [vessel]}
            - {name: supports, directed: false}
        entities:
          - {id: a, kind: person, name: "Ana María \\"La Güera\\" Núñez", aliases: ["yes", "123", "null", "#hash", "a: b", "tab\\tend", "emoji 🚢"]}
          - {id: b, kind: vessel, name: "back\\\\slash \\\\N", description: "line one\\nline two", since: 2019, until: 2021-02, attributes: {tonnage: 1200, flag: Panama, seized: true, ratio: 0.25}}
        relations:
          - {from: a, to: b, type: supports, weight: 2.5, since: 2019, until: 2020, status: alleged, source: s, quote: "He said: “it’s \\"ours\\"”", attributes: {note: "comma, and 'quotes'"}}
          - {from: a, to: b, type: supports, date: 2020-06-26}
        """

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
        let graph = try TestSupport.read(Self.tricky)
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

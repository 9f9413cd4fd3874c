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

    /// Text that YAML would read as something else comes back as the same text: a year-like
    /// attribute stays a string, a year in a date field stays that date.
    @Test func textThatLooksLikeANumberStaysText() throws {
        let yaml = """
            graph: {name: q}
            entities:
              - {id: a, kind: person, since: "2019", attributes: {born: "1964", n: 1964, day: "2020-06-26", yes: "yes", neg: "-5"}}
              - {id: b, kind: person}
            relations:
              - {from: a, to: b, type: family-of, date: "2020"}
            """
        let graph = try TestSupport.read(yaml)
        let written = NativeGraphWriter(format: .yaml).write(graph)
        let back = try TestSupport.read(written)
        assertEqual(graph, back)
        #expect(back.entities[0].attributes["born"] == .string("1964"), "\(written)")
        #expect(back.entities[0].attributes["n"] == .number(1964))
        #expect(back.entities[0].since == PartialDate("2019"))
    }

    @Test func theStarterGraphRoundTrips() throws {
        let graph = try TestSupport.starter()
        for format in GraphFormat.allCases where format.isNative {
            assertEqual(graph, try TestSupport.read(NativeGraphWriter(format: format).write(graph)))
        }
    }
}

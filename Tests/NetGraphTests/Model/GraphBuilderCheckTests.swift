import Testing
@testable import NetGraph

/// The builder clears most relations with a quick test and checks the rest in full; every
/// problem must still be found, wherever it sits among relations the quick test cleared.
@Suite struct GraphBuilderCheckTests {
    @Test func problemsAmongClearedRelationsAreAllReported() throws {
        var builder = GraphBuilder(name: "mixed", schema: .default)
        builder.add(Source(id: "report"))
        for index in 0..<50 {
            builder.add(Entity(id: "p\(index)", kind: .person, name: "p\(index)"))
            builder.add(Entity(id: "c\(index)", kind: .cartel, name: "c\(index)"))
        }
        // Relations that pass, so that `leads` from a person to a cartel is known to be allowed
        // before the problems below, which use the same type.
        for index in 0..<50 {
            builder.add(Relation(from: "p\(index)", to: "c\(index)", type: "leads", source: index.isMultiple(of: 2) ? "report" : nil))
        }
        builder.add(Relation(from: "c1", to: "p1", type: "leads"))
        builder.add(Relation(from: "p2", to: "nobody", type: "leads"))
        builder.add(Relation(from: "p3", to: "c3", type: "leads", source: "nowhere"))
        builder.add(Relation(from: "p4", to: "c4", type: "runs"))
        for index in 5..<50 {
            builder.add(Relation(from: "p\(index)", to: "c\(index)", type: "leads"))
        }
        let error = #expect(throws: GraphInputError.self) { try builder.build() }
        let messages = error?.diagnostics.map(\.message) ?? []
        #expect(messages.count == 4)
        #expect(messages.contains { $0.hasPrefix("relation type 'leads' cannot join cartel 'c1' to person 'p1'") })
        #expect(messages.contains { $0 == "relation refers to unknown entity 'nobody'" })
        #expect(messages.contains { $0 == "relation cites unknown source 'nowhere'" })
        #expect(messages.contains { $0.hasPrefix("unknown relation type 'runs'") })
    }
}

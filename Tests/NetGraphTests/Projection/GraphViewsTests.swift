import Testing
@testable import NetGraph

@Suite struct GraphViewsTests {
    @Test func asOfKeepsWhatWasValidThen() throws {
        let graph = try TestSupport.starter()
        let before = graph.asOf(PartialDate("2018")!)
        // The attack (2020) had not happened; Harfuch was still in the Federal Police.
        #expect(before.entity(withID: "harfuch-attack-2020") == nil)
        #expect(before.relations.contains { $0.type == "member-of" && $0.from == "garcia-harfuch" })
        #expect(!before.relations.contains { $0.type == "attacked" })
        #expect(!before.relations.contains { $0.type == "appointed" })

        let after = graph.asOf(PartialDate("2024-12")!)
        #expect(after.entity(withID: "federal-police") == nil)   // until 2019
        #expect(!after.relations.contains { $0.type == "member-of" })
        #expect(after.relations.contains { $0.type == "appointed" })
        #expect(after.entity(withID: "harfuch-attack-2020") == nil)   // the event lasted one day

        let thatDay = graph.asOf(PartialDate("2020-06-26")!)
        #expect(thatDay.relations.contains { $0.type == "attacked" })
        #expect(thatDay.entity(withID: "harfuch-attack-2020") != nil)
        // Views are graphs: their relations' endpoints are their own node indices.
        for r in 0..<thatDay.relationCount {
            #expect(thatDay.entities[Int(thatDay.relationSources[r])].id == thatDay.relations[r].from)
            #expect(thatDay.entities[Int(thatDay.relationTargets[r])].id == thatDay.relations[r].to)
        }
    }

    @Test func filtersByKindTypeAndStatus() throws {
        let graph = try TestSupport.starter()
        let people = graph.filtered(kinds: [.person, .official])
        #expect(people.entities.allSatisfy { $0.kind == .person || $0.kind == .official })
        #expect(people.relations.allSatisfy { people.entity(withID: $0.from) != nil && people.entity(withID: $0.to) != nil })
        let investigations = graph.filtered(relationTypes: ["investigated"])
        #expect(investigations.relationCount == 3 && investigations.nodeCount == graph.nodeCount)
        let stated = graph.filtered(excludingStatuses: [.alleged])
        #expect(stated.relationCount == graph.relationCount - 2)
        #expect(!stated.relations.contains { $0.status != nil })
    }
}

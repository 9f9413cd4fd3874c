import Testing
@testable import NetGraph

/// `RelationQuery` and `RelationRecord` on the starter graph (relations numbered in file order).
@Suite struct RelationQueryTests {
    @Test func eachConditionNarrowsTheRelations() throws {
        let graph = try TestSupport.starter()
        func node(_ id: String) -> Int { graph.index(of: id)! }
        var query = RelationQuery()
        #expect(query.relations(in: graph) == Array(0..<graph.relationCount))
        query.to = node("garcia-harfuch")
        #expect(query.relations(in: graph) == [1, 4, 11, 12])
        query.statuses = [.alleged]
        #expect(query.relations(in: graph) == [1])
        query.statuses = [nil]
        #expect(query.relations(in: graph) == [4, 11, 12])
        query.sources = ["harfuch-appointment"]
        #expect(query.relations(in: graph) == [12])

        var undirected = RelationQuery()
        undirected.from = node("el-mencho")
        // family-of (relation 8) is written from the son but has no direction.
        #expect(undirected.relations(in: graph) == [0, 7, 8])
        undirected.types = ["family-of"]
        #expect(undirected.relations(in: graph) == [8])

        var pair = RelationQuery()
        pair.betweenEntities = (node("garcia-harfuch"), node("cjng"))
        #expect(pair.relations(in: graph) == [1])
    }

    @Test func recordsKeepTheirFilePositionInViews() throws {
        let graph = try TestSupport.starter()
        let view = graph.filtered(excludingStatuses: [.alleged])
        #expect(view.relationCount == graph.relationCount - 2)
        for r in 0..<view.relationCount {
            let record = view.record(ofRelation: r)
            #expect(graph.relations[record.id] == view.relations[r])
            #expect(record.relation == r)
        }
        let appointed = graph.record(ofRelation: 12)
        let harfuch = graph.index(of: "garcia-harfuch")!
        #expect(appointed.direction(from: harfuch) == .incoming)
        #expect(appointed.direction(from: graph.index(of: "sheinbaum")!) == .outgoing)
        #expect(appointed.other(than: harfuch) == graph.index(of: "sheinbaum")!)
        #expect(graph.record(ofRelation: 8).direction(from: graph.index(of: "el-mencho")!) == .undirected)
    }

    @Test func profileRanksAreCompetitionRanksOfTheMeasures() throws {
        let graph = try TestSupport.starter()
        let projection = graph.undirectedSimpleProjection()
        for node in 0..<graph.nodeCount {
            let profile = EntityProfile(node, in: graph)
            #expect(profile.relations.map(\.relation) == graph.relations(touching: node))
            for rank in profile.ranks {
                let scores = try rank.measure.scores(projection)
                #expect(rank.score == scores[node])
                #expect(rank.rank == 1 + scores.values.filter { $0 > scores[node] }.count)
            }
        }
    }
}

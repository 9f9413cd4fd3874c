import NetGraph

/// `predict`: unlinked pairs the structure suggests, best first, each with the associates
/// they share and the relations on both sides — candidates to investigate, not facts.
struct PredictResult: CommandResult {
    let graph: Graph
    let method: LinkPrediction.Method
    let ranked: [LinkPrediction.Candidate]

    func json() -> JSONDocument {
        return .value(.object([
            ("method", .string(method.rawValue)), ("candidates_not_facts", .bool(true)),
            ("pairs", .array(ranked.map { candidate in
                .object([("a", .string(graph.id(ofNode: candidate.a))), ("b", .string(graph.id(ofNode: candidate.b))),
                         ("score", .double(candidate.score)),
                         ("shared", .array(candidate.shared.map { w in
                             .object([("id", .string(graph.id(ofNode: w))), ("name", .string(graph.name(ofNode: w))),
                                      ("kind", .string(graph.kind(ofNode: w).rawValue)),
                                      ("via_a", .array(graph.relations(between: candidate.a, and: w).map {
                                          RelationOutput.json(graph.record(ofRelation: $0), in: graph) })),
                                      ("via_b", .array(graph.relations(between: candidate.b, and: w).map {
                                          RelationOutput.json(graph.record(ofRelation: $0), in: graph) }))])
                         }))])
            })),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["a", "b", "score", "shared"])
        for candidate in ranked {
            table.add([graph.id(ofNode: candidate.a), graph.id(ofNode: candidate.b), "\(candidate.score)",
                       candidate.shared.map { graph.id(ofNode: $0) }.joined(separator: ";")])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["a", "b", "score", "shared associates"], numeric: [2])
        for candidate in ranked {
            table.add([graph.name(ofNode: candidate.a), graph.name(ofNode: candidate.b), candidate.score.tableDescription,
                       candidate.shared.map { graph.name(ofNode: $0) }.joined(separator: ", ")])
        }
        return [.title("candidate links by \(method.rawValue) — to investigate, not facts"), .table(table)]
    }
}

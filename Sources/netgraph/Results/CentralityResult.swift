import NetGraph

/// `centrality`: entities ranked by the first measure asked for, with every measure's score.
struct CentralityResult: CommandResult {
    let graph: Graph
    let measures: [CentralityMeasure]
    /// One score array per measure, in `measures`' order; NaN where a measure is undefined.
    let table: [Scores]
    /// The nodes listed, best first.
    let ranked: [Int]
    let directed: Bool
    let normalized: Bool

    private var scores: Scores { table[0] }
    private var several: Bool { measures.count > 1 }

    func json() -> JSONDocument {
        var head: [(String, JSONValue)] = [("measure", .string(measures[0].rawValue))]
        if several { head.append(("measures", .array(measures.map { .string($0.rawValue) }))) }
        head += [("directed", .bool(directed)), ("normalized", .bool(normalized))]
        let kinds = EntityKindTexts(graph)
        return .written(head: head, key: "scores", count: ranked.count) { index, json in
            let node = ranked[index]
            json.beginObject()
            json.key(MemberName.id); json.string(graph.id(ofNode: node))
            json.key(MemberName.label); json.string(graph.name(ofNode: node))
            json.key(MemberName.kind); json.value(kinds.kind(ofNode: node, in: graph))
            json.key(MemberName.score); json.number(scores[node])
            if several {
                json.key(MemberName.scores)
                json.beginObject()
                for (measure, scores) in zip(measures, table) {
                    json.key(measure.rawValue); json.number(scores[node])
                }
                json.endObject()
            }
            json.endObject()
        }
    }

    func records() -> CSVTable {
        var csv = CSVTable(["id", "label", "kind"] + (several ? measures.map(\.rawValue) : ["score"]))
        for node in ranked {
            csv.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue] + table.map { $0[node].isNaN ? "" : "\($0[node])" })
        }
        return csv
    }

    func display() -> [DisplayBlock] {
        let columns = several ? measures.map(\.rawValue) : ["score"]
        var text = TextTable(["rank", "id", "name", "kind"] + columns, numeric: Set([0] + (4..<(4 + columns.count))))
        for (rank, node) in ranked.enumerated() {
            text.add([String(rank + 1), graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue]
                     + table.map { $0[node].isNaN ? "—" : $0[node].tableDescription })
        }
        return [.table(text)]
    }
}

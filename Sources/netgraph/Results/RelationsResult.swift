import NetGraph

/// `relations`: the relations a query matched, each with its evidence.
struct RelationsResult: CommandResult {
    let graph: Graph
    let matches: [RelationRecord]

    func json() -> JSONDocument {
        .streaming([("count", .int(matches.count))], "relations", matches.lazy.map { RelationOutput.json($0, in: graph) })
    }

    func records() -> CSVTable {
        var table = CSVTable(RelationOutput.csvHeaders(seenFrom: false))
        for record in matches { table.add(RelationOutput.csvRow(record, in: graph)) }
        return table
    }

    func display() -> [DisplayBlock] {
        [.title("\(matches.count) relation\(matches.count == 1 ? "" : "s")")] + matches.map { RelationOutput.entry($0, in: graph) }
    }
}

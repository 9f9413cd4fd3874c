import NetGraph

/// `diff`: what changed between two dates — relations and entities that appeared or
/// disappeared, and the largest moves in rank under one measure.
struct DiffResult: CommandResult {
    let graph: Graph
    let first: PartialDate
    let second: PartialDate
    let measure: CentralityMeasure
    let diff: GraphDiff
    /// The largest rank moves listed.
    let changes: ArraySlice<(node: Int, before: Int, after: Int)>

    private func ids(_ nodes: [Int]) -> JSONValue { .array(nodes.map { .string(graph.id(ofNode: $0)) }) }

    func json() -> JSONDocument {
        return .value(.object([
            ("from", .string(first.description)), ("to", .string(second.description)), ("measure", .string(measure.rawValue)),
            ("relations_appeared", .array(diff.relationsAppeared.map { RelationOutput.json(graph.record(ofRelation: $0), in: graph) })),
            ("relations_disappeared", .array(diff.relationsDisappeared.map { RelationOutput.json(graph.record(ofRelation: $0), in: graph) })),
            ("entities_appeared", ids(diff.entitiesAppeared)), ("entities_disappeared", ids(diff.entitiesDisappeared)),
            ("rank_changes", .array(changes.map { change in
                .object([("id", .string(graph.id(ofNode: change.node))), ("rank_before", .int(change.before)),
                         ("rank_after", .int(change.after)), ("change", .int(change.before - change.after))])
            })),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["change"] + RelationOutput.csvHeaders(seenFrom: false))
        for r in diff.relationsAppeared { table.add(["appeared"] + RelationOutput.csvRow(graph.record(ofRelation: r), in: graph)) }
        for r in diff.relationsDisappeared { table.add(["disappeared"] + RelationOutput.csvRow(graph.record(ofRelation: r), in: graph)) }
        return table
    }

    func display() -> [DisplayBlock] {
        var blocks: [DisplayBlock] = [.title(
            "from \(first) to \(second): \(diff.relationsAppeared.count) relation\(diff.relationsAppeared.count == 1 ? "" : "s") appeared, "
            + "\(diff.relationsDisappeared.count) disappeared; \(diff.entitiesAppeared.count) entit\(diff.entitiesAppeared.count == 1 ? "y" : "ies") appeared, "
            + "\(diff.entitiesDisappeared.count) disappeared")]
        for (title, relations) in [("appeared", diff.relationsAppeared), ("disappeared", diff.relationsDisappeared)] where !relations.isEmpty {
            blocks.append(.heading("\(title):"))
            blocks += relations.map { RelationOutput.entry(graph.record(ofRelation: $0), in: graph, quoted: false) }
        }
        if !changes.isEmpty {
            var table = TextTable(["id", "name", "rank before", "rank after", "change"], numeric: [2, 3, 4])
            for change in changes {
                let move = change.before - change.after
                table.add([graph.id(ofNode: change.node), graph.name(ofNode: change.node), String(change.before), String(change.after),
                           move > 0 ? "+\(move)" : String(move)])
            }
            blocks += [.heading("rank by \(measure.rawValue), largest moves:"), .table(table)]
        }
        return blocks
    }
}

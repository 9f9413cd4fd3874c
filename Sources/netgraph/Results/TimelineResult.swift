import NetGraph

/// `timeline`: the graph period by period — who is active, what entered and left, how it
/// holds together, and who leads under one measure.
struct TimelineResult: CommandResult {
    let graph: Graph
    let timeline: Timeline
    /// The period as given (`year`, `6-months`…).
    let every: String
    let measure: CentralityMeasure

    private func ids(_ nodes: [Int]) -> JSONValue { .array(nodes.map { .string(graph.id(ofNode: $0)) }) }

    func json() -> JSONDocument {
        .streaming([("every", .string(every)), ("measure", .string(measure.rawValue))],
                   "snapshots", timeline.snapshots.lazy.map { snapshot in
                       .object([("start", .string(snapshot.start.description)), ("end", .string(snapshot.end.description)),
                                ("entities", .int(snapshot.entities.count)), ("relations", .int(snapshot.relations)),
                                ("entered", ids(snapshot.entered)), ("left", ids(snapshot.left)),
                                ("components", .int(snapshot.components)), ("largest_component", .int(snapshot.largestComponent)),
                                ("top", .array(snapshot.top.map { .object([("id", .string(graph.id(ofNode: $0.node))), ("score", .double($0.score))]) }))])
                   })
    }

    func records() -> CSVTable {
        var table = CSVTable(["start", "end", "entities", "relations", "entered", "left", "components", "largest_component", "top"])
        for snapshot in timeline.snapshots {
            table.add([snapshot.start.description, snapshot.end.description, String(snapshot.entities.count), String(snapshot.relations),
                       String(snapshot.entered.count), String(snapshot.left.count), String(snapshot.components),
                       String(snapshot.largestComponent), snapshot.top.map { graph.id(ofNode: $0.node) }.joined(separator: " ")])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["period", "entities", "relations", "entered", "left", "components", "top by \(measure.rawValue)"],
                              numeric: [1, 2, 3, 4, 5])
        for snapshot in timeline.snapshots {
            let period = snapshot.start == snapshot.end ? snapshot.start.description : "\(snapshot.start)…\(snapshot.end)"
            table.add([period, String(snapshot.entities.count), String(snapshot.relations), "+\(snapshot.entered.count)",
                       "-\(snapshot.left.count)", String(snapshot.components),
                       snapshot.top.map { graph.name(ofNode: $0.node) }.joined(separator: ", ")])
        }
        return [.table(table)]
    }
}

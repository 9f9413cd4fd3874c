import NetGraph

/// `sensitivity`: whether the top entities under a measure stay on top without each source
/// and each status of relation.
struct SensitivityTopResult: CommandResult {
    let graph: Graph
    let measure: CentralityMeasure
    let top: Int
    let result: Sensitivity.TopK

    private func ids(_ nodes: [Int]) -> JSONValue { .array(nodes.map { .string(graph.id(ofNode: $0)) }) }
    private var lostIn: [[Int]] { result.lostIn }

    func json() -> JSONDocument {
        .value(.object([
            ("measure", .string(measure.rawValue)), ("top", .int(top)), ("baseline", ids(result.baseline)),
            ("scenarios", .array(result.scenarios.map { scenario, topNodes in
                .object([("without", scenario.removal.json), ("relations_removed", .int(scenario.relationsRemoved)),
                         ("top", ids(topNodes)), ("lost", ids(result.baseline.filter { !topNodes.contains($0) })),
                         ("entered", ids(topNodes.filter { !result.baseline.contains($0) }))])
            })),
            ("actors", .array(zip(result.baseline, lostIn).map { node, lost in
                .object([("id", .string(graph.id(ofNode: node))), ("kept_in", .int(result.scenarios.count - lost.count)),
                         ("scenarios", .int(result.scenarios.count)),
                         ("lost_without", .array(lost.map { result.scenarios[$0].scenario.removal.json }))])
            })),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["rank", "id", "name", "kind", "kept_in", "scenarios", "lost_without"])
        for (rank, (node, lost)) in zip(result.baseline, lostIn).enumerated() {
            table.add([String(rank + 1), graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue,
                       String(result.scenarios.count - lost.count), String(result.scenarios.count),
                       lost.map { result.scenarios[$0].scenario.removal.text }.joined(separator: "; ")])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["rank", "id", "name", "kept in", "lost without"], numeric: [0])
        for (rank, (node, lost)) in zip(result.baseline, lostIn).enumerated() {
            table.add([String(rank + 1), graph.id(ofNode: node), graph.name(ofNode: node),
                       "\(result.scenarios.count - lost.count) of \(result.scenarios.count)",
                       lost.isEmpty ? "—" : lost.map { result.scenarios[$0].scenario.removal.text }.joined(separator: "; ")])
        }
        return [.title("top \(top) by \(measure.rawValue), recomputed without each of \(result.scenarios.count) sources and statuses"),
                .table(table)]
    }
}

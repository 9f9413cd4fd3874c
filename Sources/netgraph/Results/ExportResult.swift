import NetGraph

/// `convert`, `import`, `project`: what was written, where, and how much of it.
struct ExportResult: CommandResult {
    let output: String
    let format: GraphFormat
    let graph: Graph

    func json() -> JSONDocument {
        .value(.object([("output", .string(output)), ("format", .string(format.rawValue)),
                        ("nodes", .int(graph.nodeCount)), ("edges", .int(graph.relationCount))]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["output", "format", "nodes", "edges"])
        table.add([output, format.rawValue, String(graph.nodeCount), String(graph.relationCount)])
        return table
    }

    func display() -> [DisplayBlock] {
        [.line("wrote \(output) (\(format.rawValue)): \(graph.nodeCount) entities, \(graph.relationCount) relations")]
    }
}

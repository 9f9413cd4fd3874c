import Foundation
import NetGraph

/// `stats`: the graph's size, its kinds and relation types counted, components and density.
struct StatsResult: CommandResult {
    let graph: Graph
    /// Entities per kind and relations per type, in schema order, then the undeclared ones by name.
    let kinds: [(String, Int)]
    let types: [(String, Int)]
    let componentCount: Int
    let largest: Int
    let density: Double

    func json() -> JSONDocument {
        .value(.object([
            ("nodes", .int(graph.nodeCount)), ("edges", .int(graph.relationCount)),
            ("kinds", .object(kinds.map { ($0.0, .int($0.1)) })),
            ("relation_types", .object(types.map { ($0.0, .int($0.1)) })),
            ("components", .int(componentCount)), ("largest_component", .int(largest)),
            ("density", .double(density)),
        ]))
    }

    func display() -> [DisplayBlock] {
        var summary = TextTable(["graph", graph.name], numeric: [])
        summary.add(["nodes", String(graph.nodeCount)])
        summary.add(["edges", String(graph.relationCount)])
        summary.add(["components", String(componentCount)])
        summary.add(["largest component", "\(largest) (\(percent(largest, of: graph.nodeCount)))"])
        summary.add(["density", density.tableDescription])
        var kindTable = TextTable(["kind", "entities"], numeric: [1])
        for (kind, count) in kinds { kindTable.add([kind, String(count)]) }
        var typeTable = TextTable(["relation type", "relations"], numeric: [1])
        for (type, count) in types { typeTable.add([type, String(count)]) }
        return [.table(summary), .table(kindTable), .table(typeTable)]
    }

    func records() -> CSVTable {
        var table = CSVTable(["key", "value"])
        table.add(["nodes", String(graph.nodeCount)])
        table.add(["edges", String(graph.relationCount)])
        table.add(["components", String(componentCount)])
        table.add(["largest_component", String(largest)])
        table.add(["density", "\(density)"])
        for (kind, count) in kinds { table.add(["kind.\(kind)", String(count)]) }
        for (type, count) in types { table.add(["relation_type.\(type)", String(count)]) }
        return table
    }

    private func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
    }
}

import NetGraph

/// `disrupt`: what removing entities one after another does to the graph — the largest
/// component's share, fragmentation, efficiency and path length after each removal — and
/// the robustness R of the whole sequence.
struct RemovalResult: CommandResult {
    let graph: Graph
    let simulation: RemovalSimulation
    /// The strategy's name as given (`degree`, `betweenness`, `keyplayers`, `list`).
    let strategy: String
    let recompute: Bool

    func json() -> JSONDocument {
        .value(.object([
            ("strategy", .string(strategy)), ("recompute", .bool(recompute)),
            ("intact", .object(Self.members(simulation.intact))),
            ("steps", .array(zip(simulation.removed, simulation.steps).map { node, impact in
                .object([("removed", .string(graph.id(ofNode: node)))] + Self.members(impact))
            })),
            ("robustness", .double(simulation.robustness)),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["step", "removed"] + Self.columns)
        table.add(["0", ""] + Self.cells(simulation.intact) { "\($0)" })
        for (index, (node, impact)) in zip(simulation.removed, simulation.steps).enumerated() {
            table.add([String(index + 1), graph.id(ofNode: node)] + Self.cells(impact) { "\($0)" })
        }
        return table
    }

    func display() -> [DisplayBlock] {
        var table = TextTable(["step", "removed", "largest share", "components", "F", "DF", "efficiency", "avg path"],
                              numeric: [0, 2, 3, 4, 5, 6, 7])
        table.add(["0", "(intact)"] + Self.cells(simulation.intact) { $0.tableDescription })
        for (index, (node, impact)) in zip(simulation.removed, simulation.steps).enumerated() {
            table.add([String(index + 1), graph.name(ofNode: node)] + Self.cells(impact) { $0.tableDescription })
        }
        return [.title("removal by \(strategy)\(recompute ? ", recomputed after each" : ""); robustness R = "
                       + "\(simulation.robustness.tableDescription)"), .table(table)]
    }

    static func members(_ impact: RemovalImpact) -> [(String, JSONValue)] {
        [("largest_component_share", .double(impact.largestComponentShare)), ("components", .int(impact.components)),
         ("fragmentation", .double(impact.fragmentation)), ("distance_fragmentation", .double(impact.distanceFragmentation)),
         ("efficiency", .double(impact.efficiency)), ("average_path_length", impact.averagePathLength.map(JSONValue.double) ?? .null)]
    }

    static let columns = ["largest_share", "components", "fragmentation", "distance_fragmentation", "efficiency", "average_path_length"]

    static func cells(_ impact: RemovalImpact, _ number: (Double) -> String) -> [String] {
        [number(impact.largestComponentShare), String(impact.components), number(impact.fragmentation),
         number(impact.distanceFragmentation), number(impact.efficiency), impact.averagePathLength.map(number) ?? ""]
    }
}

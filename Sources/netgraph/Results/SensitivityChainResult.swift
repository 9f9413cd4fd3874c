import NetGraph

/// `sensitivity A B`: whether the shortest chain between two entities survives without each
/// source and each status of relation, and which of them it rests on.
struct SensitivityChainResult: CommandResult {
    let graph: Graph
    let from: Int
    let to: Int
    let result: Sensitivity.Chain

    private func nodes(_ path: NetGraph.Path?) -> JSONValue { path.map { .array($0.nodes.map { .string(graph.id(ofNode: $0)) }) } ?? .null }

    func json() -> JSONDocument {
        .value(.object([
            ("from", .string(graph.id(ofNode: from))), ("to", .string(graph.id(ofNode: to))),
            ("baseline", result.baseline.map { .object([("hops", .int($0.hops)), ("nodes", nodes($0))]) } ?? .null),
            ("scenarios", .array(result.scenarios.map { scenario, path in
                .object([("without", scenario.removal.json), ("relations_removed", .int(scenario.relationsRemoved)),
                         ("hops", path.map { .int($0.hops) } ?? .null), ("nodes", nodes(path))])
            })),
            ("breaks_without", .array(result.breaksIn.map { result.scenarios[$0].scenario.removal.json })),
        ]))
    }

    func records() -> CSVTable {
        var table = CSVTable(["without", "relations_removed", "hops", "nodes"])
        table.add(["", "0", result.baseline.map { String($0.hops) } ?? "", result.baseline.map { $0.nodes.map(graph.id(ofNode:)).joined(separator: " ") } ?? ""])
        for (scenario, path) in result.scenarios {
            table.add([scenario.removal.text, String(scenario.relationsRemoved), path.map { String($0.hops) } ?? "",
                       path.map { $0.nodes.map(graph.id(ofNode:)).joined(separator: " ") } ?? ""])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        let names = "\(graph.name(ofNode: from)) to \(graph.name(ofNode: to))"
        guard let baseline = result.baseline else { return [.line("no chain from \(names)")] }
        var blocks: [DisplayBlock] = [.title("\(names): \(baseline.hops) step\(baseline.hops == 1 ? "" : "s")")]
        for (scenario, path) in result.scenarios {
            let answer = path.map { $0.hops == baseline.hops ? "\($0.hops) steps" : "\($0.hops) steps (longer)" } ?? "no chain left"
            blocks.append(.note("\(scenario.removal.text): \(answer)"))
        }
        let breaks = result.breaksIn.map { result.scenarios[$0].scenario.removal.label }
        blocks.append(.line(breaks.isEmpty ? "no single source or status carries the chain alone" : "the chain rests on: \(breaks.joined(separator: "; "))"))
        return blocks
    }
}

import NetGraph

/// `common`: what two entities share — the relations between them, the associates both have
/// (with the relations on each side) and the entities on their shortest chains.
struct CommonResult: CommandResult {
    let graph: Graph
    let common: CommonGround

    private func relations(_ relations: [Int]) -> JSONValue {
        .array(relations.map { RelationOutput.json(graph.record(ofRelation: $0), in: graph) })
    }

    func json() -> JSONDocument {
        .value(.object([
            ("a", .string(graph.id(ofNode: common.a))), ("b", .string(graph.id(ofNode: common.b))),
            ("shared", .array(common.shared.map { associate in
                .object([("id", .string(graph.id(ofNode: associate.node))), ("name", .string(graph.name(ofNode: associate.node))),
                         ("kind", .string(graph.kind(ofNode: associate.node).rawValue)),
                         ("via_a", relations(associate.viaA)), ("via_b", relations(associate.viaB))])
            })),
            ("direct", relations(common.direct)),
            ("distance", common.distance.map(JSONValue.int) ?? .null),
            ("on_shortest_chains", .array(common.onShortestChains.map { .string(graph.id(ofNode: $0)) })),
        ]))
    }

    /// One row per relation, saying which part of the answer it belongs to.
    func records() -> CSVTable {
        var table = CSVTable(["part", "associate"] + RelationOutput.csvHeaders(seenFrom: false))
        for r in common.direct { table.add(["direct", ""] + RelationOutput.csvRow(graph.record(ofRelation: r), in: graph)) }
        for associate in common.shared {
            let id = graph.id(ofNode: associate.node)
            for r in associate.viaA { table.add(["via_a", id] + RelationOutput.csvRow(graph.record(ofRelation: r), in: graph)) }
            for r in associate.viaB { table.add(["via_b", id] + RelationOutput.csvRow(graph.record(ofRelation: r), in: graph)) }
        }
        for node in common.onShortestChains {
            table.add(["on_shortest_chain", graph.id(ofNode: node)] + Array(repeating: "", count: RelationOutput.csvHeaders(seenFrom: false).count))
        }
        return table
    }

    func display() -> [DisplayBlock] {
        let (a, b) = (common.a, common.b)
        var blocks: [DisplayBlock] = [.title("\(graph.name(ofNode: a)) and \(graph.name(ofNode: b))"),
                                      .heading("Direct relations (\(common.direct.count))")]
        blocks += common.direct.map { RelationOutput.entry(graph.record(ofRelation: $0), in: graph, seenFrom: a, quoted: false) }
        blocks.append(.heading("Shared associates (\(common.shared.count))"))
        if !common.shared.isEmpty {
            var table = TextTable(["id", "name", "kind", "with \(graph.id(ofNode: a))", "with \(graph.id(ofNode: b))"])
            for associate in common.shared {
                let node = associate.node
                func labels(_ relations: [Int]) -> String {
                    relations.map { RelationOutput.shortLabel(graph.record(ofRelation: $0), seenFrom: node) }.joined(separator: ", ")
                }
                table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue,
                           labels(associate.viaA), labels(associate.viaB)])
            }
            blocks.append(.table(table))
        }
        blocks.append(.heading("Shortest chains"))
        if let distance = common.distance {
            var line = "\(distance) step\(distance == 1 ? "" : "s")"
            if !common.onShortestChains.isEmpty {
                line += ", through " + common.onShortestChains.map { graph.name(ofNode: $0) }.joined(separator: ", ")
            }
            blocks.append(.line(line))
        } else {
            blocks.append(.line("No chain joins them."))
        }
        return blocks
    }
}

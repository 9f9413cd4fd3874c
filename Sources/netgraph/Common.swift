import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph common`: what two actors have in common.
    struct Common: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "common",
            abstract: "What two entities have in common: shared associates, direct relations, shortest chains.",
            discussion: """
                Lists the associates A and B share, each with the relations that link it to A and \
                to B; the relations directly between A and B; and every entity on any shortest \
                chain between them (ends excluded), by distance from A. Links are followed either \
                way and parallel relations count once, after the shared filters.

                Example: netgraph common CJNG "Sinaloa Cartel" --format json
                """)

        @Argument(help: ArgumentHelp("[GRAPH] A B: an optional graph file, then two ids, names or aliases.", valueName: "graph-and-nodes"))
        var operands: [String] = []

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (2...3).contains(operands.count) else {
                throw ValidationError("expected A and B, optionally preceded by a graph file")
            }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 3 ? operands[0] : nil))
            let resolver = NameResolver(graph: graph)
            let a = try resolver.resolve(operands[operands.count - 2])
            let b = try resolver.resolve(operands[operands.count - 1])
            guard a != b else { throw CommandError.usage("A and B name the same entity, '\(graph.id(ofNode: a))'") }
            let common = CommonGround(a, b, in: graph)
            func records(_ relations: [Int]) -> JSONValue {
                .array(relations.map { RelationOutput.json(graph.record(ofRelation: $0), in: graph) })
            }
            switch options.format {
            case .json:
                Emit.json(.object([
                    ("a", .string(graph.id(ofNode: a))), ("b", .string(graph.id(ofNode: b))),
                    ("shared", .array(common.shared.map { associate in
                        .object([("id", .string(graph.id(ofNode: associate.node))), ("name", .string(graph.name(ofNode: associate.node))),
                                 ("kind", .string(graph.kind(ofNode: associate.node).rawValue)),
                                 ("via_a", records(associate.viaA)), ("via_b", records(associate.viaB))])
                    })),
                    ("direct", records(common.direct)),
                    ("distance", common.distance.map(JSONValue.int) ?? .null),
                    ("on_shortest_chains", .array(common.onShortestChains.map { .string(graph.id(ofNode: $0)) })),
                ]))
            case .csv:
                // One row per relation, saying which part of the answer it belongs to.
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
                Emit.text(table.rendered())
            case .table:
                Emit.text(text(common, in: graph))
            }
        }

        private func text(_ common: CommonGround, in graph: Graph) -> String {
            let (a, b) = (common.a, common.b)
            var text = DisplayText.visible("\(graph.name(ofNode: a)) and \(graph.name(ofNode: b))") + "\n"
            text += "\nDirect relations (\(common.direct.count))\n"
            for r in common.direct {
                let record = graph.record(ofRelation: r)
                text += "  [\(record.id)] " + DisplayText.visible(RelationOutput.arrow(record, in: graph, seenFrom: a))
                text += " (" + DisplayText.visible(RelationOutput.details(record)) + ")\n"
            }
            text += "\nShared associates (\(common.shared.count))\n"
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
                text += table.rendered().split(separator: "\n").map { "  " + $0 + "\n" }.joined()
            }
            if let distance = common.distance {
                text += "\nShortest chains: \(distance) step\(distance == 1 ? "" : "s")"
                if !common.onShortestChains.isEmpty {
                    text += ", through " + DisplayText.visible(common.onShortestChains.map { graph.name(ofNode: $0) }.joined(separator: ", "))
                }
                text += "\n"
            } else {
                text += "\nNo chain joins them.\n"
            }
            return text
        }
    }
}

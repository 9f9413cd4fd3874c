import ArgumentParser
import NetGraph

extension NetGraphCommand {
    /// `netgraph neighbors`: who is linked to an actor, within some steps.
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "neighbors",
            abstract: "List the entities linked to one, up to a number of steps away.",
            discussion: """
                Links are followed in both directions. Each neighbour is listed once, at the depth \
                it is first reached, with the relation type that reached it and that relation's \
                status when it is not stated as fact (alleged, planned, proposed, recommended, \
                disputed): "allied-with (planned)" in the table, a status column in CSV, a \
                "status" member in JSON.

                Example: netgraph neighbors "García Harfuch" --depth 2 --format json
                """)

        @Argument(help: ArgumentHelp("[GRAPH] NODE: an optional graph file, then an id, name or alias.", valueName: "graph-and-node"))
        var operands: [String] = []

        @Option(name: .long, help: "How many steps away to look (at least 1).")
        var depth: Int = 1

        @OptionGroup var options: GraphOptions
        @OptionGroup var filters: FilterOptions

        func validate() throws {
            guard (1...2).contains(operands.count) else {
                throw ValidationError("expected a node, optionally preceded by a graph file")
            }
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        }

        func run() throws {
            let graph = try filters.apply(to: try options.load(operand: operands.count == 2 ? operands[0] : nil))
            let start = try NameResolver(graph: graph).resolve(operands.last!)
            let found = NeighborhoodSearch.neighbors(of: start, in: graph, depth: depth)
            let center = graph.entities[start]
            // A planned alliance must not read as an alliance: the status of the relation that
            // reached a neighbour travels with its type in every format.
            switch options.format {
            case .json:
                Emit.json([("node", .string(center.id))], streaming: "neighbors", found.lazy.map { neighbor in
                    let node = neighbor.node
                    var members: [(String, JSONValue)] = [
                        ("id", .string(graph.id(ofNode: node))), ("name", .string(graph.name(ofNode: node))),
                        ("kind", .string(graph.kind(ofNode: node).rawValue)), ("depth", .int(neighbor.depth)),
                        ("via", .string(graph.type(ofRelation: neighbor.relation).rawValue))]
                    if let status = graph.status(ofRelation: neighbor.relation) { members.append(("status", .string(status.rawValue))) }
                    return .object(members)
                })
            case .csv:
                var table = CSVTable(["id", "name", "kind", "depth", "via", "status"])
                for neighbor in found {
                    let node = neighbor.node
                    table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, String(neighbor.depth),
                               graph.type(ofRelation: neighbor.relation).rawValue,
                               graph.status(ofRelation: neighbor.relation)?.rawValue ?? ""])
                }
                Emit.text(table.rendered())
            case .table:
                var table = TextTable(["depth", "id", "name", "kind", "via"], numeric: [0])
                for neighbor in found {
                    let node = neighbor.node
                    let type = graph.type(ofRelation: neighbor.relation).rawValue
                    let via = graph.status(ofRelation: neighbor.relation).map { "\(type) (\($0.rawValue))" } ?? type
                    table.add([String(neighbor.depth), graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, via])
                }
                let plural = found.count == 1 ? "" : "s"
                Emit.text("\(center.name) (\(center.id), \(center.kind)): \(found.count) neighbour\(plural) within \(depth) step\(depth == 1 ? "" : "s")\n")
                if !found.isEmpty { Emit.text(table.rendered()) }
            }
        }
    }
}

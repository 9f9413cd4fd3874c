import NetGraph

/// `neighbors`: the entities within some steps of one entity, each with every relation that
/// joins it to the entity it was reached from.
struct NeighborsResult: CommandResult {
    let graph: Graph
    let center: Entity
    let found: [NeighborhoodSearch.Neighbor]
    let depth: Int

    /// `→leads, ←appointed (alleged), rival-of`: every relation joining the neighbour to the
    /// node it was reached from, as that node sees it.
    private func labels(_ neighbor: NeighborhoodSearch.Neighbor) -> String {
        neighbor.relations.map { RelationOutput.shortLabel(graph.record(ofRelation: $0), seenFrom: neighbor.from) }
            .joined(separator: ", ")
    }

    func json() -> JSONDocument {
        .streaming([("node", .string(center.id))], "neighbors", found.lazy.map { neighbor in
            let node = neighbor.node
            var members: [(String, JSONValue)] = [
                ("id", .string(graph.id(ofNode: node))), ("name", .string(graph.name(ofNode: node))),
                ("kind", .string(graph.kind(ofNode: node).rawValue)), ("depth", .int(neighbor.depth)),
                ("via", .string(graph.type(ofRelation: neighbor.relation).rawValue))]
            if let status = graph.status(ofRelation: neighbor.relation) { members.append(("status", .string(status.rawValue))) }
            members.append(("from", .string(graph.id(ofNode: neighbor.from))))
            members.append(("relations", .array(neighbor.relations.map {
                RelationOutput.json(graph.record(ofRelation: $0), in: graph, seenFrom: neighbor.from)
            })))
            return .object(members)
        })
    }

    func records() -> CSVTable {
        var table = CSVTable(["id", "name", "kind", "depth", "via", "status", "from", "relation_count", "relations"])
        for neighbor in found {
            let node = neighbor.node
            table.add([graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue, String(neighbor.depth),
                       graph.type(ofRelation: neighbor.relation).rawValue,
                       graph.status(ofRelation: neighbor.relation)?.rawValue ?? "",
                       graph.id(ofNode: neighbor.from), String(neighbor.relations.count),
                       labels(neighbor)])
        }
        return table
    }

    func display() -> [DisplayBlock] {
        let showFrom = depth > 1
        var table = TextTable(["depth", "id", "name", "kind"] + (showFrom ? ["from"] : []) + ["relations"], numeric: [0])
        for neighbor in found {
            let node = neighbor.node
            table.add([String(neighbor.depth), graph.id(ofNode: node), graph.name(ofNode: node), graph.kind(ofNode: node).rawValue]
                      + (showFrom ? [graph.id(ofNode: neighbor.from)] : []) + [labels(neighbor)])
        }
        let plural = found.count == 1 ? "" : "s"
        let title = DisplayBlock.title("\(center.name) (\(center.id), \(center.kind)): \(found.count) neighbour\(plural) within \(depth) step\(depth == 1 ? "" : "s")")
        return found.isEmpty ? [title] : [title, .table(table)]
    }
}

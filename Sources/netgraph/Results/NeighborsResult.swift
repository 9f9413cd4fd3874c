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
        neighbor.relations.map { RelationOutput.shortLabel(graph.record(ofRelation: Int($0)), seenFrom: neighbor.from) }
            .joined(separator: ", ")
    }

    /// How many neighbours ahead the JSON writer asks for the columns it will read
    /// (``Graph/prefetch(node:relation:)``): each entry is a few hundred bytes of text, so a
    /// few entries give the loads time to land.
    private static let prefetchDistance = 4

    func json() -> JSONDocument {
        let texts = RelationOutput.JSONTexts(graph)
        let kinds = EntityKindTexts(graph)
        return .written(head: [("node", .string(center.id))], key: "neighbors", count: found.count) { index, json in
            // Fields read one by one: a copy of the whole neighbour retains and releases its
            // slice of relations.
            let node = found[index].node
            let relation = found[index].relation
            let from = found[index].from
            let ahead = index + Self.prefetchDistance
            if ahead < found.count { graph.prefetch(node: found[ahead].node, relation: found[ahead].relation) }
            json.beginObject()
            json.key(MemberName.id); json.string(graph.id(ofNode: node))
            json.key(MemberName.name); json.string(graph.name(ofNode: node))
            json.key(MemberName.kind); json.value(kinds.kind(ofNode: node, in: graph))
            json.key(MemberName.depth); json.int(found[index].depth)
            json.key(MemberName.via); json.value(texts.types[texts.typeCode(of: relation, in: graph)])
            if let status = graph.status(ofRelation: relation) { json.key(MemberName.status); json.string(status.rawValue) }
            json.key(MemberName.from); json.string(graph.id(ofNode: from))
            json.key(MemberName.relations)
            json.beginArray()
            for joining in found[index].relations {
                RelationOutput.write(relation: Int(joining), in: graph, seenFrom: from, texts: texts, to: &json)
            }
            json.endArray()
            json.endObject()
        }
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

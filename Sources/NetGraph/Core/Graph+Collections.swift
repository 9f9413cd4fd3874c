/// The entities of a graph by node index, each made as an ``Entity`` value on access.
public struct EntityCollection: RandomAccessCollection, Equatable, Sendable {
    let graph: Graph

    /// Whether both list the same entities in the same order.
    public static func == (lhs: EntityCollection, rhs: EntityCollection) -> Bool { lhs.elementsEqual(rhs) }

    /// Whether the entities are these values, in this order.
    public static func == (lhs: EntityCollection, rhs: [Entity]) -> Bool { lhs.elementsEqual(rhs) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { graph.nodeCount }

    public subscript(node: Int) -> Entity {
        graph.storage.columns.entities.entity(at: graph.entityRow(node))
    }
}

/// The relations of a graph by relation id, each made as a ``Relation`` value on access.
public struct RelationCollection: RandomAccessCollection, Equatable, Sendable {
    let graph: Graph

    /// Whether both list the same relations in the same order.
    public static func == (lhs: RelationCollection, rhs: RelationCollection) -> Bool { lhs.elementsEqual(rhs) }

    /// Whether the relations are these values, in this order.
    public static func == (lhs: RelationCollection, rhs: [Relation]) -> Bool { lhs.elementsEqual(rhs) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { graph.relationCount }

    public subscript(r: Int) -> Relation {
        let row = graph.relationRow(r)
        let columns = graph.storage.columns
        let relations = columns.relations
        let ids = columns.entities.ids
        return Relation(
            from: ids[Int(relations.sources[row])], to: ids[Int(relations.targets[row])],
            type: relations.typeTable[Int(relations.typeCodes[row])], weight: relations.weights[row],
            date: relations.dates[row], since: relations.since[row], until: relations.until[row],
            source: relations.sourceCodes[row].map { graph.sources[Int($0)].id },
            quote: relations.quotes[row].map { columns.quoteTexts[Int($0)] },
            status: relations.status(at: row), attributes: relations.attributes[row] ?? [:])
    }
}

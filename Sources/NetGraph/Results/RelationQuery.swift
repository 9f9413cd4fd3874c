/// A question put to a graph's relations: those between given entities, of given types or
/// statuses, citing given documents, with given attribute values. Every condition that is set
/// must hold; an unset one holds for every relation.
///
/// Direction follows the file: ``from`` matches a relation written from that entity, ``to``
/// one written towards it. A relation of an undirected type (an alliance, a rivalry) has no
/// reading direction, so it matches ``from`` or ``to`` at either of its ends.
public struct RelationQuery: Sendable {
    /// The status a relation stated as fact answers to in ``statuses``.
    public static let statedStatusName = "stated"

    public var from: Int?
    public var to: Int?
    /// Relations joining these two entities, in either direction.
    public var betweenEntities: (Int, Int)?
    /// Types to keep; empty keeps every type.
    public var types: Set<RelationType> = []
    /// Statuses to keep, nil standing for a relation stated as fact; empty keeps every status.
    public var statuses: Set<RelationStatus?> = []
    /// Ids of the documents to keep; empty keeps every relation, cited or not.
    public var sources: Set<String> = []
    /// Attribute values that must all match, compared as text (`commodity=cocaine`,
    /// `amount=2.5`).
    public var attributeValues: [String: String] = [:]

    public init() {}

    /// Whether relation `r` of `graph` answers the query.
    ///
    /// - Complexity: O(1), plus the relation's attributes when ``attributeValues`` is set.
    public func matches(_ r: Int, in graph: Graph) -> Bool {
        let (u, v) = (Int(graph.relationSources[r]), Int(graph.relationTargets[r]))
        let directed = graph.isDirected(relation: r)
        if let from, !(u == from || (!directed && v == from)) { return false }
        if let to, !(v == to || (!directed && u == to)) { return false }
        if let (a, b) = betweenEntities, !((u == a && v == b) || (u == b && v == a)) { return false }
        if !types.isEmpty && !types.contains(graph.type(ofRelation: r)) { return false }
        if !statuses.isEmpty && !statuses.contains(graph.status(ofRelation: r)) { return false }
        if !sources.isEmpty {
            guard let source = graph.source(ofRelation: r), sources.contains(source.id) else { return false }
        }
        if !attributeValues.isEmpty {
            let attributes = graph.relations[r].attributes
            for (name, value) in attributeValues where attributes[name]?.description != value { return false }
        }
        return true
    }

    /// The relations of `graph` that answer the query, in relation order.
    ///
    /// - Complexity: O(m).
    public func relations(in graph: Graph) -> [Int] {
        (0..<graph.relationCount).filter { matches($0, in: graph) }
    }
}

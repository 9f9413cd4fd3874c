/// A typed relationship graph: entities, the relations between them with their evidence,
/// the documents cited, and CSR adjacency over the relations in three views.
///
/// A `Graph` is an immutable value, made by ``GraphBuilder`` (which validates it) or by a
/// view of another graph (``filtered(kinds:relationTypes:excludingStatuses:)``,
/// ``asOf(_:)``). Node indices are positions in ``entities``; edge ids in the CSR views are
/// positions in ``relations``.
public struct Graph: Sendable {
    public let name: String
    public let summary: String?
    public let schema: Schema
    public let sources: [Source]
    public let entities: [Entity]
    public let relations: [Relation]
    /// Node index of each relation's `from` entity.
    public let relationSources: [Int32]
    /// Node index of each relation's `to` entity.
    public let relationTargets: [Int32]
    /// Relations as written, from `from` to `to`, in the row of `from`.
    public let outgoing: CSR
    /// Relations as written, in the row of `to`.
    public let incoming: CSR
    /// Every relation in the rows of both its endpoints.
    public let undirected: CSR
    private let indexByID: [String: Int]
    private let sourceIndexByID: [String: Int]

    public var nodeCount: Int { entities.count }
    public var relationCount: Int { relations.count }

    /// Assembles a graph from parts already checked by ``GraphBuilder``.
    init(name: String, summary: String?, schema: Schema, sources: [Source], entities: [Entity],
         relations: [Relation]) {
        self.name = name
        self.summary = summary
        self.schema = schema
        self.sources = sources
        self.entities = entities
        self.relations = relations
        var index: [String: Int] = [:]
        index.reserveCapacity(entities.count)
        for (position, entity) in entities.enumerated() { index[entity.id] = position }
        indexByID = index
        sourceIndexByID = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        relationSources = relations.map { Int32(index[$0.from]!) }
        relationTargets = relations.map { Int32(index[$0.to]!) }
        outgoing = CSR.build(nodeCount: entities.count, sources: relationSources, targets: relationTargets)
        incoming = CSR.build(nodeCount: entities.count, sources: relationSources, targets: relationTargets,
                             reversed: true)
        undirected = CSR.build(nodeCount: entities.count, sources: relationSources, targets: relationTargets,
                               symmetric: true)
    }

    /// The node index of the entity with this exact id.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// The entity with this exact id.
    public func entity(withID id: String) -> Entity? { indexByID[id].map { entities[$0] } }

    /// The cited document with this id.
    public func source(withID id: String) -> Source? { sourceIndexByID[id].map { sources[$0] } }

    /// Whether relation `r`'s type is directed in the schema (undeclared types count as directed).
    public func isDirected(relation r: Int) -> Bool {
        schema.declaration(of: relations[r].type)?.isDirected ?? true
    }

    /// Relations joining `a` and `b` in either direction, in relation order.
    public func relations(between a: Int, and b: Int) -> [Int] {
        undirected.slots(of: a).compactMap { slot in
            undirected.targets[slot] == Int32(b) ? Int(undirected.edges[slot]) : nil
        }
    }
}

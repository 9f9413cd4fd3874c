/// The vocabulary a graph is written in: which entity kinds exist and which relation types,
/// each with its direction and the kinds it may join.
///
/// ``Schema/default`` covers what the study of criminal and security networks needs; a
/// graph file extends it in its `schema` section, and a reader of an untyped format
/// (edge list, GraphML) uses ``Schema/untyped(directed:)``.
public struct Schema: Hashable, Sendable {
    public private(set) var kinds: [EntityKind]
    public private(set) var relations: [RelationDeclaration]
    private var indexByType: [RelationType: Int]

    public init(kinds: [EntityKind], relations: [RelationDeclaration]) {
        self.kinds = []
        self.relations = []
        self.indexByType = [:]
        for kind in kinds { add(kind) }
        for declaration in relations { declare(declaration) }
    }

    public func contains(_ kind: EntityKind) -> Bool { kinds.contains(kind) }

    public func declaration(of type: RelationType) -> RelationDeclaration? {
        indexByType[type].map { relations[$0] }
    }

    /// Adds a kind; adding a kind already present changes nothing.
    public mutating func add(_ kind: EntityKind) {
        if !kinds.contains(kind) { kinds.append(kind) }
    }

    /// Declares a relation type, replacing an earlier declaration of the same name.
    public mutating func declare(_ declaration: RelationDeclaration) {
        if let index = indexByType[declaration.type] {
            relations[index] = declaration
        } else {
            indexByType[declaration.type] = relations.count
            relations.append(declaration)
        }
    }

    /// The schema of formats that carry no kinds or types: one kind, `node`, and one
    /// relation type, `edge`, directed or not as the file says.
    public static func untyped(directed: Bool) -> Schema {
        Schema(kinds: [.node], relations: [RelationDeclaration(.edge, directed: directed)])
    }
}

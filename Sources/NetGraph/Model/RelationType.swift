/// The name of a kind of link (`leads`, `member-of`, `attacked`…). Its meaning —
/// direction and allowed endpoint kinds — lives in the ``Schema``'s ``RelationDeclaration``.
public struct RelationType: RawRepresentable, Hashable, Comparable, Sendable,
                            ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The type of a link read from a format that has no types (edge lists, plain GraphML).
    public static let edge: RelationType = "edge"
}

/// The schema's statement of one relation type: its direction and which kinds it joins.
public struct RelationDeclaration: Hashable, Sendable {
    public var type: RelationType
    /// A directed relation reads from `from` to `to` (`A leads B`); an undirected one
    /// (`allied-with`) is symmetric, and its endpoints may satisfy the kinds either way round.
    public var isDirected: Bool
    /// Kinds allowed at the `from` end; nil allows every kind.
    public var sourceKinds: Set<EntityKind>?
    /// Kinds allowed at the `to` end; nil allows every kind.
    public var targetKinds: Set<EntityKind>?

    public init(_ type: RelationType, directed: Bool,
                from sourceKinds: Set<EntityKind>? = nil, to targetKinds: Set<EntityKind>? = nil) {
        self.type = type
        self.isDirected = directed
        self.sourceKinds = sourceKinds
        self.targetKinds = targetKinds
    }

    /// Whether a relation of this type may join an entity of kind `from` to one of kind `to`.
    public func allows(from: EntityKind, to: EntityKind) -> Bool {
        func fits(_ source: EntityKind, _ target: EntityKind) -> Bool {
            (sourceKinds?.contains(source) ?? true) && (targetKinds?.contains(target) ?? true)
        }
        return fits(from, to) || (!isDirected && fits(to, from))
    }
}

/// A link between two entities, with the evidence for it.
///
/// Several relations may join the same pair: different types, different dates, or the
/// same link reported by several sources.
public struct Relation: Hashable, Sendable {
    /// The id of the entity the relation reads from.
    public var from: String
    /// The id of the entity the relation reads to.
    public var to: String
    public var type: RelationType
    public var weight: Double?
    /// When a one-off relation happened (an arrest, an attack).
    public var date: PartialDate?
    /// When a lasting relation began.
    public var since: PartialDate?
    /// When a lasting relation ended.
    public var until: PartialDate?
    /// The id of the cited document in the graph's ``Graph/sources``.
    public var source: String?
    /// A verbatim excerpt of the cited document that supports the relation.
    public var quote: String?
    /// How firmly the sources state the link; nil means stated as fact.
    public var status: RelationStatus?
    public var attributes: [String: AttributeValue]

    public init(from: String, to: String, type: RelationType, weight: Double? = nil,
                date: PartialDate? = nil, since: PartialDate? = nil, until: PartialDate? = nil,
                source: String? = nil, quote: String? = nil, status: RelationStatus? = nil,
                attributes: [String: AttributeValue] = [:]) {
        self.from = from
        self.to = to
        self.type = type
        self.weight = weight
        self.date = date
        self.since = since
        self.until = until
        self.source = source
        self.quote = quote
        self.status = status
        self.attributes = attributes
    }
}

/// How firmly the sources state a relation, so analyses can leave out what is not established.
public enum RelationStatus: String, CaseIterable, Hashable, Sendable, Comparable {
    case alleged
    case planned
    case proposed
    case recommended
    case disputed

    public static func < (lhs: RelationStatus, rhs: RelationStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}

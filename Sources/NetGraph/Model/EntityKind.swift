/// What an entity is: a cartel, an official, an agency… An open set: the nine built-in
/// kinds cover the field, and a graph file may declare more in its `schema`.
public struct EntityKind: RawRepresentable, Hashable, Comparable, Sendable,
                          ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let cartel: EntityKind = "cartel"
    public static let official: EntityKind = "official"
    public static let agency: EntityKind = "agency"
    public static let country: EntityKind = "country"
    public static let program: EntityKind = "program"
    public static let person: EntityKind = "person"
    public static let organization: EntityKind = "organization"
    public static let location: EntityKind = "location"
    public static let event: EntityKind = "event"
    /// The kind of a vertex read from a format that has no kinds (edge lists, plain GraphML).
    public static let node: EntityKind = "node"

    /// The built-in kinds in their canonical order (the order files and legends use).
    public static let builtIn: [EntityKind] = [
        .cartel, .official, .agency, .country, .program, .person, .organization, .location, .event,
    ]
}

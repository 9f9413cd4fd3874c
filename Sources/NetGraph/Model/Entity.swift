/// An actor or thing in the network: a cartel, an official, a place, an event…
public struct Entity: Hashable, Sendable, Identifiable {
    /// A stable slug (`cjng`, `garcia-harfuch`), unique within a graph.
    public var id: String
    public var kind: EntityKind
    /// The name shown to people.
    public var name: String
    /// Other names the sources use: nicknames, acronyms, translations, spellings.
    public var aliases: [String]
    public var description: String?
    /// When the entity came into being, if known (a body's creation, a cartel's founding).
    public var since: PartialDate?
    /// When it ceased to be, if known.
    public var until: PartialDate?
    public var attributes: [String: AttributeValue]

    public init(id: String, kind: EntityKind, name: String? = nil, aliases: [String] = [],
                description: String? = nil, since: PartialDate? = nil, until: PartialDate? = nil,
                attributes: [String: AttributeValue] = [:]) {
        self.id = id
        self.kind = kind
        self.name = name ?? id
        self.aliases = aliases
        self.description = description
        self.since = since
        self.until = until
        self.attributes = attributes
    }
}

extension Entity {
    /// The aliases as the exchange formats hold them in one field — a JSON array of strings,
    /// which their readers parse back — or nil when there are none (GraphML, GEXF, DOT and
    /// the GraphFrames CSV).
    public var aliasesJSON: String? {
        aliases.isEmpty ? nil : JSONValue.array(aliases.map { .string($0) }).serialized()
    }
}

/// The entities of a graph as columns, one row per stored entity.
///
/// Ids are kept as strings (each is unique, so there is nothing to share); kinds as 16-bit
/// codes into ``kindTable``; names, aliases and descriptions as strings too, sparsely: they
/// are each entity's own, and interning them in the graph's ``TextArena`` paid a hash (and
/// the look-up table's growth) per entity to share nothing, about a tenth of reading igraph's
/// GraphML of a 100,000-node graph whose nodes all have names (perf); the rest sparsely. A graph read from an edge list, whose nodes have only
/// ids, spends 18 bytes an entity (a 16-byte id — inline for ids of up to 15 bytes — and a
/// kind code).
struct EntityColumns: Sendable {
    var ids: [String] = []
    var kindCodes: [UInt16] = []
    /// The kinds by code, in order of first appearance.
    var kindTable: [EntityKind] = []
    /// Names that differ from the id.
    var names = SparseColumn<String>()
    var aliases = SparseColumn<[String]>()
    var descriptions = SparseColumn<String>()
    var since = SparseColumn<PartialDate>()
    var until = SparseColumn<PartialDate>()
    var attributes = SparseColumn<[String: AttributeValue]>()

    var count: Int { ids.count }

    /// Appends one entity.
    mutating func append(_ entity: Entity, kindCode: UInt16) {
        let row = ids.count
        ids.append(entity.id)
        kindCodes.append(kindCode)
        if entity.name != entity.id { names.append(entity.name, at: row) }
        if !entity.aliases.isEmpty { aliases.append(entity.aliases, at: row) }
        if let description = entity.description { descriptions.append(description, at: row) }
        if let date = entity.since { since.append(date, at: row) }
        if let date = entity.until { until.append(date, at: row) }
        if !entity.attributes.isEmpty { attributes.append(entity.attributes, at: row) }
    }

    /// The entity stored at `row`, as a value.
    func entity(at row: Int) -> Entity {
        Entity(id: ids[row], kind: kindTable[Int(kindCodes[row])], name: name(at: row),
               aliases: aliases[row] ?? [], description: descriptions[row],
               since: since[row], until: until[row], attributes: attributes[row] ?? [:])
    }

    func name(at row: Int) -> String { names[row] ?? ids[row] }

    /// Bytes held by the columns, not counting the characters of names, aliases and
    /// descriptions (``textBytes``); ids longer than 15 bytes are counted at their length.
    var columnBytes: Int {
        let string = MemoryLayout<String>.stride
        return ids.count * string + ids.reduce(0) { $0 + Self.heapBytes($1) }
            + kindCodes.count * 2 + (names.count + descriptions.count) * (4 + string) + aliases.count * 12
            + (since.count + until.count) * 28 + attributes.count * 12
    }

    /// Bytes of the names', aliases' and descriptions' characters held outside the columns
    /// (a string of up to 15 bytes is held inline), with each alias's string.
    var textBytes: Int {
        names.values.reduce(0) { $0 + Self.heapBytes($1) } + descriptions.values.reduce(0) { $0 + Self.heapBytes($1) }
            + aliases.values.reduce(0) { $0 + $1.reduce(0) { $0 + MemoryLayout<String>.stride + Self.heapBytes($1) } }
    }

    static func heapBytes(_ text: String) -> Int { text.utf8.count > 15 ? text.utf8.count : 0 }
}

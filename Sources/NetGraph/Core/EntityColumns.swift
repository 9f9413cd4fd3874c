/// The entities of a graph as columns, one row per stored entity.
///
/// Ids are kept as strings (each is unique, so there is nothing to share); kinds as 16-bit
/// codes into ``kindTable``; names, aliases and descriptions as codes into the graph's
/// ``TextArena``; the rest sparsely. A graph read from an edge list, whose nodes have only
/// ids, spends 18 bytes an entity (a 16-byte id — inline for ids of up to 15 bytes — and a
/// kind code).
struct EntityColumns: Sendable {
    var ids: [String] = []
    var kindCodes: [UInt16] = []
    /// The kinds by code, in order of first appearance.
    var kindTable: [EntityKind] = []
    /// Text codes of names that differ from the id.
    var names = SparseColumn<Int32>()
    var aliases = SparseColumn<[Int32]>()
    var descriptions = SparseColumn<Int32>()
    var since = SparseColumn<PartialDate>()
    var until = SparseColumn<PartialDate>()
    var attributes = SparseColumn<[String: AttributeValue]>()

    var count: Int { ids.count }

    /// Appends one entity, interning its texts.
    mutating func append(_ entity: Entity, kindCode: UInt16, texts: inout TextArena) {
        let row = ids.count
        ids.append(entity.id)
        kindCodes.append(kindCode)
        if entity.name != entity.id { names.append(texts.intern(entity.name), at: row) }
        if !entity.aliases.isEmpty { aliases.append(entity.aliases.map { texts.intern($0) }, at: row) }
        if let description = entity.description { descriptions.append(texts.intern(description), at: row) }
        if let date = entity.since { since.append(date, at: row) }
        if let date = entity.until { until.append(date, at: row) }
        if !entity.attributes.isEmpty { attributes.append(entity.attributes, at: row) }
    }

    /// The entity stored at `row`, as a value.
    func entity(at row: Int, texts: [String]) -> Entity {
        Entity(id: ids[row], kind: kindTable[Int(kindCodes[row])], name: name(at: row, texts: texts),
               aliases: aliases[row].map { $0.map { texts[Int($0)] } } ?? [],
               description: descriptions[row].map { texts[Int($0)] },
               since: since[row], until: until[row], attributes: attributes[row] ?? [:])
    }

    func name(at row: Int, texts: [String]) -> String {
        names[row].map { texts[Int($0)] } ?? ids[row]
    }

    /// Bytes held by the columns, not counting the characters of texts held elsewhere
    /// (ids longer than 15 bytes are counted at their length).
    var columnBytes: Int {
        ids.count * MemoryLayout<String>.stride + ids.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count : 0) }
            + kindCodes.count * 2 + names.count * 8 + aliases.count * 12 + descriptions.count * 8
            + (since.count + until.count) * 28 + attributes.count * 12
    }
}

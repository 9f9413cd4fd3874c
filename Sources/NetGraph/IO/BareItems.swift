/// Entities and relations that carry nothing but their required fields, written straight
/// from the graph's columns by the native YAML and JSON writers (``NativeGraphWriter``), by
/// the GraphML and GEXF writers and by the CSV folders' writer: each id, kind and relation type is encoded once per file —
/// a YAML scalar, a JSON string or an escaped XML value — where the general paths make an
/// ``Entity`` or ``Relation`` record (and, for YAML and JSON, a ``JSONValue`` tree) and
/// encode every id again for every item.
///
/// The bytes are each writer's general path's for the same item (YAML: `YAMLScalarWriter.block`
/// of `{id, kind, name}` as a list item, `YAMLScalarWriter.flow` of `{from, to, type}`; JSON:
/// the pretty-printed object at indent 4; GraphML and GEXF: their elements, whose fixed text
/// the writers pass in; CSV: the fields of a row, which ``CSVGraphFormat`` writes); an item with any other field — aliases, a description, dates, a
/// weight, a status, a source, a quote, attributes — is left to the general path. A graph
/// read from an edge list, or from another tool's GraphML without attributes, is all bare
/// items.
struct BareItems {
    /// How each id, kind, type and name is encoded.
    enum Encoding {
        /// A YAML scalar.
        case yaml
        /// A JSON string, quotes included.
        case json
        /// An XML attribute value, escaped, without its quotes.
        case xml
        /// A CSV field, quoted when it must be.
        case csv
    }

    private let graph: Graph
    private let encoding: Encoding
    private var json: Bool { encoding == .json }
    /// Entity v's id, encoded, is `idBytes[idStart[v]..<idStart[v + 1]]`.
    private let idStart: [Int]
    private let idBytes: [UInt8]
    private let sources: [Int32]
    private let targets: [Int32]
    // The columns, held once here rather than fetched through the graph per item.
    private let entityColumns: EntityColumns
    private let relationColumns: RelationColumns
    /// No relation has a detail, so none needs its rows looked at.
    private let relationsAreBare: Bool
    private let kindBytes: [[UInt8]]
    private let typeBytes: [[UInt8]]

    /// Encodes every id, kind and relation type of `graph` once, in `encoding`.
    ///
    /// - Complexity: O(n + total length of the ids).
    init(_ graph: Graph, encoding: Encoding) {
        self.graph = graph
        self.encoding = encoding
        func encode(_ text: String, into bytes: inout [UInt8]) { Self.encode(text, as: encoding, into: &bytes) }
        var idStart = [Int](repeating: 0, count: graph.nodeCount + 1)
        var idBytes: [UInt8] = []
        idBytes.reserveCapacity(8 * graph.nodeCount)
        for v in 0..<graph.nodeCount {
            encode(graph.id(ofNode: v), into: &idBytes)
            idStart[v + 1] = idBytes.count
        }
        self.idStart = idStart
        self.idBytes = idBytes
        sources = graph.relationSources
        targets = graph.relationTargets
        entityColumns = graph.storage.columns.entities
        relationColumns = graph.storage.columns.relations
        relationsAreBare = graph.relationsCarryNoDetails
        kindBytes = graph.kindTable.map { kind in
            var bytes: [UInt8] = []
            encode(kind.rawValue, into: &bytes)
            return bytes
        }
        typeBytes = graph.relationTypeTable.map { type in
            var bytes: [UInt8] = []
            encode(type.rawValue, into: &bytes)
            return bytes
        }
    }

    private static func encode(_ text: String, as encoding: Encoding, into bytes: inout [UInt8]) {
        switch encoding {
        case .yaml: YAMLScalarWriter.scalar(text, into: &bytes)
        case .json: JSONValue.quote(text, into: &bytes)
        case .xml: XMLText.append(text, to: &bytes)
        case .csv: CSVDocument.appendField(text, to: &bytes)
        }
    }

    /// Whether entity `v` has nothing beyond its id, kind and name.
    ///
    /// - Complexity: O(log k) per optional field held by k entities.
    func isBare(entity v: Int) -> Bool {
        let columns = entityColumns
        let row = graph.entityRow(v)
        // A sparse column answers nil at once when no row has a value.
        return columns.aliases[row] == nil && columns.descriptions[row] == nil && columns.since[row] == nil
            && columns.until[row] == nil && columns.attributes[row]?.isEmpty ?? true
    }

    /// Whether relation `r` has nothing beyond its ends and type.
    ///
    /// - Complexity: O(1) for a graph whose relations carry no details, else O(log k) per
    ///   optional field held by k relations.
    func isBare(relation r: Int) -> Bool {
        if relationsAreBare { return true }
        let columns = relationColumns
        let row = graph.relationRow(r)
        return columns.weights[row] == nil && columns.statusCodes[row] == nil && columns.sourceCodes[row] == nil
            && columns.quotes[row] == nil && columns.dates[row] == nil && columns.since[row] == nil
            && columns.until[row] == nil && columns.attributes[row]?.isEmpty ?? true
    }

    /// Entity `v`'s kind, encoded.
    func kind(ofEntity v: Int) -> [UInt8] { kindBytes[Int(entityColumns.kindCodes[graph.entityRow(v)])] }

    /// Relation `r`'s type, encoded.
    func type(ofRelation r: Int) -> [UInt8] { typeBytes[Int(relationColumns.typeCodes[graph.relationRow(r)])] }

    /// The node indices of relation `r`'s ends.
    func ends(ofRelation r: Int) -> (from: Int, to: Int) { (Int(sources[r]), Int(targets[r])) }

    /// Entity `v`'s name (its id when it has none), encoded.
    func appendName(_ v: Int, into out: inout [UInt8]) {
        if let name = entityColumns.names[graph.entityRow(v)] {
            Self.encode(name, as: encoding, into: &out)
        } else {
            appendID(v, into: &out)
        }
    }

    /// Writes entity `v` as `open` ID `afterID` NAME `afterName` KIND `close`: the layout of
    /// an element in the XML writers, whose fixed text is theirs.
    func writeEntity(_ v: Int, _ open: String, _ afterID: String, _ afterName: String, _ close: String,
                     into out: inout [UInt8]) {
        out.append(contentsOf: open.utf8)
        appendID(v, into: &out)
        out.append(contentsOf: afterID.utf8)
        appendName(v, into: &out)
        out.append(contentsOf: afterName.utf8)
        out.append(contentsOf: kind(ofEntity: v))
        out.append(contentsOf: close.utf8)
    }

    /// Writes entity `v` (YAML: a block list item at indent 2; JSON: an object at indent 4)
    /// and returns true, or returns false without writing when it has a field beyond its
    /// id, kind and name.
    ///
    /// - Complexity: O(log k) per optional field held by k entities, plus the output.
    func writeEntity(_ v: Int, into out: inout [UInt8]) -> Bool {
        guard isBare(entity: v) else { return false }
        out.append(contentsOf: json ? "{\n      \"id\": ".utf8 : "  - id: ".utf8)
        appendID(v, into: &out)
        out.append(contentsOf: json ? ",\n      \"kind\": ".utf8 : "\n    kind: ".utf8)
        out.append(contentsOf: kind(ofEntity: v))
        out.append(contentsOf: json ? ",\n      \"name\": ".utf8 : "\n    name: ".utf8)
        appendName(v, into: &out)
        out.append(contentsOf: json ? "\n    }".utf8 : "\n".utf8)
        return true
    }

    /// Writes relation `r` (YAML: a flow mapping list item at indent 2; JSON: an object at
    /// indent 4) and returns true, or returns false without writing when it has a field
    /// beyond its ends and type.
    ///
    /// - Complexity: O(1) for a graph whose relations carry no details, else O(log k) per
    ///   optional field held by k relations, plus the output.
    func writeRelation(_ r: Int, into out: inout [UInt8]) -> Bool {
        guard isBare(relation: r) else { return false }
        out.append(contentsOf: json ? "{\n      \"from\": ".utf8 : "  - {from: ".utf8)
        appendID(Int(sources[r]), into: &out)
        out.append(contentsOf: json ? ",\n      \"to\": ".utf8 : ", to: ".utf8)
        appendID(Int(targets[r]), into: &out)
        out.append(contentsOf: json ? ",\n      \"type\": ".utf8 : ", type: ".utf8)
        out.append(contentsOf: type(ofRelation: r))
        out.append(contentsOf: json ? "\n    }".utf8 : "}\n".utf8)
        return true
    }

    /// Entity `v`'s id, encoded.
    @inline(__always) func appendID(_ v: Int, into out: inout [UInt8]) {
        idBytes.withUnsafeBufferPointer { bytes in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[idStart[v]..<idStart[v + 1]]))
        }
    }
}

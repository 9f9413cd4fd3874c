/// Reads node-link and Cytoscape.js JSON that netgraph wrote (``NodeLinkWriter``,
/// ``CytoscapeWriter``) straight from its bytes into a ``GraphBuilder``, with no composed tree
/// and no rewritten native document; nil whenever the file is anything else, and
/// ``ExchangeJSONReader``'s general path reads it as before.
///
/// It runs on the bytes ``JSONSyntax/validated(_:file:)`` returns, with the scanning and the
/// field rules of the native JSON fast path (`NativeJSONFastPath`, `FastNativeReader`), and
/// takes what the writers write, with any spacing of spaces and line feeds:
/// - node-link: a root object of `directed`, `multigraph` (any flat value, unread), `graph`,
///   then `nodes`, then `edges` or `links`, each at most once;
/// - Cytoscape.js: a root object of `data`, `directed`, `multigraph`, then `elements`, an object
///   of `nodes` then `edges`, whose items are objects of one member, `data`;
/// - the graph's data an object holding `netgraph` (any flat value) and at most `name`,
///   `description`, `sources` and `schema`, each as the native format writes it;
/// - a node's members those of a native entity, and `value`; an edge's `source`, `target`,
///   `cited_source` and the native relation's other fields, and `key`, `id`, `directed` (flat
///   values, unread) and `reverse`. An edge whose `reverse` is `true` is the opposite copy of
///   an undirected relation, and is passed over as the general path passes it over.
///
/// It also takes the graphs NetworkX writes (`json.dump` of `node_link_data` or
/// `cytoscape_data`) with graph data empty (`{}`, or `[]` as `cytoscape_data` writes it), read
/// as the untyped graph the general path makes of them: nodes of `id` (text, or an integer as
/// NetworkX writes one), `name` and `value`; edges of `source`, `target`, `weight`, `key`,
/// `id` and `directed`; and, on either, other members with a scalar value, which become
/// attributes. Each entity is of kind `node`, named by its `name` or its id; each relation of
/// type `edge`, directed as the root's `directed` says (true unless it is the plain `false`).
/// A member the general path gives a meaning of its own (a node's `kind` or `since`, an
/// edge's `type`, `quote` or `reverse`…), a member whose value is a list or an object, and an
/// id that is no valid entity id (which the general path replaces by one made from it) are
/// declined.
///
/// It declines at anything else: graph data with members but no `netgraph` member (another
/// tool's graph with attributes, which the general path reads as untyped), members out of
/// that order or repeated, `elements` as one list, an element with members besides `data`, a
/// node or edge of another tool with any other member, and everything the native JSON fast
/// path declines. `ExchangeJSONFastPathTests` compares both paths on the writers' output for
/// every graph file of the repository, crafted texts and mutations of them.
///
/// - Complexity: O(n) in the size of the file; one pass over its bytes.
enum ExchangeJSONFastPath {
    /// - Parameter bytes: the file's bytes as ``JSONSyntax/validated(_:file:)`` returned them.
    static func graph(fromValidated bytes: [UInt8], dialect: ExchangeJSONReader.Dialect, file: String, limits: ReadLimits) -> Graph? {
        guard limits.maxNestingDepth >= 8 else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Graph? in
            var reader = FastNativeReader(bytes: buffer, file: file, limits: limits)
            var document = FastDocument()
            document.name = EdgeListReader.graphName(file)
            return try? reader.exchangeGraph(dialect, into: &document)
        }
    }
}

/// The members each part of an exchange document may have, as bytes, in the order that puts
/// a node's and an edge's fields at the index the native entity's and relation's have.
private enum ExchangeFieldNames {
    static let nodeLinkRoot = ["directed", "multigraph", "graph", "nodes", "edges", "links"].map { Array($0.utf8) }
    static let cytoscapeRoot = ["directed", "multigraph", "data", "elements"].map { Array($0.utf8) }
    static let elements = ["nodes", "edges"].map { Array($0.utf8) }
    static let element = Array("data".utf8)
    static let graphData = ["name", "description", "netgraph", "sources", "schema"].map { Array($0.utf8) }
    static let node = FieldNames.entity + ExchangeJSONReader.entityBookkeeping.sorted().map { Array($0.utf8) }
    /// The native relation's fields by their exchange names (`source` is the start), then the
    /// members written for the other tools' sake, `reverse` last.
    static let edge = NativeFormatFields.relation.map { native in
        Array(ExchangeJSONReader.relationFields.first { $0.value == native }!.key.utf8)
    } + ExchangeJSONReader.relationBookkeeping.subtracting(["reverse"]).sorted().map { Array($0.utf8) } + [Array("reverse".utf8)]
    static let reverse = edge.count - 1
    /// The members another tool's node and edge are read by (see ``ExchangeJSONFastPath``);
    /// `value`, `key`, `id` and `directed` are read and passed over, as the general path
    /// passes them over.
    static let untypedNode = ["id", "name", "value"].map { Array($0.utf8) }
    static let untypedEdge = ["source", "target", "weight", "key", "id", "directed"].map { Array($0.utf8) }
    /// The fields with a meaning of their own that such an item may not have here (the
    /// general path reads them); any other member is an attribute.
    static let untypedNodeDeclined = ExchangeJSONReader.entityFields.subtracting(["id", "name"]).sorted().map { Array($0.utf8) }
    static let untypedEdgeDeclined = (Set(ExchangeJSONReader.relationFields.keys).subtracting(["source", "target", "weight"]) + ["reverse"])
        .sorted().map { Array($0.utf8) }
}

private let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}"), openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")

extension FastNativeReader {
    mutating func exchangeGraph(_ dialect: ExchangeJSONReader.Dialect, into document: inout FastDocument) throws(ComposerDeclined) -> Graph {
        let names = dialect == .nodeLink ? ExchangeFieldNames.nodeLinkRoot : ExchangeFieldNames.cytoscapeRoot
        var seen = Array(repeating: false, count: names.count)
        // Whether the document is another tool's untyped graph, and its `directed`, which the
        // general path reads as Yams reads a truth value: JSON's plain `false` alone is false.
        var untyped = false
        var directed = true
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let member = Self.index(of: key, in: names), !seen[member] else { throw ComposerDeclined() }
            seen[member] = true
            switch (dialect, member) {
            case (_, 0), (_, 1):
                // `directed` and `multigraph`: in netgraph's documents the schema says what
                // is directed.
                pool.removeAll(keepingCapacity: true)
                let value = try jsonValue()
                if member == 0, case .scalar(let flag) = value, flag.style == .plain {
                    directed = !"false".utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[flag.start..<flag.end]))
                }
            case (_, 2):
                // `graph` or `data`: before the items, whose builder it makes.
                guard document.builder == nil else { throw ComposerDeclined() }
                untyped = try exchangeGraphData(into: &document)
                document.builder = document.entityBuilder()
            case (.nodeLink, 3):
                guard document.builder != nil else { throw ComposerDeclined() }
                try exchangeNodes(into: &document, inElements: false, untyped: untyped)
            case (.nodeLink, _):
                // `edges`, or NetworkX's older `links`: one of them, after the nodes.
                guard seen[3], !(seen[4] && seen[5]) else { throw ComposerDeclined() }
                try exchangeEdges(into: &document, inElements: false, untyped: untyped)
            case (.cytoscape, _):
                guard document.builder != nil else { throw ComposerDeclined() }
                try exchangeElements(into: &document, untyped: untyped)
            }
        } while try jsonContinues(closing: closeBrace)
        skipJSONSpace()
        guard position == bytes.count, seen[3] else { throw ComposerDeclined() }
        if untyped { document.builder?.schema = Self.untypedSchema(directed: directed) }
        return try document.graph()
    }

    /// The vocabulary the general path gives an untyped graph: kind `node` and type `edge`,
    /// added to the default schema where it lacks them, the type directed as the document is.
    private static func untypedSchema(directed: Bool) -> Schema {
        var schema = Schema.default
        if !schema.contains(EntityKind.node) { schema.add(EntityKind.node) }
        if schema.declaration(of: RelationType.edge) == nil {
            schema.declare(RelationDeclaration(RelationType.edge, directed: directed, from: nil, to: nil))
        }
        return schema
    }

    /// The graph's data: its name, description, sources and schema, and the `netgraph` member
    /// that says netgraph wrote the document; true when it is empty (`{}`, or the `[]` of
    /// NetworkX's `cytoscape_data`), another tool's plain graph.
    private mutating func exchangeGraphData(into document: inout FastDocument) throws(ComposerDeclined) -> Bool {
        var seen = Array(repeating: false, count: ExchangeFieldNames.graphData.count)
        skipJSONSpace()
        if byte(at: position) == openBracket {
            position += 1
            try expectJSON(closeBracket)
            return true
        }
        try expectJSON(openBrace)
        skipJSONSpace()
        if byte(at: position) == closeBrace {
            position += 1
            return true
        }
        repeat {
            let key = try jsonPartKey()
            guard let member = Self.index(of: key, in: ExchangeFieldNames.graphData), !seen[member] else { throw ComposerDeclined() }
            seen[member] = true
            switch member {
            case 0, 1, 2:
                pool.removeAll(keepingCapacity: true)
                let value = try jsonValue()
                guard case .scalar = value else { throw ComposerDeclined() }
                if member == 0 { document.name = try text(value)! }
                if member == 1 { document.summary = try text(value) }
            case 3:
                try jsonArray { reader throws(ComposerDeclined) in
                    try reader.jsonPart(allowed: FieldNames.source)
                    document.sources.append(try reader.source())
                }
            default:
                try jsonSchema(into: &document.schema)
            }
        } while try jsonContinues(closing: closeBrace)
        guard seen[2] else { throw ComposerDeclined() }
        return false
    }

    /// Cytoscape.js' `elements`: an object of `nodes`, then `edges`.
    private mutating func exchangeElements(into document: inout FastDocument, untyped: Bool) throws(ComposerDeclined) {
        var seen = [false, false]
        try expectJSON(openBrace)
        repeat {
            let key = try jsonPartKey()
            guard let member = Self.index(of: key, in: ExchangeFieldNames.elements), !seen[member], member == 0 || seen[0] else {
                throw ComposerDeclined()
            }
            seen[member] = true
            if member == 0 {
                try exchangeNodes(into: &document, inElements: true, untyped: untyped)
            } else {
                try exchangeEdges(into: &document, inElements: true, untyped: untyped)
            }
        } while try jsonContinues(closing: closeBrace)
        guard seen[0] else { throw ComposerDeclined() }
    }

    private mutating func exchangeNodes(into document: inout FastDocument, inElements: Bool, untyped: Bool) throws(ComposerDeclined) {
        guard var made = document.builder else { throw ComposerDeclined() }
        document.builder = nil
        try jsonArray { reader throws(ComposerDeclined) in
            if untyped {
                let attributes = try reader.untypedItem(allowed: ExchangeFieldNames.untypedNode, declined: ExchangeFieldNames.untypedNodeDeclined,
                                                        inElement: inElements)
                made.add(try reader.untypedEntity(attributes: attributes))
                return
            }
            try reader.exchangeItem(allowed: ExchangeFieldNames.node, inElement: inElements)
            made.add(try reader.entity())
        }
        document.builder = made
    }

    private mutating func exchangeEdges(into document: inout FastDocument, inElements: Bool, untyped: Bool) throws(ComposerDeclined) {
        guard var made = document.builder else { throw ComposerDeclined() }
        document.builder = nil
        try jsonArray { reader throws(ComposerDeclined) in
            if untyped {
                let attributes = try reader.untypedItem(allowed: ExchangeFieldNames.untypedEdge, declined: ExchangeFieldNames.untypedEdgeDeclined,
                                                        inElement: inElements)
                made.add(Relation(from: try reader.untypedID(reader.fields[0]), to: try reader.untypedID(reader.fields[1]),
                                  type: .edge, weight: try reader.weight(reader.fields[2]), attributes: try reader.attributes(attributes)))
                return
            }
            try reader.exchangeItem(allowed: ExchangeFieldNames.edge, inElement: inElements)
            // The general path drops an opposite copy by Yams' truth of its `reverse`: JSON's
            // only plain scalar that reads as true is `true`.
            if case .scalar(let reverse)? = reader.fields[ExchangeFieldNames.reverse], reverse.style == .plain,
               "true".utf8.elementsEqual(UnsafeBufferPointer(rebasing: reader.bytes[reverse.start..<reverse.end])) {
                return
            }
            let (relation, marks) = try reader.relation()
            made.add(relation, marks: marks)
        }
        document.builder = made
    }

    /// Another tool's node (``ExchangeFieldNames/untypedNode``): of kind `node`, named by its
    /// `name` or its id, with the item's other members as attributes.
    private mutating func untypedEntity(attributes: FastValue?) throws(ComposerDeclined) -> Entity {
        let id = try untypedID(fields[0])
        // The general path gives an id that breaks the rule one made from it.
        guard GraphBuilder.idProblem(id) == nil else { throw ComposerDeclined() }
        return Entity(id: id, kind: .node, name: fields[1] == nil ? id : try text(fields[1]), attributes: try self.attributes(attributes))
    }

    /// Another tool's node or edge: its members named in `allowed` into ``fields``, any in
    /// `declined` declined, and every other, whose value must be a scalar, an attribute;
    /// returns the attributes as a map of ``pool`` (nil when there are none).
    private mutating func untypedItem(allowed: [[UInt8]], declined: [[UInt8]], inElement: Bool) throws(ComposerDeclined) -> FastValue? {
        // Names and values of the attributes, in turn; most items have none, and an empty
        // array allocates nothing.
        var attributes: [FastScalar] = []
        try exchangeItem(allowed: allowed, inElement: inElement, attributes: &attributes, besides: declined)
        guard !attributes.isEmpty else { return nil }
        let first = pool.count
        pool.append(contentsOf: attributes)
        return .map(first..<pool.count)
    }

    /// An id of another tool's node or edge end: text, or an integer (NetworkX writes integer
    /// nodes as JSON numbers), read as the text it spells.
    private mutating func untypedID(_ value: FastValue?) throws(ComposerDeclined) -> String {
        guard case .scalar(let scalar)? = value else { throw ComposerDeclined() }
        if scalar.style == .plain {
            let spelled = UnsafeBufferPointer(rebasing: bytes[scalar.start..<scalar.end])
            let digits = spelled.first == UInt8(ascii: "-") ? UnsafeBufferPointer(rebasing: spelled.dropFirst()) : spelled
            guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ $0 &- UInt8(ascii: "0") <= 9 }) else { throw ComposerDeclined() }
        }
        return try requiredText(value)
    }

    /// A node's or an edge's members into ``fields``: the item itself, or in Cytoscape.js the
    /// item's one member, `data`.
    private mutating func exchangeItem(allowed: [[UInt8]], inElement: Bool) throws(ComposerDeclined) {
        var none: [FastScalar] = []
        try exchangeItem(allowed: allowed, inElement: inElement, attributes: &none, besides: nil)
    }

    /// As ``exchangeItem(allowed:inElement:)``, other members taken as attributes as
    /// ``jsonPart(allowed:attributes:besides:)`` takes them.
    private mutating func exchangeItem(allowed: [[UInt8]], inElement: Bool, attributes: inout [FastScalar],
                                       besides declined: [[UInt8]]?) throws(ComposerDeclined) {
        if inElement {
            try expectJSON(openBrace)
            guard try jsonPartKey().elementsEqual(ExchangeFieldNames.element) else { throw ComposerDeclined() }
        }
        try jsonPart(allowed: allowed, attributes: &attributes, besides: declined)
        if inElement { try expectJSON(closeBrace) }
    }
}

/// Writes a ``Graph`` as NetworkX's node-link JSON, the shape of `networkx.node_link_data`
/// with NetworkX 3.4's key names (`nodes`, `edges`, `source`, `target`, `key`), which
/// `networkx.node_link_graph(json.load(file))` reads into a `MultiDiGraph` (or a
/// `MultiGraph` when every relation is undirected).
///
/// - `graph`: `name`, `description`, `netgraph` (1), and the native `sources` and `schema`
///   sections as JSON, when present.
/// - each node: `id`, `name`, `kind`, `aliases`, `description`, `since`, `until`,
///   `attributes` (an object), each when present.
/// - each edge: `source`, `target`, `key` (`eN`, the relation's index), `type`, `weight`,
///   `date`, `since`, `until`, `status`, `cited_source` (the relation's `source`, renamed
///   since `source` is the edge's start), `quote`, `attributes`; directions as
///   the other exchange formats write them (see `GEXFWriter`), the opposite copy of an undirected relation keyed
///   `eN-reverse` with `reverse` true.
///
/// Deterministic (keys in a fixed order); linear in the size of the graph.
public struct NodeLinkWriter: Sendable {
    /// Whether nodes and edges with nothing but their required fields are written straight
    /// from the graph's columns (``BareItems``); the tests compare both ways.
    let bareItemsFromColumns: Bool

    public init() { bareItemsFromColumns = true }

    init(bareItemsFromColumns: Bool) { self.bareItemsFromColumns = bareItemsFromColumns }

    public func write(_ graph: Graph) -> String {
        var stream = TextStream()
        write(graph, to: &stream)
        return String(decoding: stream.bytes, as: UTF8.self)
    }

    /// Writes the document into `stream`, node by node and edge by edge.
    public func write(_ graph: Graph, to stream: inout TextStream) {
        let direction = ExchangeDirection(graph)
        let header = NativeGraphWriter(format: .json).headerSections(graph)
        var graphFields: [(String, JSONValue)] = [("name", .string(graph.name))]
        if let summary = graph.summary { graphFields.append(("description", .string(summary))) }
        graphFields.append(("netgraph", .int(1)))
        if let sources = header.sources { graphFields.append(("sources", sources)) }
        if let schema = header.schema { graphFields.append(("schema", schema)) }
        // Building a tree per item was most of the writing time (perf).
        let bare = BareItems(graph, encoding: .json)

        stream.bytes.append(UInt8(ascii: "{"))
        JSONValue.beginPrettyMember("directed", first: true, indent: 0, into: &stream.bytes)
        JSONValue.bool(direction.graphIsDirected).write(to: &stream.bytes, pretty: true, indent: 2)
        JSONValue.beginPrettyMember("multigraph", first: false, indent: 0, into: &stream.bytes)
        JSONValue.bool(true).write(to: &stream.bytes, pretty: true, indent: 2)
        JSONValue.beginPrettyMember("graph", first: false, indent: 0, into: &stream.bytes)
        JSONValue.object(graphFields).write(to: &stream.bytes, pretty: true, indent: 2)
        JSONValue.beginPrettyMember("nodes", first: false, indent: 0, into: &stream.bytes)
        var nodes = JSONPrettyArray(indent: 2)
        for v in 0..<graph.nodeCount {
            if bareItemsFromColumns && bare.isBare(entity: v) {
                nodes.beginItem(&stream)
                bare.writeEntity(v, "{\n      \"id\": ", ",\n      \"name\": ", ",\n      \"kind\": ", "\n    }", into: &stream.bytes)
                nodes.endItem(&stream)
                continue
            }
            let entity = graph.entities[v]
            var fields: [(String, JSONValue)] = [("id", .string(entity.id))]
            fields.append(("name", .string(entity.name)))
            fields.append(("kind", .string(entity.kind.rawValue)))
            if !entity.aliases.isEmpty { fields.append(("aliases", .array(entity.aliases.map { .string($0) }))) }
            if let description = entity.description { fields.append(("description", .string(description))) }
            if let since = entity.since { fields.append(("since", .string(since.description))) }
            if let until = entity.until { fields.append(("until", .string(until.description))) }
            if !entity.attributes.isEmpty { fields.append(("attributes", JSONValue(attributes: entity.attributes))) }
            nodes.item(.object(fields), into: &stream)
        }
        nodes.end(&stream)
        JSONValue.beginPrettyMember("edges", first: false, indent: 0, into: &stream.bytes)
        var edges = JSONPrettyArray(indent: 2)
        for index in 0..<graph.relationCount {
            if bareItemsFromColumns && bare.isBare(relation: index) {
                let (from, to) = bare.ends(ofRelation: index)
                edges.beginItem(&stream)
                Self.writeBareEdge(index, from: from, to: to, reverse: false, bare: bare, into: &stream.bytes)
                edges.endItem(&stream)
                if direction.hasReverseCopy(index) {
                    edges.beginItem(&stream)
                    Self.writeBareEdge(index, from: to, to: from, reverse: true, bare: bare, into: &stream.bytes)
                    edges.endItem(&stream)
                }
                continue
            }
            let relation = graph.relations[index]
            let fields: [(String, JSONValue)] = [("type", .string(relation.type.rawValue))] + relation.exchangeFields
            edges.item(.object([("source", .string(relation.from)), ("target", .string(relation.to)),
                                ("key", .string("e\(index)"))] + fields), into: &stream)
            if direction.hasReverseCopy(index) {
                edges.item(.object([("source", .string(relation.to)), ("target", .string(relation.from)),
                                    ("key", .string("e\(index)-reverse"))] + fields + [("reverse", .bool(true))]), into: &stream)
            }
        }
        edges.end(&stream)
        stream.bytes.append(contentsOf: "\n}\n".utf8)
    }

    /// An edge with only its ends and type, as the general path writes it at indent 4.
    private static func writeBareEdge(_ index: Int, from: Int, to: Int, reverse: Bool, bare: BareItems, into out: inout [UInt8]) {
        out.append(contentsOf: "{\n      \"source\": ".utf8)
        bare.appendID(from, into: &out)
        out.append(contentsOf: ",\n      \"target\": ".utf8)
        bare.appendID(to, into: &out)
        out.append(contentsOf: ",\n      \"key\": \"e".utf8)
        out.append(contentsOf: String(index).utf8)
        out.append(contentsOf: (reverse ? "-reverse\",\n      \"type\": " : "\",\n      \"type\": ").utf8)
        out.append(contentsOf: bare.type(ofRelation: index))
        out.append(contentsOf: (reverse ? ",\n      \"reverse\": true\n    }" : "\n    }").utf8)
    }
}

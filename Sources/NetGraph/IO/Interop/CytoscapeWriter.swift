/// Writes a ``Graph`` as Cytoscape.js JSON: the elements format `cytoscape({ elements })`
/// and `cy.json()` use, which Cytoscape desktop imports as `.cyjs`.
///
/// `{"data": {…graph…}, "directed": …, "multigraph": true, "elements": {"nodes": [{"data": {…}}],
/// "edges": [{"data": {…}}]}}`, which NetworkX's `cytoscape_graph` reads too:
/// - `data` of the graph: `name`, `description`, `netgraph` (1), the native `sources` and
///   `schema` sections as JSON, when present;
/// - each node's `data`: `id`, `value` (the id again: NetworkX's node key), `name`, `kind`, `aliases`, `description`, `since`, `until`,
///   `attributes`;
/// - each edge's `data`: `id`, `key` (the id again: NetworkX's multigraph key), `source`,
///   `target`, `type`, `directed` (whether the relation's
///   type is), `weight`, `date`, `since`, `until`, `status`, `cited_source` (the relation's
///   `source`, renamed since `source` is the edge's start), `quote`, `attributes`.
///
/// Cytoscape has no direction of its own: every relation is one edge and a style can draw
/// arrows by `data(directed)`. The top-level `directed` is false only when every relation is
/// undirected; NetworkX reads the undirected relations of a mixed graph one way (their
/// `directed` field says so). Nodes and edges share one id space in Cytoscape.js:
/// edge ids are `e` followed by the relation's index, with as many `_` after the `e` as it
/// takes for no entity id to have that form. Deterministic; linear in the size of the graph.
public struct CytoscapeWriter: Sendable {
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
        let header = NativeGraphWriter(format: .json).headerSections(graph)
        var graphFields: [(String, JSONValue)] = [("name", .string(graph.name))]
        if let summary = graph.summary { graphFields.append(("description", .string(summary))) }
        graphFields.append(("netgraph", .int(1)))
        if let sources = header.sources { graphFields.append(("sources", sources)) }
        if let schema = header.schema { graphFields.append(("schema", schema)) }
        // Building a tree per item was most of the writing time (perf).
        let bare = BareItems(graph, encoding: .json)

        let prefix = Self.edgeIDPrefix(avoiding: graph.entities.map(\.id))
        stream.bytes.append(UInt8(ascii: "{"))
        JSONValue.beginPrettyMember("data", first: true, indent: 0, into: &stream.bytes)
        JSONValue.object(graphFields).write(to: &stream.bytes, pretty: true, indent: 2)
        JSONValue.beginPrettyMember("directed", first: false, indent: 0, into: &stream.bytes)
        JSONValue.bool(ExchangeDirection(graph).graphIsDirected).write(to: &stream.bytes, pretty: true, indent: 2)
        JSONValue.beginPrettyMember("multigraph", first: false, indent: 0, into: &stream.bytes)
        JSONValue.bool(true).write(to: &stream.bytes, pretty: true, indent: 2)
        JSONValue.beginPrettyMember("elements", first: false, indent: 0, into: &stream.bytes)
        stream.bytes.append(UInt8(ascii: "{"))
        JSONValue.beginPrettyMember("nodes", first: true, indent: 2, into: &stream.bytes)
        var nodes = JSONPrettyArray(indent: 4)
        for v in 0..<graph.nodeCount {
            if bareItemsFromColumns && bare.isBare(entity: v) {
                nodes.beginItem(&stream)
                stream.bytes.append(contentsOf: "{\n        \"data\": {\n          \"id\": ".utf8)
                bare.appendID(v, into: &stream.bytes)
                bare.writeEntity(v, ",\n          \"value\": ", ",\n          \"name\": ", ",\n          \"kind\": ",
                                 "\n        }\n      }", into: &stream.bytes)
                nodes.endItem(&stream)
                continue
            }
            let entity = graph.entities[v]
            var fields: [(String, JSONValue)] = [("id", .string(entity.id)), ("value", .string(entity.id)), ("name", .string(entity.name)),
                                                 ("kind", .string(entity.kind.rawValue))]
            if !entity.aliases.isEmpty { fields.append(("aliases", .array(entity.aliases.map { .string($0) }))) }
            if let description = entity.description { fields.append(("description", .string(description))) }
            if let since = entity.since { fields.append(("since", .string(since.description))) }
            if let until = entity.until { fields.append(("until", .string(until.description))) }
            if !entity.attributes.isEmpty { fields.append(("attributes", JSONValue(attributes: entity.attributes))) }
            nodes.item(.object([("data", .object(fields))]), into: &stream)
        }
        nodes.end(&stream)
        JSONValue.beginPrettyMember("edges", first: false, indent: 2, into: &stream.bytes)
        var edges = JSONPrettyArray(indent: 4)
        for index in 0..<graph.relationCount {
            if bareItemsFromColumns && bare.isBare(relation: index) {
                edges.beginItem(&stream)
                Self.writeBareEdge(index, id: "\"\(prefix)\(index)\"", directed: graph.isDirected(relation: index), bare: bare,
                                   into: &stream.bytes)
                edges.endItem(&stream)
                continue
            }
            let relation = graph.relations[index]
            var fields: [(String, JSONValue)] = [("id", .string("\(prefix)\(index)")), ("key", .string("\(prefix)\(index)")),
                                                 ("source", .string(relation.from)),
                                                 ("target", .string(relation.to)), ("type", .string(relation.type.rawValue)),
                                                 ("directed", .bool(graph.isDirected(relation: index)))]
            fields += relation.exchangeFields
            edges.item(.object([("data", .object(fields))]), into: &stream)
        }
        edges.end(&stream)
        stream.bytes.append(contentsOf: "\n  }\n}\n".utf8)
    }

    /// An edge with only its ends and type, as the general path writes it at indent 6; `id`
    /// is its id, quoted.
    private static func writeBareEdge(_ index: Int, id: String, directed: Bool, bare: BareItems, into out: inout [UInt8]) {
        let (from, to) = bare.ends(ofRelation: index)
        out.append(contentsOf: "{\n        \"data\": {\n          \"id\": ".utf8)
        out.append(contentsOf: id.utf8)
        out.append(contentsOf: ",\n          \"key\": ".utf8)
        out.append(contentsOf: id.utf8)
        out.append(contentsOf: ",\n          \"source\": ".utf8)
        bare.appendID(from, into: &out)
        out.append(contentsOf: ",\n          \"target\": ".utf8)
        bare.appendID(to, into: &out)
        out.append(contentsOf: ",\n          \"type\": ".utf8)
        out.append(contentsOf: bare.type(ofRelation: index))
        out.append(contentsOf: (directed ? ",\n          \"directed\": true\n        }\n      }"
                                         : ",\n          \"directed\": false\n        }\n      }").utf8)
    }

    /// `e`, `e_`, `e__`, …: the first that no id in `ids` continues with digits only.
    static func edgeIDPrefix(avoiding ids: [String]) -> String {
        var prefix = "e"
        while ids.contains(where: { $0.hasPrefix(prefix) && $0.count > prefix.count && $0.dropFirst(prefix.count).allSatisfy(\.isASCIIDigit) }) {
            prefix = "e" + String(repeating: "_", count: prefix.count)
        }
        return prefix
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

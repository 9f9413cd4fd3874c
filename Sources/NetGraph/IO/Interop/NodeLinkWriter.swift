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
    public init() {}

    public func write(_ graph: Graph) -> String {
        let direction = ExchangeDirection(graph)
        let header = NativeGraphWriter(format: .json).headerSections(graph)
        var graphFields: [(String, JSONValue)] = [("name", .string(graph.name))]
        if let summary = graph.summary { graphFields.append(("description", .string(summary))) }
        graphFields.append(("netgraph", .int(1)))
        if let sources = header.sources { graphFields.append(("sources", sources)) }
        if let schema = header.schema { graphFields.append(("schema", schema)) }

        let nodes: [JSONValue] = graph.entities.map { entity in
            var fields: [(String, JSONValue)] = [("id", .string(entity.id))]
            fields.append(("name", .string(entity.name)))
            fields.append(("kind", .string(entity.kind.rawValue)))
            if !entity.aliases.isEmpty { fields.append(("aliases", .array(entity.aliases.map { .string($0) }))) }
            if let description = entity.description { fields.append(("description", .string(description))) }
            if let since = entity.since { fields.append(("since", .string(since.description))) }
            if let until = entity.until { fields.append(("until", .string(until.description))) }
            if !entity.attributes.isEmpty { fields.append(("attributes", JSONValue(attributes: entity.attributes))) }
            return .object(fields)
        }
        var edges: [JSONValue] = []
        for (index, relation) in graph.relations.enumerated() {
            let fields: [(String, JSONValue)] = [("type", .string(relation.type.rawValue))] + relation.exchangeFields
            edges.append(.object([("source", .string(relation.from)), ("target", .string(relation.to)),
                                  ("key", .string("e\(index)"))] + fields))
            if direction.hasReverseCopy(index) {
                edges.append(.object([("source", .string(relation.to)), ("target", .string(relation.from)),
                                      ("key", .string("e\(index)-reverse"))] + fields + [("reverse", .bool(true))]))
            }
        }
        let document = JSONValue.object([("directed", .bool(direction.graphIsDirected)), ("multigraph", .bool(true)),
                                         ("graph", .object(graphFields)), ("nodes", .array(nodes)), ("edges", .array(edges))])
        return document.serialized(pretty: true) + "\n"
    }
}

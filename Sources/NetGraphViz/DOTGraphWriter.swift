import NetGraph

/// Writes a graph as DOT text that Graphviz draws and ``DOTGraphReader`` reads back into an
/// equal graph.
///
/// The graph is a `digraph`; relations of undirected types carry `dir=none`, and each
/// relation is its own edge statement, so parallel relations stay separate. Every field
/// travels as a DOT attribute (the names are ``DOTKeys``):
/// - graph: `netgraph` (marks a file this writer made), `description`, and the native
///   format's `sources` and `schema` sections as JSON text (NetGraph's `GraphHeader`);
/// - node (named by the entity id): `label` (the name), `kind`, `aliases` (a JSON list),
///   `description`, `since`, `until`, `attributes` (a JSON object, so values keep their type);
/// - edge: `type` (also as `label`, for drawing tools), `weight`, `date`, `since`, `until`,
///   `status`, `source`, `quote`, `attributes`.
///
/// Values are encoded by `DOTText` so that quotes, backslashes, line breaks and control
/// characters read back exactly. An empty text field is written as an empty value, which
/// Graphviz cannot tell from a missing one, so it reads back as absent.
public struct DOTGraphWriter: Sendable {
    public init() {}

    /// The DOT text of `graph`.
    /// - Complexity: O(n + m + size of the text).
    public func write(_ graph: Graph) -> String {
        let header = GraphHeader(of: graph)
        var graphAttributes = [attribute(DOTKeys.marker, DOTKeys.markerVersion)]
        if let description = header.description { graphAttributes.append(attribute("description", description)) }
        if let sources = header.sourcesJSON { graphAttributes.append(attribute("sources", sources)) }
        if let schema = header.schemaJSON { graphAttributes.append(attribute("schema", schema)) }
        var out = "digraph \(DOTText.quoted(graph.name)) {\n"
        out += "  graph [\(graphAttributes.joined(separator: ", "))];\n"
        for entity in graph.entities {
            var attributes = [attribute("label", entity.name), attribute("kind", entity.kind.rawValue)]
            if let aliases = entity.aliasesJSON { attributes.append(attribute("aliases", aliases)) }
            attributes.append(contentsOf: optional("description", entity.description))
            attributes.append(contentsOf: optional("since", entity.since?.description))
            attributes.append(contentsOf: optional("until", entity.until?.description))
            attributes.append(contentsOf: optional("attributes", Self.json(entity.attributes)))
            out += "  \(DOTText.quoted(entity.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        for (r, relation) in graph.relations.enumerated() {
            var attributes = [attribute("type", relation.type.rawValue), attribute("label", relation.type.rawValue)]
            attributes.append(contentsOf: optional("weight", relation.weight?.shortDescription))
            attributes.append(contentsOf: optional("date", relation.date?.description))
            attributes.append(contentsOf: optional("since", relation.since?.description))
            attributes.append(contentsOf: optional("until", relation.until?.description))
            attributes.append(contentsOf: optional("status", relation.status?.rawValue))
            attributes.append(contentsOf: optional("source", relation.source))
            attributes.append(contentsOf: optional("quote", relation.quote))
            attributes.append(contentsOf: optional("attributes", Self.json(relation.attributes)))
            if !graph.isDirected(relation: r) { attributes.append("dir=none") }
            out += "  \(DOTText.quoted(relation.from)) -> \(DOTText.quoted(relation.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        out += "}\n"
        return out
    }

    private func attribute(_ name: String, _ value: String) -> String { "\(name)=\(DOTText.quoted(value))" }

    private func optional(_ name: String, _ value: String?) -> [String] { value.map { [attribute(name, $0)] } ?? [] }

    /// Free attributes as JSON text (`JSONValue(attributes:)`); nil when there are none.
    static func json(_ attributes: [String: AttributeValue]) -> String? {
        attributes.isEmpty ? nil : JSONValue(attributes: attributes).serialized()
    }
}

/// The attribute names netgraph writes in DOT and reads back.
public enum DOTKeys {
    /// The graph attribute that marks a file ``DOTGraphWriter`` wrote; without it a DOT file
    /// is read as a plain Graphviz graph.
    public static let marker = "netgraph"
    public static let markerVersion = "1"
    public static let graphKeys = [marker, "description", "sources", "schema"]
    public static let nodeKeys = ["label", "kind", "aliases", "description", "since", "until", "attributes"]
    public static let edgeKeys = ["type", "weight", "date", "since", "until", "status", "source", "quote", "attributes"]
}

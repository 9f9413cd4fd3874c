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
/// characters read back exactly; a graph's or node's name that starts with `%` has that `%`
/// escaped, since cgraph would replace the name with a number of its own. An empty text field is written as an empty value, which
/// Graphviz cannot tell from a missing one, so it reads back as absent.
public struct DOTGraphWriter: Sendable {
    public init() {}

    /// The graph as DOT text.
    public func write(_ graph: Graph) -> String {
        var stream = TextStream()
        write(graph, to: &stream)
        return String(decoding: stream.bytes, as: UTF8.self)
    }

    /// Writes the graph's DOT text into `stream`, item by item, so that a file gets it a
    /// mebibyte at a time.
    public func write(_ graph: Graph, to stream: inout TextStream) {
        let header = GraphHeader(of: graph)
        stream.bytes.append(contentsOf: "digraph ".utf8)
        DOTText.appendQuotedName(graph.name, to: &stream.bytes)
        stream.bytes.append(contentsOf: " {\n  graph [".utf8)
        var list = AttributeList()
        list.add(DOTKeys.marker, DOTKeys.markerVersion, to: &stream.bytes)
        list.add("description", header.description, to: &stream.bytes)
        list.add("sources", header.sourcesJSON, to: &stream.bytes)
        list.add("schema", header.schemaJSON, to: &stream.bytes)
        stream.bytes.append(contentsOf: "];\n".utf8)
        for entity in graph.entities {
            stream.bytes.append(contentsOf: "  ".utf8)
            DOTText.appendQuotedName(entity.id, to: &stream.bytes)
            stream.bytes.append(contentsOf: " [".utf8)
            var list = AttributeList()
            list.add("label", entity.name, to: &stream.bytes)
            list.add("kind", entity.kind.rawValue, to: &stream.bytes)
            list.add("aliases", entity.aliasesJSON, to: &stream.bytes)
            list.add("description", entity.description, to: &stream.bytes)
            list.add("since", entity.since?.description, to: &stream.bytes)
            list.add("until", entity.until?.description, to: &stream.bytes)
            list.add("attributes", Self.json(entity.attributes), to: &stream.bytes)
            stream.bytes.append(contentsOf: "];\n".utf8)
            stream.itemEnded()
        }
        for index in 0..<graph.relationCount {
            let relation = graph.relations[index]
            stream.bytes.append(contentsOf: "  ".utf8)
            DOTText.appendQuotedName(relation.from, to: &stream.bytes)
            stream.bytes.append(contentsOf: " -> ".utf8)
            DOTText.appendQuotedName(relation.to, to: &stream.bytes)
            stream.bytes.append(contentsOf: " [".utf8)
            var list = AttributeList()
            list.add("type", relation.type.rawValue, to: &stream.bytes)
            list.add("label", relation.type.rawValue, to: &stream.bytes)
            list.add("weight", relation.weight?.shortDescription, to: &stream.bytes)
            list.add("date", relation.date?.description, to: &stream.bytes)
            list.add("since", relation.since?.description, to: &stream.bytes)
            list.add("until", relation.until?.description, to: &stream.bytes)
            list.add("status", relation.status?.rawValue, to: &stream.bytes)
            list.add("source", relation.source, to: &stream.bytes)
            list.add("quote", relation.quote, to: &stream.bytes)
            list.add("attributes", Self.json(relation.attributes), to: &stream.bytes)
            if !graph.isDirected(relation: index) { list.addPlain("dir=none", to: &stream.bytes) }
            stream.bytes.append(contentsOf: "];\n".utf8)
            stream.itemEnded()
        }
        stream.bytes.append(contentsOf: "}\n".utf8)
    }

    /// An attribute list being written: `name="value"` pairs separated by `, `.
    private struct AttributeList {
        private var isFirst = true

        mutating func add(_ name: String, _ value: String?, to bytes: inout [UInt8]) {
            guard let value else { return }
            separate(&bytes)
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: "="))
            DOTText.appendQuoted(value, to: &bytes)
        }

        mutating func addPlain(_ text: String, to bytes: inout [UInt8]) {
            separate(&bytes)
            bytes.append(contentsOf: text.utf8)
        }

        private mutating func separate(_ bytes: inout [UInt8]) {
            if !isFirst { bytes.append(contentsOf: ", ".utf8) }
            isFirst = false
        }
    }

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

/// Writes a ``Graph`` as GraphML (http://graphml.graphdrawing.org/), with a typed `<key>`
/// for every field, so that kinds, relation types, dates, sources, quotes and attributes
/// survive a round trip and NetworkX (`read_graphml`), igraph and Gephi load the file.
///
/// Relations are written as they read (`from` → `to`) under `edgedefault="directed"`;
/// whether a type is undirected travels in the graph-level `schema` key, since NetworkX
/// refuses per-edge `directed` attributes that differ from the default. Parallel relations
/// are separate `<edge>` elements (NetworkX reads them as a multigraph). Free attributes
/// become keys named `attr.NAME`, typed `double`, `boolean` or `string` by their values.
public struct GraphMLWriter: Sendable {
    public init() {}

    public func write(_ graph: Graph) -> String {
        let nodeAttributes = AttributeColumns(graph.entities.map(\.attributes))
        let edgeAttributes = AttributeColumns(graph.relations.map(\.attributes))
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        func key(_ id: String, _ domain: String, _ name: String, _ type: String) {
            out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escape(name))\" attr.type=\"\(type)\"/>\n"
        }
        for name in GraphMLKeys.graphKeys { key("g_\(name)", "graph", name, "string") }
        for name in GraphMLKeys.nodeKeys { key("n_\(name)", "node", name, "string") }
        for (index, column) in nodeAttributes.columns.enumerated() { key("na\(index)", "node", "attr." + column.name, column.type) }
        for name in GraphMLKeys.edgeKeys { key("e_\(name)", "edge", name, name == "weight" ? "double" : "string") }
        for (index, column) in edgeAttributes.columns.enumerated() { key("ea\(index)", "edge", "attr." + column.name, column.type) }

        out += "  <graph id=\"\(XMLText.escape(graph.name))\" edgedefault=\"directed\">\n"
        func data(_ key: String, _ value: String?, indent: String) {
            guard let value else { return }
            out += "\(indent)<data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
        }
        let header = GraphHeader(of: graph)
        data("g_name", header.name, indent: "    ")
        data("g_description", header.description, indent: "    ")
        data("g_sources", header.sourcesJSON, indent: "    ")
        data("g_schema", header.schemaJSON, indent: "    ")
        for entity in graph.entities {
            out += "    <node id=\"\(XMLText.escape(entity.id))\">\n"
            data("n_name", entity.name, indent: "      ")
            data("n_kind", entity.kind.rawValue, indent: "      ")
            data("n_aliases", entity.aliases.isEmpty ? nil : JSONValue.array(entity.aliases.map { .string($0) }).serialized(), indent: "      ")
            data("n_description", entity.description, indent: "      ")
            data("n_since", entity.since?.description, indent: "      ")
            data("n_until", entity.until?.description, indent: "      ")
            for (index, column) in nodeAttributes.columns.enumerated() {
                data("na\(index)", entity.attributes[column.name].map(column.text), indent: "      ")
            }
            out += "    </node>\n"
        }
        for (index, relation) in graph.relations.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLText.escape(relation.from))\" target=\"\(XMLText.escape(relation.to))\">\n"
            data("e_type", relation.type.rawValue, indent: "      ")
            data("e_weight", relation.weight.map { "\($0)" }, indent: "      ")
            data("e_date", relation.date?.description, indent: "      ")
            data("e_since", relation.since?.description, indent: "      ")
            data("e_until", relation.until?.description, indent: "      ")
            data("e_status", relation.status?.rawValue, indent: "      ")
            data("e_source", relation.source, indent: "      ")
            data("e_quote", relation.quote, indent: "      ")
            for (column, attribute) in edgeAttributes.columns.enumerated() {
                data("ea\(column)", relation.attributes[attribute.name].map(attribute.text), indent: "      ")
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }
}

/// The key names netgraph writes in GraphML and reads back.
public enum GraphMLKeys {
    public static let graphKeys = ["name", "description", "sources", "schema"]
    public static let nodeKeys = ["name", "kind", "aliases", "description", "since", "until"]
    public static let edgeKeys = ["type", "weight", "date", "since", "until", "status", "source", "quote"]
}

/// The free attributes of a set of entities or relations as typed columns: one per name, in
/// name order, typed `double` or `boolean` when every value is one, `string` otherwise.
struct AttributeColumns {
    struct Column {
        var name: String
        /// GraphML's `attr.type`.
        var type: String

        func text(_ value: AttributeValue) -> String {
            switch value {
            case .number(let number): return type == "double" ? "\(number)" : number.shortDescription
            default: return value.description
            }
        }
    }

    let columns: [Column]

    init(_ records: [[String: AttributeValue]]) {
        var kinds: [String: Set<String>] = [:]
        for record in records {
            for (name, value) in record {
                switch value {
                case .number: kinds[name, default: []].insert("double")
                case .bool: kinds[name, default: []].insert("boolean")
                case .string: kinds[name, default: []].insert("string")
                }
            }
        }
        columns = kinds.keys.sorted().map { name in
            let seen = kinds[name]!
            return Column(name: name, type: seen.count == 1 ? seen.first! : "string")
        }
    }
}

/// Writes a ``Graph`` as GraphML (http://graphml.graphdrawing.org/), with a typed `<key>`
/// for every field, so that kinds, relation types, dates, sources, quotes and attributes
/// survive a round trip and NetworkX (`read_graphml`), igraph and Gephi load the file.
///
/// Relations are written as they read (`from` → `to`). Directedness is written so that
/// NetworkX and igraph see the graph netgraph's directed analyses see:
/// - a graph whose relations are all directed, or all undirected, gets that `edgedefault`;
/// - a graph with both gets `edgedefault="directed"`, and each undirected relation is
///   written twice: as itself (`eN`) and as the opposite edge (`eN-reverse`), which carries
///   the edge key `reverse` (true) and which netgraph drops when it reads the file back. A
///   per-edge `directed="false"` is what GraphML offers, but NetworkX refuses it in a
///   directed graph ("directed=false edge found in directed graph") and igraph ignores it,
///   reading the relation one way only. The pair is what netgraph's directed analyses use
///   for an undirected relation (an edge each way), so in-degree, PageRank and directed
///   paths agree; both tools merge the pair when they make the graph undirected.
///
/// Whether a type is undirected also travels in the graph-level `schema` key. Parallel
/// relations are separate `<edge>` elements (NetworkX reads them as a multigraph). Free
/// attributes become keys named `attr.NAME`, typed `double`, `boolean` or `string` by their
/// values. Linear in the size of the graph.
public struct GraphMLWriter: Sendable {
    /// Whether items with only their required fields are written from the columns; the bytes
    /// are the same either way (the tests compare the two).
    let bareItemsFromColumns: Bool

    public init() { bareItemsFromColumns = true }

    init(bareItemsFromColumns: Bool) { self.bareItemsFromColumns = bareItemsFromColumns }

    public func write(_ graph: Graph) -> String {
        String(decoding: utf8(graph), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, written element by element.
    /// - Complexity: O(size of the graph and of the text).
    public func utf8(_ graph: Graph) -> [UInt8] {
        var stream = TextStream(expectedSize: 200 * (graph.nodeCount + graph.relationCount) + 4096)
        write(graph, to: &stream)
        return stream.bytes
    }

    /// Writes the document into `stream`, element by element; a stream into a file holds no
    /// more than a chunk of the text.
    /// - Complexity: O(size of the graph and of the text).
    public func write(_ graph: Graph, to stream: inout TextStream) {
        let nodeAttributes = AttributeColumns.entities(of: graph)
        let edgeAttributes = AttributeColumns.relations(of: graph)
        func emit(_ text: String) { stream.bytes.append(contentsOf: text.utf8) }
        emit("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        func key(_ id: String, _ domain: String, _ name: String, _ type: String) {
            emit("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escape(name))\" attr.type=\"\(type)\"/>\n")
        }
        key("g_\(GraphMLKeys.marker)", "graph", GraphMLKeys.marker, "string")
        for name in GraphMLKeys.graphKeys { key("g_\(name)", "graph", name, "string") }
        for name in GraphMLKeys.nodeKeys { key("n_\(name)", "node", name, "string") }
        for (index, column) in nodeAttributes.columns.enumerated() { key("na\(index)", "node", "attr." + column.name, column.type) }
        for name in GraphMLKeys.edgeKeys { key("e_\(name)", "edge", name, name == "weight" ? "double" : "string") }
        for (index, column) in edgeAttributes.columns.enumerated() { key("ea\(index)", "edge", "attr." + column.name, column.type) }
        let direction = ExchangeDirection(graph)
        if direction.isMixed { key("e_reverse", "edge", GraphMLKeys.reverseKey, "boolean") }

        emit("  <graph id=\"\(XMLText.escape(graph.name))\" edgedefault=\"\(direction.graphIsDirected ? "directed" : "undirected")\">\n")
        func data(_ key: String, _ value: String?, indent: String) {
            guard let value else { return }
            emit(indent)
            emit("<data key=\"")
            emit(key)
            emit("\">")
            XMLText.append(value, to: &stream.bytes)
            emit("</data>\n")
        }
        let header = GraphHeader(of: graph)
        data("g_\(GraphMLKeys.marker)", "1", indent: "    ")
        data("g_name", header.name, indent: "    ")
        data("g_description", header.description, indent: "    ")
        data("g_sources", header.sourcesJSON, indent: "    ")
        data("g_schema", header.schemaJSON, indent: "    ")
        // Items with only their required fields from the columns (BareItems), the others as records.
        let bare = BareItems(graph, encoding: .xml)
        for v in 0..<graph.nodeCount {
            stream.itemEnded()
            if bareItemsFromColumns && bare.isBare(entity: v) {
                bare.writeEntity(v, "    <node id=\"", "\">\n      <data key=\"n_name\">", "</data>\n      <data key=\"n_kind\">",
                                 "</data>\n    </node>\n", into: &stream.bytes)
                continue
            }
            let entity = graph.entities[v]
            emit("    <node id=\"")
            XMLText.append(entity.id, to: &stream.bytes)
            emit("\">\n")
            data("n_name", entity.name, indent: "      ")
            data("n_kind", entity.kind.rawValue, indent: "      ")
            data("n_aliases", entity.aliasesJSON, indent: "      ")
            data("n_description", entity.description, indent: "      ")
            data("n_since", entity.since?.description, indent: "      ")
            data("n_until", entity.until?.description, indent: "      ")
            for (index, column) in nodeAttributes.columns.enumerated() {
                data("na\(index)", entity.attributes[column.name].map(column.text), indent: "      ")
            }
            emit("    </node>\n")
        }
        func edge(_ id: String, _ relation: Relation, reverse: Bool) {
            let (from, to) = reverse ? (relation.to, relation.from) : (relation.from, relation.to)
            emit("    <edge id=\"")
            emit(id)
            emit("\" source=\"")
            XMLText.append(from, to: &stream.bytes)
            emit("\" target=\"")
            XMLText.append(to, to: &stream.bytes)
            emit("\">\n")
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
            data("e_reverse", reverse ? "true" : nil, indent: "      ")
            emit("    </edge>\n")
        }
        func bareEdge(_ index: Int, reverse: Bool) {
            let (from, to) = bare.ends(ofRelation: index)
            emit("    <edge id=\"e")
            emit(String(index))
            emit(reverse ? "-reverse\" source=\"" : "\" source=\"")
            bare.appendID(reverse ? to : from, into: &stream.bytes)
            emit("\" target=\"")
            bare.appendID(reverse ? from : to, into: &stream.bytes)
            emit("\">\n      <data key=\"e_type\">")
            stream.bytes.append(contentsOf: bare.type(ofRelation: index))
            emit(reverse ? "</data>\n      <data key=\"e_reverse\">true</data>\n    </edge>\n" : "</data>\n    </edge>\n")
        }
        for index in 0..<graph.relationCount {
            stream.itemEnded()
            if bareItemsFromColumns && bare.isBare(relation: index) {
                bareEdge(index, reverse: false)
                if direction.hasReverseCopy(index) { bareEdge(index, reverse: true) }
                continue
            }
            let relation = graph.relations[index]
            edge("e\(index)", relation, reverse: false)
            if direction.hasReverseCopy(index) { edge("e\(index)-reverse", relation, reverse: true) }
        }
        emit("  </graph>\n</graphml>\n")
    }
}

/// The key names netgraph writes in GraphML and reads back.
public enum GraphMLKeys {
    /// The graph key that says netgraph wrote the file (value `1`), so that it reads back
    /// typed after NetworkX or igraph rewrote it, which drop keys no element uses.
    public static let marker = "netgraph"
    public static let graphKeys = ["name", "description", "sources", "schema"]
    public static let nodeKeys = ["name", "kind", "aliases", "description", "since", "until"]
    public static let edgeKeys = ["type", "weight", "date", "since", "until", "status", "source", "quote"]
    /// The edge key that marks the opposite copy of an undirected relation in a graph with
    /// both directed and undirected relations (see ``GraphMLWriter``).
    public static let reverseKey = "reverse"
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

    /// The columns of the graph's entities' free attributes, read from the sparse column: no
    /// record is made for an entity without any.
    static func entities(of graph: Graph) -> AttributeColumns {
        let column = graph.storage.columns.entities.attributes
        return AttributeColumns((0..<graph.nodeCount).compactMap { column[graph.entityRow($0)] })
    }

    /// The columns of the graph's relations' free attributes, read as ``entities(of:)`` reads
    /// the entities'.
    static func relations(of graph: Graph) -> AttributeColumns {
        let column = graph.storage.columns.relations.attributes
        return AttributeColumns((0..<graph.relationCount).compactMap { column[graph.relationRow($0)] })
    }

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

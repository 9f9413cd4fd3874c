/// Writes a ``Graph`` as GEXF 1.3 (https://gexf.net), Gephi's format: entity kind, aliases,
/// description and dates as node attributes, relation type, dates, status, source, quote and
/// directedness as edge attributes.
///
/// Directedness is written so that NetworkX's `read_gexf` and Gephi both accept the file and
/// see the graph netgraph's directed analyses see:
/// - a graph whose relations are all directed, or all undirected, is written with that
///   `defaultedgetype` and no per-edge `type`;
/// - a graph with both is written with `defaultedgetype="directed"`, and each undirected
///   relation as a pair of opposite directed edges (`eN` and `eN-reverse`), each with the
///   edge attribute `directed` false. A per-edge `type="undirected"` in a directed graph is
///   refused by NetworkX ("Undirected edge found in directed graph"), and GEXF 1.3's
///   `type="mutual"`, which NetworkX reads as both directions, is an unknown edge type to
///   Gephi's importer. The pair is what netgraph's directed analyses use for an undirected
///   relation (an edge each way), and what both tools merge into one edge when they view the
///   graph as undirected.
///
/// A graph with dates is written in `mode="dynamic"` with `timeformat="date"`: each dated
/// entity and relation gets `start` and `end` (the first and last day of its `since`…`until`,
/// or of its `date`; an open end is left out), so Gephi's timeline can play it. A graph
/// without dates stays `mode="static"`.
///
/// Parallel relations are kept apart by their `kind` (the relation type), which is how GEXF
/// 1.3 marks multi-edges; Gephi imports them as parallel edges. Aliases are a JSON list of
/// strings; free attributes are attributes titled `attr.NAME`, typed `double`, `boolean` or
/// `string` by their values. The graph's name, description, sources and schema extensions,
/// for which GEXF has no element, travel as JSON in a `<?netgraph …?>` processing
/// instruction before the root element (``GraphHeader``): XML's way of carrying data for
/// one application, which schema validation, Gephi and NetworkX pass over. With it
/// ``GEXFReader`` reads the file back as the same graph. The output is valid against the
/// GEXF 1.3 schema. Linear in the size of the graph.
public struct GEXFWriter: Sendable {
    public init() {}

    /// The node attributes, in the order of their GEXF attribute ids; free attributes follow.
    static let nodeFields = ["kind", "aliases", "description", "since", "until"]
    /// The edge attributes, in the order of their GEXF attribute ids; free attributes follow.
    static let edgeFields = ["type", "date", "since", "until", "status", "source", "quote", "directed"]
    /// The target of the processing instruction that carries the graph's own fields.
    static let headerTarget = "netgraph"
    /// The title prefix of a free attribute's column (`attr.NAME`).
    static let attributePrefix = "attr."

    /// The `<?netgraph {…}?>` processing instruction: the graph's name, description, sources
    /// and schema extensions as one JSON object. A `>` is written `\u003e`, so the text can
    /// never hold the `?>` that would end the instruction.
    static func header(_ graph: Graph) -> String {
        let header = GraphHeader(of: graph)
        var json = "{\"name\": \(JSONValue.string(header.name).serialized())"
        if let description = header.description { json += ", \"description\": \(JSONValue.string(description).serialized())" }
        if let sources = header.sourcesJSON { json += ", \"sources\": \(sources)" }
        if let schema = header.schemaJSON { json += ", \"schema\": \(schema)" }
        json += "}"
        // Outside its strings, JSON text holds no '>'; inside them `\u003e` means the same.
        return "<?\(headerTarget) \(json.replacingOccurrences(of: ">", with: "\\u003e"))?>\n"
    }

    /// ` start="…" end="…"` for a span of partial dates (an open end left out).
    static func span(from start: PartialDate?, to end: PartialDate?) -> String {
        var text = ""
        if let start, let day = PartialDate(dayNumber: start.lowerBound) { text += " start=\"\(day)\"" }
        if let end, let day = PartialDate(dayNumber: end.upperBound) { text += " end=\"\(day)\"" }
        return text
    }

    public func write(_ graph: Graph) -> String {
        String(decoding: utf8(graph), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, written element by element.
    /// - Complexity: O(size of the graph and of the text).
    public func utf8(_ graph: Graph) -> [UInt8] {
        let nodeAttributes = AttributeColumns(graph.entities.map(\.attributes))
        let edgeAttributes = AttributeColumns(graph.relations.map(\.attributes))
        let direction = ExchangeDirection(graph)
        let dynamic = (0..<graph.relationCount).contains { graph.interval(ofRelation: $0).isDated }
            || graph.entities.contains { $0.since != nil || $0.until != nil }
        let mode = dynamic ? "mode=\"dynamic\" timeformat=\"date\"" : "mode=\"static\""
        var out: [UInt8] = []
        out.reserveCapacity(300 * (graph.nodeCount + graph.relationCount) + 4096)
        func emit(_ text: String) { out.append(contentsOf: text.utf8) }
        emit("""
            <?xml version="1.0" encoding="UTF-8"?>
            \(Self.header(graph))<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>netgraph</creator>
                <description>\(XMLText.escape(graph.summary ?? graph.name))</description>
              </meta>
              <graph \(mode) defaultedgetype="\(direction.graphIsDirected ? "directed" : "undirected")">
                <attributes class="node">

            """)
        func declare(_ id: Int, _ title: String, _ type: String) {
            emit("      <attribute id=\"\(id)\" title=\"\(XMLText.escape(title))\" type=\"\(type)\"/>\n")
        }
        for (index, field) in Self.nodeFields.enumerated() { declare(index, field, "string") }
        for (index, column) in nodeAttributes.columns.enumerated() {
            declare(Self.nodeFields.count + index, Self.attributePrefix + column.name, column.type)
        }
        emit("    </attributes>\n    <attributes class=\"edge\">\n")
        for (index, field) in Self.edgeFields.enumerated() { declare(index, field, field == "directed" ? "boolean" : "string") }
        for (index, column) in edgeAttributes.columns.enumerated() {
            declare(Self.edgeFields.count + index, Self.attributePrefix + column.name, column.type)
        }
        emit("    </attributes>\n    <nodes>\n")
        func values(_ fields: [String?]) -> String {
            var text = ""
            for (index, value) in fields.enumerated() {
                guard let value else { continue }
                text += "          <attvalue for=\"\(index)\" value=\"\(XMLText.escape(value))\"/>\n"
            }
            return text.isEmpty ? "" : "        <attvalues>\n" + text + "        </attvalues>\n"
        }
        for entity in graph.entities {
            emit("      <node id=\"\(XMLText.escape(entity.id))\" label=\"\(XMLText.escape(entity.name))\"\(Self.span(from: entity.since, to: entity.until))>\n")
            let aliases = entity.aliases.isEmpty ? nil : JSONValue.array(entity.aliases.map { .string($0) }).serialized()
            emit(values([entity.kind.rawValue, aliases, entity.description, entity.since?.description, entity.until?.description]
                        + nodeAttributes.columns.map { column in entity.attributes[column.name].map(column.text) }))
            emit("      </node>\n")
        }
        emit("    </nodes>\n    <edges>\n")
        for (index, relation) in graph.relations.enumerated() {
            let directed = graph.isDirected(relation: index)
            let weight = relation.weight.map { " weight=\"\($0)\"" } ?? ""
            let type = XMLText.escape(relation.type.rawValue)
            let attributes = values([relation.type.rawValue, relation.date?.description, relation.since?.description,
                                     relation.until?.description, relation.status?.rawValue, relation.source, relation.quote,
                                     directed ? "true" : "false"]
                                    + edgeAttributes.columns.map { column in relation.attributes[column.name].map(column.text) })
            let span = relation.date.map { Self.span(from: $0, to: $0) } ?? Self.span(from: relation.since, to: relation.until)
            var ends = [(id: "e\(index)", from: relation.from, to: relation.to)]
            if direction.hasReverseCopy(index) { ends.append((id: "e\(index)-reverse", from: relation.to, to: relation.from)) }
            for end in ends {
                emit("      <edge id=\"\(end.id)\" source=\"\(XMLText.escape(end.from))\" target=\"\(XMLText.escape(end.to))\" kind=\"\(type)\" label=\"\(type)\"\(weight)\(span)>\n")
                emit(attributes)
                emit("      </edge>\n")
            }
        }
        emit("    </edges>\n  </graph>\n</gexf>\n")
        return out
    }
}

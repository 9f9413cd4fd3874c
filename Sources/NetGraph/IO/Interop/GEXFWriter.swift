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
    /// Whether items with only their required fields are written from the columns; the bytes
    /// are the same either way (the tests compare the two).
    let bareItemsFromColumns: Bool

    public init() { bareItemsFromColumns = true }

    init(bareItemsFromColumns: Bool) { self.bareItemsFromColumns = bareItemsFromColumns }

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

    public func write(_ graph: Graph) -> String {
        String(decoding: utf8(graph), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, written element by element.
    /// - Complexity: O(size of the graph and of the text).
    public func utf8(_ graph: Graph) -> [UInt8] {
        var stream = TextStream(expectedSize: 300 * (graph.nodeCount + graph.relationCount) + 4096)
        write(graph, to: &stream)
        return stream.bytes
    }

    /// Writes the document into `stream`, element by element; a stream into a file holds no
    /// more than a chunk of the text.
    /// - Complexity: O(size of the graph and of the text).
    public func write(_ graph: Graph, to stream: inout TextStream) {
        let nodeAttributes = AttributeColumns.entities(of: graph)
        let edgeAttributes = AttributeColumns.relations(of: graph)
        let direction = ExchangeDirection(graph)
        let dynamic = (0..<graph.relationCount).contains { graph.interval(ofRelation: $0).isDated }
            || graph.entities.contains { $0.since != nil || $0.until != nil }
        let mode = dynamic ? "mode=\"dynamic\" timeformat=\"date\"" : "mode=\"static\""
        func emit(_ text: String) { append(text, to: &stream.bytes) }
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
        // Each value is written straight into the document: building a String per element
        // and per edge was most of writing a large graph (perf).
        var values = AttValues()
        func attribute(_ name: String, _ value: String) {
            emit(" ")
            emit(name)
            emit("=\"")
            XMLText.append(value, to: &stream.bytes)
            emit("\"")
        }
        func span(from start: PartialDate?, to end: PartialDate?) {
            if let start, let day = PartialDate(dayNumber: start.lowerBound) { attribute("start", day.description) }
            if let end, let day = PartialDate(dayNumber: end.upperBound) { attribute("end", day.description) }
        }
        // Entities and relations with only their required fields are written from the columns,
        // each id, kind and type escaped once per file; the others as records.
        let bare = BareItems(graph, encoding: .xml)
        for v in 0..<graph.nodeCount {
            stream.itemEnded()
            if bareItemsFromColumns && bare.isBare(entity: v) {
                bare.writeEntity(v, "      <node id=\"", "\" label=\"", "\">\n        <attvalues>\n          <attvalue for=\"0\" value=\"",
                                 "\"/>\n        </attvalues>\n      </node>\n", into: &stream.bytes)
                continue
            }
            let entity = graph.entities[v]
            emit("      <node")
            attribute("id", entity.id)
            attribute("label", entity.name)
            span(from: entity.since, to: entity.until)
            emit(">\n")
            let aliases = entity.aliasesJSON
            values.add(0, entity.kind.rawValue, to: &stream.bytes)
            values.add(1, aliases, to: &stream.bytes)
            values.add(2, entity.description, to: &stream.bytes)
            values.add(3, entity.since?.description, to: &stream.bytes)
            values.add(4, entity.until?.description, to: &stream.bytes)
            for (index, column) in nodeAttributes.columns.enumerated() {
                values.add(Self.nodeFields.count + index, entity.attributes[column.name].map(column.text), to: &stream.bytes)
            }
            values.close(&stream.bytes)
            emit("      </node>\n")
        }
        emit("    </nodes>\n    <edges>\n")
        for index in 0..<graph.relationCount {
            stream.itemEnded()
            let directed = graph.isDirected(relation: index)
            if bareItemsFromColumns && bare.isBare(relation: index) {
                let (from, to) = bare.ends(ofRelation: index)
                let type = bare.type(ofRelation: index)
                func edge(reverse: Bool) {
                    emit("      <edge id=\"e")
                    emit(String(index))
                    emit(reverse ? "-reverse\" source=\"" : "\" source=\"")
                    bare.appendID(reverse ? to : from, into: &stream.bytes)
                    emit("\" target=\"")
                    bare.appendID(reverse ? from : to, into: &stream.bytes)
                    emit("\" kind=\"")
                    stream.bytes.append(contentsOf: type)
                    emit("\" label=\"")
                    stream.bytes.append(contentsOf: type)
                    emit("\">\n        <attvalues>\n          <attvalue for=\"0\" value=\"")
                    stream.bytes.append(contentsOf: type)
                    emit(directed ? "\"/>\n          <attvalue for=\"7\" value=\"true\"/>\n        </attvalues>\n      </edge>\n"
                                  : "\"/>\n          <attvalue for=\"7\" value=\"false\"/>\n        </attvalues>\n      </edge>\n")
                }
                edge(reverse: false)
                if direction.hasReverseCopy(index) { edge(reverse: true) }
                continue
            }
            let relation = graph.relations[index]
            let weight = relation.weight.map { "\($0)" }
            let type = relation.type.rawValue
            func edge(reverse: Bool) {
                emit("      <edge id=\"e")
                emit(String(index))
                emit(reverse ? "-reverse\"" : "\"")
                attribute("source", reverse ? relation.to : relation.from)
                attribute("target", reverse ? relation.from : relation.to)
                attribute("kind", type)
                attribute("label", type)
                if let weight { attribute("weight", weight) }
                if let date = relation.date { span(from: date, to: date) } else { span(from: relation.since, to: relation.until) }
                emit(">\n")
                values.add(0, type, to: &stream.bytes)
                values.add(1, relation.date?.description, to: &stream.bytes)
                values.add(2, relation.since?.description, to: &stream.bytes)
                values.add(3, relation.until?.description, to: &stream.bytes)
                values.add(4, relation.status?.rawValue, to: &stream.bytes)
                values.add(5, relation.source, to: &stream.bytes)
                values.add(6, relation.quote, to: &stream.bytes)
                values.add(7, directed ? "true" : "false", to: &stream.bytes)
                for (column, attribute) in edgeAttributes.columns.enumerated() {
                    values.add(Self.edgeFields.count + column, relation.attributes[attribute.name].map(attribute.text), to: &stream.bytes)
                }
                values.close(&stream.bytes)
                emit("      </edge>\n")
            }
            edge(reverse: false)
            if direction.hasReverseCopy(index) { edge(reverse: true) }
        }
        emit("    </edges>\n  </graph>\n</gexf>\n")
    }
}

/// An element's `<attvalues>`, written as its values come: opened before the first, closed
/// after the last, absent when there are none.
private struct AttValues {
    private var open = false

    mutating func add(_ index: Int, _ value: String?, to out: inout [UInt8]) {
        guard let value else { return }
        if !open {
            append("        <attvalues>\n", to: &out)
            open = true
        }
        append("          <attvalue for=\"", to: &out)
        append(String(index), to: &out)
        append("\" value=\"", to: &out)
        XMLText.append(value, to: &out)
        append("\"/>\n", to: &out)
    }

    mutating func close(_ out: inout [UInt8]) {
        if open { append("        </attvalues>\n", to: &out) }
        open = false
    }
}

/// `text`'s bytes as they are, copied whole: appending a String's UTF-8 view goes element by
/// element, and was an eighth of writing a large graph (perf).
private func append(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
}
